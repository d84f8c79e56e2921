# bare raise re-raises the exception being handled; raise e also works
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("logging failure for", repr(text))
        raise
try:
    parse("12x")
except ValueError as e:
    print("outer got:", e)
def convert(v):
    try:
        return float(v)
    except (TypeError, ValueError) as e:
        print("converting", type(e).__name__)
        raise e
for v in ["1.5", None]:
    try:
        print(convert(v))
    except TypeError as e:
        print("outer:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
