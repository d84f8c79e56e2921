/* complex_format.c — complex numbers as text and back: repr, format() and
 * complex(str), as CPython 3.12's complex_repr, format_complex_internal
 * (Python/formatter_unicode.c) and complex_from_string_inner do them.
 *
 * Each part is a float laid out by numfmt (the same digits float uses);
 * this file only knows how the two parts, the 'j', the parentheses and the
 * padding go together.  Invariant: everything here is a pure function of
 * its arguments (no objects, no exceptions), see complex_impl.h.
 */
#include "pysim/complex_impl.h"

#include <limits.h>
#include <math.h>
#include <string.h>
#include <strings.h>


/* ---- repr ------------------------------------------------------------------- */

void py_complex_repr_text(Buf *out, double re, double im)
{
    /* 'r' without NUMFMT_DTS_ADD_DOT_0: "2j", not "2.0j" */
    if (re == 0.0 && !signbit(re)) {
        numfmt_float_to_string(out, im, 'r', 0, 0);
        buf_putc(out, 'j');
        return;
    }
    buf_putc(out, '(');
    numfmt_float_to_string(out, re, 'r', 0, 0);
    numfmt_float_to_string(out, im, 'r', 0, NUMFMT_DTS_SIGN);
    buf_puts(out, "j)");
}

/* ---- format() ---------------------------------------------------------------- */

static void put_fill(Buf *out, uint32_t fill, int64_t n)
{
    for (int64_t i = 0; i < n; i++) buf_put_utf8(out, fill);
}

NumfmtStatus py_complex_format_text(Buf *out, double re, double im, const char *spec_text, size_t len,
                                    const char *type_name, Buf *err)
{
    FmtSpec spec;
    NumfmtStatus st = numfmt_parse_spec(spec_text, len, NUMFMT_FLOAT, type_name, &spec, err);
    if (st != NUMFMT_OK) return st;
    /* the float types, less '%' */
    if (spec.type == '%') {
        buf_printf(err, "Unknown format code '%%' for object of type '%.200s'", type_name);
        return NUMFMT_VALUE_ERROR;
    }
    /* format_complex_internal's own checks, in its order */
    if (spec.precision > INT_MAX) {
        buf_puts(err, "precision too big");
        return NUMFMT_VALUE_ERROR;
    }
    if (spec.fill == '0') {
        buf_puts(err, "Zero padding is not allowed in complex format specifier");
        return NUMFMT_VALUE_ERROR;
    }
    if (spec.align == '=') {
        buf_puts(err, "'=' alignment flag is not allowed in complex format specifier");
        return NUMFMT_VALUE_ERROR;
    }
    if (spec.width > (int64_t)NUMFMT_MAX_LEN) return NUMFMT_TOO_BIG;

    /* No type: like str(z) (repr digits, "j" alone for a +0.0 real part,
     * parentheses otherwise), or 'g' with the precision when one is given;
     * unlike float, no ".0" is added. */
    uint32_t type = spec.type;
    bool skip_re = false, add_parens = false;
    int64_t precision = spec.precision;
    if (type == 0) {
        type = 'r';
        if (re == 0.0 && !signbit(re)) skip_re = true;
        else add_parens = true;
    }
    if (type == 'n') type = 'g'; /* the C locale: no grouping */
    if (precision >= 0 && type == 'r') type = 'g';

    /* each part unpadded; the imaginary one always signed unless alone */
    FmtSpec part = spec;
    part.fill = ' ';
    part.align = '<';
    part.width = -1;
    part.type = type;
    part.precision = type == 'r' ? -1 : precision;
    Buf rtext = BUF_INIT, itext = BUF_INIT;
    if (!skip_re) st = numfmt_format_float(&rtext, re, &part, err);
    if (!skip_re) part.sign = '+';
    if (st == NUMFMT_OK) st = numfmt_format_float(&itext, im, &part, err);
    if (st != NUMFMT_OK) {
        buf_free(&rtext);
        buf_free(&itext);
        return st;
    }

    /* the parts are ASCII: bytes are characters */
    int64_t nchars = (int64_t)(rtext.len + itext.len) + 1 + (add_parens ? 2 : 0);
    int64_t total = spec.width > nchars ? spec.width : nchars;
    int64_t lpad = spec.align == '>' ? total - nchars : spec.align == '^' ? (total - nchars) / 2 : 0;
    int64_t rpad = total - nchars - lpad;
    put_fill(out, spec.fill, lpad);
    if (add_parens) buf_putc(out, '(');
    buf_put(out, rtext.p, rtext.len);
    buf_put(out, itext.p, itext.len);
    buf_putc(out, 'j');
    if (add_parens) buf_putc(out, ')');
    put_fill(out, spec.fill, rpad);
    buf_free(&rtext);
    buf_free(&itext);
    return NUMFMT_OK;
}

/* ---- complex(str) --------------------------------------------------------------- */

static bool py_isspace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* PyOS_string_to_double(s, &end, NULL): the longest prefix of the
 * NUL-terminated s that reads as a float (decimal digits with an optional
 * point and exponent, or inf / infinity / nan, after an optional sign).
 * Returns false when there is none. */
static bool scan_float(const char *s, const char **end, double *v)
{
    const char *p = s;
    if (*p == '+' || *p == '-') p++;
    size_t ndigits = 0;
    while (is_digit(*p)) p++, ndigits++;
    if (*p == '.') {
        p++;
        while (is_digit(*p)) p++, ndigits++;
    }
    if (ndigits) {
        /* an exponent counts only with at least one digit */
        if (*p == 'e' || *p == 'E') {
            const char *q = p + 1;
            if (*q == '+' || *q == '-') q++;
            if (is_digit(*q)) {
                while (is_digit(*q)) q++;
                p = q;
            }
        }
        /* too large reads as +-inf, too small as +-0.0, as here */
        if (numfmt_parse_float(s, (size_t)(p - s), v) != NUMFMT_OK) return false;
        *end = p;
        return true;
    }
    p = s;
    double sign = 1.0;
    if (*p == '-') {
        sign = -1.0;
        p++;
    } else if (*p == '+') {
        p++;
    }
    if (!strncasecmp(p, "inf", 3)) {
        p += 3;
        if (!strncasecmp(p, "inity", 5)) p += 5;
        *v = sign * INFINITY;
    } else if (!strncasecmp(p, "nan", 3)) {
        p += 3;
        *v = copysign(NAN, sign);
    } else {
        return false;
    }
    *end = p;
    return true;
}

/* complex_from_string_inner on s[0..len), s[len] == '\0'. */
static ComplexParse parse_inner(const char *s, size_t len, double *re, double *im)
{
    const char *start = s, *end;
    double x = 0.0, y = 0.0, z;
    bool bracket = false;
    while (py_isspace(*s)) s++;
    if (*s == '(') {
        bracket = true;
        s++;
        while (py_isspace(*s)) s++;
    }
    if (scan_float(s, &end, &z)) {
        s = end;
        if (*s == '+' || *s == '-') {
            /* <float><signed-float>j | <float><sign>j */
            x = z;
            if (scan_float(s, &end, &y)) {
                s = end;
            } else {
                y = *s == '+' ? 1.0 : -1.0;
                s++;
            }
            if (*s != 'j' && *s != 'J') return COMPLEX_PARSE_MALFORMED;
            s++;
        } else if (*s == 'j' || *s == 'J') {
            s++;
            y = z;
        } else {
            x = z;
        }
    } else {
        /* <sign>j | j */
        if (*s == '+' || *s == '-') {
            y = *s == '+' ? 1.0 : -1.0;
            s++;
        } else {
            y = 1.0;
        }
        if (*s != 'j' && *s != 'J') return COMPLEX_PARSE_MALFORMED;
        s++;
    }
    while (py_isspace(*s)) s++;
    if (bracket) {
        if (*s != ')') return COMPLEX_PARSE_MALFORMED;
        s++;
        while (py_isspace(*s)) s++;
    }
    if ((size_t)(s - start) != len) return COMPLEX_PARSE_MALFORMED;
    *re = x;
    *im = y;
    return COMPLEX_PARSE_OK;
}

ComplexParse py_complex_parse_text(const char *s, size_t len, double *re, double *im)
{
    /* _Py_string_to_number_with_underscores: the C string ends at the
     * first NUL, which is where CPython's search for '_' stops too */
    const char *nul = memchr(s, '\0', len);
    size_t clen = nul ? (size_t)(nul - s) : len;
    Buf b = BUF_INIT;
    ComplexParse r;
    if (!memchr(s, '_', clen)) {
        buf_put(&b, s, len);
        buf_putc(&b, '\0');
        r = parse_inner(b.p, len, re, im);
        buf_free(&b);
        return r;
    }
    /* an underscore only between two digits; none after a NUL */
    char prev = '\0';
    for (size_t i = 0; i < clen; i++) {
        char c = s[i];
        if (c == '_') {
            if (!is_digit(prev)) goto bad;
        } else {
            buf_putc(&b, c);
            if (prev == '_' && !is_digit(c)) goto bad;
        }
        prev = c;
    }
    if (prev == '_' || clen != len) goto bad;
    size_t n = b.len;
    buf_putc(&b, '\0');
    r = parse_inner(b.p, n, re, im);
    buf_free(&b);
    return r;
bad:
    buf_free(&b);
    return COMPLEX_PARSE_UNDERSCORES;
}
