# args: --repl
# small ints are cached across statements, larger ones are not
x = 256
y = 256
x is y
p = 257
q = 257
p is q
p == q
n = 256
n + 1 is q
n - 1 is 255 + 0
