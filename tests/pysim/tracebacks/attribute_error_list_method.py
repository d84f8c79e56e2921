# misspelled method of a built-in type gets a suggestion
shopping = ["milk"]
shopping.append("eggs")
print(shopping)
shopping.apend("bread")
