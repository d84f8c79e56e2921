# errors from format specs that do not fit the value's type
value = 3.5
text = "abc"
count = 7
for fmt, obj in [("d", value), ("d", text), ("f", text), (",", text), ("x", value),
                 ("=5", text), ("+s", text), ("z", count), (".2", count), ("q", count)]:
    try:
        print(repr(format(obj, fmt)))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(f"{count:{value}}")
except ValueError as e:
    print("ValueError:", e)
print(f"{count:{3}}|{text:{'>'}{5}}|")
