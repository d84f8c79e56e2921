# equal string constants in one script are one object even when they are not identifier-like
a = "hello world"
b = "hello world"
print(a is b)
c = "hello " "world"
d = f"hello world"
print(c is a, d is a)
e = 'hello world'
f = """hello world"""
print(e is a, f is a)
parts = "hello", "world"
joined = " ".join(parts)
print(joined == a, joined is a)
