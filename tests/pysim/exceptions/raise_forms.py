# raise with a class, an instance, non-exceptions and exception arguments
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
try:
    raise ValueError("with message")
except ValueError as e:
    print("instance raised:", repr(e))
for bad in [5, "text", None, int]:
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)
try:
    raise Exception("a", "b") from 5
except TypeError as e:
    print("TypeError:", e)
err = KeyError("stored")
for i in range(2):
    try:
        raise err
    except KeyError as e:
        print(i, e is err)
def thrower():
    raise NotImplementedError("subclass must implement")
try:
    thrower()
except NotImplementedError as e:
    print(type(e).__name__, e)
