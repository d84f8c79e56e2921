# functions receive references: mutating an argument is visible, rebinding is not
def add_item(lst):
    lst.append(99)
def rebind(lst):
    lst = [0]
    return lst
def inc(n):
    n += 1
    return n
def extend_in_place(lst):
    lst += [7]
data = [1, 2]
add_item(data)
print(data)
print(rebind(data), data)
count = 5
print(inc(count), count)
extend_in_place(data)
print(data)
def clear_dict(d):
    d.clear()
cfg = {"a": 1}
alias = cfg
clear_dict(cfg)
print(cfg, alias)
def replace_contents(lst):
    lst[:] = ["new"]
replace_contents(data)
print(data)
