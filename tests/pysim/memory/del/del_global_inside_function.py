# del of a global from inside a function frees the object at once if nothing else holds it
class R:
    def __del__(self):
        print("global object freed")
obj = R()
def drop():
    global obj
    print("dropping")
    del obj
    print("dropped")
drop()
print("obj" in globals())
