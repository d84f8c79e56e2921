# 3.12 suggests self.NAME when a method uses an attribute as a bare name
class Counter:
    def __init__(self):
        self.count = 0
    def increment(self):
        self.count += 1
        return count
c = Counter()
c.increment()
