try:
    risky = 1
print(risky)
