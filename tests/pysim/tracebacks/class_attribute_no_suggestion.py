# no suggestion is added when no attribute name is close enough
class Config:
    timeout = 30
    retries = 3
print(Config.retries)
print(Config.retry)
