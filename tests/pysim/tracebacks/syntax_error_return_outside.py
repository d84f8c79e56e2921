# return at module level is a SyntaxError found by the compiler
x = 5
print("never")
if x > 3:
    return x
