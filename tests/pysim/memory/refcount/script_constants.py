# a constant bound to a name in the main script shows 4 (code object, AST, name, argument)
import sys
big = 123456
print(sys.getrefcount(big))
f = 1.5
print(sys.getrefcount(f))
s = "hello world"
print(sys.getrefcount(s))
t = (1, 2)
print(sys.getrefcount(t))
print(sys.getrefcount(987654), sys.getrefcount(2.25), sys.getrefcount("x y"))
alias = big
print(sys.getrefcount(big))
