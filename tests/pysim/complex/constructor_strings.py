# complex(str): forms, spaces, parentheses, signs, underscores, inf and nan
for s in ["1+2j", " ( 1+2j ) ", "(1-2j)", "j", "-j", "+J", "1-j", "1+j", "2j", "-2.5J",
          "1e3-2.5e-3j", "1E+3", ".5", "5.", "-0", "-0-0j", "nan+infj", "-infinityj", "INF",
          "infj", "NaNj", "1_000+2_0j", "\t12\n", "(3)", "(j)", "1.5e-10+1e10j", "0j",
          "\u0661+\u0662j", "\u00a01j\u2003"]:
    print(repr(s), complex(s))
print(complex("1e500"), complex("-1e500j"), complex("1e-500"), complex("123456789012345678901234567890"))
