# subclasses of complex: __new__ keeps the class, operations give plain complex
class C(complex):
    pass

class Named(complex):
    def __repr__(self):
        return "Named" + complex.__repr__(self)

c = C(1, 2)
print(c, type(c).__name__, type(complex(c)).__name__, complex(c) is c, type(c + 1).__name__)
print(type(+c).__name__, type(-c).__name__, type(c.conjugate()).__name__, type(c.__complex__()).__name__)
print(C("3+4j"), type(C("3+4j")).__name__, C(), C(imag=2), complex.__new__(C, 5, 6), type(complex.__new__(C)).__name__)
print(c == 1 + 2j, hash(c) == hash(1 + 2j), isinstance(c, complex), issubclass(C, complex))
n = Named(1, -1)
print(n, repr(n), str(n), f"{n}", format(n, ".1f"), [n])
c.note = "hi"
print(c.note, c.__dict__, vars(c))
print(C.__mro__, C.__base__)
