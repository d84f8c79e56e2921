# sys.getsizeof of dicts follows CPython 3.12's table sizes: 8, 16, 32... slots,
# smaller entries while every key is a str, and copies that keep or compact the table
import sys
print(sys.getsizeof({}), sys.getsizeof({1: 1}), sys.getsizeof({"a": 1}), sys.getsizeof(dict()))
d = {}
sizes = []
for i in range(50):
    d[i] = i
    sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)), [sizes.index(s) + 1 for s in sorted(set(sizes))])
s = {}
ssizes = []
for i in range(25):
    s["k" + str(i)] = i
    ssizes.append(sys.getsizeof(s))
print(sorted(set(ssizes)))
mixed = {"a": 1}
print(sys.getsizeof(mixed), end=" ")
mixed[2] = 2
print(sys.getsizeof(mixed), end=" ")
del mixed[2]
print(sys.getsizeof(mixed))
big = {i: i for i in range(6)}
for k in range(5):
    del big[k]
print(sys.getsizeof(big), sys.getsizeof(big.copy()), sys.getsizeof(dict(big)), sys.getsizeof({**big}))
e = {}
e.update(big)
print(sys.getsizeof(e), big, e)
full = {i: i for i in range(10)}
print(sys.getsizeof(full.copy()), sys.getsizeof(dict(full)), sys.getsizeof(full | {}))
full.clear()
print(sys.getsizeof(full), full)
print(sys.getsizeof(dict.fromkeys(range(10))), sys.getsizeof(dict.fromkeys("abcdef")), sys.getsizeof(dict.fromkeys({1: 1})), sys.getsizeof(dict.fromkeys({1, 2, 3})))
print(sys.getsizeof(dict(a=1, b=2, c=3, d=4, e=5, f=6)), sys.getsizeof(dict(zip("abcdef", range(6)))))
u = {}
u.update(a=1, b=2, c=3, d=4, e=5, f=6)
print(sys.getsizeof(u))
p = {i: i for i in range(43)}
print(sys.getsizeof(p), end=" ")
while len(p) > 7:
    p.popitem()
print(sys.getsizeof(p), sys.getsizeof(p.copy()), p)
print({}.__sizeof__(), {"a": 1}.__sizeof__(), {1: 2}.__sizeof__())
display = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7}
print(sys.getsizeof(display), sys.getsizeof({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}))
