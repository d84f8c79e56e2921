# a long source line is printed in full with markers under the failing part
data = {"alpha": 1, "beta": 2, "gamma": 3, "delta": 4, "epsilon": 5, "zeta": 6}
value = data["alpha"] + data["beta"] + data["gamma"] + data["delta"] + data["epsilon"] + data["zeta"]
print(value)
value = data["alpha"] + data["beta"] + data["gamma"] + data["delta"] + data["epsilon"] + data["eta"] + data["zeta"]
