# getsizeof checks what a custom __sizeof__ returns
import sys
class Neg:
    def __sizeof__(self):
        return -1
class Text:
    def __sizeof__(self):
        return "big"
try:
    sys.getsizeof(Neg())
except ValueError as e:
    print(type(e).__name__, e)
sys.getsizeof(Text())
