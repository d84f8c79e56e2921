# center, ljust, rjust with fill characters, and zfill with signs
for w in ("abc", "ab", "abcd", ""):
    print(f"[{w.center(6)}] [{w.center(7, '*')}] [{w.ljust(6, '.')}] [{w.rjust(6)}]")
print(f"[{'toolong'.center(3)}] [{'x'.ljust(0)}] [{'x'.rjust(-5)}] [{'a'.center(2)}] [{'a'.center(4)}]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "3.14".zfill(7), "-".zfill(3))
print("12345".zfill(3), "".zfill(3), "--5".zfill(5), "x".center(5, "é"))
for bad in ("ab", ""):
    try:
        "x".center(5, bad)
    except TypeError as e:
        print(type(e).__name__, e)
table = [("apple", 1.5), ("kiwi", 12.25), ("banana", 100.0)]
for fruit, price in table:
    print(fruit.ljust(8, ".") + str(price).rjust(8))
