# a failing call nested in other calls is underlined with ^
def parse(text):
    return int(text)
def double(n):
    return n * 2
print(double(parse("4")))
result = str(double(parse("4x"))) + "!"
