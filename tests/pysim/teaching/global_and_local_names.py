# assigning to a name inside a function makes it local unless declared global
counter = 0

def broken():
    counter += 1

def working():
    global counter
    counter += 1

try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
working()
working()
print(counter)
items = []
def add(x):
    items.append(x)
add(1)
print(items, "- mutation needs no global statement")
