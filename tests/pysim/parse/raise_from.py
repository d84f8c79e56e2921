class MyError(Exception):
    pass
try:
    try:
        {}["k"]
    except KeyError as e:
        raise MyError("wrapped") from e
except MyError as err:
    print(err, type(err.__cause__).__name__)
try:
    raise ValueError("plain") from None
except ValueError as v:
    print(v, v.__suppress_context__)
