# a misspelt module attribute: AttributeError with a suggestion (uncaught)
import math
try:
    math.squareroot(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(math.sqrt(4))
print(math.pie)
