# an exception raised while applying a decorator
def requires_doc(fn):
    if fn.__doc__ is None:
        raise TypeError(f"{fn.__name__} needs a docstring")
    return fn
@requires_doc
def good():
    "documented"
@requires_doc
def bad():
    pass
