# functions look up globals when they run, not when they are defined
def show():
    return setting
setting = "first"
print(show())
setting = "second"
print(show())
def call_later():
    return helper() * 2
def helper():
    return 21
print(call_later())
def helper():
    return 50
print(call_later())
def uses_missing():
    return not_defined_yet
try:
    uses_missing()
except NameError as e:
    print(e)
not_defined_yet = "now defined"
print(uses_missing())
