# ZeroDivisionError messages differ by operator and operand type
import math
tests = [("1 / 0", lambda: 1 / 0), ("1 // 0", lambda: 1 // 0), ("1 % 0", lambda: 1 % 0),
         ("1.0 / 0", lambda: 1.0 / 0), ("1 / 0.0", lambda: 1 / 0.0),
         ("1.0 // 0", lambda: 1.0 // 0), ("1.0 % 0", lambda: 1.0 % 0),
         ("divmod(1, 0)", lambda: divmod(1, 0)), ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
         ("0 ** -1", lambda: 0 ** -1), ("10**30 // 0", lambda: 10 ** 30 // 0),
         ("True / False", lambda: True / False), ("math.fmod(1, 0)", lambda: math.fmod(1, 0))]
for label, fn in tests:
    try:
        fn()
    except (ZeroDivisionError, ValueError) as e:
        print(f"{label:<16} {type(e).__name__}: {e}")
