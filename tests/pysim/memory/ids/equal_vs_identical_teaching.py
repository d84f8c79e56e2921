# == compares values, is compares identity; equal containers are usually different objects
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a == c, a is c)
c.append(4)
print(a, b)
x = (1, 2)
y = (1, 2)
print(x == y, x is y)
p = {"k": [1]}
q = dict(p)
print(p == q, p is q, p["k"] is q["k"])
print(None == None, None is None, [] == [], [] is [])
