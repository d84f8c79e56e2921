# global lets a function rebind a module-level name
counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment()
increment()
print(counter)
def create():
    global created
    created = "made inside function"
create()
print(created)
def reset():
    global counter, created
    counter, created = 0, None
reset()
print(counter, created)
def remove():
    global created
    del created
remove()
print("created" in globals())
