# the format-spec errors of complex: no zero padding, no '=' alignment, no '%'
z = 1.5 - 2.25j
for spec in ["x", "%", "d", "s", "c", "b", "010", "0<10", "=10", "r", ".1000000000000000000000f", "#x", ",d",
             ",_f", ".f", "10.2fx", "+=10", "0"]:
    try:
        print(repr(format(z, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
for f in [lambda: format(1j, 3), lambda: (1j).__format__(3), lambda: (1j).__format__(), lambda: "{:q}".format(1j)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
