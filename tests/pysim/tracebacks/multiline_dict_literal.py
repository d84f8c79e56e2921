# an unhashable key in a dict display spread over several lines
settings = {
    "name": "demo",
    ["tags"]: ["a", "b"],
    "size": 3,
}
