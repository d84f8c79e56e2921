# calling objects that are not callable gives TypeError
values = [5, "text", None, [1], {"a": 1}, (1, 2), 1.5]
for v in values:
    try:
        v()
    except TypeError as e:
        print(e)
x = 3
try:
    x(4)
except TypeError as e:
    print(e)
try:
    print(len)(1)
except TypeError as e:
    print(e)
class Plain:
    pass
try:
    Plain()()
except TypeError as e:
    print(e)
