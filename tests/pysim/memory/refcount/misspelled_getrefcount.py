# a typo in sys.getrefcount ends the program with a "Did you mean" hint
import sys
data = [1, 2, 3]
print(sys.getrefcount(data))
try:
    sys.getrefcount()
except TypeError as e:
    print(type(e).__name__, e)
print(sys.getrefcont(data))
