# An exception travels up through the frames until a handler catches it.
def divide(a, b):
    return a / b

def average(values):
    return divide(sum(values), len(values))

try:
    average([])
except ZeroDivisionError as e:
    message = str(e)
print(message)
