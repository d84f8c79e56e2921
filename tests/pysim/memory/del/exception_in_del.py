# an exception raised by a __del__ hook is reported as "Exception ignored in" and the program goes on
class Hook:
    def __repr__(self):
        return "<cleanup hook>"
    def __call__(self):
        print("hook runs")
        raise ValueError("cannot clean up")
class Bad:
    __del__ = Hook()
b = Bad()
del b
print("still running")
x = Bad()
x = 1
print("end")
