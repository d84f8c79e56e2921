# format specs applied to str and int: alignment, fill, width, precision, signs, bases
s = "text"
print(f"[{s:<10}] [{s:>10}] [{s:^10}] [{s:*^11}] [{s:.2}] [{s:10.3}] [{s:-<6}] [{s!r:>8}]")
print(f"[{s:}] [{s:3}] [{'':5}] [{'é':>3}]")
n = 42
print(f"[{n:+d}] [{-n:+d}] [{n: d}] [{-n: d}] [{n:05d}] [{-n:05d}] [{n:<5d}] [{n:^5}] [{n:=+6}]")
print(f"[{n:x}] [{n:X}] [{n:#x}] [{n:o}] [{n:#o}] [{n:b}] [{n:#b}] [{n:c}] [{n:n}] [{n:e}] [{n:%}]")
print(f"[{1234567:,}] [{1234567:_d}] [{-1234567:>12,}] [{0xFFFF:_x}] [{n:,.2f}] [{123:08.2f}]")
for spec in ("d", ".2", "x", ",s"):
    try:
        print(format("abc" if spec in ("d", "x") else 5 if spec == ",s" else "abc", spec))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(format(3.5, "d"))
except ValueError as e:
    print(type(e).__name__, e)
