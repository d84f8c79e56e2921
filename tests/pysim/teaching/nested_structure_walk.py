# walking a nested structure recursively and printing every path and value
data = {"name": "shop", "items": [{"id": 1, "tags": ["a", "b"]}, {"id": 2, "tags": []}], "open": True}

def walk(obj, path="data"):
    if isinstance(obj, dict):
        for key, value in obj.items():
            walk(value, f"{path}[{key!r}]")
    elif isinstance(obj, list):
        if not obj:
            print(path, "= []")
        for i, value in enumerate(obj):
            walk(value, f"{path}[{i}]")
    else:
        print(path, "=", repr(obj))

walk(data)
def count_leaves(obj):
    if isinstance(obj, dict):
        return sum(count_leaves(v) for v in obj.values())
    if isinstance(obj, list):
        return sum(count_leaves(v) for v in obj)
    return 1
print(count_leaves(data))
