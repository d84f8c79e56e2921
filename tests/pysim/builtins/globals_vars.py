# globals() holds the module's names; vars(obj) is the instance's attribute dict
counter = 0
name = "demo"
def bump():
    global counter
    counter += 1
bump()
mine = [k for k in globals() if not k.startswith("__")]
print(mine)
print(globals()["counter"], globals()["name"], "bump" in globals(), "missing" in globals())
globals()["created"] = "via globals"
print(created)
class C:
    def __init__(self):
        self.a = 1
        self.b = [2]
c = C()
print(vars(c), vars(c) is c.__dict__, sorted(vars(c)))
c.__dict__["z"] = 26
print(c.z, len(vars(c)))
