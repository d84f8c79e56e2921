# calling __del__ by hand is just a method call: the object lives on and is finalized later
class R:
    def __del__(self):
        print("__del__ runs")
r = R()
r.__del__()
print("still alive:", type(r).__name__)
del r
print("end")
