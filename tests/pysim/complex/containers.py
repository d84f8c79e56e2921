# complex numbers as keys, in sums, sorted by abs, in comprehensions
roots = [complex(round(x.real, 6), round(x.imag, 6)) for x in [(-8) ** (1 / 3), 1j ** 0.5]]
print(roots)
print(sorted([3 + 4j, 1j, -2, 0.5 - 0.5j], key=abs), max([1j, 2, -3j], key=abs))
print(sum([1j] * 3), sum([0.5 + 0.5j, 0.25], 1j), [z.conjugate() for z in (1j, 2 - 3j)])
d = {1j: "i", 2: "two", 2 + 0j: "two again"}
print(d, d[2.0], 1j in d, complex(0, 1) in {1j})
print(list(map(complex, ["1", "2j", "(3+4j)"])), list(map(abs, [3 + 4j, -1j])))
print(any([0j, 0j]), all([1j, 1]), [1j] * 2, (1j,) * 2, 1j in (0, 1j))
