# reference counting cannot free a cycle; the cycle collector can (watched through weakrefs)
import gc
import weakref
class Person:
    def __init__(self, name):
        self.name = name
        self.friend = None
gc.collect()
alice = Person("alice")
bob = Person("bob")
alice.friend = bob
bob.friend = alice
watch = weakref.ref(alice)
del alice, bob
print("after del, alice still exists:", watch() is not None)
print("friend of the unreachable alice:", watch().friend.name)
found = gc.collect()
print("collector found", found, "objects")
print("alice still exists:", watch() is not None)
