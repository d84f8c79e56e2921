# str.format: auto, indexed, keyword, attribute and item fields, conversions, escapes
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(3, 4)
print("{} + {} = {}".format(1, 2, 3), "{1} {0} {1}".format("a", "b"), "{name}!".format(name="hi"))
print("({p.x}, {p.y})".format(p=p), "{0.x}:{0.y}".format(p), "{d[key]} {l[1]}".format(d={"key": 5}, l=[7, 8]))
print("{0[0]}{0[1]}{1[a]}".format("xy", {"a": "!"}), "{:>{w}}|".format("r", w=4), "{:{f}{a}{w}}".format(7, f="0", a=">", w=3))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}|".format("x"), "{{literal}} {}".format(1))
print("{:.{}f}".format(3.14159, 2), "{:{}{}}".format("x", "^", 5) + "|", "{0}{0}{0}".format("ab"))
args = ["fst", "snd"]
kw = {"a": 1, "b": 2}
print("{} {}".format(*args), "{a}-{b}".format(**kw), "{0} {a}".format(*args, **kw))
errors = [("{} {}", ("one",), {}), ("{2}", (1, 2), {}), ("{x}", (), {}), ("{0.z}", (p,), {}),
          ("{} {0}", (1, 2), {}), ("{:d}", ("s",), {}), ("{!x}", (1,), {}), ("{", (), {}), ("}", (), {})]
for fmt, a, k in errors:
    try:
        print(fmt.format(*a, **k))
    except (IndexError, KeyError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)
