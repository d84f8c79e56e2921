# comprehensions inside functions read parameters, locals and globals
SCALE = 10
def scaled(values, offset=0):
    factor = 2
    return [v * factor * SCALE + offset for v in values]
print(scaled([1, 2]), scaled([3], offset=5))
def pairs(n):
    return [(i, j) for i in range(n) for j in range(i + 1, n)]
print(pairs(4))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def transpose(self):
        return Matrix([[r[i] for r in self.rows] for i in range(len(self.rows[0]))])
    def __repr__(self):
        return f"Matrix({self.rows})"
print(Matrix([[1, 2, 3], [4, 5, 6]]).transpose())
