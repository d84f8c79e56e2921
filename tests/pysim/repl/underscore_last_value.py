# args: --repl
# _ holds the last echoed value; statements that echo nothing leave it alone
40 + 2
_
_ * 2
x = 10
_
None
_
print("hi")
_
[_]
_[0] is _
