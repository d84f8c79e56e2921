# at exit the collector clears weak references to the garbage; only callbacks of references
# that outlive their referent run
import weakref
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def report(r):
    print("callback")
a = A("a")
keep_ref = weakref.ref(a, report)
b = A("b")
b.self_ref = weakref.ref(b, report)
print("end of program")
