# str(e) of NameError and AttributeError never includes the "Did you mean" hint
count = 1
try:
    print(coutn)
except NameError as e:
    print(e, "|", e.name)
try:
    math.pi
except NameError as e:
    print(e)
import math
try:
    math.pie
except AttributeError as e:
    print(e, "|", e.name)
class Car:
    def __init__(self):
        self.speed = 0
try:
    Car().sped
except AttributeError as e:
    print(e, "|", e.name, e.obj.speed)
try:
    undefined_function()
except NameError as e:
    print(repr(e))
