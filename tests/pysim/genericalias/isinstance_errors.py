# a parameterized generic is not a class for isinstance and issubclass
cases = [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: isinstance([], (list[int], list)),
         lambda: isinstance([], (list, list[int])), lambda: issubclass(1, list[int]), lambda: isinstance(1, 1),
         lambda: issubclass(list, 1), lambda: issubclass(list, (dict, list[str]))]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(isinstance([], list), isinstance(list[int], type(list[int])), issubclass(type(list[int]), object))
