# NameError suggests a similar existing name
def compute():
    counter = 0
    for i in range(3):
        counter += i
    return countr
print(compute())
