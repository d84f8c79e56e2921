# a default value is evaluated when def runs, so its error points at the def line
print("defining")
limit = 0
def scaled(x, factor=10 / limit):
    return x * factor
print("never")
