# aliases compare by origin and arguments, and hash as hash(origin) ^ hash(args)
print(list[int] == list[int], list[int] == list[str], list[int] != list[int], list[int] == list, list == list[int])
print(dict[str, int] == dict[str, int], tuple[int, ...] == tuple[int, ...], list[int] is list[int])
print(hash(list[int]) == hash(list[int]), hash(list[int]) == hash(list) ^ hash((int,)))
print({list[int]: 1}[list[int]], len({list[int], list[int], list[str]}), list[int] in [list[str], list[int]])
print(type[int] == type[int], list[int] == type(list[int])(list, int), list[int] == type(list[int])(list, (int,)))
try:
    hash(list[[int]])
except TypeError as e:
    print("TypeError:", e)
