class A:
    pass
a = A()
a.b = A()
a.b.c = [1, {"d": (2, 3)}]
print(a.b.c[1]["d"][0], "x".upper().lower(), (1).real)
a.b.c[0] += 5
print(a.b.c[0], "{}-{}".format(1, 2))
