# str.rsplit: splitting from the right only matters when maxsplit is given
path = "usr/local/lib/python"
print(path.rsplit("/"), path.rsplit("/", 1), path.rsplit("/", 2), path.split("/", 1))
print("a,b,,c".rsplit(",", 1), ",,".rsplit(","), "aaa".rsplit("a", 1), "aaaa".rsplit("aa"))
print("a b c d".rsplit(None, 2), "  a b c  ".rsplit(maxsplit=1), "".rsplit("x"))
filename = "archive.tar.gz"
base, ext = filename.rsplit(".", 1)
print(base, ext, filename.split(".", 1))
try:
    "x".rsplit("")
except ValueError as e:
    print(type(e).__name__, e)
