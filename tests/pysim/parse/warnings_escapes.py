x = 1
print(f"\{x}")
print(f"\d{x}")
print("\777")
print(b"\d", b"\400")
