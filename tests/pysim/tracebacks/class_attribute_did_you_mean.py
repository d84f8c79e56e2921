# AttributeError on a class object suggests a similar class attribute
class Config:
    timeout = 30
    retries = 3
print(Config.timeout)
print(Config.timeot)
