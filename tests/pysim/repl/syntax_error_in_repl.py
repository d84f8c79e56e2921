# args: --repl
# syntax errors are reported and the session goes on; an open bracket swallows the next line
x = (1, 2
print("after syntax error")
def f(:
1 +
y = 3
y
