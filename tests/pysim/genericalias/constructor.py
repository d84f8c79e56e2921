# types.GenericAlias(origin, args) reached through type(list[int])
GA = type(list[int])
print(GA(list, int), GA(list, (int, str)), GA(dict, ()), GA(int, int), GA(1, 2), GA(list, [int]))
for f in [lambda: GA(list), lambda: GA(list, int, 3), lambda: GA(list, int, x=1), lambda: GA()]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(list[int].__reduce__(), next(iter(tuple[int])).__reduce__()[0] is next)
