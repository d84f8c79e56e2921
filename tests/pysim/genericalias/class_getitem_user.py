# a class's own __class_getitem__ (an implicit classmethod) can return an alias
class Registry:
    def __class_getitem__(cls, item):
        return list[item]

class Pair:
    def __class_getitem__(cls, params):
        return type(list[int])(cls, params)

print(Registry[int], Registry[int, str], Pair[int, str], Pair[int].__origin__ is Pair)
p = Pair[int, str]()
print(type(p).__name__, p.__orig_class__)
