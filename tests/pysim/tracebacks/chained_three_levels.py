# three linked exceptions: context, then cause
def load():
    try:
        return {}["data"]
    except KeyError:
        return int("bad")
def main():
    try:
        load()
    except ValueError as e:
        raise RuntimeError("load failed") from e
main()
