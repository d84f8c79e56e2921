# attribute lookup walks instance, class, then base classes in MRO order
class A:
    x = "A.x"
    def who(self):
        return "A.who"
    def call_who(self):
        return self.who()
class B(A):
    x = "B.x"
    def who(self):
        return "B.who"
class C(B):
    pass
c = C()
print(c.x, c.who(), c.call_who())
print([k.__name__ for k in C.__mro__])
c.x = "instance x"
print(c.x, C.x)
A.new_method = lambda self: "added later"
print(c.new_method())
print(A.who(c), B.who(c), super(B, c).who())
print(C.__name__, C.__base__.__name__, C.__base__.__base__.__name__)
