# adding, changing and deleting attributes on classes affects all instances
class Config:
    debug = False
a, b = Config(), Config()
Config.debug = True
print(a.debug, b.debug)
Config.level = 3
print(a.level, b.level)
a.level = 9
del Config.level
print(a.level)
try:
    print(b.level)
except AttributeError as e:
    print(e)
def describe(self):
    return f"debug={self.debug}"
Config.describe = describe
print(a.describe(), Config.describe(b))
print(sorted(k for k in vars(Config) if not k.startswith("__")))
