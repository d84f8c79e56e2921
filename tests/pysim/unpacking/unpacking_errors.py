# ValueError and TypeError messages from unpacking
def t1(): a, b = [1, 2, 3]
def t2(): a, b, c = [1, 2]
def t3(): a, b = 5
def t4(): a, b = None
def t5(): a, *b, c = [1]
def t6(): a, b = "abc"
def t7(): a, b = {}
def t8(): (a, b), c = 1, 2
def t9(): a, b = [1]
def t10(): *a, b, c, d = "xy"
def t11(): [a] = []
def t12(): a, b = iter([1, 2, 3])
def t13(): a, b = range(10)
for t in [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13]:
    try:
        t()
    except (ValueError, TypeError) as e:
        print(t.__name__, type(e).__name__, "-", e)
