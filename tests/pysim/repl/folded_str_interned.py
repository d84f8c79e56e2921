# args: --repl
# a str folded from constants is interned like a literal when the code object is made, even alone at the prompt
a = "py"
c = "p" + "y"
c is a
d = "ab" * 2
import sys
sys.intern("".join(["ab", "ab"])) is d
e = ("x" + "yz", 1)
e[0] is sys.intern("".join(["xy", "z"]))
f = "a b" * 2
sys.intern("".join(["a b", "a b"])) is f
