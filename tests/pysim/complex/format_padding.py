# width, fill and alignment apply to the whole number, parentheses and all
for z in [1 + 2j, 2j, -1.5 - 0.5j, complex(123456789, 1)]:
    print(f"|{z:20}|{z:<20}|{z:^20}|{z:>20}|{z:*^21}|{z:é<14}|{z:3}|")
    print(f"|{z:15.2f}|{z:<+15.1e}|{z:~^15g}|{z:=^10}|{z:{'>'}{12}}|")
print("{:>12}|{:<12}|{!r:>12}|{!s:^12}|".format(1j, -1j, 1 + 1j, 1 - 1j))
print(format(1j, ""), format(1 + 1j), "{}".format(3 - 0j), f"{2j!r}", f"{-(0j)}")
