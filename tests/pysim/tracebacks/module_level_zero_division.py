# uncaught ZeroDivisionError at module level after some output
total = 10
count = 0
print("computing average")
average = total / count
print("never printed")
