# complex is not a real number: int(), float(), round(), math and % reject it
import math
cases = [lambda: int(1j), lambda: float(1j), lambda: round(1j), lambda: round(1j, 2), lambda: math.sqrt(1j),
         lambda: math.floor(1 + 0j), lambda: math.isclose(1j, 1j), lambda: "%f" % 1j, lambda: "%d" % 1j,
         lambda: "%x" % 1j, lambda: range(1j), lambda: math.trunc(1j), lambda: hex(1j),
         lambda: divmod(1j, 1), lambda: 1j // 1, lambda: 1 // 1j, lambda: 1j % 1, lambda: 5 % 2j,
         lambda: 1j << 1, lambda: 1j & 1, lambda: ~1j, lambda: 1j @ 1j, lambda: -"1j"]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print("%s %r %a" % (1j, 2 + 3j, -1j), str(1j))
idx = 0j
try:
    print([1, 2][idx])
except TypeError as e:
    print("TypeError:", e)
