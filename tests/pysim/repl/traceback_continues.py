# args: --repl
# an uncaught error prints a traceback and the session continues
x = 1
x / 0
print("still here", x)
undefined_name
[1, 2][5]
int("abc")
x + 1
