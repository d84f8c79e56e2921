# conversions to float that fail, with their exact messages
for text in ("abc", "1,5", "", "   ", "1.5.2", "0x10", "1__0.5", "inf inity", "1e"):
    try:
        print(float(text))
    except ValueError as e:
        print(type(e).__name__, e)
for obj in ([1], None, {}, (1.0,)):
    try:
        print(float(obj))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(int("2.5"))
except ValueError as e:
    print(type(e).__name__, e)
print(float("2.5"), int(float("2.5")), float(" 7 "))
