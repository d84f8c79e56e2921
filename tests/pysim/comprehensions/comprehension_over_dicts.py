# comprehensions iterating over dict keys, values and items
stock = {"apple": 5, "pear": 0, "fig": 12, "kiwi": 3}
print([k for k in stock])
print([v for v in stock.values() if v])
print([k for k, v in stock.items() if v == 0])
print(sorted(stock, key=lambda k: stock[k]))
print({k: v for k, v in sorted(stock.items(), key=lambda kv: -kv[1])})
print(sum(stock.values()), max(stock, key=stock.get))
print({k.upper(): v for k, v in stock.items() if len(k) > 3})
inventory = [{"name": "a", "qty": 2}, {"name": "b", "qty": 0}]
print([item["name"] for item in inventory if item["qty"]])
