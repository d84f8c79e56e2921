# removing keys while looping over a dict fails; loop over a snapshot of the keys instead
stock = {"apple": 0, "pear": 3, "fig": 0, "kiwi": 5}
try:
    for name in stock:
        if stock[name] == 0:
            del stock[name]
except RuntimeError as e:
    print("RuntimeError:", e)
print(stock)
for name in list(stock):
    if stock[name] == 0:
        del stock[name]
print(stock)
stock = {k: v for k, v in stock.items() if v > 3}
print(stock)
