# AttributeError on an instance suggests a close attribute name
class Player:
    def __init__(self, name):
        self.name = name
        self.score = 0
p = Player("Ann")
p.score += 5
print(p.name, p.score)
print(p.scor)
