# ordering comparisons between unrelated types raise TypeError; == does not
pairs = [(1, "a"), ("a", 1), (None, 1), ([1], (1,)), ({}, {}), (1.5, "x"),
         ({1}, [1]), ((1, 2), (1, "a")), ([1, 2], [1, None]), (None, None)]
for a, b in pairs:
    try:
        print(repr(a), "<", repr(b), "->", a < b)
    except TypeError as e:
        print("TypeError:", e)
for op in ["<=", ">", ">="]:
    try:
        if op == "<=":
            1 <= "x"
        elif op == ">":
            [] > ()
        else:
            None >= None
    except TypeError as e:
        print("TypeError:", e)
print(1 == "1", [1] == (1,), None == 0, {} == [], "a" != 1)
print({1, 2} < {1, 2, 3}, {1} > {2}, (1, 2) < (1, 2, 0), [2] > [1, 9])
