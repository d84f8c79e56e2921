# format specs for floats: f, e, E, g, G, %, widths, alignment, signs, grouping
x = 1234.56789
print(f"{x:.2f}|{x:10.2f}|{x:<10.1f}|{x:^12.3f}|{x:*>12.2f}|{x:+.1f}|{x: .1f}|")
print(f"{x:e}|{x:.2e}|{x:E}|{x:.0e}|{-x:.3E}|")
print(f"{x:g}|{x:.3g}|{x:.10g}|{1e-5:g}|{1e16:g}|{123456789.0:g}|{0.0001:g}|{x:G}|{1e-10:G}|")
print(f"{0.25:%}|{0.25:.0%}|{1.5:.1%}|{-0.123:.2%}|")
print(f"{x:,.2f}|{1234567.891:_.1f}|{x:012.3f}|{-x:012.3f}|{x:=+12.2f}|")
print(f"{3.0:.0f}|{2.5:.0f}|{3.5:.0f}|{0.5:.0f}|{1.0:#.0f}|{x:.0f}|")
print(f"{x}|{x:}|{x:12}|{x:<12}|{1e20:f}|{1/3:.20f}|")
print(f"{float('inf'):f}|{float('-inf'):e}|{float('nan'):8.2f}|{float('inf'):G}|")
print(format(2.5), format(2.5, ""), format(1e100, ".3"), format(0.1, ".17"), format(100.0, ".2"))
w, p = 10, 3
print(f"{x:{w}.{p}f}|{x:>{w}}|{'%.3f' % x}|")
print(f"{5:.2f}|{5:e}|{True:.1f}|{-0.0:.1f}|{-0.0001:.2f}|")
