# getattr, setattr, hasattr and delattr with names computed at run time
class Settings:
    volume = 5
s = Settings()
for name, value in [("brightness", 70), ("contrast", 40)]:
    setattr(s, name, value)
print(s.brightness, getattr(s, "contrast"), getattr(s, "volume"))
print(getattr(s, "missing", "default"), hasattr(s, "missing"), hasattr(s, "volume"))
delattr(s, "brightness")
print(hasattr(s, "brightness"), vars(s))
try:
    getattr(s, "missing")
except AttributeError as e:
    print(e)
try:
    delattr(s, "volume")
except AttributeError as e:
    print(e)
method = getattr("hello", "upper")
print(method())
print(getattr(Settings, "volume"), getattr([3, 1, 2], "index")(2))
setattr(Settings, "volume", 11)
print(s.volume)
try:
    getattr(s, 5)
except TypeError as e:
    print(e)
