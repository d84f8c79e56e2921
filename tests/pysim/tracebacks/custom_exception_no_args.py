# an exception raised without arguments prints only its class name
class Halt(Exception):
    pass
def step(n):
    if n == 2:
        raise Halt
    print("step", n)
for i in range(5):
    step(i)
