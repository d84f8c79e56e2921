/* numfmt_float.c — floats to decimal text and back: repr, the 'e'/'f'/'g'
 * layouts, float(str) and round(x, n), as CPython 3.12 does them.
 *
 * CPython gets its digits from David Gay's dtoa in three modes: 0 (the
 * shortest digits that read back as x), 2 (n significant digits) and 3 (n
 * digits after the point).  We get the same digits from glibc, whose printf
 * and strtod are exact (in the default round-to-nearest mode, which the
 * simulator never changes): mode 0 tries 1..17 significant digits until one
 * reads back; modes 2 and 3 round the exact decimal expansion of x (printf
 * with enough digits to be exact) half to even, which is what dtoa does.
 * Invariant: a Digits value is 0.d[0]d[1]...d[n-1] x 10**decpt with no
 * trailing zeros in d; zero is "0" with decpt 1; a fixed-point rounding
 * that leaves nothing is n == 0 (again as dtoa). */
#include "pysim/numfmt.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pysim/unicode.h"

/* A double has at most 767 significant decimal digits (the largest
 * subnormal); printing 780 after the first one is exact. */
#define EXACT_PREC 780

typedef struct Digits {
    char d[EXACT_PREC + 8];
    int64_t n;      /* digits used in d */
    int64_t decpt;  /* value = 0.d x 10**decpt */
    bool neg;       /* sign bit of x */
} Digits;

static void strip_zeros(Digits *dg)
{
    while (dg->n > 0 && dg->d[dg->n - 1] == '0') dg->n--;
}

/* Loads printf's "%e" text "D.DDDDe+XX" (no sign) into dg, keeping every
 * digit; the caller strips zeros when it wants them gone. */
static void load_e_text(Digits *dg, const char *s)
{
    dg->n = 0;
    for (; *s && *s != 'e'; s++)
        if (*s != '.') dg->d[dg->n++] = *s;
    dg->decpt = strtol(s + 1, NULL, 10) + 1;
}

/* The value of dg (at most 17 digits) read back by strtod. */
static double digits_value(const Digits *dg)
{
    char s[64];
    snprintf(s, sizeof s, "0.%.*se%lld", (int)dg->n, dg->d,
             (long long)dg->decpt);
    return strtod(s, NULL);
}

/* Moves dg (n digits) one unit in its last place up (dir > 0) or down. */
static void step_last_digit(Digits *dg, int dir)
{
    int64_t i = dg->n - 1;
    if (dir > 0) {
        while (i >= 0 && dg->d[i] == '9') dg->d[i--] = '0';
        if (i >= 0) {
            dg->d[i]++;
        } else {  /* 99..9 + 1 = 100..0 one decade up */
            dg->d[0] = '1';
            dg->decpt++;
        }
    } else {
        while (i >= 0 && dg->d[i] == '0') dg->d[i--] = '9';
        dg->d[i]--;
        if (dg->d[0] == '0') {  /* 100..0 - 1 = 99..9 one decade down */
            memset(dg->d, '9', (size_t)dg->n);
            dg->decpt--;
        }
    }
}

/* dtoa mode 0 for ax > 0: the fewest significant digits that read back as
 * ax, the nearest such string when several have that length. */
static void shortest_digits(double ax, Digits *dg)
{
    for (int p = 1; p <= 17; p++) {
        char s[48];
        snprintf(s, sizeof s, "%.*e", p - 1, ax);
        load_e_text(dg, s);
        double back = digits_value(dg);
        if (back == ax) break;
        /* The nearest p-digit string missed.  At a power of two the gap
         * below ax is half the gap above, so the p-digit string on the
         * other side of ax, though farther, may still read back. */
        Digits other = *dg;
        step_last_digit(&other, back < ax ? 1 : -1);
        if (digits_value(&other) == ax) {
            *dg = other;
            break;
        }
    }
    strip_zeros(dg);
}

/* Rounds dg to its first keep digits (keep may be <= 0), half to even on
 * the exact value: dg holds every digit of x, so a tie is visible. */
static void round_digits(Digits *dg, int64_t keep)
{
    if (keep >= dg->n) return;
    bool up;
    if (keep < 0) {
        up = false;
    } else if (dg->d[keep] != '5') {
        up = dg->d[keep] > '5';
    } else if (dg->n > keep + 1) {
        up = true;  /* more digits follow, and none is a trailing zero */
    } else {
        up = keep > 0 && (dg->d[keep - 1] - '0') % 2 == 1;
    }
    dg->n = keep < 0 ? 0 : keep;
    if (up) {
        int64_t i = dg->n - 1;
        while (i >= 0 && dg->d[i] == '9') i--;
        if (i >= 0) {
            dg->d[i]++;
            dg->n = i + 1;
        } else {  /* all nines, or nothing kept: becomes 1 a decade up */
            dg->d[0] = '1';
            dg->n = 1;
            dg->decpt++;
        }
    }
    strip_zeros(dg);
}

/* The digits of x in dtoa's mode 0, 2 (ndigits significant, at least 1)
 * or 3 (ndigits after the point, may be negative).  x is finite. */
static void float_digits(double x, int mode, int64_t ndigits, Digits *dg)
{
    double ax = fabs(x);
    dg->neg = signbit(x) != 0;
    if (ax == 0) {
        dg->d[0] = '0';
        dg->n = 1;
        dg->decpt = 1;
        return;
    }
    if (mode == 0) {
        shortest_digits(ax, dg);
        return;
    }
    char s[EXACT_PREC + 32];
    snprintf(s, sizeof s, "%.*e", EXACT_PREC, ax);
    load_e_text(dg, s);
    strip_zeros(dg);
    int64_t keep = mode == 2 ? (ndigits < 1 ? 1 : ndigits) : dg->decpt + ndigits;
    round_digits(dg, keep);
    if (dg->n == 0) dg->decpt = -ndigits;  /* what dtoa reports */
}

NumfmtStatus numfmt_float_to_string(Buf *out, double x, char code,
                                    int precision, unsigned flags)
{
    bool upper = code == 'E' || code == 'F' || code == 'G';
    char fmt = upper ? (char)(code - 'A' + 'a') : code;
    int64_t prec = precision;
    int mode;
    switch (fmt) {
    case 'e':
        /* CPython adds 1 in a C int: INT_MAX wraps to INT_MIN, which then
         * acts as 1 significant digit and no digits after the point
         * (format(1.5, '.2147483647e') == '2e+00').  Do the same. */
        mode = 2;
        prec = precision == INT_MAX ? INT_MIN : prec + 1;
        break;
    case 'f': mode = 3; break;
    case 'g': mode = 2; if (prec == 0) prec = 1; break;
    default: fmt = 'r'; mode = 0; prec = 0; break;
    }

    if (!isfinite(x)) {
        /* A NaN's sign is never shown. */
        if (isinf(x) && signbit(x)) buf_putc(out, '-');
        else if (flags & NUMFMT_DTS_SIGN) buf_putc(out, '+');
        if (isinf(x)) buf_puts(out, upper ? "INF" : "inf");
        else buf_puts(out, upper ? "NAN" : "nan");
        return NUMFMT_OK;
    }

    Digits dg;
    float_digits(x, mode, prec, &dg);
    bool neg = dg.neg;
    if ((flags & NUMFMT_DTS_NO_NEG_0) && neg &&
        (dg.n == 0 || (dg.n == 1 && dg.d[0] == '0')))
        neg = false;

    /* The text is a slice [vstart, vend) of the digits padded with zeros
     * on both sides, with the point before virtual index decpt. */
    int64_t decpt = dg.decpt, vend = dg.n, exp = 0;
    bool use_exp = false;
    switch (fmt) {
    case 'e':
        use_exp = true;
        vend = prec;
        break;
    case 'f':
        vend = decpt + prec;
        break;
    case 'g':
        if (decpt <= -4 ||
            decpt > ((flags & NUMFMT_DTS_ADD_DOT_0) ? prec - 1 : prec))
            use_exp = true;
        if (flags & NUMFMT_DTS_ALT) vend = prec;
        break;
    default:
        /* repr switches to exponent form at 1e16 */
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && (flags & NUMFMT_DTS_ADD_DOT_0)) {
        if (vend < decpt + 1) vend = decpt + 1;
    } else if (vend < decpt) {
        vend = decpt;
    }

    /* sign, digits, point, "e+308" */
    int64_t total = 1 + (vend - vstart) + 1 + 6;
    if (total > (int64_t)NUMFMT_MAX_LEN) return NUMFMT_TOO_BIG;
    buf_reserve(out, (size_t)total);
    char *start = out->p + out->len, *p = start;
    if (neg) *p++ = '-';
    else if (flags & NUMFMT_DTS_SIGN) *p++ = '+';
    for (int64_t i = vstart; i < vend; i++) {
        if (i == decpt) *p++ = '.';
        *p++ = i >= 0 && i < dg.n ? dg.d[i] : '0';
    }
    if (decpt == vend && (flags & NUMFMT_DTS_ALT)) *p++ = '.';
    if (use_exp) {
        int64_t a = exp < 0 ? -exp : exp;
        *p++ = upper ? 'E' : 'e';
        *p++ = exp < 0 ? '-' : '+';
        if (a >= 100) *p++ = (char)('0' + a / 100);
        *p++ = (char)('0' + a / 10 % 10);
        *p++ = (char)('0' + a % 10);
    }
    out->len += (size_t)(p - start);
    out->p[out->len] = '\0';
    return NUMFMT_OK;
}

void numfmt_float_repr(Buf *out, double x)
{
    numfmt_float_to_string(out, x, 'r', 0, NUMFMT_DTS_ADD_DOT_0);
}

/* ---- float(str) ------------------------------------------------------------ */

/* Python's ASCII whitespace test (Py_ISSPACE), used after the Unicode
 * spaces have become ' '. */
static bool ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' ||
           c == '\r';
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Case-insensitive match of the ASCII word w at s[0..n). */
static bool word_is(const char *s, size_t n, const char *w)
{
    if (strlen(w) != n) return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != w[i]) return false;
    }
    return true;
}

/* Removes the underscores of a[0..*len) when each stands between two
 * digits; false when one does not. */
static bool drop_underscores(char *a, size_t *len)
{
    char prev = '\0';
    size_t w = 0;
    for (size_t i = 0; i < *len; i++) {
        char c = a[i];
        if (c == '_') {
            if (!is_digit(prev)) return false;
        } else {
            if (prev == '_' && !is_digit(c)) return false;
            a[w++] = c;
        }
        prev = c;
    }
    if (prev == '_') return false;
    *len = w;
    return true;
}

/* Parses the ASCII text s[0..len), whitespace already stripped. */
static bool parse_ascii_float(const char *s, size_t len, double *out)
{
    const char *p = s, *end = s + len;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    size_t ndig = 0;
    while (p < end && is_digit(*p)) p++, ndig++;
    if (p < end && *p == '.') {
        p++;
        while (p < end && is_digit(*p)) p++, ndig++;
    }
    if (ndig == 0) {
        /* not a number: inf, infinity or nan, after the sign */
        const char *w = s + (s < end && (*s == '+' || *s == '-'));
        size_t n = (size_t)(end - w);
        if (word_is(w, n, "inf") || word_is(w, n, "infinity")) {
            *out = neg ? -INFINITY : INFINITY;
            return true;
        }
        if (word_is(w, n, "nan")) {
            *out = neg ? -NAN : NAN;
            return true;
        }
        return false;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        /* an exponent counts only when digits follow */
        const char *q = p + 1;
        if (q < end && (*q == '+' || *q == '-')) q++;
        if (q < end && is_digit(*q)) {
            while (q < end && is_digit(*q)) q++;
            p = q;
        }
    }
    if (p != end) return false;
    /* The syntax is plain decimal now, which strtod reads exactly; out of
     * range gives +-inf or +-0.0 as in CPython. */
    char *copy = xstrndup(s, len);
    *out = strtod(copy, NULL);
    free(copy);
    return true;
}

NumfmtStatus numfmt_parse_float(const char *s, size_t len, double *out)
{
    /* CPython first maps Unicode whitespace to ' ' and Unicode decimal
     * digits to ASCII ones; any other non-ASCII character cannot parse. */
    Buf a = BUF_INIT;
    buf_reserve(&a, len);
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            buf_putc(&a, c);
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = uni_utf8_decode(s + i, len - i, &cp);
        int d;
        if (k == 0) {
            k = 1;
            buf_putc(&a, '?');
        } else if (uni_isspace(cp)) {
            buf_putc(&a, ' ');
        } else if ((d = uni_decimal(cp)) >= 0) {
            buf_putc(&a, '0' + d);
        } else {
            buf_putc(&a, '?');
        }
        i += k;
    }
    size_t n = a.len;
    bool ok = memchr(a.p, '_', n) == NULL || drop_underscores(a.p, &n);
    if (ok) {
        const char *b = a.p, *e = a.p + n;
        while (b < e && ascii_space(*b)) b++;
        while (e > b && ascii_space(e[-1])) e--;
        ok = b < e && parse_ascii_float(b, (size_t)(e - b), out);
    }
    buf_free(&a);
    return ok ? NUMFMT_OK : NUMFMT_VALUE_ERROR;
}

/* ---- round(x, n) ------------------------------------------------------------ */

double numfmt_round(double x, int64_t ndigits, bool *overflow)
{
    *overflow = false;
    if (!isfinite(x)) return x;
    /* Past 323 digits every double rounds to itself; below -308 every
     * double rounds to zero (CPython's NDIGITS_MAX and NDIGITS_MIN). */
    if (ndigits > 323) return x;
    if (ndigits < -308) return 0.0 * x;

    Digits dg;
    float_digits(x, 3, ndigits, &dg);
    /* Read the rounded digits back: "[-]0<digits>e<exp>". */
    Buf s = BUF_INIT;
    buf_printf(&s, "%s0%.*se%lld", dg.neg ? "-" : "", (int)dg.n, dg.d,
               (long long)(dg.decpt - dg.n));
    errno = 0;
    double r = strtod(s.p, NULL);
    if (errno == ERANGE && fabs(r) >= 1.0) *overflow = true;
    buf_free(&s);
    return r;
}
