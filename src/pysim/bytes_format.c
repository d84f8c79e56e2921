/* bytes_format.c — bytes and text: `bytes % args` (printf-style
 * formatting, Objects/bytesobject.c's _PyBytes_FormatEx), bytes.hex() and
 * bytes.fromhex().
 *
 * The formatter walks the format exactly as CPython's does, so its errors
 * come in the same order with the same words ("not enough arguments for
 * format string", "unsupported format character 'y' (0x79) at index 1",
 * "incomplete format" ...), including its quirks: "%%" is recognised only
 * right after a '%', a list or dict argument is a "mapping", and a format
 * byte above 0x7f is a negative C char, so its error message cannot be
 * formatted either.  The numeric conversions are numfmt's, shared with
 * str % args.
 */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "pysim/bytes_impl.h"
#include "pysim/numfmt.h"
#include "pysim/obj.h"
#include "pysim/vm.h"

/* ---- bytes % args ---- */

/* getnextarg: the next argument, or "not enough arguments". BORROWED. */
static PyObj *next_arg(PyObj *args, int64_t arglen, int64_t *argidx)
{
    if (*argidx < arglen) {
        int64_t i = (*argidx)++;
        return arglen < 0 ? args : py_tuple_item(args, (size_t)i);
    }
    return py_err_format(&py_exc_TypeError, "not enough arguments for format string");
}

/* format_obj: the bytes of a %s / %b argument; NEW in *keep. */
static int bytes_of(PyObj *v, PyObj **keep)
{
    if (PY_BYTES_CHECK(v) || PY_BYTEARRAY_CHECK(v)) {
        *keep = py_newref(v);
        return 0;
    }
    bool found;
    PyObj *r = py_call_special(v, py_intern_c("__bytes__"), NULL, 0, &found);
    if (found) {
        if (!r) return -1;
        if (!PY_BYTES_CHECK(r)) {
            py_err_format(&py_exc_TypeError, "__bytes__ returned non-bytes (type %s)", py_type_name(r));
            py_decref(r);
            return -1;
        }
        *keep = r;
        return 0;
    }
    if (py_err_occurred()) return -1;
    py_err_format(&py_exc_TypeError,
                  "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                  py_type_name(v));
    return -1;
}

/* byte_converter for %c: a one-byte bytes/bytearray or an int < 256. */
static int char_of(PyObj *v, unsigned char *out)
{
    if ((PY_BYTES_CHECK(v) || PY_BYTEARRAY_CHECK(v)) && py_bytes_size(v) == 1) {
        *out = py_bytes_data(v)[0];
        return 0;
    }
    if (!PY_TYPE(v)->nb_index) {
        py_err_format(&py_exc_TypeError, "%%c requires an integer in range(256) or a single byte");
        return -1;
    }
    PyObj *i = py_number_index(v);
    if (!i) {
        if (py_err_matches((PyObj *)&py_exc_TypeError)) {
            py_err_clear();
            py_err_format(&py_exc_TypeError, "%%c requires an integer in range(256) or a single byte");
        }
        return -1;
    }
    int64_t n;
    bool fits = py_int_as_i64(i, &n);
    py_decref(i);
    if (!fits || n < 0 || n > 255) {
        py_err_format(&py_exc_OverflowError, "%%c arg not in range(256)");
        return -1;
    }
    *out = (unsigned char)n;
    return 0;
}

static int too_big(void)
{
    py_err_no_memory();
    return -1;
}

/* %d %i %u %o %x %X: formatlong, then numfmt's padding rules. */
static int format_int(Buf *out, PyObj *v, int c, int flags, int64_t width, int prec)
{
    int type = c == 'i' ? 'd' : c;
    bool wants_index = type == 'o' || type == 'x' || type == 'X';
    PyObj *iobj = NULL;
    if (PY_INT_CHECK(v)) {
        iobj = py_newref(v);
    } else if (PY_TYPE(v)->nb_index || PY_TYPE(v)->nb_int || PY_TYPE(v)->nb_float) {
        iobj = wants_index ? py_number_index(v) : py_number_int(v);
        if (!iobj && !py_err_matches((PyObj *)&py_exc_TypeError)) return -1;
        py_err_clear();
    }
    if (!iobj) {
        py_err_format(&py_exc_TypeError, "%%%c format: %s is required, not %s", type,
                      wants_index ? "an integer" : "a real number", py_type_name(v));
        return -1;
    }
    PyObj *digits = py_int_to_str(iobj, type == 'o' ? 8 : wants_index ? 16 : 10);
    py_decref(iobj);
    if (!digits) return -1;
    const char *d = py_str_utf8(digits);
    size_t n = py_str_nbytes(digits);
    bool negative = n && d[0] == '-';
    if (width > 0 && (width > INT_MAX || (size_t)width > py_vm->heap.max_bytes)) {
        py_decref(digits);
        return too_big();
    }
    Buf err = BUF_INIT;
    NumfmtStatus st = numfmt_printf_int(out, negative, d + negative, n - negative, (char)c, flags, (int)width,
                                        prec, &err);
    py_decref(digits);
    if (st == NUMFMT_OVERFLOW_ERROR) py_err_format(&py_exc_OverflowError, "%s", err.p ? err.p : "");
    buf_free(&err);
    if (st == NUMFMT_OK) return 0;
    return st == NUMFMT_OVERFLOW_ERROR ? -1 : too_big();
}

/* %e %E %f %F %g %G: PyFloat_AsDouble, any failure reworded. */
static int format_float(Buf *out, PyObj *v, int c, int flags, int64_t width, int prec)
{
    double x;
    if (py_as_double(v, &x) < 0) {
        py_err_clear();
        py_err_format(&py_exc_TypeError, "float argument required, not %s", py_type_name(v));
        return -1;
    }
    if (width > 0 && (width > INT_MAX || (size_t)width > py_vm->heap.max_bytes)) return too_big();
    if (numfmt_printf_float(out, x, (char)c, flags, (int)width, prec) != NUMFMT_OK) return too_big();
    return 0;
}

/* Reads a '*' width or precision argument ("* wants int"). */
static int star_arg(PyObj *args, int64_t arglen, int64_t *argidx, int64_t *out)
{
    PyObj *v = next_arg(args, arglen, argidx);
    if (!v) return -1;
    if (!PY_INT_CHECK(v)) {
        py_err_format(&py_exc_TypeError, "* wants int");
        return -1;
    }
    if (!py_int_as_i64(v, out)) {
        py_err_format(&py_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

/* The error for an unknown conversion; c is CPython's (signed) char. */
static void unsupported_char(int c, int64_t index)
{
    if (c < 0) {
        py_err_format(&py_exc_OverflowError, "character argument not in range(0x110000)");
        return;
    }
    py_err_format(&py_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd", c, c, index);
}

PyObj *py_bytes_percent(const unsigned char *format, size_t flen, PyObj *args, bool as_bytearray)
{
    /* a copy: converting an argument may run code that changes a bytearray */
    char *start = xmalloc(flen + 1);
    memcpy(start, format, flen);
    start[flen] = 0;
    const char *fmt = start;
    int64_t fmtcnt = (int64_t)flen;
    Buf out = BUF_INIT;
    PyObj *owned = NULL; /* args replaced by a mapping's value */
    PyObj *result = NULL;
    int64_t arglen = -1, argidx = -2;
    if (PY_TUPLE_CHECK(args)) {
        arglen = (int64_t)py_tuple_size(args);
        argidx = 0;
    }
    PyObj *dict = NULL;
    if (PY_TYPE(args)->mp_subscript && !PY_TUPLE_CHECK(args) && !PY_BYTES_CHECK(args) && !PY_STR_CHECK(args) &&
        !PY_BYTEARRAY_CHECK(args))
        dict = args;

    while (--fmtcnt >= 0) {
        if (*fmt != '%') {
            const char *pos = memchr(fmt + 1, '%', (size_t)fmtcnt);
            int64_t len = pos ? pos - fmt : fmtcnt + 1;
            buf_put(&out, fmt, (size_t)len);
            fmt += len;
            fmtcnt -= len - 1;
            continue;
        }
        int flags = 0, prec = -1, c = 0;
        int64_t width = -1;
        fmt++;
        if (*fmt == '%') {
            buf_putc(&out, '%');
            fmt++;
            fmtcnt--;
            continue;
        }
        if (*fmt == '(') {
            if (!dict) {
                py_err_format(&py_exc_TypeError, "format requires a mapping");
                goto error;
            }
            ++fmt;
            --fmtcnt;
            const char *keystart = fmt;
            int pcount = 1;
            while (pcount > 0 && --fmtcnt >= 0) {
                if (*fmt == ')') --pcount;
                else if (*fmt == '(') ++pcount;
                fmt++;
            }
            if (fmtcnt < 0 || pcount > 0) {
                py_err_format(&py_exc_ValueError, "incomplete format key");
                goto error;
            }
            PyObj *key = py_bytes_new(keystart, (size_t)(fmt - keystart - 1));
            if (!key) goto error;
            py_clear(&owned);
            owned = py_getitem(dict, key);
            py_decref(key);
            if (!owned) goto error;
            args = owned;
            arglen = -1;
            argidx = -2;
        }
        /* flags */
        while (--fmtcnt >= 0) {
            switch (c = (signed char)*fmt++) {
            case '-': flags |= NUMFMT_F_LJUST; continue;
            case '+': flags |= NUMFMT_F_SIGN; continue;
            case ' ': flags |= NUMFMT_F_BLANK; continue;
            case '#': flags |= NUMFMT_F_ALT; continue;
            case '0': flags |= NUMFMT_F_ZERO; continue;
            }
            break;
        }
        /* width */
        if (c == '*') {
            if (star_arg(args, arglen, &argidx, &width) < 0) goto error;
            if (width < 0) {
                flags |= NUMFMT_F_LJUST;
                width = -width;
            }
            if (--fmtcnt >= 0) c = (signed char)*fmt++;
        } else if (c >= 0 && isdigit(c)) {
            width = c - '0';
            while (--fmtcnt >= 0) {
                c = (unsigned char)*fmt++;
                if (!isdigit(c)) break;
                if (width > (INT64_MAX - (c - '0')) / 10) {
                    py_err_format(&py_exc_ValueError, "width too big");
                    goto error;
                }
                width = width * 10 + (c - '0');
            }
        }
        /* precision */
        if (c == '.') {
            prec = 0;
            if (--fmtcnt >= 0) c = (signed char)*fmt++;
            if (c == '*') {
                int64_t p;
                if (star_arg(args, arglen, &argidx, &p) < 0) {
                    if (py_err_matches((PyObj *)&py_exc_OverflowError)) {
                        py_err_clear();
                        py_err_format(&py_exc_OverflowError, "Python int too large to convert to C int");
                    }
                    goto error;
                }
                if (p > INT_MAX || p < INT_MIN) {
                    py_err_format(&py_exc_OverflowError, "Python int too large to convert to C int");
                    goto error;
                }
                prec = p < 0 ? 0 : (int)p;
                if (--fmtcnt >= 0) c = (signed char)*fmt++;
            } else if (c >= 0 && isdigit(c)) {
                prec = c - '0';
                while (--fmtcnt >= 0) {
                    c = (unsigned char)*fmt++;
                    if (!isdigit(c)) break;
                    if (prec > (INT_MAX - (c - '0')) / 10) {
                        py_err_format(&py_exc_ValueError, "prec too big");
                        goto error;
                    }
                    prec = prec * 10 + (c - '0');
                }
            }
        }
        if (fmtcnt >= 0 && (c == 'h' || c == 'l' || c == 'L')) {
            if (--fmtcnt >= 0) c = (signed char)*fmt++;
        }
        if (fmtcnt < 0) {
            py_err_format(&py_exc_ValueError, "incomplete format");
            goto error;
        }
        PyObj *v = next_arg(args, arglen, &argidx);
        if (!v) goto error;

        PyObj *temp = NULL;
        const unsigned char *pbuf = NULL;
        int64_t len = 0;
        unsigned char onechar;
        switch (c) {
        case 'r':
        case 'a':
            temp = py_ascii(v);
            if (!temp) goto error;
            pbuf = (const unsigned char *)py_str_utf8(temp);
            len = (int64_t)py_str_nbytes(temp);
            break;
        case 's':
        case 'b':
            if (bytes_of(v, &temp) < 0) goto error;
            pbuf = py_bytes_data(temp);
            len = (int64_t)py_bytes_size(temp);
            break;
        case 'i':
        case 'd':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
            if (format_int(&out, v, c, flags, width, prec) < 0) goto error;
            goto converted;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            if (format_float(&out, v, c, flags, width, prec) < 0) goto error;
            goto converted;
        case 'c':
            if (char_of(v, &onechar) < 0) goto error;
            pbuf = &onechar;
            len = 1;
            prec = -1;
            break;
        default:
            unsupported_char(c, (int64_t)(fmt - 1 - start));
            goto error;
        }
        /* text conversions: precision cuts, width pads with spaces */
        if (prec >= 0 && len > prec) len = prec;
        if (width > len && (size_t)width > py_vm->heap.max_bytes) {
            py_xdecref(temp);
            too_big();
            goto error;
        }
        if (width > len && !(flags & NUMFMT_F_LJUST))
            for (int64_t k = len; k < width; k++) buf_putc(&out, ' ');
        buf_put(&out, pbuf, (size_t)len);
        if (width > len && (flags & NUMFMT_F_LJUST))
            for (int64_t k = len; k < width; k++) buf_putc(&out, ' ');
        py_xdecref(temp);
    converted:
        if (dict && argidx < arglen) {
            py_err_format(&py_exc_TypeError, "not all arguments converted during bytes formatting");
            goto error;
        }
    }
    if (argidx < arglen && !dict) {
        py_err_format(&py_exc_TypeError, "not all arguments converted during bytes formatting");
        goto error;
    }
    result = as_bytearray ? py_bytearray_new(out.p, out.len) : py_bytes_new(out.p, out.len);
error:
    py_xdecref(owned);
    buf_free(&out);
    free(start);
    return result;
}

/* ---- hex ---- */

static const char hexdigits[] = "0123456789abcdef";

PyObj *py_bytes_hex(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"sep", "bytes_per_sep"};
    PyObj *v[2];
    int per = 1;
    if (py_bytes_parse_kw("hex", args, nargs, kwnames, names, 2, v) < 0) return NULL;
    if (v[1] && py_bytes_int_arg(v[1], &per) < 0) return NULL;
    unsigned char sep = 0;
    if (v[0]) {
        int64_t seplen = py_len(v[0]);
        if (seplen < 0) return NULL;
        if (seplen != 1) return py_err_format(&py_exc_ValueError, "sep must be length 1.");
        uint32_t sc;
        if (PY_STR_CHECK(v[0])) {
            size_t n;
            uint32_t *cps = py_str_to_ucs4(v[0], &n);
            sc = cps[0];
            free(cps);
        } else if (PY_BYTES_CHECK(v[0])) {
            /* a C char: bytes above 0x7f are negative, hence "not ASCII" */
            sc = py_bytes_data(v[0])[0];
        } else {
            return py_err_format(&py_exc_TypeError, "sep must be str or bytes.");
        }
        if (sc > 127) return py_err_format(&py_exc_ValueError, "sep must be ASCII.");
        sep = (unsigned char)sc;
    } else {
        per = 0;
    }
    /* read only now: the conversions above may have changed a bytearray */
    const unsigned char *data = py_bytes_data(self);
    size_t len = py_bytes_size(self);
    size_t group = per < 0 ? (size_t)(-(int64_t)per) : (size_t)per;
    Buf b = BUF_INIT;
    for (size_t i = 0; i < len; i++) {
        if (group && i > 0 && ((per < 0 && i % group == 0) || (per > 0 && (len - i) % group == 0)))
            buf_putc(&b, (char)sep);
        buf_putc(&b, hexdigits[data[i] >> 4]);
        buf_putc(&b, hexdigits[data[i] & 15]);
    }
    return py_str_from_buf(&b);
}

/* ---- fromhex ---- */

static int hex_value(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

PyObj *py_bytes_fromhex(PyObj *cls, PyObj *s)
{
    if (!PY_STR_CHECK(s))
        return py_err_format(&py_exc_TypeError, "fromhex() argument must be str, not %s",
                             s == PY_NONE ? "None" : py_type_name(s));
    const unsigned char *p = (const unsigned char *)py_str_utf8(s);
    size_t n = py_str_nbytes(s);
    if ((int64_t)n != py_str_len(s)) {
        /* not ASCII: the first non-ASCII character is the culprit */
        size_t i = 0;
        while (p[i] < 0x80) i++;
        return py_err_format(&py_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd",
                             (int64_t)i);
    }
    Buf b = BUF_INIT;
    for (size_t i = 0; i < n;) {
        if (ascii_space(p[i])) {
            while (i < n && ascii_space(p[i])) i++;
            if (i >= n) break;
        }
        int top = hex_value(p[i]);
        int bot = i + 1 < n ? hex_value(p[i + 1]) : -1;
        if (top < 0 || bot < 0) {
            buf_free(&b);
            return py_err_format(&py_exc_ValueError,
                                 "non-hexadecimal number found in fromhex() arg at position %zd",
                                 (int64_t)(top < 0 ? i : i + 1));
        }
        buf_putc(&b, (char)(top << 4 | bot));
        i += 2;
    }
    PyType *t = (PyType *)cls;
    bool ba = py_type_is_subtype(t, &py_bytearray_type);
    PyObj *r = ba ? py_bytearray_new(b.p, b.len) : py_bytes_new(b.p, b.len);
    buf_free(&b);
    if (r && t != &py_bytes_type && t != &py_bytearray_type) {
        /* a subclass: cls(result) */
        PyObj *sub = py_call1(cls, r);
        py_decref(r);
        r = sub;
    }
    return r;
}
