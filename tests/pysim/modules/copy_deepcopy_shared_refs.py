# deepcopy keeps sharing inside the copied structure and handles cycles
import copy
inner = [1, 2]
pair = [inner, inner]
dup = copy.deepcopy(pair)
print(dup, dup[0] is dup[1], dup[0] is inner)
dup[0].append(3)
print(dup, pair)
loop = [1]
loop.append(loop)
loop_copy = copy.deepcopy(loop)
print(loop_copy, loop_copy[1] is loop_copy, loop_copy is loop)
t = (1, 2, "three")
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
d2 = copy.deepcopy(t2)
print(d2, d2 is t2, d2[1] is t2[1])
nested = {"a": {"b": {"c": [1]}}}
clone = copy.deepcopy(nested)
clone["a"]["b"]["c"].append(2)
print(nested, clone)
