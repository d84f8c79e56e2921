for n in [-1, 0, 1, 5]:
    if n < 0:
        print("neg")
    elif n == 0:
        print("zero")
    elif n < 3:
        print("small")
    else:
        print("big")
if True: print("one-liner")
