# args: --repl
# reference counts in the REPL: _ holds the last echoed value, constants are not kept by an AST
import sys
x = []
sys.getrefcount(x)
y = x
sys.getrefcount(x)
x
sys.getrefcount(x)
big = 123456
sys.getrefcount(big)
sys.getrefcount(None)
sys.getrefcount("hello")
