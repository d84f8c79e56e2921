# format(z, spec) for each presentation type, precision, sign, '#', ',' '_' and 'z'
z = complex(1.5, -2.25)
for spec in [".2f", "+.2f", " .2f", "-.2f", "e", "E", "g", "G", "n", ".3", ".0", "#", "#.3", "10.2f", ",",
             ",.2f", "_.1f", "z.1f", "+", " ", "-", ".3g", "#g", "#e", "F", "f", ".10g", ""]:
    print(repr(spec), repr(format(z, spec)))
inf, nan = float("inf"), float("nan")
for w in [1j, complex(0, -1), complex(-0.0, 2), complex(1234567.5, -0.001), complex(nan, -inf), complex(-0.0, -0.0),
          complex(1e20, 1e-20), 0j]:
    print([format(w, s) for s in ["", ".2f", "+", ",.1f", "z.1f", "g", ".3", "+.3", "E", "_g"]])
