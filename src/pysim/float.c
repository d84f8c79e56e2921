/* float.c — the float type: IEEE doubles with Python's arithmetic rules
 * (numfmt.h), exact comparison with ints of any size, the free list of
 * CPython 3.12, and the methods lessons use.
 */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pysim/bigint.h"
#include "pysim/int_impl.h"
#include "pysim/numfmt.h"
#include "pysim/obj.h"
#include "pysim/unicode.h"
#include "pysim/vm.h"

PyObj *py_float_new(double v)
{
    PyFloatObj *f = (PyFloatObj *)py_alloc_fl(&py_float_type, sizeof(PyFloatObj), 24, HEAP_FL_FLOAT);
    if (!f) return NULL;
    f->v = v;
    return (PyObj *)f;
}

static PyObj *float_new_typed(PyType *t, double v)
{
    if (t == &py_float_type) return py_float_new(v);
    PyFloatObj *f = (PyFloatObj *)py_alloc(t, t->csize, 24);
    if (!f) return NULL;
    f->v = v;
    if (t->tpflags & PY_TPF_GC) py_gc_track((PyObj *)f);
    return (PyObj *)f;
}

void py_float_repr_buf(Buf *out, double v) { numfmt_float_repr(out, v); }

static PyObj *float_repr(PyObj *o)
{
    Buf b = BUF_INIT;
    numfmt_float_repr(&b, py_float_value(o));
    return py_str_from_buf(&b);
}

static int64_t float_hash(PyObj *o)
{
    bool by_id = false;
    int64_t h = numfmt_float_hash(py_float_value(o), &by_id);
    if (by_id) {
        uint64_t y = o->ob_id;
        y = (y >> 4) | (y << 60);
        h = (int64_t)y;
        if (h == -1) h = -2;
    }
    return h;
}

/* Exact comparison of a double with an int (float_richcompare). */
static int compare_float_int(double d, PyObj *i)
{
    int64_t v;
    if (py_int_as_i64(i, &v) && v > -(1ll << 53) && v < (1ll << 53)) {
        double w = (double)v;
        return (d > w) - (d < w);
    }
    if (isinf(d)) return d > 0 ? 1 : -1;
    double t = trunc(d);
    BigInt *bt = bigint_from_double(t), *bi = py_int_to_big(i);
    int c = bigint_cmp(bt, bi);
    bigint_free(bt);
    bigint_free(bi);
    if (c) return c;
    double frac = d - t;
    return (frac > 0) - (frac < 0);
}

static PyObj *float_richcompare(PyObj *a, PyObj *b, int op)
{
    bool swapped = false;
    if (!PY_FLOAT_CHECK(a)) {
        PyObj *t = a;
        a = b;
        b = t;
        swapped = true;
    }
    if (!PY_FLOAT_CHECK(a)) return py_newref(PY_NOTIMPL);
    double x = py_float_value(a);
    int c;
    if (PY_FLOAT_CHECK(b)) {
        double y = py_float_value(b);
        if (isnan(x) || isnan(y)) return py_bool(op == PY_NE);
        c = (x > y) - (x < y);
    } else if (PY_INT_CHECK(b)) {
        if (isnan(x)) return py_bool(op == PY_NE);
        c = compare_float_int(x, b);
    } else {
        return py_newref(PY_NOTIMPL);
    }
    if (swapped) c = -c;
    return py_bool(py_cmp_result(c, op));
}

/* Either operand as a double; false when it is not a float or an int. */
static int as_double_operand(PyObj *o, double *d, bool *ok)
{
    *ok = true;
    if (PY_FLOAT_CHECK(o)) {
        *d = py_float_value(o);
        return 0;
    }
    if (PY_INT_CHECK(o)) return py_int_to_double(o, d);
    *ok = false;
    return 0;
}

static PyObj *float_binop(PyObj *a, PyObj *b, PyBinOp op)
{
    double x, y;
    bool oka, okb;
    if (op >= PY_OP_LSHIFT && op != PY_OP_DIVMOD) return py_newref(PY_NOTIMPL);
    if (op == PY_OP_MATMUL) return py_newref(PY_NOTIMPL);
    if (as_double_operand(a, &x, &oka) < 0) return NULL;
    if (!oka) return py_newref(PY_NOTIMPL);
    if (as_double_operand(b, &y, &okb) < 0) return NULL;
    if (!okb) return py_newref(PY_NOTIMPL);
    switch (op) {
    case PY_OP_ADD: return py_float_new(x + y);
    case PY_OP_SUB: return py_float_new(x - y);
    case PY_OP_MUL: return py_float_new(x * y);
    case PY_OP_TRUEDIV:
        if (y == 0) return py_err_format(&py_exc_ZeroDivisionError, "float division by zero");
        return py_float_new(x / y);
    case PY_OP_FLOORDIV:
        if (y == 0) return py_err_format(&py_exc_ZeroDivisionError, "%s", NUMFMT_MSG_FLOORDIV_ZERO);
        return py_float_new(numfmt_float_floordiv(x, y));
    case PY_OP_MOD:
        if (y == 0) return py_err_format(&py_exc_ZeroDivisionError, "%s", NUMFMT_MSG_MOD_ZERO);
        return py_float_new(numfmt_float_mod(x, y));
    case PY_OP_DIVMOD: {
        double q, r;
        if (!numfmt_float_divmod(x, y, &q, &r))
            return py_err_format(&py_exc_ZeroDivisionError, "%s", NUMFMT_MSG_DIVMOD_ZERO);
        PyObj *fq = py_float_new(q), *fr = py_float_new(r);
        PyObj *t = fq && fr ? py_tuple_pack(2, fq, fr) : NULL;
        py_xdecref(fq);
        py_xdecref(fr);
        return t;
    }
    case PY_OP_POW: {
        NumfmtStatus st;
        double r = numfmt_float_pow(x, y, &st);
        switch (st) {
        case NUMFMT_OK: return py_float_new(r);
        case NUMFMT_ZERO_DIVISION: return py_err_format(&py_exc_ZeroDivisionError, "%s", NUMFMT_MSG_POW_ZERO_NEG);
        case NUMFMT_OVERFLOW_ERROR: return py_err_format(&py_exc_OverflowError, "%s", NUMFMT_MSG_POW_RANGE);
        case NUMFMT_COMPLEX: return py_complex_pow_doubles(x, y); /* complex.c: float_pow returns a complex */
        default: return py_err_format(&py_exc_ValueError, "%s", NUMFMT_MSG_POW_DOMAIN);
        }
    }
    default: return py_newref(PY_NOTIMPL);
    }
}

static PyObj *float_ternary_pow(PyObj *a, PyObj *b, PyObj *m)
{
    return py_err_format(&py_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
}

static PyObj *float_unary(PyObj *o, PyUnaryOp op)
{
    double v = py_float_value(o);
    switch (op) {
    case PY_UOP_NEG: return py_float_new(-v);
    case PY_UOP_POS: return PY_IS_TYPE(o, py_float_type) ? py_newref(o) : py_float_new(v);
    default: return py_newref(PY_NOTIMPL);
    }
}

static int float_bool(PyObj *o) { return py_float_value(o) != 0.0; }

/* int(x) for a float: truncation, with CPython's messages for inf/nan. */
static PyObj *float_to_int(double d)
{
    if (isinf(d)) return py_err_format(&py_exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return py_err_format(&py_exc_ValueError, "cannot convert float NaN to integer");
    return py_int_from_double(trunc(d));
}

static PyObj *float_int(PyObj *o) { return float_to_int(py_float_value(o)); }

static PyObj *float_float(PyObj *o)
{
    if (PY_IS_TYPE(o, py_float_type)) return py_newref(o);
    return py_float_new(py_float_value(o));
}

/* float(x): from a str or bytes-like (Unicode digits and spaces mapped to
 * ASCII, as CPython does) or from a number. */
static PyObj *float_from_text(PyObj *o, const char *s, size_t n)
{
    Buf ascii = BUF_INIT;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = uni_utf8_decode(s + i, n - i, &cp);
        if (!k) {
            k = 1;
            cp = 0xFFFD;
        }
        if (cp < 128) buf_putc(&ascii, (int)cp);
        else if (uni_decimal(cp) >= 0) buf_putc(&ascii, '0' + uni_decimal(cp));
        else if (uni_isspace(cp)) buf_putc(&ascii, ' ');
        else buf_putc(&ascii, '?');
        i += k;
    }
    double d;
    NumfmtStatus st = numfmt_parse_float(ascii.p ? ascii.p : "", ascii.len, &d);
    buf_free(&ascii);
    if (st != NUMFMT_OK) return py_err_format(&py_exc_ValueError, "could not convert string to float: %R", o);
    return py_float_new(d);
}

static PyObj *float_tp_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (py_no_kwargs("float", kwnames) < 0) return NULL;
    if (nargs > 1) return py_err_format(&py_exc_TypeError, "float expected at most 1 argument, got %zd", (int64_t)nargs);
    PyObj *r;
    if (nargs == 0) {
        r = py_float_new(0.0);
    } else if (PY_STR_CHECK(args[0])) {
        r = float_from_text(args[0], py_str_utf8(args[0]), py_str_nbytes(args[0]));
    } else if (py_isinstance_c(args[0], &py_bytes_type) || py_isinstance_c(args[0], &py_bytearray_type)) {
        const unsigned char *d;
        size_t n;
        py_bytes_view(args[0], &d, &n);
        r = float_from_text(args[0], (const char *)d, n);
    } else {
        r = py_number_float(args[0]);
        if (r && !PY_IS_TYPE(r, py_float_type)) {
            PyObj *e = py_float_new(py_float_value(r));
            py_decref(r);
            r = e;
        }
    }
    if (!r || type == &py_float_type) return r;
    PyObj *sub = float_new_typed(type, py_float_value(r));
    py_decref(r);
    return sub;
}

/* ---- methods ---- */

static PyObj *float_is_integer(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    double v = py_float_value(self);
    return py_bool(isfinite(v) && v == floor(v));
}

static PyObj *float_round(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    double x = py_float_value(self);
    if (n == 0 || a[0] == PY_NONE) {
        double r = round(x);
        if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
        return float_to_int(r);
    }
    PyObj *nd = py_number_index(a[0]);
    if (!nd) return NULL;
    int64_t digits;
    if (!py_int_as_i64(nd, &digits)) digits = py_int_sign(nd) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    py_decref(nd);
    bool overflow = false;
    double r = numfmt_round(x, digits, &overflow);
    if (overflow) return py_err_format(&py_exc_OverflowError, "%s", NUMFMT_MSG_ROUND_OVERFLOW);
    return py_float_new(r);
}

static PyObj *float_trunc(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return float_int(self); }
static PyObj *float_floor(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return float_to_int(floor(py_float_value(self)));
}
static PyObj *float_ceil(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return float_to_int(ceil(py_float_value(self)));
}
static PyObj *float_abs(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return py_float_new(fabs(py_float_value(self)));
}
static PyObj *float_conjugate(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return float_float(self); }

static PyObj *float_as_integer_ratio(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    double x = py_float_value(self);
    if (isinf(x)) return py_err_format(&py_exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x)) return py_err_format(&py_exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    BigInt *num = bigint_from_double(m), *den = bigint_from_i64(1);
    if (e > 0) {
        BigInt *t = bigint_lshift(num, (uint64_t)e);
        bigint_free(num);
        num = t;
    } else {
        BigInt *t = bigint_lshift(den, (uint64_t)-e);
        bigint_free(den);
        den = t;
    }
    PyObj *pn = py_int_from_big(num), *pd = py_int_from_big(den);
    PyObj *r = py_tuple_pack(2, pn, pd);
    py_decref(pn);
    py_decref(pd);
    return r;
}

static PyObj *float_format(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    if (!PY_STR_CHECK(a[0]))
        return py_err_format(&py_exc_TypeError, "__format__() argument must be str, not %s", py_type_name(a[0]));
    if (py_str_len(a[0]) == 0) return py_str(self);
    FmtSpec spec;
    Buf err = BUF_INIT, out = BUF_INIT;
    NumfmtStatus st = numfmt_parse_spec(py_str_utf8(a[0]), py_str_nbytes(a[0]), NUMFMT_FLOAT, py_type_name(self),
                                        &spec, &err);
    if (st == NUMFMT_OK) st = numfmt_format_float(&out, py_float_value(self), &spec, &err);
    if (st != NUMFMT_OK) {
        buf_free(&out);
        if (st == NUMFMT_TOO_BIG) {
            buf_free(&err);
            return py_stop_limit("formatted number too large");
        }
        py_err_format(&py_exc_ValueError, "%s", err.p ? err.p : "invalid format");
        buf_free(&err);
        return NULL;
    }
    buf_free(&err);
    return py_str_from_buf(&out);
}

/* float.hex(): Objects/floatobject.c float_hex, 13 hex digits. */
static PyObj *float_hex(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    double x = py_float_value(self);
    if (isnan(x) || isinf(x)) return float_repr(self);
    if (x == 0.0) return py_str_from_c(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    Buf b = BUF_INIT;
    if (x < 0) buf_putc(&b, '-');
    buf_puts(&b, "0x");
    static const char hex[] = "0123456789abcdef";
    buf_putc(&b, hex[(int)m]);
    m -= (int)m;
    buf_putc(&b, '.');
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        buf_putc(&b, hex[(int)m]);
        m -= (int)m;
    }
    buf_printf(&b, "p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return py_str_from_buf(&b);
}

/* float.fromhex(s): Python's syntax ([sign] ['0x'] hex digits [. hex digits]
 * ['p' exponent], or inf/nan, whitespace around); glibc's strtod rounds
 * hexadecimal input correctly, as CPython's own code does. */
static PyObj *float_fromhex(PyObj *cls, PyObj *const *a, size_t n, PyObj *k)
{
    if (!PY_STR_CHECK(a[0]))
        return py_err_format(&py_exc_TypeError, "must be str, not %s", py_type_name(a[0]));
    const char *s = py_str_utf8(a[0]), *e = s + py_str_nbytes(a[0]);
    while (s < e && (*s == ' ' || (*s >= '\t' && *s <= '\r'))) s++;
    while (e > s && (e[-1] == ' ' || (e[-1] >= '\t' && e[-1] <= '\r'))) e--;
    Buf b = BUF_INIT;
    const char *p = s;
    if (p < e && (*p == '+' || *p == '-')) buf_putc(&b, *p++);
    bool ok = true;
    double d = 0;
    size_t rest = (size_t)(e - p);
    if ((rest == 3 && !strncasecmp(p, "inf", 3)) || (rest == 8 && !strncasecmp(p, "infinity", 8)) ||
        (rest == 3 && !strncasecmp(p, "nan", 3))) {
        buf_put(&b, p, rest);
        d = strtod(b.p, NULL);
    } else {
        if (rest >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) p += 2;
        buf_puts(&b, "0x");
        int digits = 0;
        while (p < e && isxdigit((unsigned char)*p)) buf_putc(&b, *p++), digits++;
        if (p < e && *p == '.') {
            buf_putc(&b, *p++);
            while (p < e && isxdigit((unsigned char)*p)) buf_putc(&b, *p++), digits++;
        }
        if (!digits) ok = false;
        if (ok && p < e && (*p == 'p' || *p == 'P')) {
            buf_putc(&b, *p++);
            if (p < e && (*p == '+' || *p == '-')) buf_putc(&b, *p++);
            int ed = 0;
            while (p < e && isdigit((unsigned char)*p)) buf_putc(&b, *p++), ed++;
            if (!ed) ok = false;
        }
        if (p != e) ok = false;
        if (ok) {
            errno = 0;
            d = strtod(b.p, NULL);
            if (errno == ERANGE && isinf(d)) {
                buf_free(&b);
                return py_err_format(&py_exc_OverflowError, "hexadecimal value too large to represent as a float");
            }
        }
    }
    buf_free(&b);
    if (!ok) return py_err_format(&py_exc_ValueError, "invalid hexadecimal floating-point string");
    PyObj *f = py_float_new(d);
    if (f && cls != (PyObj *)&py_float_type) {
        PyObj *r = py_call1(cls, f);
        py_decref(f);
        return r;
    }
    return f;
}

static PyObj *float_getnewargs(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyObj *f = py_float_new(py_float_value(self));
    PyObj *t = py_tuple_pack(1, f);
    py_decref(f);
    return t;
}

static PyObj *float_get_real(PyObj *self) { return float_float(self); }
static PyObj *float_get_imag(PyObj *self) { return py_float_new(0.0); }

static const PyMethodDef float_methods[] = {
    {"is_integer", float_is_integer, 0, 0, 0},
    {"__round__", float_round, 0, 1, 0},
    {"__trunc__", float_trunc, 0, 0, 0},
    {"__floor__", float_floor, 0, 0, 0},
    {"__ceil__", float_ceil, 0, 0, 0},
    {"__abs__", float_abs, 0, 0, 0},
    {"conjugate", float_conjugate, 0, 0, 0},
    {"as_integer_ratio", float_as_integer_ratio, 0, 0, 0},
    {"__format__", float_format, 1, 1, 0},
    {"hex", float_hex, 0, 0, 0},
    {"fromhex", float_fromhex, 1, 1, PY_METH_CLASS},
    {"__getnewargs__", float_getnewargs, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

static const PyGetSetDef float_getset[] = {
    {"real", float_get_real, NULL},
    {"imag", float_get_imag, NULL},
    {NULL, NULL, NULL},
};

PyType py_float_type = {
    .name = "float",
    .tpflags = PY_TPF_BASETYPE,
    .csize = sizeof(PyFloatObj),
    .basicsize = 24,
    .tp_new = float_tp_new,
    .tp_repr = float_repr,
    .tp_hash = float_hash,
    .tp_richcompare = float_richcompare,
    .nb_binop = float_binop,
    .nb_ternary_pow = float_ternary_pow,
    .nb_unary = float_unary,
    .nb_bool = float_bool,
    .nb_int = float_int,
    .nb_float = float_float,
    .nb_fwd = PY_OPBIT(PY_OP_ADD) | PY_OPBIT(PY_OP_SUB) | PY_OPBIT(PY_OP_MUL) | PY_OPBIT(PY_OP_TRUEDIV) |
              PY_OPBIT(PY_OP_FLOORDIV) | PY_OPBIT(PY_OP_MOD) | PY_OPBIT(PY_OP_POW) | PY_OPBIT(PY_OP_DIVMOD),
    .nb_rev = PY_OPBIT(PY_OP_ADD) | PY_OPBIT(PY_OP_SUB) | PY_OPBIT(PY_OP_MUL) | PY_OPBIT(PY_OP_TRUEDIV) |
              PY_OPBIT(PY_OP_FLOORDIV) | PY_OPBIT(PY_OP_MOD) | PY_OPBIT(PY_OP_POW) | PY_OPBIT(PY_OP_DIVMOD),
    .nb_un = PY_OPBIT(PY_UOP_NEG) | PY_OPBIT(PY_UOP_POS),
    .methods = float_methods,
    .getset = float_getset,
};
