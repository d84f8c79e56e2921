# the name bound by except ... as is deleted when the handler ends
e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
saved = None
try:
    int("z")
except ValueError as exc:
    saved = exc
print("saved:", saved, type(saved).__name__)
def f():
    try:
        raise KeyError("q")
    except KeyError as problem:
        pass
    return "problem" in locals()
print(f())
