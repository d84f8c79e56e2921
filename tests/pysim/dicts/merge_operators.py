# the | and |= merge operators: the right side wins, |= updates in place
defaults = {"color": "red", "size": 1}
user = {"size": 3, "shape": "round"}
merged = defaults | user
print(merged, defaults, user, user | defaults)
alias = defaults
defaults |= user
print(defaults, alias is defaults, alias)
defaults |= [("extra", True)]
print(defaults)
for bad in (lambda: defaults | [("a", 1)], lambda: defaults | None):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print({**defaults, "color": "blue"}, {**{}, **{"a": 1}}, dict(**{"k": 2}))
