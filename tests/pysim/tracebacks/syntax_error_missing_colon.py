# a syntax error is reported before anything runs: nothing is printed on stdout
print("this line never runs")
def greet(name)
    return "hi " + name
print(greet("Ann"))
