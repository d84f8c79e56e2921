# args: --repl
# objects still alive when the input ends are finalized as the interpreter exits
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

a = R(1)
b = R(2)
print("end of input")
