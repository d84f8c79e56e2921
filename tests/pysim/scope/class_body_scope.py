# class bodies form a scope that methods and comprehensions do not see
class Config:
    size = 3
    doubled = size * 2
    names = [n for n in range(size)]
    def get_size(self):
        return self.size
    def bare_name(self):
        return size
print(Config.doubled, Config.names, Config().get_size())
try:
    Config().bare_name()
except NameError as e:
    print("NameError:", e)
size = "global size"
print(Config().bare_name())
class C:
    vals = [1, 2]
    try:
        sums = [v + len(vals) for v in vals]
    except NameError as e:
        error = str(e)
print(C.error)
