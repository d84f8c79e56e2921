# __origin__, __args__, __parameters__, __unpacked__; every other name is the origin's
g = dict[str, list[int]]
print(g.__origin__, g.__args__, g.__parameters__, g.__unpacked__, g.__class__, type(g))
print(g.__args__[1].__origin__, g.__args__[1].__args__, list[int].__typing_unpacked_tuple_args__)
print(list[int].append is list.append, list[int].__name__, list[int].__qualname__, list[int].__module__)
print(list[int].__mro__, list[int].__bases__, dict[str, int].fromkeys("ab"), list[int].__getitem__ is list.__getitem__)
print(type(list[int]).__name__, type(list[int]).__qualname__, type(list[int]).__mro__)
print(isinstance(list[int], type), callable(list[int]), list[int].__mro_entries__((1,)))
for name in ["foo", "__copy__", "__deepcopy__"]:
    try:
        getattr(list[int], name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    list[int].x = 1
except AttributeError as e:
    print("AttributeError:", e)
