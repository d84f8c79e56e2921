# AttributeError on a module suggests the right function name
import math
print(math.sqrt(16))
print(math.floor(2.5))
print(math.sqr(16))
