# globals() holds the module's names in definition order
alpha = 1
beta = [2]
def gamma():
    pass
class Delta:
    pass
mine = [k for k in globals() if not k.startswith("__")]
print(mine)
print(globals()["alpha"], globals()["beta"] is beta)
globals()["epsilon"] = 5
print(epsilon)
print("gamma" in globals(), "zeta" in globals())
print(__name__)
