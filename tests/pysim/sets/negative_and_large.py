# int sets with negative and large values: hash(-1) is -2, hash(2**61 - 1) is 0
print({-5, 5, -10, 10}, {-1, -2}, {-2, -1}, {0, -1, 1})
print({2 ** 61 - 1, 0}, {0, 2 ** 61 - 1}, {2 ** 61, 1}, {1, 2 ** 61})
print({10 ** 12, 10 ** 12 + 1, 7}, {-(10 ** 12), 3})
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 20))
print(sorted({-3, 7, -1, 0}), min({-3, 7}), max({-3, 7}), sum({-1, -1, 2}))
