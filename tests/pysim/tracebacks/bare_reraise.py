# a bare raise re-raises the original exception with its original traceback
def risky(n):
    return 10 // n
def wrapper(n):
    try:
        return risky(n)
    except ZeroDivisionError:
        print("logging and re-raising")
        raise
wrapper(0)
