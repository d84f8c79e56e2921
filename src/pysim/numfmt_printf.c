/* numfmt_printf.c — the numeric conversions of printf-style str % args
 * (%d %i %u %o %x %X and %e %E %f %F %g %G), as CPython 3.12's
 * PyUnicode_Format does them.
 *
 * A conversion first becomes a bare text ("-0x1f", "3.14") and is then
 * padded: with spaces before the sign and prefix, or with zeros after them
 * ('0' flag), or with spaces on the right ('-' flag).  The % parser itself
 * (and %s %r %a %c) belongs to the str object.  Invariant: nothing past
 * NUMFMT_MAX_LEN bytes is ever built. */
#include "pysim/numfmt.h"

#include <limits.h>
#include <string.h>

/* Appends count copies of c. */
static void put_run(Buf *out, char c, int64_t count)
{
    if (count <= 0) return;
    buf_reserve(out, (size_t)count);
    memset(out->p + out->len, c, (size_t)count);
    out->len += (size_t)count;
    out->p[out->len] = '\0';
}

/* Pads the converted text s[0..len) of conversion conv to width. */
static NumfmtStatus put_converted(Buf *out, const char *s, int64_t len,
                                  char conv, int flags, int width)
{
    char fill = (flags & NUMFMT_F_ZERO) ? '0' : ' ';
    char sign = 0;
    if (len > 0 && (s[0] == '-' || s[0] == '+')) {
        sign = s[0];
        s++;
        len--;
    } else if (flags & NUMFMT_F_SIGN) {
        sign = '+';
    } else if (flags & NUMFMT_F_BLANK) {
        sign = ' ';
    }
    int64_t w = width < len ? len : width;
    if (w + 1 > (int64_t)NUMFMT_MAX_LEN) return NUMFMT_TOO_BIG;

    /* with zero fill the sign and prefix go before the padding */
    if (sign && fill != ' ') buf_putc(out, sign);
    if (sign && w > len) w--;
    bool prefix = (flags & NUMFMT_F_ALT) &&
                  (conv == 'x' || conv == 'X' || conv == 'o');
    const char *pre = s;
    if (prefix) {
        if (fill != ' ') buf_put(out, pre, 2);
        s += 2;
        len -= 2;
        w -= 2;
        if (w < 0) w = 0;
    }
    if (w > len && !(flags & NUMFMT_F_LJUST)) {
        put_run(out, fill, w - len);
        w = len;
    }
    if (fill == ' ') {
        if (sign) buf_putc(out, sign);
        if (prefix) buf_put(out, pre, 2);
    }
    buf_put(out, s, (size_t)len);
    put_run(out, ' ', w - len);
    return NUMFMT_OK;
}

NumfmtStatus numfmt_printf_float(Buf *out, double x, char conv, int flags,
                                 int width, int prec)
{
    if (prec < 0) prec = 6;
    Buf s = BUF_INIT;
    NumfmtStatus st = numfmt_float_to_string(
        &s, x, conv, prec, (flags & NUMFMT_F_ALT) ? NUMFMT_DTS_ALT : 0);
    if (st == NUMFMT_OK)
        st = put_converted(out, s.p, (int64_t)s.len, conv, flags, width);
    buf_free(&s);
    return st;
}

NumfmtStatus numfmt_printf_int(Buf *out, bool negative, const char *digits,
                               size_t n, char conv, int flags, int width,
                               int prec, Buf *err)
{
    if (prec > INT_MAX - 3) {
        buf_puts(err, "precision too large");
        return NUMFMT_OVERFLOW_ERROR;
    }
    if (prec > (int64_t)NUMFMT_MAX_LEN) return NUMFMT_TOO_BIG;
    if (n == 0) {
        digits = "0";
        n = 1;
    }
    /* "-0x001f": sign, the prefix only with '#', zeros up to prec digits */
    Buf s = BUF_INIT;
    if (negative) buf_putc(&s, '-');
    if ((flags & NUMFMT_F_ALT) && (conv == 'o' || conv == 'x' || conv == 'X')) {
        buf_putc(&s, '0');
        buf_putc(&s, conv);
    }
    put_run(&s, '0', (int64_t)prec - (int64_t)n);
    for (size_t i = 0; i < n; i++) {
        char c = digits[i];
        if (conv == 'X' && c >= 'a' && c <= 'f') c = (char)(c - 32);
        if (conv == 'x' && c >= 'A' && c <= 'F') c = (char)(c + 32);
        buf_putc(&s, c);
    }
    NumfmtStatus st = put_converted(out, s.p, (int64_t)s.len, conv, flags, width);
    buf_free(&s);
    return st;
}
