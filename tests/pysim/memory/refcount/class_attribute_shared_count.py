# a class attribute is one reference held by the class, however many instances read it
import sys
class Config:
    defaults = {"debug": False}
print(sys.getrefcount(Config.defaults))
instances = [Config() for _ in range(5)]
print(sys.getrefcount(Config.defaults), instances[0].defaults is instances[4].defaults)
instances[0].defaults = {"debug": True}
print(sys.getrefcount(Config.defaults), instances[0].defaults is Config.defaults)
