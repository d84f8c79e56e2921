class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name)
        return False
with CM("a") as a, CM("b") as b:
    print(a, b)
with CM("c"):
    pass
with (CM("d") as d,
      CM("e")):
    print(d)
with (CM("f")) as f:
    print(f)
