# args: --repl
# each REPL statement is compiled alone, so equal constants in separate statements are different objects
a = 1000
b = 1000
a is b
a == b
c = 1000; d = 1000
c is d
a is c
