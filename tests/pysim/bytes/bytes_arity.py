# wrong numbers of arguments and unexpected keywords for every bytes/bytearray method
shared = ["capitalize", "center", "count", "decode", "endswith", "expandtabs", "find", "hex", "index", "isalnum",
          "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "join", "ljust", "lower",
          "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust",
          "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
          "translate", "upper", "zfill", "__sizeof__"]
only = {bytes: ["__bytes__", "__getnewargs__"],
        bytearray: ["__alloc__", "append", "clear", "copy", "extend", "insert", "pop", "remove", "reverse"]}
def report(label, call):
    try:
        call()
        print(label, "no error")
    except TypeError as e:
        print(label, e)
    except Exception as e:
        print(label, "other", type(e).__name__, e)
for T in (bytes, bytearray):
    o = T(b"ab")
    for name in shared + only[T]:
        f = getattr(T, name)
        report(T.__name__ + " " + name + " 0", lambda: f(o))
        report(T.__name__ + " " + name + " 5", lambda: f(o, 1, 1, 1, 1, 1))
        report(T.__name__ + " " + name + " kw", lambda: f(o, zzz=1))
    for name in ["fromhex", "maketrans"]:
        f = getattr(T, name)
        report(T.__name__ + " " + name + " 0", lambda: f())
        report(T.__name__ + " " + name + " 5", lambda: f(1, 1, 1, 1, 1))
        report(T.__name__ + " " + name + " kw", lambda: f(zzz=1))
    report(T.__name__ + " method call kw", lambda: o.find(sub=b"a"))
    report(T.__name__ + " method call kw", lambda: o.center(width=3))
