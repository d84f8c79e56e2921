# in 3.12 every interned string is immortal: getrefcount reports 4294967295
import sys
name = "interned_name"
other = "not interned!"
print(sys.getrefcount(name), sys.getrefcount(other))
built = "".join(["ab", "cd"])
print(sys.getrefcount(built))
canon = sys.intern(built)
print(canon is built, sys.getrefcount(built))
copies = [name] * 10
print(sys.getrefcount(name), sys.getrefcount(""), sys.getrefcount("a"))
