# KeyError prints the repr of the missing key
stock = {"apples": 3, "pears": 0}
print(stock["apples"])
wanted = "plums"
print(stock[wanted])
