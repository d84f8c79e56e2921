class Counter:
    """A counter."""
    count = 0
    @staticmethod
    def make():
        return Counter()
    @classmethod
    def name(cls):
        return cls.__name__
    @property
    def double(self):
        return self.count * 2
c = Counter.make()
c.count = 3
print(Counter.name(), c.double, Counter.__doc__)
