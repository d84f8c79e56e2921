# printf-style % formatting: conversions, widths, tuples, mappings and errors
print("%s is %d years" % ("Ann", 30), "%r" % "q", "%5.2f|%-6s|%05d|%x|%X|%o|%e|%%" % (3.14159, "ab", 42, 255, 255, 8, 12345.678))
print("%c%c" % (72, "i"), "%s" % [1, 2], "%s" % ((1, 2),), "%d%%" % 50, "%.3s" % "abcdef", "%+d % d" % (5, 5))
print("%(name)s has %(n)03d points" % {"name": "Bo", "n": 7}, "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 1.23456))
print("%d" % 3.99, "%i" % -2.5, "%s" % None, "%a" % "é", "%g %G" % (0.00001, 1e20), "%#x %#o" % (255, 8))
print("%s" % "single", "%s" % ("tuple-one",), "no args" % (), "%5s|%-5s|" % ("ab", "cd"))
errors = [("%d", "x"), ("%s %s", ("one",)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 5), ("%c", "ab")]
for fmt, arg in errors:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
