# calling the numeric types as functions: int(), float(), bool() with various arguments
print(int(), float(), bool(), int(7.9), int("-12"), int(" 0b11 ", 0), int(True), float("  3 "), float(-0))
print(bool(0), bool(-0.0), bool("0"), bool(" "), int(float("1e3")), float(int("9" * 20)), int(1e3) == 1000)
print(int(-7 / 2), int(7 / -2), -7 // 2, float(True) + 1, int("0012"), float("-.5"))
class Meters:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
m = Meters(3.7)
print(int(m), float(m), [0, 1, 2, 3, 4][m], bin(m), hex(m), range(m))
