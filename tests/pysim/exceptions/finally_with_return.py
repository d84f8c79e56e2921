# return inside try/finally: finally runs, and a return in finally wins
def f():
    try:
        return "from try"
    finally:
        print("finally of f")
def g():
    try:
        return "from try"
    finally:
        return "from finally"
def h():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
def k():
    n = 1
    try:
        return n
    finally:
        n = 100
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows the exception"
print(f())
print(g())
print(h())
print(k())
print(swallow())
