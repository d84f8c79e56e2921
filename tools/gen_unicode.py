#!/usr/bin/env python3.12
"""gen_unicode.py -- writes pysim's Unicode tables and the values its test expects.

Run from anywhere with python3.12 (whose unicodedata is Unicode 15.0.0):

    python3.12 tools/gen_unicode.py

It writes src/pysim/unicode_db.c (the tables unicode.c looks up) and replaces
the block between the RECORDED markers in tests/unit/test_unicode.c (the
expected values the unit test checks).  Both files are committed, so neither
the build nor the tests need Python.

Every answer is taken from the running interpreter's own str methods, so the
tables say what CPython 3.12 does rather than what we think the Unicode data
files mean.  The two properties str has no method for are observed through
the methods that use them:
  Cased           str.title() lowers a character that follows a cased one;
  Case_Ignorable  str.lower()'s final-sigma rule skips case-ignorable ones.
Cross-checks against unicodedata categories stop the script if a future
Python changes a rule this file relies on.
"""

import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DB_PATH = os.path.join(ROOT, "src", "pysim", "unicode_db.c")
TEST_PATH = os.path.join(ROOT, "tests", "unit", "test_unicode.c")
BEGIN = "/* BEGIN RECORDED by tools/gen_unicode.py: do not edit by hand */"
END = "/* END RECORDED */"

NCP = 0x110000

# ORDER UNI_F: the flag names of unicode.h, with the bit each has there.
FLAG_NAMES = [
    "PRINTABLE", "ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE", "ALNUM",
    "UPPER", "LOWER", "TITLE", "CASED", "CASE_IGNORABLE", "LINEBREAK",
    "XID_START", "XID_CONTINUE", "UPPER_EXT", "LOWER_EXT", "TITLE_EXT",
    "FOLD_EXT",
]
F = {name: 1 << i for i, name in enumerate(FLAG_NAMES)}


def fail(msg):
    sys.exit("gen_unicode.py: " + msg)


# ---- What CPython says about one code point --------------------------------

def is_cased(c):
    # title() lowers what follows a cased character and title-cases the rest.
    return (c + "a").title()[-1] == "a"


def is_case_ignorable(c, cased):
    # 'Σ' lowers to final 'ς' when a cased character precedes it, skipping
    # case-ignorable ones.  After 'A', c yields 'ς' if it is skipped or cased;
    # after ' ' (neither), only if it is cased and not skipped.
    after_cased = ("A" + c + "\u03a3").lower()[-1] == "\u03c2"
    after_space = (" " + c + "\u03a3").lower()[-1] == "\u03c2"
    if cased:
        if not after_cased:
            fail("final-sigma rule changed at U+%04X" % ord(c))
        return not after_space
    if after_space:
        fail("final-sigma rule changed at U+%04X" % ord(c))
    return after_cased


def is_titlecase(c):
    # One-character istitle() is "titlecase or uppercase"; the titlecase flag
    # alone shows in multi-character isupper()/islower(), which refuse it.
    upper, lower = c.isupper(), c.islower()
    title_or_lower = not ("A" + c).isupper()
    upper_or_title = not ("a" + c).islower()
    if not lower:
        return title_or_lower
    if not upper:
        return upper_or_title
    fail("U+%04X is both upper and lower" % ord(c))


def properties(cp):
    """Returns (flags without *_EXT, decimal, digit, istitle1) for chr(cp)."""
    c = chr(cp)
    cased = is_cased(c)
    title = is_titlecase(c)
    bits = {
        "PRINTABLE": c.isprintable(),
        "ALPHA": c.isalpha(),
        "DECIMAL": c.isdecimal(),
        "DIGIT": c.isdigit(),
        "NUMERIC": c.isnumeric(),
        "SPACE": c.isspace(),
        "ALNUM": c.isalnum(),
        "UPPER": c.isupper(),
        "LOWER": c.islower(),
        "TITLE": title,
        "CASED": cased,
        "CASE_IGNORABLE": is_case_ignorable(c, cased),
        "LINEBREAK": len(("a" + c + "b").splitlines()) == 2,
        "XID_START": c != "_" and c.isidentifier(),
        "XID_CONTINUE": ("a" + c).isidentifier(),
    }
    flags = 0
    for name, on in bits.items():
        if on:
            flags |= F[name]
    decimal = int(c) if c.isdecimal() else -1
    digit = unicodedata.digit(c, -1)

    # Cross-checks: the rules of CPython 3.12's unicodectype.c as we use them.
    cat = unicodedata.category(c)
    if decimal != unicodedata.decimal(c, -1):
        fail("decimal value mismatch at U+%04X" % cp)
    if bits["ALPHA"] != (cat in ("Lu", "Ll", "Lt", "Lm", "Lo")):
        fail("isalpha is not L* at U+%04X" % cp)
    if title != (cat == "Lt"):
        fail("titlecase flag is not Lt at U+%04X" % cp)
    if c.istitle() != (title or bits["UPPER"]):
        fail("one-character istitle rule changed at U+%04X" % cp)
    if bits["ALNUM"] != (bits["ALPHA"] or bits["DECIMAL"] or bits["DIGIT"]
                         or bits["NUMERIC"]):
        fail("isalnum rule changed at U+%04X" % cp)
    printable = c == " " or cat not in ("Cc", "Cf", "Cs", "Co", "Cn",
                                        "Zl", "Zp", "Zs")
    if bits["PRINTABLE"] != printable:
        fail("isprintable rule changed at U+%04X" % cp)
    return flags, decimal, digit, c.istitle()


def case_maps(cp):
    c = chr(cp)
    return c.upper(), c.lower(), c.title(), c.casefold()


# ---- Tables ------------------------------------------------------------------

def build():
    records = [(0, 0, 0, 0, 0, -1, -1)]  # record 0: no properties, identity
    rec_index = {records[0]: 0}
    ext = []
    ext_index = {}
    per_cp = [0] * NCP
    props = [None] * NCP
    maps = {}
    for cp in range(NCP):
        flags, decimal, digit, istitle1 = properties(cp)
        props[cp] = (flags, decimal, digit, istitle1)
        fields = []
        for kind, m in zip(("UPPER", "LOWER", "TITLE", "FOLD"), case_maps(cp)):
            if m != chr(cp):
                maps.setdefault(kind, {})[cp] = m
            if len(m) == 1:
                fields.append(ord(m) - cp)
                continue
            seq = tuple(ord(x) for x in m)
            if len(seq) > 3:
                fail("U+%04X maps to more than 3 code points" % cp)
            if seq not in ext_index:
                ext_index[seq] = len(ext)
                ext.extend(seq)
            fields.append((len(seq) << 24) | ext_index[seq])
            flags |= F[kind + "_EXT"]
        key = (flags, *fields, decimal, digit)
        if key not in rec_index:
            rec_index[key] = len(records)
            records.append(key)
        per_cp[cp] = rec_index[key]
    if per_cp[NCP - 1] != 0:
        fail("U+10FFFF is expected to have no properties")
    return records, ext, per_cp, props, maps


def width(values):
    top = max(values)
    return (1, "uint8_t") if top < 256 else (2, "uint16_t")


def split(per_cp):
    """Two-level table: index1[cp >> shift] names a block of 1 << shift
    record numbers in index2.  Code points from `limit` on all use record 0.
    Picks the shift that makes the tables smallest."""
    last = max(cp for cp in range(NCP) if per_cp[cp] != 0)
    best = None
    for shift in range(2, 13):
        size = 1 << shift
        limit = ((last >> shift) + 1) << shift
        blocks, index1, index2 = {}, [], []
        for start in range(0, limit, size):
            block = tuple(per_cp[start:start + size])
            if block not in blocks:
                blocks[block] = len(blocks)
                index2.extend(block)
            index1.append(blocks[block])
        nbytes = len(index1) * width(index1)[0] + len(index2) * width(index2)[0]
        if best is None or nbytes < best[0]:
            best = (nbytes, shift, limit, index1, index2)
    return best[1:]


def c_array(values, per_line=16):
    lines = []
    for i in range(0, len(values), per_line):
        lines.append("    " + ",".join(str(v) for v in values[i:i + per_line]) + ",")
    return "\n".join(lines)


def flag_expr(flags):
    names = ["UNI_F_" + n for n in FLAG_NAMES if flags & F[n]]
    return "|".join(names) if names else "0"


def write_db(records, ext, per_cp):
    shift, limit, index1, index2 = split(per_cp)
    _, t1 = width(index1)
    _, t2 = width(index2)
    out = []
    out.append("""\
/* unicode_db.c — GENERATED by tools/gen_unicode.py from python3.12
 * (unicodedata %s).  Do not edit: change the generator and rerun it.
 *
 * Every code point maps to one shared UniRecord (unicode.h) through a
 * two-level table: index1[cp >> SHIFT] picks a block of 1 << SHIFT record
 * numbers in index2, and equal blocks are stored once.  Code points from
 * LIMIT on have no properties and use record 0, as do those past U+10FFFF.
 * %d records, %d code points in case_ext, %d + %d index entries. */
#include "pysim/unicode.h"

#define SHIFT %d
#define LIMIT 0x%X

static const UniRecord records[] = {""" % (
        unicodedata.unidata_version, len(records), len(ext), len(index1),
        len(index2), shift, limit))
    for flags, up, lo, ti, fo, dec, dig in records:
        out.append("    {%s, %d, %d, %d, %d, %d, %d}," % (
            flag_expr(flags), up, lo, ti, fo, dec, dig))
    out.append("};\n")
    out.append("const uint32_t uni_db_case_ext[] = {")
    out.append(c_array(ext))
    out.append("};\n")
    out.append("static const %s index1[] = {" % t1)
    out.append(c_array(index1, 20))
    out.append("};\n")
    out.append("static const %s index2[] = {" % t2)
    out.append(c_array(index2, 32))
    out.append("};\n")
    out.append("""\
const UniRecord *uni_db_record(uint32_t cp)
{
    if (cp >= LIMIT)
        return &records[0];
    size_t block = index1[cp >> SHIFT];
    return &records[index2[(block << SHIFT) | (cp & ((1u << SHIFT) - 1))]];
}""")
    with open(DB_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    return shift, len(records)


# ---- Recorded test expectations -------------------------------------------------

# ORDER TEST_PROP: bit i of a recorded property word; test_unicode.c reads
# them in this order.
TEST_PROPS = ["PRINTABLE", "ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE",
              "ALNUM", "UPPER", "LOWER", "ISTITLE", "CASED", "CASE_IGNORABLE",
              "LINEBREAK", "XID_START", "XID_CONTINUE", "TITLE"]


def prop_word(p):
    flags, decimal, digit, istitle1 = p
    word = 0
    for i, name in enumerate(TEST_PROPS):
        on = istitle1 if name == "ISTITLE" else flags & F[name]
        if on:
            word |= 1 << i
    return word | ((decimal + 1) << 16) | ((digit + 1) << 20)


def c_string(s):
    """A C literal for the internal UTF-8 of s (surrogates as 3 bytes)."""
    if isinstance(s, str):
        s = s.encode("utf-8", "surrogatepass")
    out = []
    for b in s:
        if 0x20 <= b < 0x7F and b not in b'"\\?':
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)  # octal: never runs into the next char
    return '"' + "".join(out) + '"'


CASE_STRINGS = [
    "", "hello world", "Hello World", "HELLO", "hello wORLD", "mIxEd CaSe 123",
    "they're bill's friends", "o'neil", "123abc", "a1b2c3", "_x_",
    "\u00df", "stra\u00dfe", "\u1e9e", "\u0149", "\ufb01", "\ufb03", "\ufb13",
    "\ufb05", "\u01f0", "\u0390", "\u1fb3", "\u1fbc", "\u1ffc", "\u0345",
    "\u01c4", "\u01c5", "\u01c6", "\u01c6emal", "\u01c5ungla", "\u01c7\u01c8\u01c9",
    "\u0130", "\u0131", "\u0130stanbul", "I\u0307",
    "\u03a3", "a\u03a3", "A\u03a3", "a\u03a3b", "a\u03a3.", "a.\u03a3",
    "\u0391\u03a3", "\u039f\u03a3\u039f\u03a3", "\u03a3\u0391\u03a3",
    "\u03a3\u03a3", "a\u03a3\u03a3", "\u0391\u03a3 \u03a3\u0391",
    "\u0391\u03a3'", "\u0391\u03a3'\u03a3", "\u0391'\u03a3", "a\u03a3\u0301",
    "a\u03a3\u0301b", "a\u0301\u03a3", " \u03a3 ", "1\u03a3", "\u02b0\u03a3",
    "\u03c2", "\u03c3\u03c2", "\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3",
    "caf\u00e9 \u00c9COLE", "\u00e9lan", "\u0531\u0532 \u0561\u0562",
    "\u13f8\u13a0", "\uab70", "\ua7b5", "\U00010428\U00010400",
    "\U0001e900\U0001e922", "\u2160\u2170", "\u24b6\u24d0", "\uff21\uff41",
    "\u1c80", "\u10d0\u1c90", "a\ud800b", "\ud800", "x\U0001F600y",
    "e\u0301\u0301", "\u0300a", "ab\u00adcd", "\u2126\u212a\u212b",
    "A\u01c5", "a\u01c5", "\u01c5A", "\u01c5\u01c5", "\u1f88\u1f80", "A1!",
    "a1!", "\u01c51", "1\u01c5 A\u01c5", "\u02b0", "\u02b0A", "\u00aa\u00ba",
    " \t\u3000\x85", "\u00bd\u2155", "\u0663\u00b2",
]

REPR_STRINGS = [
    "", "a", "'", '"', "'\"", "it's", 'say "hi"', "both ' and \"",
    "\\", "\\'", "'\\\"", "\t\n\r", "\x00\x01\x1f", "\x0b\x0c", "\x7f",
    "\x80", "\x85", "\x9f", "\xa0", "\xad", "\xff", "\u00e9", "\u0100",
    "\u2028", "\u2029", "\u200b", "\u200d", "\ufeff", "\ufffd", "\uffff",
    "\ud800", "\udfff", "\udc80abc", "a\ud83d\ude00", "\U0001F600",
    "\U0001F468\u200d\U0001F469", "e\u0301", "\u0300", "\U000E0001",
    "\U000E0100", "\U0010FFFF", "\U000F0000", "\u0378", "\U00020000",
    "\u3000", "\u1680", "\u061c", "\u180e", "\u00a0\u2007", "\u65e5\u672c",
    "\x1b[0m", "\u03a9", "\U0001D11E", "\U0001F1EB\U0001F1F7", "\u0085x\u2028",
    "a'b\"c\\d\te\u00e9\U0001F600\x00",
]

BYTES_STRINGS = [
    b"", b"a", b"'", b'"', b"'\"", b"it's", b'say "hi"', b"\\", b"\\'",
    b"\t\n\r\x0b\x0c", b"\x00\x7f\x80\xff", bytes(range(256)),
    "h\u00e9".encode(), b"\x1b[0m",
]

IDENT_STRINGS = [
    "abc", "_x", "_", "__init__", "x1", "a\u00b7b", "\u00b7a", "a\u0300",
    "\u0300a", "\u2118x", "x\u212e", "\u01c5a", "x\U000E0100", "\u00e9t\u00e9",
    "\u2115", "\uff21", "ab\u00b2", "x\u200by", "a\u309bb", "\u0661\u0662",
    "x\u0661", "\u1885", "\u30fc", "a\u2e2fb", "\U0001F600", "a\U0001F600",
    "\U00010400x", "\u0e33", "x\u0e33", "\u00e9\u00e9\u00b2",
]


def utf8_cases():
    """Byte strings covering every path of the decoder: each class of lead
    byte followed by each class of second byte and a tail, some behind an
    ASCII prefix so the positions move."""
    leads = [0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
             0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5,
             0xF7, 0xF8, 0xFE, 0xFF]
    seconds = [None, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0]
    tails = [b"", b"\x80", b"\x80\x80"]
    cases = []
    for lead in leads:
        for second in seconds:
            for tail in tails:
                body = bytes([lead]) + (b"" if second is None else bytes([second]))
                cases.append(body + tail)
                if lead in (0xE0, 0xED, 0xF0, 0xF4):
                    cases.append(b"ab" + body + tail)
    for text in ["", "plain", "\u00e9\u65e5\U0001F600", "\uffff\U0010FFFF"]:
        cases.append(text.encode())
    cases += [b"\xf4\x90\x80\x80", b"\xed\xa0\x80", b"\xed\x9f\xbf",
              b"\xc0\xaf", b"\xe0\x80\xaf", b"\xf0\x80\x80\xaf",
              b"ok\xe6\x97", b"ok\xf0\x9f\x98", b"\xe6\x97\xa5\xff",
              b"\xe6\x97\xa5\xe6\x97",
              b"x\xe6\x97A", b"x\xf0\x9f\x98A", b"\xf0\x9f\x98\x80\xf0\x9fA"]
    reasons = {"invalid start byte": "UNI_UTF8_START",
               "invalid continuation byte": "UNI_UTF8_CONT",
               "unexpected end of data": "UNI_UTF8_END"}
    rows = []
    seen = set()
    for data in cases:
        if data in seen:
            continue
        seen.add(data)
        try:
            data.decode("utf-8")
            rows.append((data, "UNI_UTF8_OK", 0, 0, ""))
        except UnicodeDecodeError as e:
            rows.append((data, reasons[e.reason], e.start, e.end, str(e)))
    return rows


def ident_cases():
    rows = []
    for s in IDENT_STRINGS:
        # The tokenizer reports the first character that breaks the rule.
        try:
            compile(s + " = 1", "<s>", "exec")
            bad = len(s)
        except SyntaxError as e:
            if "invalid" not in e.msg or "character" not in e.msg:
                bad = -1  # not an identifier token at all (e.g. digits first)
            else:
                bad = e.offset - 1
        rows.append((s, s.isidentifier(), bad))
    return rows


def map_array(table):
    values = []
    for cp in sorted(table):
        m = table[cp]
        values.append(cp | (len(m) << 24))
        values.extend(ord(x) for x in m)
    return values


def kind_of(s):
    top = max(map(ord, s), default=0)
    return 1 if top < 0x80 else 2 if top < 0x100 else 3 if top < 0x10000 else 4


def write_tests(props, maps):
    out = [BEGIN]
    runs = []
    prev = None
    for cp in range(NCP):
        word = prop_word(props[cp])
        if word != prev:
            runs.extend((cp, word))
            prev = word
    out.append("/* Runs over all code points: start, property word (bit i is\n"
               " * TEST_PROP i; decimal + 1 in bits 16-19, digit + 1 in 20-23). */")
    out.append("static const uint32_t rec_props[] = {")
    out.append(c_array(runs, 12))
    out.append("};")
    out.append("#define REC_NPROPS %d" % len(TEST_PROPS))
    for kind in ("UPPER", "LOWER", "TITLE", "FOLD"):
        values = map_array(maps[kind])
        out.append("/* chr(cp).%s() where it is not chr(cp): (n << 24) | cp, then n\n"
                   " * code points. */" % kind.lower().replace("fold", "casefold"))
        out.append("static const uint32_t rec_%s[] = {" % kind.lower())
        out.append(c_array(values, 12))
        out.append("};")

    out.append("static const RecCase rec_case[] = {")
    for s in CASE_STRINGS:
        fields = [c_string(s), str(len(s.encode("utf-8", "surrogatepass")))]
        for r in (s.lower(), s.upper(), s.casefold(), s.swapcase(),
                  s.capitalize(), s.title()):
            fields.append(c_string(r))
        for b in (s.isupper(), s.islower(), s.istitle(), s.isalpha(),
                  s.isalnum(), s.isprintable(), s.isspace(), s.isnumeric()):
            fields.append("1" if b else "0")
        out.append("    {" + ", ".join(fields) + "},")
    out.append("};")

    out.append("static const RecRepr rec_repr[] = {")
    for s in REPR_STRINGS:
        out.append("    {%s, %d, %s, %s, %d, %d}," % (
            c_string(s), len(s.encode("utf-8", "surrogatepass")),
            c_string(repr(s)), c_string(ascii(s)), kind_of(s), len(s)))
    out.append("};")

    out.append("static const RecBytes rec_bytes[] = {")
    for b in BYTES_STRINGS:
        out.append("    {%s, %d, %s}," % (c_string(b), len(b), c_string(repr(b))))
    out.append("};")

    # The error message is recorded for the last cases only: it is built
    # the same way for all of them.
    out.append("static const RecUtf8 rec_utf8[] = {")
    rows = utf8_cases()
    for i, (data, code, start, end, msg) in enumerate(rows):
        out.append("    {%s, %d, %s, %d, %d, %s}," % (
            c_string(data), len(data), code, start, end,
            c_string(msg) if msg and i >= len(rows) - 24 else "NULL"))
    out.append("};")

    out.append("static const RecIdent rec_ident[] = {")
    for s, ok, bad in ident_cases():
        out.append("    {%s, %d, %d, %d}," % (
            c_string(s), len(s.encode()), 1 if ok else 0, bad))
    out.append("};")
    out.append(END)

    with open(TEST_PATH, encoding="utf-8") as f:
        text = f.read()
    head, sep, rest = text.partition(BEGIN)
    _, sep2, tail = rest.partition(END)
    if not sep or not sep2:
        fail("markers not found in " + TEST_PATH)
    with open(TEST_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write(head + "\n".join(out) + tail)
    return len(runs) // 2


def main():
    if sys.version_info[:2] != (3, 12) or unicodedata.unidata_version != "15.0.0":
        fail("run me with python3.12 (Unicode 15.0.0), not %s (Unicode %s)" % (
            sys.version.split()[0], unicodedata.unidata_version))
    records, ext, per_cp, props, maps = build()
    shift, nrec = write_db(records, ext, per_cp)
    nruns = write_tests(props, maps)
    print("gen_unicode.py: %d records, shift %d, %d ext code points; "
          "%d property runs recorded" % (nrec, shift, len(ext), nruns))


if __name__ == "__main__":
    main()
