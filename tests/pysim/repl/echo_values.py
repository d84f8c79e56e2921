# args: --repl
# expression statements echo the repr of their value; None and assignments echo nothing
1 + 2
"text"
'quote"d'
[1, "a", None]
None
print("printed")
x = 5
x
x * 2.5
{"k": (1,)}
True and None
0 or ""
b"raw"
