# every TypeError and ValueError of complex(), with CPython's exact words
def attempt(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: complex(1, real=2))
attempt(lambda: complex(1, 2, 3))
attempt(lambda: complex(foo=1))
attempt(lambda: complex(1, foo=2))
attempt(lambda: complex(real=1, imag=2, foo=3))
attempt(lambda: complex(1, 2, imag=3))
attempt(lambda: complex(real="1+2j"))
attempt(lambda: complex(imag="1"))
attempt(lambda: complex("1+2j", 1))
attempt(lambda: complex(1, "2"))
attempt(lambda: complex([]))
attempt(lambda: complex(1, []))
attempt(lambda: complex(None))
attempt(lambda: complex(b"1"))
attempt(lambda: complex(1, None))
for s in ["", "()", "1+2j)", "(1+2j", "1 + 2j", "1+2jx", "\0", "1j+1", "0x1j", "j1", "1ej",
          "1e+j", "(1+2j))", "((1))", "1+-2j", "--1", ". j", "1__0j", "_1j", "1_j", "1_", "1_\0",
          "\0_1", "1\u00e9j", "infinit"]:
    attempt(lambda: complex(s))
attempt(lambda: complex(10 ** 400))
attempt(lambda: complex(1, 10 ** 400))
attempt(lambda: complex.__new__(int, 1))
attempt(lambda: complex.__new__(complex, "1j"))
