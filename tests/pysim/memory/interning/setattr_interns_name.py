# setattr interns the attribute name it is given, making a run-time string immortal in 3.12
import sys
class Obj:
    pass
o = Obj()
name = "".join(["spe", "ed"])
print(sys.getrefcount(name))
setattr(o, name, 1)
print(sys.getrefcount(name), list(vars(o))[0] is name)
key = "".join(["ke", "y"])
d = {key: 1}
print(sys.getrefcount(key), list(d)[0] is key)
print(getattr(o, "".join(["sp", "eed"])), sys.intern("".join(["spe", "ed"])) is name)
