# traceback through three nested function calls
def average(values):
    return sum(values) / len(values)
def report(data):
    avg = average(data)
    return f"avg={avg}"
def main():
    print(report([1, 2, 3]))
    print(report([]))
main()
