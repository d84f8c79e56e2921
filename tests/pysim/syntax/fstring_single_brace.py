n = 1
print(f"total: {n}}")
