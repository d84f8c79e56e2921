# a broad handler listed first hides the narrower ones after it
def classify(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError handler"
    except KeyError:
        return "KeyError handler (unreachable)"
    except Exception as e:
        return "Exception handler for " + type(e).__name__
for exc in [KeyError("k"), IndexError(1), ValueError(), ZeroDivisionError()]:
    print(type(exc).__name__, "->", classify(exc))
def first_match(exc):
    try:
        raise exc
    except (ArithmeticError, ValueError) as e:
        return "tuple: " + type(e).__name__
    except BaseException as e:
        return "base: " + type(e).__name__
print(first_match(OverflowError()), first_match(UnicodeError()), first_match(TypeError()))
