# args: --repl
# the is-with-a-literal SyntaxWarning in the REPL names <stdin> and shows no source line
x = 1000
x is 1000
x == 1000
name = "memory"
name is not "memory"
