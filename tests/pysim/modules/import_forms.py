# import, from-import and import-as all reach the same module objects
import math
import math as m
from math import sqrt, pi as PI
import sys
print(m is math, sqrt is math.sqrt, PI == math.pi, sqrt(81), m.floor(PI), type(math).__name__)
print(math.__name__, m.__name__, sys.__name__, sqrt.__name__, sqrt, math.floor, len)
print(sys, type(sys), type(sqrt).__name__)
from math import floor, ceil
print(floor(-0.5), ceil(-0.5), hasattr(m, "sqrt"), hasattr(math, "tau"), hasattr(math, "nothing"))
import math
print(math is m, [k for k in sorted(globals()) if not k.startswith("__")])
