# f-string format specs on objects without __format__, and with one
class Plain:
    def __str__(self):
        return "plain"
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return f"${self.v:{spec or '.2f'}}"
print(f"{Plain()}|{Plain()!s:>8}|{Plain()!r:.2}")
print(f"{Money(3)}|{Money(3):.1f}|{format(Money(2.5), '08.3f')}")
try:
    print(f"{Plain():>10}")
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
print(format(Plain()), format(Plain(), ""))
