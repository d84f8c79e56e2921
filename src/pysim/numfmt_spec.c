/* numfmt_spec.c — the format-spec mini-language: format(x, spec),
 * f"{x:spec}" and str.format for int, float and str, as CPython 3.12's
 * Python/formatter_unicode.c does it.
 *
 * A spec is parsed once (numfmt_parse_spec), with every check CPython makes
 * before it looks at the value, in CPython's order, so the first error
 * reported is CPython's.  Numbers are then laid out as
 *     <lpad><sign><prefix><spad><grouped digits><point><remainder><rpad>
 * where at most one of the three paddings is not empty.  Invariant: widths
 * and precisions count code points, and nothing past NUMFMT_MAX_LEN bytes
 * is ever built. */
#include "pysim/numfmt.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "pysim/unicode.h"

/* ---- parsing ---------------------------------------------------------------- */

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* Writes a type code the way CPython's messages do: 'x', or '\x20' for
 * anything outside printable ASCII (a space included). */
static void put_code(Buf *err, uint32_t c)
{
    if (c > 32 && c < 128) buf_printf(err, "'%c'", (int)c);
    else buf_printf(err, "'\\x%x'", (unsigned)c);
}

/* Reads a run of decimal digits (Unicode ones count) at cps[*pos..n) into
 * *value.  Returns how many digits it read (0: *value untouched), or -1
 * with the message in err when the number passes INT64_MAX. */
static int64_t get_integer(const uint32_t *cps, size_t n, size_t *pos,
                           int64_t *value, Buf *err)
{
    int64_t acc = 0, count = 0;
    for (; *pos < n; (*pos)++, count++) {
        int d = uni_decimal(cps[*pos]);
        if (d < 0) break;
        if (acc > (INT64_MAX - d) / 10) {
            buf_puts(err, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    if (count) *value = acc;
    return count;
}

/* Whether the code point t is one of the ASCII characters in set. */
static bool in_set(uint32_t t, const char *set)
{
    return t != 0 && t < 128 && strchr(set, (int)t) != NULL;
}

/* Whether type exists for the kind (CPython's per-type dispatch). */
static bool type_known(NumfmtKind kind, uint32_t type)
{
    switch (kind) {
    case NUMFMT_STR: return type == 's';
    case NUMFMT_INT: return in_set(type, "bcdoxXneEfFgG%");
    default: return type == 0 || in_set(type, "eEfFgGn%");
    }
}

/* What parse_cps found. */
enum { SPEC_OK, SPEC_ERROR /* message in err */, SPEC_INVALID };

/* Parses the decoded spec cps[0..n) into f (which holds the defaults). */
static int parse_cps(const uint32_t *cps, size_t n, NumfmtKind kind, FmtSpec *f,
                     Buf *err)
{
    bool fill_given = false, align_given = false;
    size_t pos = 0;

    if (n >= 2 && is_align(cps[1])) {
        f->fill = cps[0];
        f->align = (char)cps[1];
        fill_given = align_given = true;
        pos = 2;
    } else if (n >= 1 && is_align(cps[0])) {
        f->align = (char)cps[0];
        align_given = true;
        pos = 1;
    }
    if (pos < n && (cps[pos] == ' ' || cps[pos] == '+' || cps[pos] == '-'))
        f->sign = (char)cps[pos++];
    if (pos < n && cps[pos] == 'z') {
        f->no_neg_zero = true;
        pos++;
    }
    if (pos < n && cps[pos] == '#') {
        f->alternate = true;
        pos++;
    }
    /* A leading '0' means zero fill; for numbers also '=' alignment
     * (after the sign) unless an alignment was given. */
    if (!fill_given && pos < n && cps[pos] == '0') {
        f->fill = '0';
        if (!align_given && kind != NUMFMT_STR) f->align = '=';
        pos++;
    }
    if (get_integer(cps, n, &pos, &f->width, err) < 0) return SPEC_ERROR;
    if (pos < n && cps[pos] == ',') {
        f->grouping = ',';
        pos++;
    }
    if (pos < n && cps[pos] == '_') {
        if (f->grouping) goto both;
        f->grouping = '_';
        pos++;
    }
    /* ",," is left for the type check below: "Cannot specify ',' with ','." */
    if (pos < n && cps[pos] == ',' && f->grouping == '_') goto both;
    if (pos < n && cps[pos] == '.') {
        pos++;
        int64_t got = get_integer(cps, n, &pos, &f->precision, err);
        if (got < 0) return SPEC_ERROR;
        if (got == 0) {
            buf_puts(err, "Format specifier missing precision");
            return SPEC_ERROR;
        }
    }
    if (n - pos > 1) return SPEC_INVALID; /* the caller words this one */
    if (n - pos == 1) f->type = cps[pos];

    if (f->grouping) {
        uint32_t t = f->type;
        bool ok = t == 0 || in_set(t, "defgEG%F");
        /* '_' groups binary, octal and hex digits by four */
        if (!ok && f->grouping == '_' && in_set(t, "boxX")) ok = true;
        if (!ok) {
            buf_printf(err, "Cannot specify '%c' with ", f->grouping);
            put_code(err, t);
            buf_putc(err, '.');
            return SPEC_ERROR;
        }
    }
    return SPEC_OK;

both:
    buf_puts(err, "Cannot specify both ',' and '_'.");
    return SPEC_ERROR;
}

NumfmtStatus numfmt_parse_spec(const char *spec, size_t len, NumfmtKind kind,
                               const char *type_name, FmtSpec *out, Buf *err)
{
    FmtSpec f = {
        .kind = kind,
        .fill = ' ',
        .align = kind == NUMFMT_STR ? '<' : '>',
        .width = -1,
        .precision = -1,
        .type = kind == NUMFMT_STR ? 's' : kind == NUMFMT_INT ? 'd' : 0,
    };
    /* The rules count code points, so decode once. */
    uint32_t *cps = xmalloc((len + 1) * sizeof *cps);
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        size_t k = uni_utf8_decode(spec + i, len - i, &cps[n]);
        if (k == 0) {
            cps[n] = 0xFFFD;
            k = 1;
        }
        n++;
        i += k;
    }
    int got = parse_cps(cps, n, kind, &f, err);
    free(cps);
    if (got == SPEC_INVALID) {
        buf_puts(err, "Invalid format specifier '");
        buf_put(err, spec, len);
        buf_printf(err, "' for object of type '%.200s'", type_name);
    }
    if (got != SPEC_OK) return NUMFMT_VALUE_ERROR;
    if (!type_known(kind, f.type)) {
        buf_puts(err, "Unknown format code ");
        put_code(err, f.type);
        buf_printf(err, " for object of type '%.200s'", type_name);
        return NUMFMT_VALUE_ERROR;
    }
    *out = f;
    return NUMFMT_OK;
}

int numfmt_int_base(const FmtSpec *spec)
{
    switch (spec->type) {
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    case 'd': case 'n': case 'c': return 10;
    default: return 0;
    }
}

/* ---- padding and number layout ---------------------------------------------- */

/* Appends count copies of the fill code point. */
static void put_fill(Buf *out, uint32_t fill, int64_t count)
{
    if (count <= 0) return;
    Buf one = BUF_INIT;
    uni_utf8_encode(&one, fill);
    buf_reserve(out, one.len * (size_t)count);
    for (int64_t i = 0; i < count; i++) buf_put(out, one.p, one.len);
    buf_free(&one);
}

/* Bytes the fill code point takes in UTF-8. */
static int64_t fill_bytes(uint32_t fill)
{
    return fill < 0x80 ? 1 : fill < 0x800 ? 2 : fill < 0x10000 ? 3 : 4;
}

/* Appends digits[0..n) with sep between groups of size group (0: no
 * groups), padded on the left with zeros (and separators) to at least
 * min_width characters.  This is CPython's grouping walk: groups are cut
 * from the right, the leftmost one shortened to what is left to show. */
static void put_grouped(Buf *out, const char *digits, int64_t n,
                        int64_t min_width, int group, char sep)
{
    if (min_width < 0) min_width = 0;
    if (group == 0) {
        for (int64_t i = n; i < min_width; i++) buf_putc(out, '0');
        buf_put(out, digits, (size_t)n);
        return;
    }
    Buf rev = BUF_INIT;  /* built right to left, then reversed */
    int64_t remaining = n;
    for (bool first = true;; first = false) {
        int64_t len = group, want = remaining > min_width ? remaining : min_width;
        if (want < 1) want = 1;
        if (len > want) len = want;
        int64_t chars = remaining < len ? remaining : len;
        if (!first) buf_putc(&rev, sep);
        for (int64_t i = 0; i < chars; i++) buf_putc(&rev, digits[remaining - 1 - i]);
        for (int64_t i = chars; i < len; i++) buf_putc(&rev, '0');
        remaining -= chars;
        min_width -= len;
        if (remaining <= 0 && min_width <= 0) break;
        min_width -= 1;  /* the separator */
    }
    for (size_t i = 0; i < rev.len; i++) buf_putc(out, rev.p[rev.len - 1 - i]);
    buf_free(&rev);
}

/* The pieces of a formatted number. */
typedef struct NumParts {
    char sign;             /* the value's own sign: '-' or 0 */
    const char *prefix;    /* "0x" and the like, or "" */
    const char *digits;    /* integer digits, grouped */
    int64_t ndigits;
    bool point;            /* a decimal point follows the digits */
    const char *rest;      /* after the point, or after the digits */
    int64_t nrest;         /* its bytes */
    int64_t rest_chars;    /* its code points (differ only for 'c') */
    int group;             /* 0, 3 or 4 */
    char sep;              /* ',' or '_' */
} NumParts;

static NumfmtStatus put_number(Buf *out, const FmtSpec *spec, const NumParts *np)
{
    if (spec->width > (int64_t)NUMFMT_MAX_LEN) return NUMFMT_TOO_BIG;
    char sign = np->sign;
    if (spec->sign == '+' || spec->sign == ' ')
        sign = np->sign == '-' ? '-' : spec->sign;
    int64_t nprefix = (int64_t)strlen(np->prefix);
    int64_t nondigit = (sign != 0) + nprefix + np->point + np->rest_chars;
    /* zero fill with '=' pads inside the digits, separators and all */
    int64_t min_width = 0;
    if (spec->fill == '0' && spec->align == '=') min_width = spec->width - nondigit;

    Buf g = BUF_INIT;
    if (np->ndigits)
        put_grouped(&g, np->digits, np->ndigits, min_width, np->group, np->sep);
    int64_t pad = spec->width - (nondigit + (int64_t)g.len);
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (pad > 0) {
        switch (spec->align) {
        case '<': rpad = pad; break;
        case '^': lpad = pad / 2; rpad = pad - lpad; break;
        case '=': spad = pad; break;
        default: lpad = pad; break;
        }
    }
    int64_t total = (pad > 0 ? pad * fill_bytes(spec->fill) : 0) +
                    nondigit - np->rest_chars + np->nrest + (int64_t)g.len;
    if (total > (int64_t)NUMFMT_MAX_LEN) {
        buf_free(&g);
        return NUMFMT_TOO_BIG;
    }
    put_fill(out, spec->fill, lpad);
    if (sign) buf_putc(out, sign);
    buf_puts(out, np->prefix);
    put_fill(out, spec->fill, spad);
    buf_put(out, g.p, g.len);
    if (np->point) buf_putc(out, '.');
    buf_put(out, np->rest, (size_t)np->nrest);
    put_fill(out, spec->fill, rpad);
    buf_free(&g);
    return NUMFMT_OK;
}

/* ---- the three formatters ------------------------------------------------------ */

NumfmtStatus numfmt_format_float(Buf *out, double x, const FmtSpec *spec,
                                 Buf *err)
{
    if (spec->precision > INT_MAX) {
        buf_puts(err, "precision too big");
        return NUMFMT_VALUE_ERROR;
    }
    int precision = (int)spec->precision, default_precision = 6;
    unsigned flags = 0;
    if (spec->alternate) flags |= NUMFMT_DTS_ALT;
    if (spec->no_neg_zero) flags |= NUMFMT_DTS_NO_NEG_0;
    char type = (char)spec->type;
    if (type == 0) {
        /* like repr, or like 'g' with at least one digit after the point
         * when a precision is given */
        flags |= NUMFMT_DTS_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    bool percent = type == '%';
    if (percent) {
        type = 'f';
        x *= 100;
    }
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';

    Buf num = BUF_INIT;
    NumfmtStatus st = numfmt_float_to_string(&num, x, type, precision, flags);
    if (st != NUMFMT_OK) {
        buf_free(&num);
        return st;
    }
    if (percent) buf_putc(&num, '%');

    NumParts np = {.prefix = ""};
    const char *p = num.p, *end = num.p + num.len;
    if (*p == '-') {
        np.sign = '-';
        p++;
    }
    np.digits = p;
    while (p < end && *p >= '0' && *p <= '9') p++;
    np.ndigits = p - np.digits;
    np.point = p < end && *p == '.';
    if (np.point) p++;
    np.rest = p;
    np.nrest = np.rest_chars = end - p;
    /* 'n' groups as the C locale does: not at all */
    if (spec->grouping && spec->type != 'n') {
        np.group = 3;
        np.sep = spec->grouping;
    }
    st = put_number(out, spec, &np);
    buf_free(&num);
    return st;
}

/* Reads decimal digits as a C long (64 bits here), as PyLong_AsLong:
 * false when the value does not fit. */
static bool digits_to_long(bool negative, const char *d, size_t n, int64_t *v)
{
    uint64_t acc = 0, limit = negative ? (uint64_t)INT64_MAX + 1 : INT64_MAX;
    for (size_t i = 0; i < n; i++) {
        uint64_t dig = (uint64_t)(d[i] - '0');
        if (acc > (limit - dig) / 10) return false;
        acc = acc * 10 + dig;
    }
    *v = negative ? (int64_t)(0 - acc) : (int64_t)acc;
    return true;
}

NumfmtStatus numfmt_format_int(Buf *out, bool negative, const char *digits,
                               size_t ndigits, const FmtSpec *spec, Buf *err)
{
    if (spec->precision != -1) {
        buf_puts(err, "Precision not allowed in integer format specifier");
        return NUMFMT_VALUE_ERROR;
    }
    if (spec->no_neg_zero) {
        buf_puts(err, "Negative zero coercion (z) not allowed in integer "
                      "format specifier");
        return NUMFMT_VALUE_ERROR;
    }
    if (ndigits == 0) {
        digits = "0";
        ndigits = 1;
    }
    NumParts np = {.prefix = ""};
    if (spec->type == 'c') {
        if (spec->sign) {
            buf_puts(err, "Sign not allowed with integer format specifier 'c'");
            return NUMFMT_VALUE_ERROR;
        }
        if (spec->alternate) {
            buf_puts(err, "Alternate form (#) not allowed with integer "
                          "format specifier 'c'");
            return NUMFMT_VALUE_ERROR;
        }
        int64_t v;
        if (!digits_to_long(negative, digits, ndigits, &v)) {
            buf_puts(err, "Python int too large to convert to C long");
            return NUMFMT_OVERFLOW_ERROR;
        }
        if (v < 0 || v > 0x10FFFF) {
            buf_puts(err, "%c arg not in range(0x110000)");
            return NUMFMT_OVERFLOW_ERROR;
        }
        /* The character is laid out like the part after a number's
         * digits: padded, never grouped. */
        Buf ch = BUF_INIT;
        uni_utf8_encode(&ch, (uint32_t)v);
        np.rest = ch.p;
        np.nrest = (int64_t)ch.len;
        np.rest_chars = 1;
        NumfmtStatus st = put_number(out, spec, &np);
        buf_free(&ch);
        return st;
    }
    if (numfmt_int_base(spec) == 0) {
        buf_puts(err, "numfmt_format_int: float presentation type");
        return NUMFMT_VALUE_ERROR;
    }

    np.sign = negative ? '-' : 0;
    if (spec->alternate) {
        switch (spec->type) {
        case 'b': np.prefix = "0b"; break;
        case 'o': np.prefix = "0o"; break;
        case 'x': np.prefix = "0x"; break;
        case 'X': np.prefix = "0X"; break;
        default: break;
        }
    }
    /* hex digits in the case the type asks for */
    char *d = xstrndup(digits, ndigits);
    for (size_t i = 0; i < ndigits; i++) {
        if (spec->type == 'X' && d[i] >= 'a' && d[i] <= 'f') d[i] = (char)(d[i] - 32);
        if (spec->type == 'x' && d[i] >= 'A' && d[i] <= 'F') d[i] = (char)(d[i] + 32);
    }
    np.digits = d;
    np.ndigits = (int64_t)ndigits;
    np.rest = "";
    if (spec->grouping && spec->type != 'n') {
        np.group = numfmt_int_base(spec) == 10 ? 3 : 4;
        np.sep = spec->grouping;
    }
    NumfmtStatus st = put_number(out, spec, &np);
    free(d);
    return st;
}

NumfmtStatus numfmt_format_str(Buf *out, const char *utf8, size_t len,
                               const FmtSpec *spec, Buf *err)
{
    if (spec->sign) {
        buf_printf(err, "%s not allowed in string format specifier",
                   spec->sign == ' ' ? "Space" : "Sign");
        return NUMFMT_VALUE_ERROR;
    }
    if (spec->no_neg_zero) {
        buf_puts(err, "Negative zero coercion (z) not allowed in string "
                      "format specifier");
        return NUMFMT_VALUE_ERROR;
    }
    if (spec->alternate) {
        buf_puts(err, "Alternate form (#) not allowed in string format specifier");
        return NUMFMT_VALUE_ERROR;
    }
    if (spec->align == '=') {
        buf_puts(err, "'=' alignment not allowed in string format specifier");
        return NUMFMT_VALUE_ERROR;
    }
    int64_t n = (int64_t)uni_utf8_count(utf8, len);
    if (spec->precision >= 0 && n > spec->precision) {
        len = uni_utf8_offset(utf8, len, (size_t)spec->precision);
        n = spec->precision;
    }
    int64_t pad = spec->width > n ? spec->width - n : 0;
    if (spec->width > (int64_t)NUMFMT_MAX_LEN ||
        pad * fill_bytes(spec->fill) + (int64_t)len > (int64_t)NUMFMT_MAX_LEN)
        return NUMFMT_TOO_BIG;
    int64_t lpad = spec->align == '>' ? pad : spec->align == '^' ? pad / 2 : 0;
    put_fill(out, spec->fill, lpad);
    buf_put(out, utf8, len);
    put_fill(out, spec->fill, pad - lpad);
    return NUMFMT_OK;
}
