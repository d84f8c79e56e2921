x = 5
if x > 3:
    if x > 4:
        print(">4")
    else:
        print("4")
elif x:
    pass
if not x: pass
elif x < 0: pass
else: print("else branch")
