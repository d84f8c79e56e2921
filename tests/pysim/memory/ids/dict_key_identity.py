# a dict keeps the key object it was first given; later equal keys only update the value
k1 = "".join(["ke", "y"])
k2 = "".join(["k", "ey"])
d = {k1: 1}
d[k2] = 2
print(d, list(d)[0] is k1, list(d)[0] is k2)
n1 = 10 ** 20
n2 = int("1" + "0" * 20)
e = {n1: "a"}
e[n2] = "b"
print(list(e)[0] is n1, n1 is n2)
m = {1: "int", 1.0: "float", True: "bool"}
print(m, type(list(m)[0]).__name__)
