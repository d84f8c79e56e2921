# the name bound by "except ... as e" is deleted at the end of the handler, freeing the exception
class Payload:
    def __del__(self):
        print("payload freed")
def fail():
    raise ValueError(Payload())
try:
    fail()
except ValueError as e:
    print("handling", type(e.args[0]).__name__)
print("after handler")
try:
    fail()
except ValueError as e:
    saved = e
print("saved keeps it")
del saved
print("end")
