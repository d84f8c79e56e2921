# error in a call spread over several lines
def build(name, size, color):
    return {"name": name, "area": size * size, "color": color.upper()}
item = build(
    "box",
    3,
    None,
)
