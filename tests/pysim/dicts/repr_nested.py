# how dicts print: key and value reprs, nesting, and self references
print({}, {"a": 1}, {1: "one", 2.5: None, (1, 2): [3], "s": {"in": {}}})
print({"quote'": 'dq"', "nl\n": "tab\t", b"by": bytearray(b"ba"), True: False})
print(str({"a": [1, 2]}), repr({"a": (1,)}), [{"x": 1}], ({},), {frozenset({1}): set()})
d = {"name": "loop"}
d["self"] = d
print(d)
a = {"peer": None}
b = {"peer": a}
a["peer"] = b
print(a, b)
print(dict(a=1).__repr__(), len(str({"k": "v"})))
