# the same operation on an immutable and a mutable object, side by side
pairs = [("int", 1, 2), ("str", "a", "b"), ("tuple", (1,), (2,)), ("list", [1], [2])]
for label, start, extra in pairs:
    obj = start
    alias = obj
    obj += extra
    print(f"{label:<6} obj={obj!r:<10} alias={alias!r:<8} same object after += : {obj is alias}")
for label, value in [("list", []), ("dict", {}), ("set", set()), ("tuple", ()), ("str", ""), ("frozenset", frozenset())]:
    try:
        hash(value)
        print(label, "is hashable")
    except TypeError:
        print(label, "is not hashable")
