# comments are ignored; docstrings are strings stored on functions and classes
def area(w, h):
    """Return the area of a rectangle."""
    # a comment line
    return w * h  # trailing comment
class Shape:
    """A shape."""
    def sides(self):
        "One-line docstring."
        return 0
def nodoc():
    return 1
print(area(2, 3))
print(area.__doc__)
print(Shape.__doc__, Shape.sides.__doc__)
print(nodoc.__doc__)
print(area.__name__, Shape.__name__)
"a bare string statement is evaluated and discarded"
print("done")
