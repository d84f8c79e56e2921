# functions calling each other before both are defined at call time
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print([is_even(i) for i in range(6)])
print(is_odd(7), is_even(100))
def ping(n, log):
    log.append("ping" + str(n))
    if n > 0:
        pong(n - 1, log)
    return log
def pong(n, log):
    log.append("pong" + str(n))
    if n > 0:
        ping(n - 1, log)
print(ping(3, []))
