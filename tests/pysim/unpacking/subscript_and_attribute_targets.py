# tuple assignment into list items, dict keys and attributes
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
d = {}
d["a"], d["b"] = "AB"
print(d)
class P:
    pass
p = P()
p.x, p.y = 3, 4
print(p.x, p.y)
p.x, p.y = p.y, p.x
print(p.x, p.y)
grid = [[0, 0], [0, 0]]
grid[0][1], grid[1][0] = 5, 6
print(grid)
lst[1:], lst[0] = [7, 8, 9], 0
print(lst)
