# the first matching except clause runs; a tuple catches several types
def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][0]
    if kind == 2:
        return int("x")
    if kind == 3:
        return None + 1
    return "fine"
for k in range(5):
    try:
        print(risky(k))
    except ZeroDivisionError:
        print(k, "zero division")
    except (IndexError, KeyError) as e:
        print(k, "lookup:", type(e).__name__)
    except ValueError as e:
        print(k, "value:", e)
    except Exception as e:
        print(k, "other:", type(e).__name__, e)
try:
    raise KeyError("k")
except (ValueError, LookupError) as e:
    print("tuple matched", type(e).__name__)
