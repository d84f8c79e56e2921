# five ways to copy a list and which of them share the nested list
import copy
original = [1, [2, 3]]
copies = {
    "slice": original[:],
    "list()": list(original),
    ".copy()": original.copy(),
    "copy.copy": copy.copy(original),
    "deepcopy": copy.deepcopy(original),
}
original[1].append(4)
for name, c in copies.items():
    print(f"{name:<10} new outer: {c is not original!s:<5} shares inner: {c[1] is original[1]!s:<5} {c}")
