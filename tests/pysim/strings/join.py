# str.join over lists, tuples, generators, dicts, strings; non-str items fail
words = ["alpha", "beta", "gamma"]
print(", ".join(words), "".join(words), "-".join("abc"), " ".join(()))
print("+".join(str(n) for n in range(5)), "|".join({"x": 1, "y": 2}), "\n".join(["l1", "l2"]))
print("".join(reversed("stressed")), "/".join(["", "usr", "bin"]), ", ".join([""] * 3))
sep = ", "
result = sep.join(["one"])
print(result, result == "one", len(sep.join([])))
for bad in (["a", 1, "b"], [None], [b"x"], "abc"[0:0] + "x"):
    try:
        print(repr(" ".join(bad)))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ", ".join(5)
except TypeError as e:
    print(type(e).__name__, e)
