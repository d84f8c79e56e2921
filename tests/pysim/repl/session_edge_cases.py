# args: --repl
# blank lines end blocks, comments, continuation lines, triple quotes, _ and echo inside blocks
# comment first
x = 1 + \
    2
x
s = """a
b"""
s
for i in range(3):
    i * 2

class C:
    def f(self):
        return 1

    def g(self):
        return 2

C().f()
if x > 1:
    "big"
else:
    "small"

    
def h():
    return _

h()
[i for i in range(3)]
_
y = 5  # trailing comment
  # indented comment
y
1/0
_
(1,
 2)
d = {
  'a': 1,
}
d
None
print(None)
	z = 1
x = 10
x
