# exceptions are ordinary objects: stored, compared, passed and raised later
errors = []
for text in ["1", "two", "3", "four"]:
    try:
        int(text)
    except ValueError as e:
        errors.append(e)
print(len(errors), [str(e) for e in errors])
print(type(errors[0]) is ValueError, errors[0] is errors[1])
e1 = ValueError("same")
e2 = ValueError("same")
print(e1 == e2, e1 == e1, e1.args == e2.args)
def fail_with(exc):
    raise exc
try:
    fail_with(errors[-1])
except ValueError as caught:
    print("re-raised stored:", caught is errors[-1])
print(isinstance(errors[0], (TypeError, ValueError)))
print([c.__name__ for c in [type(e) for e in [KeyError(), OSError()]]])
