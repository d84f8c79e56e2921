# a caught exception is referenced by its name; the name is deleted when the handler ends
import sys
try:
    raise ValueError("bad")
except ValueError as e:
    print(sys.getrefcount(e))
    saved = e
print(sys.getrefcount(saved))
print("e" in globals())
err = KeyError("k")
print(sys.getrefcount(err))
try:
    raise err
except KeyError as caught:
    print(caught is err)
print(sys.getrefcount(err), sys.getrefcount(caught) if "caught" in globals() else "caught is gone")
