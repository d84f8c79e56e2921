w, p = 10, 3
x = 3.14159
print(f"{x:{w}.{p}f}|")
print(f"{f'{x:.1f}'}", f"{'a' + f'{w}'}")
items = ["a", "b"]
print(f"{', '.join(f'<{i}>' for i in items)}")
print(f"{x!r:>{w}}", f"{w:{'>'}{w}}")
