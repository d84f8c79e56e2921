# complex is a type in builtins, in CPython's place, with CPython's dunders
import builtins
names = list(vars(builtins))
print(names[names.index("complex") - 1:names.index("complex") + 2], builtins.complex is complex)
print(type(complex), isinstance(complex, type), complex.__name__, complex.__qualname__, complex.__module__)
print(sorted(n for n in vars(complex) if not n.startswith("__") or n in ("__abs__", "__complex__", "__pow__")))
print([n for n in ("__add__", "__radd__", "__truediv__", "__rpow__", "__floordiv__", "__mod__", "__int__",
                   "__float__", "__lt__", "__neg__", "__invert__", "__bool__", "__hash__") if hasattr(complex, n)])
print(complex.conjugate(2j), complex.__add__(1j, 1), complex.__radd__(1j, 1), complex.__add__(1j, "x"))
print(complex.__pow__(2j, 2), complex.__rpow__(2j, 2), complex.__truediv__(1j, 2), complex.__neg__(1j))
