# the count of an inner object counts containers, not names that reach it indirectly
import sys
inner = [0]
outer = [inner]
outer2 = outer
print(sys.getrefcount(inner), sys.getrefcount(outer))
box = {"list": outer}
print(sys.getrefcount(inner), sys.getrefcount(outer))
t = (outer, outer)
print(sys.getrefcount(inner), sys.getrefcount(outer))
x = outer[0]
print(sys.getrefcount(inner))
