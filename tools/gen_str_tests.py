#!/usr/bin/env python3
"""gen_str_tests.py — writes tests/unit/test_str.c: small Python programs
about str methods, formatting and codecs, each with the output python3.12
gives for it.  The unit test runs every program in the simulator and
compares.

usage: python3.12 tools/gen_str_tests.py > tests/unit/test_str.c

A case is either a whole program or a list of expressions; each expression
becomes a `try: print(repr(EXPR)) except Exception as e: print(...)` block,
so a wrong result and a wrong error message are both caught.
"""
import os
import subprocess
import sys

assert sys.version_info[:2] == (3, 12), sys.version

CASES = []


def exprs(name, *lines, pre=""):
    body = [pre] if pre else []
    for e in lines:
        body.append("try:\n    print(%r, '->', repr(%s))\nexcept Exception as e:\n"
                    "    print(%r, '!!', type(e).__name__, e)" % (e, e, e))
    CASES.append((name, "\n".join(body) + "\n"))


def prog(name, src):
    CASES.append((name, src.strip("\n") + "\n"))


# ---------------------------------------------------------------- identity
prog("identity_unchanged", r'''
s = "hello world"
pairs = [("strip", s.strip()), ("lstrip", s.lstrip()), ("rstrip", s.rstrip()), ("strip x", s.strip("x")),
         ("replace nomatch", s.replace("z", "y")), ("replace count0", s.replace("l", "y", 0)),
         ("replace same obj", s.replace("l", "l")), ("center small", s.center(3)), ("ljust small", s.ljust(3)),
         ("rjust small", s.rjust(3)), ("zfill small", s.zfill(3)), ("center eq", s.center(len(s))),
         ("expandtabs", s.expandtabs()), ("removeprefix no", s.removeprefix("z")),
         ("removesuffix no", s.removesuffix("z")), ("removeprefix empty", s.removeprefix("")),
         ("translate", s.translate({})), ("lower", s.lower()), ("upper", s.upper()),
         ("casefold", s.casefold()), ("swapcase", s.swapcase()), ("capitalize", s.capitalize()),
         ("title", s.title()), ("format", s.format()), ("percent", s % ()), ("join1", "".join([s])),
         ("join1 sep", ",".join([s])), ("join tuple1", "-".join((s,))), ("split nomatch", s.split("z")[0]),
         ("rsplit nomatch", s.rsplit("z")[0]), ("split wide sep", s.split("\u20ac")[0]),
         ("partition", s.partition("z")[0]), ("rpartition", s.rpartition("z")[2]),
         ("splitlines", s.splitlines()[0]), ("format()", format(s)), ("format(s, '')", format(s, "")),
         ("__format__", s.__format__("")), ("format <3", format(s, "<3")), ("format .20", format(s, ".20")),
         ("fstr", f"{s}"), ("fstr spec", f"{s:3}"), ("getnewargs", s.__getnewargs__()[0]),
         ("percent dict", s % {}), ("split maxsplit0 ws", s.split(None, 0)[0]),
         ("split sep maxsplit0", s.split("o", 0)[0]), ("strip None", s.strip(None)),
         ("str.format field", "{}".format(s)), ("str.format 0", "{0}".format(s)), ("str.format !s", "{!s}".format(s)),
         ("str.format two", "{}{}".format(s, "")), ("percent s", "%s" % s), ("percent s tuple", "%s" % (s,)),
         ("percent 5s", "%5s" % s), ("percent -5s", "%-5s" % s), ("percent .50s", "%.50s" % s),
         ("mul1", s * 1), ("encode decode", s.encode().decode())]
for name, r in pairs:
    print(name, r is s)
w = "word"
print(w.split()[0] is w, w.rsplit()[0] is w, (" " + w).split()[0] is w, w.splitlines()[0] is w)
print(w.splitlines(True)[0] is w, (w + "\n").splitlines()[0] is w, (w + "\n").splitlines(True)[0] is w)
''')

prog("identity_one_char", r'''
def same(a, b):
    return a is b
A = chr(65); a = chr(97); sp = chr(32); z = chr(48)
print(same("a".upper(), A), same("A".lower(), a), same("A".casefold(), a), same("A".swapcase(), a))
print(same("a".title(), A), same("a".capitalize(), A), same(" a ".strip(), a), same("xax".strip("x"), a))
print(same("a b".split()[0], a), same("a,b".split(",")[0], a), same("a b".rsplit()[0], a))
print(same("a,b".partition(",")[0], a), same("ba".removeprefix("b"), a), same("a\nb".splitlines()[0], a))
print(same("b".replace("b", "a"), a), same("ab".replace("b", ""), a), same("".join(["", "a"]), a))
print(same(" ".center(1), sp), same("".ljust(1), sp), same("".zfill(1), z), same("\t".expandtabs(1), sp))
print(same("b".translate({98: "a"}), a), same("b".translate({98: 97}), a), same("bc".translate({99: None}), chr(98)))
print(same("{}{}".format(chr(97), ""), a), same("%c" % 97, a), same("a%s" % "", a), same(format(97, "c"), a))
print(same("%d" % 0, chr(48)), same("{}".format(0), chr(48)), same(b"a".decode(), a), same(b"a".decode("latin-1"), a))
print(same(b"\xc3\xa9".decode(), chr(233)), same(b"\xe9".decode("latin-1"), chr(233)), same("é".upper().lower(), chr(233)))
print(same("".__getnewargs__()[0], ""), same("a".__getnewargs__()[0], a), same("ab"[:1].__getnewargs__()[0], a))
e = ""
print(same("".upper(), e), same(" ".strip(), e), same("a".replace("a", ""), e), same("".center(0), e),
      same("a".translate({97: None}), e), same("{}".format(""), e), same("".join([]), e), same("".join(["", ""]), e),
      same("a,".split(",")[1], e), same("%s" % "", e), same(b"".decode(), e), same("abc".partition("b")[0][:0], e))
''')

prog("identity_subclass", r'''
class S(str):
    pass
t = S("abc")
tests = [("split wide", t.split("\u20ac")[0]), ("split nomatch", t.split("z")[0]), ("split ws", t.split()[0]),
         ("rsplit ws", t.rsplit()[0]), ("splitlines", t.splitlines()[0]), ("partition wide", t.partition("\u20ac")[0]),
         ("partition", t.partition("z")[0]), ("rpartition", t.rpartition("z")[2]), ("center", t.center(2)),
         ("zfill", t.zfill(2)), ("expandtabs", t.expandtabs()), ("replace", t.replace("z", "y")),
         ("strip", t.strip()), ("removeprefix", t.removeprefix("")), ("format <2", format(t, "<2")),
         ("format ''", format(t, "")), ("__format__ ''", t.__format__("")), ("__format__ <2", t.__format__("<2")),
         ("str.format <2", "{:<2}".format(t)), ("percent s", "%s" % t), ("percent 2s", "%2s" % t),
         ("t % ()", t % ()), ("t.format()", t.format()), ("join1", "".join([t])), ("translate", t.translate({})),
         ("lower", t.lower()), ("split ws 0", t.split(None, 0)[0]), ("str.format {}", "{}".format(t)),
         ("str.format !s", "{!s}".format(t)), ("str.format two", "{}{}".format(t, "")), ("getnewargs", t.__getnewargs__()[0])]
for name, r in tests:
    print(name, type(r).__name__, r is t, r == "abc")
''')

prog("split_prealloc_sizes", r'''
import sys
def al(l):
    return (sys.getsizeof(l) - 56) // 8
for n in (1, 2, 3, 6, 11, 12, 13, 15):
    s = " ".join("x" * n)
    c = ",".join("x" * n)
    c2 = ",,".join("x" * n)
    print(n, al(s.split()), al(c.split(",")), al(c2.split(",,")), al(c.rsplit(",")), al(s.rsplit()),
          al(s.split(None, 3)), al(c.split(",", 3)), al(c.splitlines()), al("\n".join("x" * n).splitlines()))
print(al("".split()), al("a".split("\u20ac")), al("ab".split("abc")), al("ab".split(",")), al("a b".split(maxsplit=20)))
''')

# ---------------------------------------------------------------- results
exprs("search_methods",
      '"banana".count("a")', '"banana".count("an")', '"banana".count("")', '"".count("")', '"abc".count("", 1)',
      '"abc".count("", 5)', '"abc".count("", 1, 1)', '"abc".count("", 4)', '"a€a€".count("€", 2)',
      '"aaaa".count("aa")', '"abc".find("")', '"abc".find("", 3)', '"abc".find("", 4)', '"abc".rfind("", 1, 2)',
      '"abc".rfind("", 5)', '"abc".rfind("", -1)', '"€uro".find("u")', '"€uro".rfind("ro")', '"a€a€".index("€", 2)',
      '"abc".find("b", None, 2**100)', '"abc".find("b", -2**100)', '"abc".find("a", None, None)',
      '"hello world".rfind("o", 0, 5)', '"héllo wörld".find("ö")', '"héllo wörld".rindex("l")',
      '"abc".index("z")', '"abc".rindex("z")', '"abc".index("a", 1, 2, 3)', '"abc".rfind()', '"abc".count()',
      '"abc".find(1)', '"abc".count(None)', '"abc".find("a", "x")', '"abc".find("a", 1.5)', '"abc".count("a", start=1)',
      '"abc".find(sub="a")', '"a".count("a", 1, 2, 3)', '"a".index()', '"a".find("a", True)', '"x😀y😀".find("y")',
      '"x😀y😀".rfind("😀")', '"x😀y😀".count("😀", -1)')

exprs("startswith_endswith",
      '"abc".startswith("", 3)', '"abc".startswith("", 4)', '"abc".endswith("c", 0, -1)', '"abc".endswith("", 2, 1)',
      '"abc".startswith((), 0)', '"abc".startswith(("z", "a"))', '"abc".endswith("c", -2**100, 2**100)',
      '"abc".startswith(("a", 1))', '"abc".endswith((1,))', '"abc".startswith(1)', '"abc".endswith(["a"])',
      '"abc".startswith()', '"abc".startswith("a", x=1)', '"a".startswith(("a",), 1, 2, 3)', '"éa".startswith("a", 1)',
      '"éa€".endswith("a", 0, 2)', '"éa€".endswith(("x", "€"))', '"abc".startswith("abcd")', '"".endswith("")')

exprs("split_join",
      '"a b  c".split()', '"  lead and trail  ".split()', '"\\x0b\\x0c\\x1c x \\u3000y\\x85z\\xa0w".split()',
      '"a b c d".split(None, 1)', '"a b c d".rsplit(None, 1)', '"  a b  ".split(maxsplit=1)', '"  a b  ".rsplit(maxsplit=1)',
      '"a b c".split(None, 0)', '"  a b c".split(None, 0)', '"  a b c  ".rsplit(None, 0)', '"a,b,,c".split(",")',
      '",a,".split(",")', '"".split(",")', '"a::b::c".split("::")', '"aaa".split("a")', '"a--b---c".split("--")',
      '"1,2,3,4".split(",", 2)', '"1,2,3,4".rsplit(",", 2)', '"aaaa".rsplit("aa")', '"aaa".rsplit("a", 1)',
      '"é,€,😀".split(",")', '"é€😀é€".split("€")', '"é€😀é€".rsplit("€", 1)', '" é€ 😀\\u2003x ".split()',
      '" é€ 😀\\u2003x ".rsplit(None, 1)', '"abc".split("")', '"abc".rsplit("")', '"abc".split(1)', '"a".rsplit(1)',
      '"abc".split(1,2,3)', '"abc".split(x=1)', '"abc".split(sep=1)', '"abc".split(",", sep=",")',
      '"abc".split(maxsplit="x")', '"abc".split(maxsplit=2.0)', '"abc".split(None, None)', '"a b".split(maxsplit=None)',
      '"a b".rsplit(maxsplit=-5)', '"a b".split(sep=None, maxsplit=1)', '"a".split(" ", 2**70)', '"abc".split(None)',
      '"a".split(" ", 1, 2)', '"a".rsplit("")', '"x".split(maxsplit=1, sep="x")', '"x".split(1, x=2)',
      '", ".join(["a", "b"])', '"".join(("x", "y"))', '"-".join("abc")', '"-".join(iter("abc"))', '" ".join(())',
      '"|".join({"x": 1, "y": 2})', '"é".join(["a", "€"])', '"abc".join([1])', '"abc".join(1)', '"abc".join(["a", 2])',
      '" ".join([None])', '" ".join([b"x"])', '"abc".join()', '"abc".join(iterable=[])', '"".join(x for x in "ab")')

exprs("splitlines_partition",
      '"one\\ntwo\\r\\nthree\\rfour\\n".splitlines()', '"one\\ntwo\\r\\nthree\\rfour\\n".splitlines(keepends=True)',
      '"".splitlines()', '"\\n".splitlines()', '"\\n\\n".splitlines(True)', '"a\\x0bb\\x0cc\\x1cd\\x1de\\x1ef\\x85g\\u2028h\\u2029i".splitlines()',
      '"\\r\\n\\r".splitlines()', '"\\r\\n\\r".splitlines(True)', '"abc".splitlines("x")', '"abc".splitlines(None)',
      '"abc".splitlines(1,2)', '"a".splitlines(keepends=1, x=2)', '"a".splitlines(x=2)', '"é\\n€\\r\\n😀".splitlines(1)',
      '"key=value=more".partition("=")', '"key=value=more".rpartition("=")', '"novalue".partition("=")',
      '"novalue".rpartition("=")', '"".partition("x")', '"".partition("")', '"abc".partition("")', '"abc".rpartition("")',
      '"abc".partition(1)', '"a".partition()', '"é€😀".partition("€")', '"é€😀€x".rpartition("€")', '"abc".partition("€")',
      '"abc".partition("abcd")')

exprs("replace_affix",
      '"one fish two fish".replace("fish", "cat")', '"one fish two fish".replace("fish", "cat", 1)',
      '"abc".replace("", "-")', '"abc".replace("", "-", 2)', '"abc".replace("", "-", -3)', '"".replace("", "x")',
      '"".replace("", "")', '"aaa".replace("a", "")', '"aaaa".replace("aa", "b")', '"é€é".replace("é", "e")',
      '"é€é".replace("€", "")', '"ab".replace("b", "😀")', '"abc".replace(1, "x")', '"abc".replace("a", 1)',
      '"abc".replace("a","b","c")', '"abc".replace("a")', '"abc".replace("a","b",count=1)', '"a".replace("a", "b", 2**70)',
      '"abc".replace("a", "b", 2.0)', '"TestCase".removeprefix("Test")', '"TestCase".removeprefix("Case")',
      '"report.txt".removesuffix(".txt")', '"aaa".removesuffix("a")', '"a".removeprefix("")', '"€x".removeprefix("€")',
      '"x€".removesuffix("€")', '"abc".removeprefix(1)', '"abc".removesuffix(1)', '"a".removeprefix()')

exprs("strip_pad_case",
      '"  \\t hello \\n ".strip()', '"xyxhiyxy".strip("xy")', '"  xxhixx ".strip(" x")', '"abc".strip("")',
      '"\\u00a0x\\u2003".strip()', '"\\x1cx\\x1f".strip()', '"ééxé€".strip("é€")', '"€x€".lstrip("€")', '"€x€".rstrip("€")',
      '"x".strip(5)', '"abc".lstrip(1)', '"abc".rstrip([])', '"abc".strip(1,2)', '"abc".strip(chars="a")',
      '"abc".center(7, "*")', '"abc".center(6)', '"ab".center(5)', '"a".center(4)', '"€".center(4, "a")', '"abc".center(5, "€")',
      '"x".center(5, "é")', '"x".ljust(0)', '"x".rjust(-5)', '"abc".ljust(5, "ab")', '"abc".rjust(5, 1)', '"abc".center(5, "")',
      '"abc".center()', '"abc".center(1,2,3)', '"abc".center("x")', '"abc".center(2.0)', '"abc".center(width=5)',
      '"a".center(2**70)', '"42".zfill(5)', '"-42".zfill(5)', '"+42".zfill(5)', '"--5".zfill(5)', '"".zfill(3)', '"-".zfill(3)',
      '"é".zfill(3)', '"abc".zfill()', '"abc".zfill("x")', '"a".zfill(2**70)', '"abc".zfill(width=5)',
      '"ß".upper()', '"ﬁ".upper()', '"ΣΑΣ".lower()', '"ΌΣΟΣ ΣΑΣ".title()', '"hello world\'s".title()', '"ǅ".swapcase()',
      '"mIxEd".swapcase()', '"éCOLE".capitalize()', '"ß".casefold()', '"İ".lower()', '"abc".upper(1)', '"A".lower(x=1)')

exprs("expandtabs_translate",
      '"a\\tb\\tc".expandtabs()', '"abcdefgh\\ti".expandtabs(4)', '"line1\\tx\\nab\\ty".expandtabs(4)', '"x\\r\\ty".expandtabs(4)',
      '"\\t".expandtabs(-1)', '"a\\tb".expandtabs(0)', '"é\\t€\\t😀".expandtabs(3)', '"abc".expandtabs(-1)',
      '"a\\tb".expandtabs(tabsize=3)', '"abc".expandtabs(1,2)', '"abc".expandtabs("x")', '"abc".expandtabs(2.5)',
      '"a".expandtabs(2**70)', '"a".expandtabs(2**31)', '"a".expandtabs(x=1)',
      '"abc".translate({97: "xyz", 98: None})', '"abc".translate({97: 1})', '"abc".translate({97: 0x110000})',
      '"abc".translate({97: -1})', '"abc".translate({97: b"x"})', '"abc".translate(1)', '"abc".translate({97: 2**70})',
      '"abc".translate([])', '"abc".translate(["x"] * 200)', '"é€".translate({233: "e", 0x20ac: "EUR"})',
      '"abc".translate({97: "é"})', '"abc".translate()', '"hello".translate({ord("h"): "J", ord("o"): None, ord("l"): "LL"})',
      'str.maketrans("abc", "xyz")', 'str.maketrans("ae", "AE", "lo")', 'str.maketrans({"a": "1", "b": None, 99: "three"})',
      'str.maketrans()', 'str.maketrans(1)', 'str.maketrans({1.5: 2})', 'str.maketrans("ab", "c")', 'str.maketrans("ab", 1)',
      'str.maketrans(1, "a")', 'str.maketrans(1, 2)', 'str.maketrans("a","b",1)', 'str.maketrans({"ab": 1})',
      'str.maketrans("a", "b", "c", "d")', 'str.maketrans("aa", "bc")', '"x".maketrans("a", "b")')

prog("translate_lookups", r'''
class M:
    def __getitem__(self, k):
        print("get", k)
        if k == 98:
            return "BB"
        if k == 100:
            raise LookupError
        return k + 1
print("aabacad".translate(M()))
print("xyx".translate(M()))
class K(dict):
    def __missing__(self, k):
        print("missing", k)
        return None
print("abc".translate(K({97: "z"})))
''')

exprs("predicates",
      '"abc".isalpha()', '"".isalpha()', '"ab1".isalnum()', '"½".isnumeric()', '"½".isdigit()', '"²".isdigit()',
      '"²".isdecimal()', '"٣".isdecimal()', '" \\t".isspace()', '"".isspace()', '"ABC".isupper()', '"A1".isupper()',
      '"1".isupper()', '"a b".islower()', '"Title Case".istitle()', '"ǅa".istitle()', '"x_1".isidentifier()',
      '"1x".isidentifier()', '"_".isidentifier()', '"é".isidentifier()', '"Tab\\t".isprintable()', '"".isprintable()',
      '"\\xa0".isprintable()', '"é".isascii()', '"".isascii()', '"\\x7f".isascii()', '"a".isalpha(1)')

# ---------------------------------------------------------------- format
exprs("format_method",
      '"{} + {} = {}".format(1, 2, 3)', '"{1} {0} {1}".format("a", "b")', '"{name}!".format(name="hi")',
      '"{0[0]}{0[1]}{1[a]}".format("xy", {"a": "!"})', '"{:>{w}}|".format("r", w=4)', '"{:{f}{a}{w}}".format(7, f="0", a=">", w=3)',
      '"{!r} {!s} {!a}".format("é", "é", "é")', '"{0!r:>8}|".format("x")', '"{{literal}} {}".format(1)', '"{:.{}f}".format(3.14159, 2)',
      '"{0}{0}{0}".format("ab")', '"{0.real}".format(5)', '"{0[1]}".format([7, 8])', '"{0[-1]}".format({"-1": "neg"})',
      '"{a[b]}".format(a={"b": 1})', '"{a[0]}".format(a={0: "int key"})', '"{٠}".format("arabic zero")',
      '"{:}".format("x")', '"{!s:}".format(5)', '"{0:{1}}".format("abc", "s")', '"{0:{1:{2}}}".format("abc", "s", "")',
      '"{} {}".format("one")', '"{2}".format(1, 2)', '"{x}".format()', '"{x}".format(y=1)', '"{0.z}".format(1)',
      '"{} {0}".format(1, 2)', '"{0} {}".format(1, 2)', '"{:d}".format("s")', '"{!x}".format(1)', '"{!é}".format(1)',
      '"{!\\x01}".format(1)', '"{".format()', '"}".format()', '"a}b".format()', '"a{".format()', '"{0".format(1)',
      '"{0!".format(1)', '"{0!r".format(1)', '"{0!rx}".format(1)', '"{0:".format(1)', '"{0:{".format(1)', '"{a{b}".format()',
      '"{0[}".format(1)', '"{0[0]x}".format([1])', '"{0.}".format(1)', '"{0[]}".format(1)', '"{0..x}".format(1)',
      '"{99999999999999999999}".format(1)', '"{0[99999999999999999999]}".format(1)', '"{:{:{:{}}}}".format(1, 2, 3, 4)',
      '"{0[1]}".format("abc")', '"{0[5]}".format("abc")', '"{0[x]}".format([1])', '"{}".format()',
      '"{0}{1}".format(*"ab")', '"{0}".format_map({})', '"{x}".format_map(1)', '"{x} {y}".format_map({"x": 1, "y": 2})',
      '"abc".format_map()', '"abc".format_map(1, 2)', '"{x}".format_map(x=1)', '"{!r:^9}".format("é")',
      '"{:*^11}".format("text")', '"{:.2}".format("text")', '"{:=5}".format("x")', '"{:+}".format("x")',
      '"{: }".format("x")', '"{:#}".format("x")', '"{:,}".format("x")', '"{:_}".format("x")', '"{:z}".format("x")',
      '"{:s}".format("x")', '"{:x}".format("x")', '"{:08}".format("x")', '"{:.0}".format("x")', '"{:é^5}".format("x")',
      '"{:10.3}|".format("abcdef")', '"{0:{1}}".format("x", 1.5)', '"{:{}}".format("x", "")')

prog("format_custom", r'''
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        print("spec", repr(spec))
        return "$" + str(self.v) + spec
class Bad:
    def __format__(self, spec):
        return 42
class Plain:
    pass
print("{} {:x} {m:>5}".format(Money(1), Money(2), m=Money(3)))
print(format(Money(4)), format(Money(5), "q"), f"{Money(6)}", f"{Money(7):{'nested'}}")
for f in (lambda: format(Bad()), lambda: "{}".format(Bad()), lambda: format(Plain(), "x"), lambda: format(Plain()) == str(Plain()),
          lambda: "{:x}".format(Plain()), lambda: "{}".format(Plain()) == str(Plain()), lambda: format(1, 2)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class S(str):
    def __format__(self, spec):
        return "S(" + spec + ")"
print("{}|{:>3}".format(S("a"), S("b")), format(S("c"), "d"), f"{S('e')!s:>3}|")
class R:
    def __repr__(self):
        return "R()"
    def __str__(self):
        return "str-R"
print("{0!r} {0!s} {0!a} {0}".format(R()), "%s %r %a" % (R(), R(), R()))
''')

prog("format_lookups_order", r'''
class A:
    def __getattr__(self, name):
        print("getattr", name)
        return self
    def __getitem__(self, k):
        print("getitem", repr(k))
        return self
    def __format__(self, spec):
        print("format", repr(spec))
        return "A"
print("{0.x[1][y].z:{1}}".format(A(), "s"))
try:
    print("{0.x}{0[}".format(A()))
except ValueError as e:
    print("ValueError", e)
try:
    print("{0.x}{1}".format(A()))
except IndexError as e:
    print("IndexError", e)
''')

# ---------------------------------------------------------------- percent
exprs("percent",
      '"%s is %d years" % ("Ann", 30)', '"%r" % "q"', '"%5.2f|%-6s|%05d|%x|%X|%o|%e|%%" % (3.14159, "ab", 42, 255, 255, 8, 12345.678)',
      '"%c%c" % (72, "i")', '"%s" % [1, 2]', '"%s" % ((1, 2),)', '"%d%%" % 50', '"%.3s" % "abcdef"', '"%+d % d" % (5, 5)',
      '"%(name)s has %(n)03d points" % {"name": "Bo", "n": 7}', '"%*d|%-*d|" % (5, 1, 4, 2)', '"%.*f" % (2, 1.23456)',
      '"%d" % 3.99', '"%i" % -2.5', '"%s" % None', '"%a" % "é"', '"%g %G" % (0.00001, 1e20)', '"%#x %#o" % (255, 8)',
      '"no args" % ()', '"%5%" % ()', '"%5%" % (1,)', '"%y" % ()', '"%y" % 1', '"%(a)" % {"a":1}', '"%(a" % {"a":1}',
      '"%(a)s" % 1', '"%" % ()', '"abc%" % ()', '"%.5" % 1', '"%*d" % ("x", 1)', '"%.*f" % (2.0, 1)', '"%*d" % (-5, 1)',
      '"%.*f" % (-3, 1.5)', '"%ld %hd %Li" % (1,2,3)', '"%s" % []', '"abc" % []', '"abc" % [1]', '"abc" % {"a": 1}',
      '"abc" % 5', '"abc" % ""', '"%s %s" % "ab"', '"%s %(a)s" % {"a": 1}', '"%(a)s %s" % {"a": 1}', '"%(a)s %(b)s" % {"a": 1}',
      '"%c" % 1.5', '"%c" % "ab"', '"%c" % 0x110000', '"%c" % -1', '"%c" % 233', '"%5c|%-3c|" % (65, "é")', '"%.0c" % 65',
      '"%d" % "1"', '"%x" % 3.5', '"%o" % "x"', '"%f" % "x"', '"%e" % None', '"%d" % True', '"%s" % True', '"%x" % True',
      '"%5s|%-5s|%.1s|%5.1s" % ("ab","cd","ef","gh")', '"%+s| %s" % ("x","y")', '"%05s" % "ab"', '"%-05d" % 3',
      '"%+05d" % 3', '"% 05d" % -3', '"%#5x" % 255', '"%#05x" % 255', '"%#-8o|" % 8', '"%.3d" % 5', '"%08.3d" % -5',
      '"%+.3x" % 255', '"%i %u" % (-3, -4)', '"%d" % 2**70', '"%x" % -2**70', '"%X" % 2**70', '"%(a)*d" % {"a": 1}',
      '"%s" % (1, 2)', '"%s %s" % (1,)', '"%d %s" % (1, "a", 3)', '"%%%s%%" % "x"', '"%e %E" % (12345.678, 0.000123)',
      '"%g %G %g" % (1e16, 1e-5, 123456789)', '"%10.3f|%-10.2e|%+g" % (3.14159, 2.5, 1.0)', '"%.0f %.0f %#.0f" % (0.5, 1.5, 2.0)',
      '"%5.1f%%" % 99.55', '"%r" % "é"', '"%10r|" % "x"', '"%.2r" % "abc"', '"%s" % b"x"', '"%d" % 1e20', '"%x" % 1e3',
      '"%c" % True', '"%(x)d %(x)x" % {"x": 255}', '"%(x(y))s" % {"x(y)": 1}', '"%s é %s" % ("a", "€")', '"é%y" % 1',
      '"%\\u20ac" % 1', '"%s" % {"a":1}', '"%*.*f" % (8, 2, 3.14159)', '"%-*s|" % (4, "a")', '"%*s" % (2**70, "a")',
      '"%.*s" % (2**40, "a")', '"%s" % ()', '"%(a)s" % ()', '"%s %s" % ((1,2),)', '"%.2147483648f" % 1', '"%d" % []',
      '"%f" % 2**2000', '"%s%s" % ("é", "😀")', '"%-3s|" % "€"', '"%3s|" % "😀"', '"%(a)s" % {"a": "€"}', '"%s" % "\\ud800"')

prog("percent_custom", r'''
class I:
    def __index__(self):
        return 10
class F:
    def __float__(self):
        return 2.5
class N:
    def __int__(self):
        return 7
for fmt, v in (("%d", I()), ("%x", I()), ("%c", I()), ("%f", F()), ("%d", F()), ("%d", N()), ("%x", N()),
               ("%f", I()), ("%s", I()) , ("%e", N())):
    try:
        print(fmt, repr(fmt % v) if not fmt == "%s" else "obj")
    except Exception as e:
        print(fmt, type(e).__name__, e)
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("%(a)s %(b)s" % D(a=1))
class G:
    def __getitem__(self, k):
        return k * 2
print("%(ab)s" % G())
''')

# ---------------------------------------------------------------- codecs
exprs("codecs",
      '"héllo €".encode()', '"héllo €".encode("utf-8")', '"abc".encode("ascii")', '"é".encode("latin-1")',
      '"é".encode("utf-16-le")', '"é😀".encode("utf-16-le")', '"é".encode("utf-16")', '"é".encode("utf-16-be")',
      '"é".encode("utf-32")', '"😀".encode("utf-32-be")', '"a".encode("utf-8-sig")', '"é€x".encode("ascii")',
      '"é€x".encode("latin-1")', '"ok€€x€".encode("ascii")', '"é€x😀".encode("ascii","xmlcharrefreplace")',
      '"é€x😀".encode("ascii","backslashreplace")', '"é€x😀".encode("latin-1","backslashreplace")', '"é€".encode("ascii", "replace")',
      '"é€".encode("ascii", "ignore")', '"a\\ud800b".encode()', '"a\\ud800\\udc00b".encode()', '"a\\ud800b".encode("utf-8","replace")',
      '"a\\ud800b".encode("utf-8","ignore")', '"a\\ud800b".encode("utf-8","backslashreplace")', '"a\\udc80b".encode("utf-8","surrogateescape")',
      '"a\\ud800b".encode("utf-8","surrogateescape")', '"a\\ud800b".encode("utf-8","surrogatepass")', '"a\\ud800b".encode("utf-8","xmlcharrefreplace")',
      '"a\\ud800b".encode("utf-8","bogus")', '"ab".encode("utf-8","bogus")', '"é".encode("ascii","bogus")', '"é\\udcffx".encode("ascii","surrogateescape")',
      '"é\\udcffx".encode("latin-1","surrogateescape")', '"a\\ud800\\udc01b".encode("utf-16-le")', '"a\\ud800b".encode("utf-16-le", "replace")',
      '"a\\ud800b".encode("utf-16", "surrogatepass")', '"a\\udc80b".encode("utf-16", "surrogateescape")', '"a\\ud800b".encode("latin-1", "surrogatepass")',
      '"x".encode("no-such")', '"x".encode("UTF_8")', '"x".encode("u8")', '"x".encode("L1")', '"x".encode(" utf-8 ")', '"x".encode("utf 8")',
      '"x".encode("utf.8")', '"x".encode("")', '"x".encode("utf-8\\x00")', '"x".encode("rot13")', '"x".encode("hex")', '"x".encode("mbcs")',
      '"x".encode("ANSI_X3.4-1968")', '"€".encode("iso8859_1")', '"€".encode("646")', '"€".encode("us")', '"x".encode(1)',
      '"x".encode("ascii", 1)', '"x".encode(encoding="ascii", errors="strict")', '"abc".encode(1,2,3)', '"abc".encode(x=1)',
      '"".encode("bogus")', '"".encode("ascii", "bogus")',
      'b"a\\xffb".decode()', 'b"a\\xff\\xfeb".decode("utf-8","replace")', 'b"a\\xe2\\x82b".decode("utf-8","replace")', 'b"a\\xe2\\x82".decode()',
      'b"a\\xf0\\x9f\\x98".decode()', 'b"\\xed\\xa0\\x80".decode()', 'b"\\xed\\xa0\\x80".decode("utf-8", "surrogatepass")', 'b"\\xc0\\x80".decode()',
      'b"a\\xffb\\xfe".decode("utf-8","backslashreplace")', 'b"a\\xffb".decode("utf-8","surrogateescape")', 'b"a\\xffb".decode("utf-8","ignore")',
      'b"a\\xffb".decode("ascii")', 'b"a\\xff\\xfeb".decode("ascii", "replace")', 'b"a\\xffb".decode("utf-8","bogus")',
      'b"a\\xffb".decode("utf-8","xmlcharrefreplace")', 'b"ab".decode("utf-8","bogus")', 'b"\\xe2\\x82\\xe2".decode("utf-8","replace")',
      'b"\\xf0\\x9f\\x98\\x80\\xf0\\x9f".decode("utf-8", "replace")', 'b"\\xff\\xfea\\x00".decode("utf-16")', 'b"\\xfe\\xff\\x00a".decode("utf-16")',
      'b"a\\x00b".decode("utf-16-le")', 'b"\\x00\\xd8a\\x00".decode("utf-16-le")', 'b"\\x00\\xdc".decode("utf-16-le")',
      'b"\\x00\\xd8\\x00\\xdc".decode("utf-16-le")', 'b"\\x00\\xd8\\x00\\xd8".decode("utf-16-le", "backslashreplace")',
      'b"a\\x00\\x00\\xdc".decode("utf-16-le", "surrogatepass")', 'b"\\x00".decode("utf-32")', 'b"\\x00\\x00\\x11\\x00".decode("utf-32-le")',
      'b"\\x00\\xd8\\x00\\x00".decode("utf-32-le")', 'b"\\x00\\x00\\xfe\\xff\\x00\\x00\\x00a".decode("utf-32")', 'b"\\xef\\xbb\\xbfa".decode("utf-8-sig")',
      'b"\\xef\\xbb\\xbfa\\xff".decode("utf-8-sig")', 'b"\\xff".decode("utf-16-le", "surrogateescape")', 'b"x".decode("hex")',
      'b"x".decode("no-such-codec")', 'b"".decode("bogus")', 'b"caf\\xe9".decode("latin-1")', 'b"x".decode("cp1252")',
      'str(b"x", "utf-8", "strict")', 'str("x", "utf-8")', 'str(1, "utf-8")', 'str(b"x", errors="strict")',
      'str(bytearray(b"ab"), "ascii")', 'str([], "ascii")', 'str(b"x", 1)', 'str(b"x", "ascii", 1)', 'str(b"x", None)',
      'str(b"\\xff", "ascii", "bogus")', 'str(b"", "bogus")', 'str(b"x", "utf-8\\x00")', 'str("x", errors="strict")',
      'str(b"x", encoding="rot13")', 'str(bytearray(b"\\xff"), "utf-8")', 'b"a\\x81\\x8db".decode("cp1252")',
      'b"a\\x81\\x8db".decode("cp1252", "replace")', 'b"\\x80\\x9f\\xe9".decode("windows-1252")', '"a€ÿ".encode("cp1252")',
      '"a\\u0100\\u0101b".encode("cp1252")', '"a\\u0100€\\u0101b".encode("cp1252", "replace")', '"\\x81".encode("cp1252")',
      '"a\\udc81b".encode("cp1252", "surrogateescape")')

prog("codec_errors_attrs", r'''
for f in (lambda: "a\u20acb".encode("ascii"), lambda: b"a\xffb".decode("utf-8"), lambda: b"\x00\xd8".decode("utf-16-le")):
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason, repr(e.object))
        print(e.args)
''')


def record(src):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    r = subprocess.run([sys.executable, "-c", src], capture_output=True, env=env)
    if r.returncode != 0:
        raise SystemExit("case failed in python3.12:\n" + src + r.stderr.decode())
    return r.stdout.decode("utf-8")


def c_string(s):
    out = []
    for line in s.splitlines(keepends=True):
        b = line.encode("utf-8")
        lit = ""
        for ch in b:
            if ch == 0x22:
                lit += '\\"'
            elif ch == 0x5C:
                lit += "\\\\"
            elif ch == 0x3F:
                lit += "\\?"  # no trigraphs
            elif ch == 0x0A:
                lit += "\\n"
            elif 0x20 <= ch < 0x7F:
                lit += chr(ch)
            else:
                lit += "\\%03o" % ch
        out.append('"' + lit + '"')
    return "\n        ".join(out) if out else '""'


def main():
    print("/* test_str.c — str methods, str.format, % formatting and the codecs, run in")
    print(" * the simulator and compared with the output python3.12 gives.")
    print(" *")
    print(" * GENERATED by tools/gen_str_tests.py (with python3.12); edit that file and")
    print(" * regenerate rather than editing this one. */")
    print('#include <stdio.h>')
    print('#include <string.h>')
    print()
    print('#include "check.h"')
    print('#include "pysim/pysim.h"')
    print()
    print("static const struct {")
    print("    const char *name, *src, *out;")
    print("} cases[] = {")
    for name, src in CASES:
        print("    {%s,\n        %s,\n        %s}," % (c_string(name), c_string(src), c_string(record(src))))
    print("};")
    print(r'''
static void sink(void *ctx, const char *s, size_t n) { buf_put(ctx, s, n); }

/* The length of the line at s (without its newline). */
static int line_len(const char *s) { return (int)strcspn(s, "\n"); }

/* Compares got with want line by line: one check per expected line, and
 * one more when got has lines past the end. */
static void compare(const char *name, const char *got, const char *want)
{
    int line = 1, shown = 0;
    while (*want) {
        int gl = line_len(got), wl = line_len(want);
        bool ok = gl == wl && memcmp(got, want, (size_t)wl) == 0 && (got[gl] == '\n') == (want[wl] == '\n');
        if (ok) {
            check_passed++;
        } else {
            check_failed++;
            if (shown++ < 5) printf("FAIL %s:%d\n  got:  %.*s\n  want: %.*s\n", name, line, gl, got, wl, want);
        }
        got += gl + (got[gl] == '\n');
        want += wl + (want[wl] == '\n');
        line++;
    }
    if (*got) {
        check_failed++;
        printf("FAIL %s: extra output from line %d: %.*s\n", name, line, line_len(got), got);
    }
}

int main(void)
{
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Buf out = BUF_INIT, err = BUF_INIT, diag = BUF_INIT;
        PysimOptions opt = {0};
        opt.filename = "test_str.py";
        opt.source = cases[i].src;
        opt.source_len = strlen(cases[i].src);
        opt.out.write = sink;
        opt.out.ctx = &out;
        opt.err.write = sink;
        opt.err.ctx = &err;
        int rc = pysim_run(&opt, &diag);
        compare(cases[i].name, out.p ? out.p : "", cases[i].out);
        if (rc != PYSIM_OK) {
            check_failed++;
            printf("FAIL %s: status %d %s\n%s", cases[i].name, rc, diag.p ? diag.p : "", err.p ? err.p : "");
        }
        buf_free(&out);
        buf_free(&err);
        buf_free(&diag);
    }
    return check_report();
}''')


main()
