# truth value of built-in objects in bool() and in if
values = [0, 1, -1, 0.0, 0.5, "", " ", "0", [], [0], (), (None,), {}, {0: 0},
          set(), {0}, None, True, False, range(0), range(1), b"", b"\x00"]
for v in values:
    print(repr(v), bool(v))
if []:
    print("empty list is true")
else:
    print("empty list is false")
if "False":
    print("non-empty string is true")
n = 0
print("zero" if not n else "nonzero")
