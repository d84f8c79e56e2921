# __del__ can store self somewhere, resurrecting it; __del__ does not run a second time
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        saved.append(self)
p = Phoenix("bird")
del p
print("resurrected:", saved[0].name)
saved.clear()
print("cleared again")
q = Phoenix("other")
q = None
print(len(saved), saved[0].name)
