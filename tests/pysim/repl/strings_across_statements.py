# args: --repl
# identifier-like string literals are interned across statements, others are not
s = "hello"
t = "hello"
s is t
u = "hello world"
v = "hello world"
u is v
u == v
w = "hello world"; z = "hello world"
w is z
import sys
sys.intern(u) is sys.intern(v)
