# a name assigned anywhere in a function is local everywhere in it
count = 10
def bump():
    count += 1
    return count
try:
    bump()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
def later():
    print(total)
    total = 5
total = 1
try:
    later()
except NameError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        value = "set"
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(e)
def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except UnboundLocalError as e:
    print(e)
