# UnboundLocalError when a global is assigned in a function without global
total = 0
def add(n):
    total += n
    return total
add(5)
