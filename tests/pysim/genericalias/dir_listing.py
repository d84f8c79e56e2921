# dir(alias) is dir(origin) plus the names the alias answers itself
names = dir(list[int])
print(sorted(set(names) - set(dir(list))), names == sorted(names), "append" in names)
print(len(names) - len(dir(list)), [n for n in dir(type(list[int])) if not n.startswith("__")])
