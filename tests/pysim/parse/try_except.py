def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError as e:
        print("zero:", e)
        return -1
    except (TypeError, ValueError):
        print("type")
        return -2
    except Exception:
        raise
    else:
        print("ok")
        return r
    finally:
        print("finally")
print(f(2), f(0), f("a"))
