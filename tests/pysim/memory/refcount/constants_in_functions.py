# constants used inside functions: co_consts and the AST hold them, like module constants
import sys
def local_const():
    v = 98765
    return sys.getrefcount(v)
def direct():
    return sys.getrefcount(98765)
def two_uses():
    a = 55555
    b = 55555
    return sys.getrefcount(a)
print(local_const(), direct(), two_uses())
def returns_const():
    return 44444
r = returns_const()
print(sys.getrefcount(r))
