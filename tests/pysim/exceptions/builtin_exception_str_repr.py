# str(), repr() and args of built-in exception instances
samples = [ValueError(), ValueError("bad"), ValueError("bad", 2), ValueError(42),
           KeyError("k"), KeyError(3), KeyError(), KeyError("a", "b"),
           IndexError("i"), TypeError("t"), Exception("x", [1]),
           ZeroDivisionError("division by zero"), StopIteration(7), RuntimeError("")]
for e in samples:
    print(repr(str(e)), "|", repr(e), "|", e.args)
print(str(OSError(2, "No such file")), OSError(2, "msg").errno)
e = ValueError("changed")
e.args = ("new", "args")
print(e, repr(e))
