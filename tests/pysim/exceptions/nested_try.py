# exceptions propagate outward through nested try blocks and functions
def level3():
    print("level3 start")
    raise KeyError("deep")
def level2():
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except ValueError:
        print("level1 wrong handler")
    print("level1 not reached")
try:
    level1()
except KeyError as e:
    print("top caught", e)
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("not here")
    else:
        print("not here either")
except TypeError as e:
    print("outer caught", e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("handled inside")
    print("continues after inner try")
except ZeroDivisionError:
    print("never")
