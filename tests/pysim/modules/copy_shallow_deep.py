# copy.copy shares the inner objects, copy.deepcopy duplicates the mutable ones
import copy
original = [1, [2, 3], {"k": [4]}, (5, [6]), "s"]
shallow = copy.copy(original)
deep = copy.deepcopy(original)
print(shallow == original, shallow is original, deep == original, deep is original)
print([a is b for a, b in zip(original, shallow)])
print([a is b for a, b in zip(original, deep)])
original[1].append(99)
original[2]["k"].append(98)
original[3][1].append(97)
original[0] = "changed"
print(original)
print(shallow)
print(deep)
print(deep[3] is original[3], deep[3][0] is original[3][0], deep[4] is original[4])
