# finally blocks run innermost first as an exception unwinds several frames
def a():
    try:
        b()
    finally:
        print("finally a")
def b():
    try:
        c()
    finally:
        print("finally b")
def c():
    try:
        raise RuntimeError("from c")
    finally:
        print("finally c")
try:
    a()
except RuntimeError as e:
    print("caught:", e)
def count():
    log = []
    for i in range(3):
        try:
            log.append(f"try{i}")
            if i == 1:
                return log
        finally:
            log.append(f"fin{i}")
print(count())
