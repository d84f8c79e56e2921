data = {"ints": [1, -2, 3], "tuple": (1.5, -2e3), "nested": {"set": {1}}, "none": None}
print(data["ints"], data["tuple"], data["nested"], data["none"])
print([{"a": [(1, 2), {3}]}], ((1,),), [[[]]])
