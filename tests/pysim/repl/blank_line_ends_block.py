# args: --repl
# a blank line inside a function ends it: the next indented line is an IndentationError
def f(n):
    if n:
        return 1

    return 2

f(0)
try:
    1/0
except ZeroDivisionError as e:
    e

import sys
sys.last_value
