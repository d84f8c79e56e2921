# an exception with several arguments prints the args tuple
def check(code):
    if code != 200:
        raise RuntimeError("request failed", code)
check(200)
check(404)
