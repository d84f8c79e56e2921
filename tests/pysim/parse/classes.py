class Base:
    kind = "base"
    def __init__(self, v):
        self.v = v
    def show(self):
        return f"{self.kind}:{self.v}"
class Child(Base):
    kind = "child"
    def show(self):
        return super().show() + "!"
class Meta(type):
    pass
class WithKw(Base, metaclass=Meta):
    pass
print(Base(1).show(), Child(2).show(), WithKw(3).show(), type(WithKw).__name__)
