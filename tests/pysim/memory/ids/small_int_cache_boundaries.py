# the small-int cache covers -5..256: int() results inside it are shared, outside they are new
texts = ["-6", "-5", "-1", "0", "1", "100", "255", "256", "257", "1000"]
for t in texts:
    a = int(t)
    b = int(t)
    print(t, a is b, a == b)
