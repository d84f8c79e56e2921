# comparing with a literal using `is` works, but the compiler warns on stderr first
x = 256
y = 1000
name = "memory"
print(x is 256)
print(y is 1000)
print(name is "memory", name is not "other")
print(x is None, () is not None)
