/* numfmt.h — CPython 3.12's number and string formatting over plain C values.
 *
 * The int, float and str objects call these with C values (double, digit
 * strings, internal UTF-8) and turn a status into the Python exception.
 * Nothing here touches objects, does I/O or keeps state: every function is
 * a pure mapping from its arguments to text or a double, so the same call
 * always gives the same bytes.  Every rule is pinned by
 * tests/unit/test_numfmt.c, whose expectations were recorded from python3.12
 * by tools/gen_numfmt_tests.py.
 *
 * Text results are appended to a Buf (never cleared first).  Error messages
 * go to a separate Buf, appended, without the exception's class name:
 * "Unknown format code 'd' for object of type 'float'".  On error nothing is
 * appended to the output Buf.
 *
 * Files: numfmt_float.c (digits, repr, float(), round()), numfmt_arith.c
 * (%, //, divmod, **, hash), numfmt_spec.c (format-spec mini-language),
 * numfmt_printf.c (the numeric conversions of str % args). */
#ifndef MEMGUIDE_PYSIM_NUMFMT_H
#define MEMGUIDE_PYSIM_NUMFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

/* Which exception the caller raises; NUMFMT_OK (0) is success. */
typedef enum NumfmtStatus {
    NUMFMT_OK = 0,
    NUMFMT_VALUE_ERROR,    /* ValueError(message) */
    NUMFMT_OVERFLOW_ERROR, /* OverflowError(message) */
    NUMFMT_ZERO_DIVISION,  /* ZeroDivisionError(message) */
    NUMFMT_COMPLEX,        /* pow(): CPython would return a complex number */
    NUMFMT_TOO_BIG         /* the text would pass NUMFMT_MAX_LEN: over the
                              simulator's limit (CPython would build it, or
                              raise MemoryError), not a Python error */
} NumfmtStatus;

/* The longest text (in bytes) any function here builds.  Python allows
 * format(1.5, '.2000000000f'); the simulator stops at this size instead of
 * allocating gigabytes. */
#define NUMFMT_MAX_LEN ((size_t)1 << 26)

/* Messages of the errors the caller raises itself (CPython 3.12 wording). */
#define NUMFMT_MSG_MOD_ZERO "float modulo"
#define NUMFMT_MSG_FLOORDIV_ZERO "float floor division by zero"
#define NUMFMT_MSG_DIVMOD_ZERO "float divmod()"
#define NUMFMT_MSG_POW_ZERO_NEG "0.0 cannot be raised to a negative power"
#define NUMFMT_MSG_POW_RANGE "(34, 'Numerical result out of range')"
#define NUMFMT_MSG_POW_DOMAIN "(33, 'Numerical argument out of domain')"
#define NUMFMT_MSG_ROUND_OVERFLOW "rounded value too large to represent"

/* ---- float to text (numfmt_float.c) -------------------------------------- */

/* Appends repr(x) == str(x): the shortest digits that read back as x,
 * positional when the decimal exponent is in [-4, 16) with at least one
 * digit after the point ("1.0", "0.0001", "123456789012345.0"), otherwise
 * exponent form ("1e+16", "1e-05", "1.5e+300"); "inf", "-inf", "nan",
 * "-0.0". */
void numfmt_float_repr(Buf *out, double x);

/* Flags of numfmt_float_to_string (CPython's Py_DTSF_*). */
enum {
    NUMFMT_DTS_SIGN = 1 << 0,      /* always write a sign: "+1.5" */
    NUMFMT_DTS_ADD_DOT_0 = 1 << 1, /* "1.0" rather than "1" when no exponent */
    NUMFMT_DTS_ALT = 1 << 2,       /* '#': keep the point and 'g' zeros */
    NUMFMT_DTS_NO_NEG_0 = 1 << 3   /* 'z': a result that shows as zero is
                                      written without its minus sign */
};

/* Appends x as PyOS_double_to_string(x, code, precision, flags) does.
 * code: 'e'/'E' (precision digits after the point), 'f'/'F' (precision
 * digits after the point), 'g'/'G' (precision significant digits, 0 read as
 * 1, trailing zeros dropped unless NUMFMT_DTS_ALT), 'r' (repr digits;
 * precision ignored).  Upper-case codes write "E", "INF" and "NAN".  Digits
 * are correctly rounded from the exact binary value, ties to even.  A NaN
 * never shows a minus sign.  precision must be >= 0.  Returns NUMFMT_OK, or
 * NUMFMT_TOO_BIG (nothing appended) when the text would pass
 * NUMFMT_MAX_LEN. */
NumfmtStatus numfmt_float_to_string(Buf *out, double x, char code,
                                    int precision, unsigned flags);

/* ---- text to float, round() (numfmt_float.c) ----------------------------- */

/* float(s) for a str s (internal UTF-8, s[0..len), NUL bytes allowed):
 * surrounding whitespace (Unicode whitespace too), an optional sign, then
 * decimal digits with an optional point and exponent, or "inf",
 * "infinity", "nan" in any case.  Non-ASCII decimal digits count as digits
 * (float('١٢') == 12.0).  An underscore may stand only between two digits.
 * Hex floats are refused.  Too large a value gives +-inf, too small +-0.0.
 * Returns NUMFMT_OK with *out set, or NUMFMT_VALUE_ERROR (*out untouched):
 * the caller raises "could not convert string to float: " + repr(s). */
NumfmtStatus numfmt_parse_float(const char *s, size_t len, double *out);

/* round(x, ndigits) for a float x: correctly rounded through the decimal
 * string, ties to even on the exact binary value, so round(2.675, 2) is
 * 2.67.  ndigits may be negative (round(1234.5, -2) == 1200.0); the caller
 * clamps a huge Python int into the int64 range.  inf and nan come back
 * unchanged; a result that rounds to zero keeps x's sign.  When the rounded
 * value is too large for a double (round(1.7e308, -308)), sets *overflow and
 * returns inf: the caller raises OverflowError(NUMFMT_MSG_ROUND_OVERFLOW).
 * round(x) without ndigits returns an int and is not this function. */
double numfmt_round(double x, int64_t ndigits, bool *overflow);

/* ---- float arithmetic with Python's rules (numfmt_arith.c) ---------------- */

/* a % b: the result takes the sign of b; a zero result is 0.0 with b's sign
 * (-0.0 % 5.0 == 0.0, 0.0 % -5.0 == -0.0).  b must not be 0: the caller
 * raises ZeroDivisionError(NUMFMT_MSG_MOD_ZERO) first (NaN comes back if it
 * does not). */
double numfmt_float_mod(double a, double b);

/* divmod(a, b) as Objects/floatobject.c computes it: *r as numfmt_float_mod,
 * *q the floor of the quotient snapped to the nearest integral value, a
 * zero quotient signed like a / b.  Returns false (nothing stored) when b
 * is 0: the caller raises ZeroDivisionError(NUMFMT_MSG_DIVMOD_ZERO). */
bool numfmt_float_divmod(double a, double b, double *q, double *r);

/* a // b: the quotient of numfmt_float_divmod.  b must not be 0: the caller
 * raises ZeroDivisionError(NUMFMT_MSG_FLOORDIV_ZERO) first (NaN comes back
 * if it does not). */
double numfmt_float_floordiv(double a, double b);

/* a ** b for floats (and for int ** negative int, which Python computes in
 * floats).  Python's special cases come first (x**0 == 1 even for nan,
 * 1**nan == 1, (-1)**inf == 1, signs of zeros and infinities for odd
 * integer exponents), then libm's pow.  *err: NUMFMT_OK;
 * NUMFMT_ZERO_DIVISION for 0.0 to a negative power (message
 * NUMFMT_MSG_POW_ZERO_NEG); NUMFMT_COMPLEX for a negative base with a
 * non-integer exponent (CPython returns a complex: the caller reports it as
 * unsupported); NUMFMT_OVERFLOW_ERROR when the result overflows (message
 * NUMFMT_MSG_POW_RANGE); NUMFMT_VALUE_ERROR for a libm domain error
 * (message NUMFMT_MSG_POW_DOMAIN; not expected with glibc).  The return
 * value is meaningful only with NUMFMT_OK. */
double numfmt_float_pow(double a, double b, NumfmtStatus *err);

/* hash(x) for a float, as _Py_HashDouble: x modulo 2**61 - 1 (so equal ints
 * and floats hash alike), with the sign of x, -1 mapped to -2; inf is
 * 314159 and -inf -314159.  A NaN hashes by identity in 3.12: sets
 * *by_identity and returns 0, and the caller hashes the object's id. */
int64_t numfmt_float_hash(double x, bool *by_identity);

/* ---- the format-spec mini-language (numfmt_spec.c) ------------------------ */

/* What kind of object a spec formats: it sets the defaults (type 's' and
 * left alignment for str, 'd' and right alignment for int, no type and
 * right alignment for float) and which presentation types exist. */
typedef enum NumfmtKind { NUMFMT_STR, NUMFMT_INT, NUMFMT_FLOAT } NumfmtKind;

/* A parsed [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
typedef struct FmtSpec {
    NumfmtKind kind;    /* the kind it was parsed for */
    uint32_t fill;      /* fill code point: ' ' unless given or '0' flag */
    char align;         /* '<', '>', '^' or '=' (defaulted, never 0) */
    char sign;          /* '+', '-', ' ', or 0 when not given */
    bool no_neg_zero;   /* 'z' */
    bool alternate;     /* '#' */
    char grouping;      /* ',', '_', or 0 */
    int64_t width;      /* -1 when not given */
    int64_t precision;  /* -1 when not given */
    uint32_t type;      /* presentation type code point; 0 only for a float
                           without one (the repr-like '' type) */
} FmtSpec;

/* Parses spec[0..len) (internal UTF-8; digits may be any Unicode decimal
 * digits, as in CPython) for an object of the given kind whose type is
 * called type_name (for messages: "int", "bool", "float", "str", or a
 * subclass's name).  Does every check CPython makes before formatting:
 * grouping against type ("Cannot specify ',' with 's'."), "Invalid format
 * specifier '...' for object of type '...'", "Unknown format code 'q' for
 * object of type 'int'", "Format specifier missing precision", "Too many
 * decimal digits in format string", "Cannot specify both ',' and '_'.".
 * Returns NUMFMT_OK, or NUMFMT_VALUE_ERROR with the message appended to
 * err.  An empty spec parses to the defaults; formatting with it gives
 * str(x) for int, float and str (bool's str is the caller's business). */
NumfmtStatus numfmt_parse_spec(const char *spec, size_t len, NumfmtKind kind,
                               const char *type_name, FmtSpec *out, Buf *err);

/* For a spec parsed with NUMFMT_INT: the base the caller converts the int's
 * magnitude to before numfmt_format_int (2 'b', 8 'o', 16 'x'/'X', 10 for
 * 'd', 'n', 'c'), or 0 for a float type ('e' 'E' 'f' 'F' 'g' 'G' '%'): then
 * the caller converts the int to a double (raising OverflowError "int too
 * large to convert to float" when it cannot) and calls numfmt_format_float
 * with the same spec. */
int numfmt_int_base(const FmtSpec *spec);

/* Appends format(x, spec) for a float, spec parsed with NUMFMT_FLOAT or
 * with NUMFMT_INT and a float type.  Types '' (repr-like; with a precision,
 * that many significant digits and at least one digit after the point unless
 * in exponent form), 'e' 'E' 'f' 'F' 'g' 'G' 'n' (as 'g'; no grouping in
 * the C locale) and '%'.  Errors: NUMFMT_VALUE_ERROR "precision too big"
 * (precision past INT_MAX); NUMFMT_TOO_BIG. */
NumfmtStatus numfmt_format_float(Buf *out, double x, const FmtSpec *spec,
                                 Buf *err);

/* Appends format(n, spec) for an int, spec parsed with NUMFMT_INT and
 * numfmt_int_base(spec) != 0.  negative and digits[0..ndigits) give the
 * value: the magnitude's digits in that base, most significant first, no
 * prefix or sign, "0" for zero (either letter case for base 16).  For 'c'
 * the digits are the decimal code point.  Errors (NUMFMT_VALUE_ERROR unless
 * said): "Precision not allowed in integer format specifier", "Negative
 * zero coercion (z) not allowed in integer format specifier", for 'c'
 * "Sign not allowed with integer format specifier 'c'", "Alternate form
 * (#) not allowed with integer format specifier 'c'", NUMFMT_OVERFLOW_ERROR
 * "Python int too large to convert to C long" and "%c arg not in
 * range(0x110000)"; NUMFMT_TOO_BIG. */
NumfmtStatus numfmt_format_int(Buf *out, bool negative, const char *digits,
                               size_t ndigits, const FmtSpec *spec, Buf *err);

/* Appends format(s, spec) for a str s (internal UTF-8), spec parsed with
 * NUMFMT_STR: precision keeps that many code points, width counts code
 * points, default alignment left.  Errors (NUMFMT_VALUE_ERROR): "Sign not
 * allowed in string format specifier" (or "Space not allowed ..." for ' '),
 * "Negative zero coercion (z) not allowed in string format specifier",
 * "Alternate form (#) not allowed in string format specifier", "'='
 * alignment not allowed in string format specifier"; NUMFMT_TOO_BIG. */
NumfmtStatus numfmt_format_str(Buf *out, const char *utf8, size_t len,
                               const FmtSpec *spec, Buf *err);

/* ---- printf-style conversions of str % args (numfmt_printf.c) ------------- */

/* Conversion flags, as the % parser reads them. */
enum {
    NUMFMT_F_LJUST = 1 << 0, /* '-': pad on the right with spaces */
    NUMFMT_F_SIGN = 1 << 1,  /* '+': '+' before non-negative numbers */
    NUMFMT_F_BLANK = 1 << 2, /* ' ': ' ' before non-negative numbers */
    NUMFMT_F_ALT = 1 << 3,   /* '#': 0o/0x/0X prefix; keep the point */
    NUMFMT_F_ZERO = 1 << 4   /* '0': pad with zeros after sign and prefix */
};

/* Appends '%<flags><width>.<prec><conv>' % x for conv in e E f F g G.
 * width -1 when absent (the caller turns a negative '*' width into
 * NUMFMT_F_LJUST and its absolute value), prec -1 when absent (6).
 * Returns NUMFMT_OK or NUMFMT_TOO_BIG. */
NumfmtStatus numfmt_printf_float(Buf *out, double x, char conv, int flags,
                                 int width, int prec);

/* Appends '%<flags><width>.<prec><conv>' % n for conv in d i u o x X, the
 * int given as for numfmt_format_int in base 10 (d i u), 8 (o) or 16 (x X);
 * prec is the minimum number of digits.  Returns NUMFMT_OK,
 * NUMFMT_OVERFLOW_ERROR "precision too large" (prec > INT_MAX - 3; message
 * appended to err), or NUMFMT_TOO_BIG. */
NumfmtStatus numfmt_printf_int(Buf *out, bool negative, const char *digits,
                               size_t n, char conv, int flags, int width,
                               int prec, Buf *err);

#endif
