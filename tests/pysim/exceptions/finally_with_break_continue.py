# break and continue inside try still run finally
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("loop done")
n = 0
while True:
    try:
        n += 1
        if n == 2:
            break
    except Exception:
        print("never")
    else:
        print("else", n)
    finally:
        print("finally", n)
for i in range(2):
    try:
        1 / 0
    except ZeroDivisionError:
        print("caught", i)
        continue
    finally:
        print("cleanup", i)
