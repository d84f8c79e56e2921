def g():
    try:
        return "try"
    finally:
        print("cleanup")
print(g())
try:
    pass
except:
    pass
try:
    x = [][0]
except IndexError:
    print("index")
