# modules of the standard library that are not simulated
import sys
print(sys.maxsize > 0)
import os
print(os.getcwd())
