# pass as an empty body in if, loops, functions and classes
def todo():
    pass
class Empty:
    pass
for i in range(3):
    pass
if True:
    pass
else:
    print("no")
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    print("finally after pass")
print(todo(), Empty.__name__, i)
