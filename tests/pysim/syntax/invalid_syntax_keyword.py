def f():
    return
class = 3
