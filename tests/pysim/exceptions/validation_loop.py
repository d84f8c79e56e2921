# try/except inside a loop to validate and convert input strings
raw = ["10", "x", "3.5", "", "-4", "7e2", None, "0"]
good, bad = [], []
for item in raw:
    try:
        value = int(item)
    except ValueError:
        try:
            value = float(item)
        except ValueError as e:
            bad.append(str(e))
            continue
    except TypeError as e:
        bad.append(f"type: {e}")
        continue
    good.append(value)
print(good)
for b in bad:
    print(b)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
print([safe_div(1, n) for n in [2, 0, -4]])
