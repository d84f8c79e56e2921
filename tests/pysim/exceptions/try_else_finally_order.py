# else runs only without an exception; finally always runs last
def attempt(x):
    try:
        print("  try", x)
        value = 10 / x
    except ZeroDivisionError:
        print("  except")
        return "failed"
    else:
        print("  else", value)
        return "ok"
    finally:
        print("  finally")
print(attempt(2))
print(attempt(0))
try:
    print("outer try")
finally:
    print("outer finally")
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally runs before outer except")
except ValueError as e:
    print("outer caught", e)
