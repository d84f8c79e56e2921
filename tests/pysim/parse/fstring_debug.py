x, y = 3, "s"
print(f"{x=}", f"{x = }", f"{y=}", f"{x=:>4}", f"{y=!s}")
print(f"{x + 1=}", f"{ x * 2 = }")
