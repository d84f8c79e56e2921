# an exception raised inside an except block carries the first as __context__
def risky():
    try:
        return {}["missing"]
    except KeyError as first:
        print("handling", repr(first))
        return [][0]
try:
    risky()
except IndexError as second:
    print("caught", repr(second))
    print("context:", repr(second.__context__))
    print("cause:", second.__cause__)
try:
    try:
        raise ValueError("one")
    finally:
        print("finally sees the exception in flight")
except ValueError as e:
    print(e)
try:
    try:
        raise ValueError("one")
    finally:
        raise TypeError("two")
except Exception as e:
    print(repr(e), repr(e.__context__))
