# a bound method object is made on every attribute access: never `is`, but the address repeats
class A:
    def f(self):
        return 1
a = A()
print(a.f is a.f, a.f == a.f, id(a.f) == id(a.f))
m = a.f
print(m is a.f, m == a.f, m.__self__ is a, m.__func__ is A.f)
print(A.f is A.f, id(A.f) == id(A.f))
lst = [1, 2]
print(lst.append is lst.append, lst.append == lst.append, id(lst.append) == id(lst.append))
b = A()
print(a.f == b.f, m.__func__ is b.f.__func__)
