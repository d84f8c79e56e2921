# startswith/endswith with tuples of choices and start/end positions
name = "report_2024.csv"
print(name.startswith("report"), name.endswith(".csv"), name.endswith((".txt", ".csv")))
print(name.startswith(("data", "img")), name.startswith(""), "".endswith(""), "".startswith("a"))
print(name.startswith("2024", 7), name.startswith("2024", 7, 10), name.endswith("2024", 0, 11))
print(name.endswith("csv", -3), name.startswith("t", -5), name.endswith(()), name.startswith("R"))
for bad in (["report"], None):
    try:
        print(name.startswith(bad))
    except TypeError as e:
        print(type(e).__name__, e)
for choices in ((".csv", 5), (5, ".csv")):
    try:
        print(name.endswith(choices))
    except TypeError as e:
        print(type(e).__name__, e)
