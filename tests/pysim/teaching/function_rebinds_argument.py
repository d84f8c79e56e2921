# rebinding a parameter inside a function does not touch the caller's variable
def reset(values):
    values = []
    values.append("inside")
    return values

data = [1, 2, 3]
new = reset(data)
print(data, new, data is new)
def increment(n):
    n += 1
    return n
x = 5
print(increment(x), x)
def extend_local(items):
    items += ["!"]
word_list = ["hi"]
extend_local(word_list)
print(word_list, "- += on a list mutates, so the caller sees it")
def extend_tuple(t):
    t += ("!",)
    return t
pair = ("hi",)
print(extend_tuple(pair), pair)
