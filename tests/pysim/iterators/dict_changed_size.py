# adding or removing dict keys during iteration raises RuntimeError (uncaught at the end)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        if k == "a":
            del d["a"]
            d["c"] = 3
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
prices = {"x": 1, "y": 2}
for k in prices:
    prices[k] *= 10
for k in list(prices):
    if prices[k] > 10:
        del prices[k]
print(prices)
for k in prices:
    prices.pop(k)
