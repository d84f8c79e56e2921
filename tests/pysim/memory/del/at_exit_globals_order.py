# objects still alive when the program ends are finalized in the order their globals were defined
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
first = A("first")
second = A("second")
third = A("third")
print("end of program")
