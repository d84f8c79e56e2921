# unpacking more values than targets
pair = [1, 2]
first, second = pair
print(first, second)
pair.append(3)
first, second = pair
