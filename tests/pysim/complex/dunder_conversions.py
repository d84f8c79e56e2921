# complex(x) through __complex__, __float__ and __index__
class HasComplex:
    def __complex__(self):
        return 3 + 4j

class BadComplex:
    def __complex__(self):
        return 3

class HasFloat:
    def __float__(self):
        return 2.5

class HasIndex:
    def __index__(self):
        return 7

class BadFloat:
    def __float__(self):
        return "x"

class Nothing:
    pass

for f in [lambda: complex(HasComplex()), lambda: complex(BadComplex()), lambda: complex(HasFloat()),
          lambda: complex(HasIndex()), lambda: complex(HasFloat(), HasIndex()), lambda: complex(BadFloat()),
          lambda: complex(HasComplex(), 1), lambda: complex(1, HasComplex()), lambda: complex(Nothing()),
          lambda: complex(1, Nothing()), lambda: complex(HasIndex(), 0.5)]:
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)
print((1 + 2j).__complex__(), 1j.__complex__() is 1j.__complex__())
z = 5 - 1j
print(z.__complex__() is z)
