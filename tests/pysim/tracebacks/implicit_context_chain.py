# an error inside an except block prints "During handling of the above exception"
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        print("missing", key)
        return d["default"] + 1
lookup({"default": "x"}, "k")
