# args: --repl
# an echoed object stays alive in _ until the next echoed value replaces it
class A:
    def __repr__(self):
        return "<an A>"
    def __del__(self):
        print("A freed")

a = A()
del a
A()
"the echoed A lives on in _"
x = A()
x = None
A()
