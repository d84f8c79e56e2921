# an uncaught float() conversion error reached through two function calls
def parse(field):
    return float(field.strip())

def total(line):
    return sum(parse(f) for f in line.split(","))

print(total("1.5, 2.25, 3"))
print(total("4, 5.5, six"))
