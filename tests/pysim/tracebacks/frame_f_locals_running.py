import sys
def f():
    x = [1]
    try:
        raise KeyError
    except KeyError as e:
        fr = e.__traceback__.tb_frame
    print(sorted(fr.f_locals), sys.getrefcount(x))
    y = 5
    print(sorted(fr.f_locals), sys.getrefcount(x))
    try:
        fr.clear()
    except RuntimeError as r:
        print('RE', r)
    return fr
g = f()
print(sorted(g.f_locals))
