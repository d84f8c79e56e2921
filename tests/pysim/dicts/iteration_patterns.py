# common ways to walk a dict: keys, values, items, enumerate, sorted, max by value
stock = {"pear": 4, "apple": 9, "fig": 1}
for k in stock:
    print(k, stock[k])
for name, qty in stock.items():
    print(f"{name:<6}{qty:>3}")
for i, (name, qty) in enumerate(stock.items(), start=1):
    print(i, name, qty)
print(sorted(stock), sorted(stock, key=stock.get), sorted(stock.items(), key=lambda kv: kv[1]))
print(max(stock, key=stock.get), min(stock.values()), sum(stock.values()), list(reversed(stock)))
print(len(stock), [k for k, v in stock.items() if v > 3], dict(zip(stock.values(), stock.keys())))
print(list(stock.items())[0], next(iter(stock.values())), "fig" in stock, 9 in stock)
