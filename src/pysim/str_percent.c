/* str_percent.c — printf-style formatting: str % args (PyUnicode_Format).
 *
 * The parser walks the format string with CPython's own counters (fmtpos,
 * fmtcnt over code points, reading one past the end as the terminating
 * NUL), so every malformed format fails with the same message, after the
 * same arguments were consumed, as in python3.12: "incomplete format",
 * "not enough arguments for format string", "unsupported format character
 * 'y' (0x79) at index 1" ...  The numeric conversions are numfmt's
 * (numfmt_printf_int / numfmt_printf_float); %s %r %a %c are padded here.
 *
 * Identity: "%s" % s is s itself (the whole result is one str written
 * last), as a StrWriter (str_methods.h) reproduces.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "pysim/numfmt.h"
#include "pysim/obj.h"
#include "pysim/str_impl.h"
#include "pysim/str_methods.h"
#include "pysim/unicode.h"
#include "pysim/vm.h"

typedef struct Pct {
    PyObj *fmt;
    uint32_t *cps;      /* the format's code points, then a 0 */
    int64_t len, fmtpos, fmtcnt;
    PyObj *args;        /* what arguments are taken from (BORROWED or owned) */
    bool args_owned;
    int64_t arglen, argidx;
    PyObj *dict;        /* the mapping argument of %(key)s, or NULL */
    StrWriter w;
} Pct;

typedef struct Arg {
    uint32_t ch;
    int flags;
    int64_t width, prec;
} Arg;

#define READ(c) ((c)->cps[(c)->fmtpos])

static PyObj *next_arg(Pct *c)
{
    if (c->argidx < c->arglen) {
        int64_t i = c->argidx++;
        return c->arglen < 0 ? c->args : py_tuple_item(c->args, (size_t)i);
    }
    return py_err_format(&py_exc_TypeError, "not enough arguments for format string");
}

/* A '*' width or precision: an int argument. */
static int star_arg(Pct *c, int64_t *out, bool is_prec)
{
    PyObj *v = next_arg(c);
    if (!v) return -1;
    if (!PY_INT_CHECK(v)) {
        py_err_format(&py_exc_TypeError, "* wants int");
        return -1;
    }
    if (!py_int_as_i64(v, out) || (is_prec && (*out > INT_MAX || *out < INT_MIN))) {
        py_err_format(&py_exc_OverflowError, "Python int too large to convert to C %s", is_prec ? "int" : "ssize_t");
        return -1;
    }
    return 0;
}

/* unicode_format_arg_parse: mapping key, flags, width, precision, length
 * modifier; leaves the conversion character in a->ch. */
static int parse_arg(Pct *c, Arg *a)
{
    if (a->ch == '(') {
        if (!c->dict) {
            py_err_format(&py_exc_TypeError, "format requires a mapping");
            return -1;
        }
        c->fmtpos++;
        c->fmtcnt--;
        int64_t keystart = c->fmtpos;
        int pcount = 1;
        while (pcount > 0 && --c->fmtcnt >= 0) {
            a->ch = READ(c);
            if (a->ch == ')') pcount--;
            else if (a->ch == '(') pcount++;
            c->fmtpos++;
        }
        int64_t keylen = c->fmtpos - keystart - 1;
        if (c->fmtcnt < 0 || pcount > 0) {
            py_err_format(&py_exc_ValueError, "incomplete format key");
            return -1;
        }
        PyObj *key = py_str_from_ucs4(c->cps + keystart, (size_t)keylen);
        if (!key) return -1;
        if (c->args_owned) {
            c->args_owned = false;
            py_decref(c->args);
        }
        c->args = py_getitem(c->dict, key);
        py_decref(key);
        if (!c->args) return -1;
        c->args_owned = true;
        c->arglen = -1;
        c->argidx = -2;
    }
    while (--c->fmtcnt >= 0) {
        a->ch = READ(c);
        c->fmtpos++;
        int f = a->ch == '-' ? NUMFMT_F_LJUST : a->ch == '+' ? NUMFMT_F_SIGN : a->ch == ' ' ? NUMFMT_F_BLANK
              : a->ch == '#' ? NUMFMT_F_ALT : a->ch == '0' ? NUMFMT_F_ZERO : 0;
        if (!f) break;
        a->flags |= f;
    }
    if (a->ch == '*') {
        if (star_arg(c, &a->width, false) < 0) return -1;
        if (a->width < 0) {
            a->flags |= NUMFMT_F_LJUST;
            a->width = -a->width;
        }
        if (--c->fmtcnt >= 0) {
            a->ch = READ(c);
            c->fmtpos++;
        }
    } else if (a->ch >= '0' && a->ch <= '9') {
        a->width = a->ch - '0';
        while (--c->fmtcnt >= 0) {
            a->ch = READ(c);
            c->fmtpos++;
            if (a->ch < '0' || a->ch > '9') break;
            if (a->width > (INT64_MAX - (int)(a->ch - '0')) / 10) {
                py_err_format(&py_exc_ValueError, "width too big");
                return -1;
            }
            a->width = a->width * 10 + (a->ch - '0');
        }
    }
    if (a->ch == '.') {
        a->prec = 0;
        if (--c->fmtcnt >= 0) {
            a->ch = READ(c);
            c->fmtpos++;
        }
        if (a->ch == '*') {
            if (star_arg(c, &a->prec, true) < 0) return -1;
            if (a->prec < 0) a->prec = 0;
            if (--c->fmtcnt >= 0) {
                a->ch = READ(c);
                c->fmtpos++;
            }
        } else if (a->ch >= '0' && a->ch <= '9') {
            a->prec = a->ch - '0';
            while (--c->fmtcnt >= 0) {
                a->ch = READ(c);
                c->fmtpos++;
                if (a->ch < '0' || a->ch > '9') break;
                if (a->prec > (INT_MAX - (int)(a->ch - '0')) / 10) {
                    py_err_format(&py_exc_ValueError, "precision too big");
                    return -1;
                }
                a->prec = a->prec * 10 + (a->ch - '0');
            }
        }
    }
    if (c->fmtcnt >= 0 && (a->ch == 'h' || a->ch == 'l' || a->ch == 'L')) {
        if (--c->fmtcnt >= 0) {
            a->ch = READ(c);
            c->fmtpos++;
        }
    }
    if (c->fmtcnt < 0) {
        py_err_format(&py_exc_ValueError, "incomplete format");
        return -1;
    }
    return 0;
}

/* Widths the simulator will not build (CPython would, given the memory). */
static int check_size(int64_t n)
{
    if (n < 0 || (uint64_t)n <= NUMFMT_MAX_LEN) return 0;
    py_stop_limit("formatted text longer than the simulator's limit of %zu bytes", (size_t)NUMFMT_MAX_LEN);
    return -1;
}

/* unicode_format_arg_output for %s %r %a %c: the string cut to the
 * precision (not for %c) and padded with spaces to the width. */
static int output_str(Pct *c, const Arg *a, PyObj *str)
{
    int64_t len = py_str_len(str);
    if ((a->width == -1 || a->width <= len) && (a->prec == -1 || a->prec >= len) &&
        !(a->flags & (NUMFMT_F_SIGN | NUMFMT_F_BLANK))) {
        py_strw_str(&c->w, str);
        return 0;
    }
    if (a->ch != 'c' && a->prec >= 0 && len > a->prec) len = a->prec;
    int64_t width = a->width < len ? len : a->width;
    if (check_size(width) < 0) return -1;
    Buf b = BUF_INIT;
    if (!(a->flags & NUMFMT_F_LJUST))
        for (int64_t i = len; i < width; i++) buf_putc(&b, ' ');
    StrText t = py_strmeth_text(str);
    buf_put(&b, t.p, py_strmeth_off(&t, len));
    if (a->flags & NUMFMT_F_LJUST)
        for (int64_t i = len; i < width; i++) buf_putc(&b, ' ');
    py_strw_text(&c->w, b.p, b.len);
    buf_free(&b);
    return 0;
}

/* %c: a one-character str or an int code point (via __index__). */
static int64_t format_char(PyObj *v)
{
    if (PY_STR_CHECK(v)) {
        if (py_str_len(v) == 1) {
            uint32_t cp;
            uni_utf8_decode(py_str_utf8(v), py_str_nbytes(v), &cp);
            return cp;
        }
    } else if (PY_TYPE(v)->nb_index) {
        PyObj *i = py_number_index(v);
        if (!i) return -1;
        int64_t x;
        bool ok = py_int_as_i64(i, &x);
        py_decref(i);
        if (!ok || x < 0 || x > UNI_MAX_CP) {
            py_err_format(&py_exc_OverflowError, "%%c arg not in range(0x110000)");
            return -1;
        }
        return x;
    }
    py_err_format(&py_exc_TypeError, "%%c requires int or char");
    return -1;
}

/* mainformatlong: %d %i %u %o %x %X. */
static int format_long(Pct *c, const Arg *a, PyObj *v)
{
    PyType *t = PY_TYPE(v);
    char type = (char)a->ch;
    bool intonly = type == 'o' || type == 'x' || type == 'X';
    PyObj *iobj;
    if (!t->nb_index && !t->nb_int && !t->nb_float) goto wrongtype;
    if (PY_INT_CHECK(v)) {
        iobj = py_newref(v);
    } else {
        iobj = intonly ? py_number_index(v) : py_number_int(v);
        if (!iobj) {
            if (py_err_matches((PyObj *)&py_exc_TypeError)) {
                py_err_clear();
                goto wrongtype;
            }
            return -1;
        }
    }
    int base = type == 'o' ? 8 : intonly ? 16 : 10;
    PyObj *digits = py_int_to_str(iobj, base);
    py_decref(iobj);
    if (!digits) return -1;
    const char *d = py_str_utf8(digits);
    size_t n = py_str_nbytes(digits);
    bool neg = n && d[0] == '-';
    if (check_size(a->width) < 0 || check_size(a->prec) < 0) {
        py_decref(digits);
        return -1;
    }
    Buf out = BUF_INIT, err = BUF_INIT;
    NumfmtStatus st = numfmt_printf_int(&out, neg, d + neg, n - neg, type, a->flags, (int)a->width, (int)a->prec, &err);
    py_decref(digits);
    if (st != NUMFMT_OK) {
        buf_free(&out);
        return py_strmeth_numfmt_error(st, &err);
    }
    buf_free(&err);
    py_strw_text(&c->w, out.p, out.len);
    buf_free(&out);
    return 0;
wrongtype:
    py_err_format(&py_exc_TypeError, "%%%c format: %s is required, not %s", (unsigned)type,
                  intonly ? "an integer" : "a real number", py_type_name(v));
    return -1;
}

static int format_float(Pct *c, const Arg *a, PyObj *v)
{
    double x;
    if (py_as_double(v, &x) < 0) return -1;
    if (check_size(a->width) < 0 || check_size(a->prec) < 0) return -1;
    Buf out = BUF_INIT, err = BUF_INIT;
    NumfmtStatus st = numfmt_printf_float(&out, x, (char)a->ch, a->flags, (int)a->width, (int)a->prec);
    if (st != NUMFMT_OK) {
        buf_free(&out);
        return py_strmeth_numfmt_error(st, &err);
    }
    py_strw_text(&c->w, out.p, out.len);
    buf_free(&out);
    return 0;
}

/* unicode_format_arg_format + output: one conversion, its argument taken. */
static int format_arg(Pct *c, Arg *a)
{
    if (c->fmtcnt == 0) c->w.overallocate = false;
    PyObj *v = next_arg(c);
    if (!v) return -1;
    PyObj *str = NULL;
    switch (a->ch) {
    case 's':
    case 'r':
    case 'a':
        if (PY_IS_TYPE(v, py_int_type) && a->width == -1 && a->prec == -1) {
            str = py_str(v); /* written as digits, never as the object */
            if (!str) return -1;
            py_strw_text(&c->w, py_str_utf8(str), py_str_nbytes(str));
            py_decref(str);
            return 0;
        }
        if (PY_IS_TYPE(v, py_str_type) && a->ch == 's') str = py_newref(v);
        else str = a->ch == 's' ? py_str(v) : a->ch == 'r' ? py_repr(v) : py_ascii(v);
        break;
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        return format_long(c, a, v);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
        return format_float(c, a, v);
    case 'c': {
        int64_t ch = format_char(v);
        if (ch < 0) return -1;
        Buf b = BUF_INIT;
        uni_utf8_encode(&b, (uint32_t)ch);
        if (a->width == -1 && a->prec == -1) {
            py_strw_text(&c->w, b.p, b.len);
            buf_free(&b);
            return 0;
        }
        str = py_str_from_buf(&b);
        break;
    }
    default:
        py_err_format(&py_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                      (31 <= a->ch && a->ch <= 126) ? a->ch : (uint32_t)'?', (unsigned)a->ch, c->fmtpos - 1);
        return -1;
    }
    if (!str) return -1;
    int rc = output_str(c, a, str);
    py_decref(str);
    return rc;
}

static int one_arg(Pct *c)
{
    Arg a = {READ(c), 0, -1, -1};
    if (a.ch == '%') {
        c->fmtpos++;
        c->fmtcnt--;
        py_strw_text(&c->w, "%", 1);
        return 0;
    }
    if (parse_arg(c, &a) < 0) return -1;
    return format_arg(c, &a);
}

PyObj *py_str_percent(PyObj *fmt, PyObj *args)
{
    Pct c;
    memset(&c, 0, sizeof c);
    size_t n;
    uint32_t *cps = py_str_to_ucs4(fmt, &n);
    c.fmt = fmt;
    c.cps = xrealloc(cps, (n + 1) * sizeof *cps);
    c.cps[n] = 0;
    c.len = c.fmtcnt = (int64_t)n;
    py_strw_init(&c.w, true);
    if (PY_TUPLE_CHECK(args)) {
        c.arglen = (int64_t)py_tuple_size(args);
        c.argidx = 0;
    } else {
        c.arglen = -1;
        c.argidx = -2;
    }
    /* PyMapping_Check: anything subscriptable but a tuple or a str */
    if (PY_TYPE(args)->mp_subscript && !PY_TUPLE_CHECK(args) && !PY_STR_CHECK(args)) c.dict = args;
    c.args = args;
    while (--c.fmtcnt >= 0) {
        if (READ(&c) != '%') {
            int64_t start = c.fmtpos++;
            while (c.fmtcnt >= 0 && READ(&c) != '%') {
                c.fmtpos++;
                c.fmtcnt--;
            }
            if (c.fmtcnt < 0) {
                c.fmtpos--;
                c.w.overallocate = false;
            }
            if (start == 0 && c.fmtpos == c.len) {
                py_strw_str(&c.w, fmt);
            } else {
                Buf b = BUF_INIT;
                for (int64_t i = start; i < c.fmtpos; i++) uni_utf8_encode(&b, c.cps[i]);
                py_strw_text(&c.w, b.p, b.len);
                buf_free(&b);
            }
        } else {
            c.fmtpos++;
            if (one_arg(&c) < 0) goto fail;
        }
    }
    if (c.argidx < c.arglen && !c.dict) {
        py_err_format(&py_exc_TypeError, "not all arguments converted during string formatting");
        goto fail;
    }
    if (c.args_owned) py_decref(c.args);
    free(c.cps);
    return py_strw_finish(&c.w);
fail:
    if (c.args_owned) py_decref(c.args);
    free(c.cps);
    py_strw_free(&c.w);
    return NULL;
}
