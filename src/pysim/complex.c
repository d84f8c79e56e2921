/* complex.c — the complex type, as CPython 3.12's Objects/complexobject.c:
 * two doubles in a 32-byte object that is not tracked by the collector and
 * has no free list (a freed complex's block goes back to pymalloc).
 *
 * The arithmetic is CPython's own by-cases algorithms (Smith's division,
 * repeated squaring for small integral exponents, polar form otherwise),
 * computed with the same libm and the same errno protocol, so results are
 * bit-identical and the same operations overflow.  Text (repr, format(),
 * complex(str)) is in complex_format.c.
 *
 * Invariant: like CPython, operations that take a temporary float (int
 * comparison, float() of an argument) really make one, so the float free
 * list and the ids of later objects come out as in CPython.
 */
#include <errno.h>
#include <math.h>
#include <string.h>

#include "pysim/complex_impl.h"
#include "pysim/obj.h"
#include "pysim/unicode.h"
#include "pysim/vm.h"

/* sizeof(PyComplexObject): header 16 + two doubles */
#define COMPLEX_SIZE 32
/* _PyHASH_IMAG */
#define HASH_IMAG 1000003u

typedef struct Cx {
    double re, im;
} Cx;

/* ---- objects ---- */

static PyObj *complex_alloc(PyType *t, double re, double im)
{
    PyComplexObj *c = (PyComplexObj *)py_alloc(t, t->csize, COMPLEX_SIZE);
    if (!c) return NULL;
    c->real = re;
    c->imag = im;
    if (t->tpflags & PY_TPF_GC) py_gc_track((PyObj *)c);
    return (PyObj *)c;
}

PyObj *py_complex_new(double re, double im) { return complex_alloc(&py_complex_type, re, im); }

static Cx cx_of(PyObj *o)
{
    PyComplexObj *c = (PyComplexObj *)o;
    return (Cx){c->real, c->imag};
}

static PyObj *cx_new(Cx c) { return py_complex_new(c.re, c.im); }

/* ---- the arithmetic of Objects/complexobject.c ---- */

static Cx c_prod(Cx a, Cx b)
{
    return (Cx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

/* Smith's algorithm; errno = EDOM for a zero divisor. */
static Cx c_quot(Cx a, Cx b)
{
    Cx r;
    double abs_bre = b.re < 0 ? -b.re : b.re;
    double abs_bim = b.im < 0 ? -b.im : b.im;
    if (abs_bre >= abs_bim) {
        if (abs_bre == 0.0) {
            errno = EDOM;
            r.re = r.im = 0.0;
        } else {
            double ratio = b.im / b.re;
            double denom = b.re + b.im * ratio;
            r.re = (a.re + a.im * ratio) / denom;
            r.im = (a.im - a.re * ratio) / denom;
        }
    } else if (abs_bim >= abs_bre) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / denom;
        r.im = (a.im * ratio - a.re) / denom;
    } else {
        /* a NaN in the divisor */
        r.re = r.im = NAN;
    }
    return r;
}

/* The polar form; libm reports through errno, as in CPython. */
static Cx c_pow(Cx a, Cx b)
{
    Cx r;
    if (b.re == 0.0 && b.im == 0.0) {
        r.re = 1.0;
        r.im = 0.0;
    } else if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) errno = EDOM;
        r.re = r.im = 0.0;
    } else {
        double vabs = hypot(a.re, a.im);
        double len = pow(vabs, b.re);
        double at = atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0.0) {
            len /= exp(at * b.im);
            phase += b.im * log(vabs);
        }
        r.re = len * cos(phase);
        r.im = len * sin(phase);
    }
    return r;
}

/* x ** n by repeated squaring, for 0 <= n. */
static Cx c_powu(Cx x, long n)
{
    Cx r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

static Cx c_powi(Cx x, long n)
{
    if (n > 0) return c_powu(x, n);
    return c_quot((Cx){1.0, 0.0}, c_powu(x, -n));
}

/* complex_pow without a modulus: NULL with the exception set on error. */
static PyObj *complex_power(Cx a, Cx b)
{
    Cx p;
    errno = 0;
    /* a small integral exponent takes the exact, faster path */
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) p = c_powi(a, (long)b.re);
    else p = c_pow(a, b);
    /* _Py_ADJUST_ERANGE2 */
    if (isinf(p.re) || isinf(p.im)) {
        if (errno == 0) errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    int e = errno;
    errno = 0;
    if (e == EDOM) return py_err_format(&py_exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (e == ERANGE) return py_err_format(&py_exc_OverflowError, "complex exponentiation");
    return cx_new(p);
}

PyObj *py_complex_pow_doubles(double a, double b)
{
    return complex_power((Cx){a, 0.0}, (Cx){b, 0.0});
}

/* TO_COMPLEX: 1 with *c set, 0 for another type (NotImplemented), -1 on
 * error (an int too large for a float). */
static int to_complex(PyObj *o, Cx *c)
{
    if (PY_COMPLEX_CHECK(o)) {
        *c = cx_of(o);
        return 1;
    }
    c->im = 0.0;
    if (PY_INT_CHECK(o)) return py_int_to_double(o, &c->re) < 0 ? -1 : 1;
    if (PY_FLOAT_CHECK(o)) {
        c->re = py_float_value(o);
        return 1;
    }
    return 0;
}

static PyObj *complex_binop(PyObj *a, PyObj *b, PyBinOp op)
{
    Cx x, y;
    if (op != PY_OP_ADD && op != PY_OP_SUB && op != PY_OP_MUL && op != PY_OP_TRUEDIV && op != PY_OP_POW)
        return py_newref(PY_NOTIMPL);
    int ok = to_complex(a, &x);
    if (ok <= 0) return ok < 0 ? NULL : py_newref(PY_NOTIMPL);
    ok = to_complex(b, &y);
    if (ok <= 0) return ok < 0 ? NULL : py_newref(PY_NOTIMPL);
    switch (op) {
    case PY_OP_ADD: return cx_new((Cx){x.re + y.re, x.im + y.im});
    case PY_OP_SUB: return cx_new((Cx){x.re - y.re, x.im - y.im});
    case PY_OP_MUL: return cx_new(c_prod(x, y));
    case PY_OP_TRUEDIV: {
        errno = 0;
        Cx q = c_quot(x, y);
        int e = errno;
        errno = 0;
        if (e == EDOM) return py_err_format(&py_exc_ZeroDivisionError, "complex division by zero");
        return cx_new(q);
    }
    default: return complex_power(x, y);
    }
}

static PyObj *complex_ternary_pow(PyObj *a, PyObj *b, PyObj *mod)
{
    Cx x, y;
    int ok = to_complex(a, &x);
    if (ok <= 0) return ok < 0 ? NULL : py_newref(PY_NOTIMPL);
    ok = to_complex(b, &y);
    if (ok <= 0) return ok < 0 ? NULL : py_newref(PY_NOTIMPL);
    if (mod == PY_NONE) return complex_power(x, y);
    return py_err_format(&py_exc_ValueError, "complex modulo");
}

static PyObj *complex_unary(PyObj *o, PyUnaryOp op)
{
    Cx c = cx_of(o);
    switch (op) {
    case PY_UOP_NEG: return cx_new((Cx){-c.re, -c.im});
    case PY_UOP_POS: return PY_IS_TYPE(o, py_complex_type) ? py_newref(o) : cx_new(c);
    default: return py_newref(PY_NOTIMPL);
    }
}

static int complex_bool(PyObj *o)
{
    Cx c = cx_of(o);
    return c.re != 0.0 || c.im != 0.0;
}

/* ---- comparison and hash ---- */

static PyObj *complex_richcompare(PyObj *a, PyObj *b, int op)
{
    if ((op != PY_EQ && op != PY_NE) || !PY_COMPLEX_CHECK(a)) return py_newref(PY_NOTIMPL);
    Cx i = cx_of(a);
    bool equal;
    if (PY_INT_CHECK(b)) {
        /* with a zero imaginary part, an exact comparison through a float */
        if (i.im != 0.0) {
            equal = false;
        } else {
            PyObj *j = py_float_new(i.re);
            if (!j) return NULL;
            PyObj *r = py_richcompare(j, b, op);
            py_decref(j);
            return r;
        }
    } else if (PY_FLOAT_CHECK(b)) {
        equal = i.re == py_float_value(b) && i.im == 0.0;
    } else if (PY_COMPLEX_CHECK(b)) {
        Cx j = cx_of(b);
        equal = i.re == j.re && i.im == j.im;
    } else {
        return py_newref(PY_NOTIMPL);
    }
    return py_bool(equal == (op == PY_EQ));
}

/* _Py_HashDouble: a NaN hashes by the object's address (3.12). */
static uint64_t hash_part(PyObj *o, double x)
{
    bool by_id = false;
    int64_t h = numfmt_float_hash(x, &by_id);
    if (by_id) {
        uint64_t y = o->ob_id;
        y = (y >> 4) | (y << 60);
        h = (int64_t)y == -1 ? -2 : (int64_t)y;
    }
    return (uint64_t)h;
}

static int64_t complex_hash(PyObj *o)
{
    Cx c = cx_of(o);
    /* a zero imaginary part hashes as the real number alone */
    uint64_t h = hash_part(o, c.re) + HASH_IMAG * hash_part(o, c.im);
    return h == (uint64_t)-1 ? -2 : (int64_t)h;
}

/* ---- text ---- */

static PyObj *complex_repr(PyObj *o)
{
    Buf b = BUF_INIT;
    Cx c = cx_of(o);
    py_complex_repr_text(&b, c.re, c.im);
    return py_str_from_buf(&b);
}

static PyObj *complex_format(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    if (!PY_STR_CHECK(a[0]))
        return py_err_format(&py_exc_TypeError, "__format__() argument must be str, not %s", py_type_name(a[0]));
    if (py_str_len(a[0]) == 0) return py_str(self);
    Buf out = BUF_INIT, err = BUF_INIT;
    Cx c = cx_of(self);
    NumfmtStatus st =
        py_complex_format_text(&out, c.re, c.im, py_str_utf8(a[0]), py_str_nbytes(a[0]), py_type_name(self), &err);
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

/* ---- construction: complex(real=0, imag=0) ---- */

/* try_complex_special_method: 1 with *out NEW (an exact complex), 0 when
 * the type has no __complex__, -1 on error. */
static int call_dunder_complex(PyObj *o, PyObj **out)
{
    bool found;
    PyObj *r = py_call_special(o, py_intern_c("__complex__"), NULL, 0, &found);
    if (!found) return 0;
    if (!r) return -1;
    if (PY_IS_TYPE(r, py_complex_type)) {
        *out = r;
        return 1;
    }
    if (!PY_COMPLEX_CHECK(r))
        py_err_format(&py_exc_TypeError, "__complex__ returned non-complex (type %s)", py_type_name(r));
    else
        py_unsupported("__complex__ returning a complex subclass (a DeprecationWarning)");
    py_decref(r);
    return -1;
}

/* Has the number slots complex() accepts (nb_float or nb_index), or is a
 * complex. */
static bool is_number(PyObj *o)
{
    PyType *t = PY_TYPE(o);
    return t->nb_float || t->nb_index || PY_COMPLEX_CHECK(o);
}

/* PyNumber_Float(o) as a double (the temporary float is really made). */
static int real_part(PyObj *o, double *out)
{
    PyObj *f = py_number_float(o);
    if (!f) return -1;
    if (!PY_IS_TYPE(f, py_float_type)) {
        py_decref(f);
        py_unsupported("__float__ returning a float subclass (a DeprecationWarning)");
        return -1;
    }
    *out = py_float_value(f);
    py_decref(f);
    return 0;
}

/* complex(s) for a str: CPython maps Unicode digits and spaces to ASCII
 * first (_PyUnicode_TransformDecimalAndSpaceToASCII). */
static PyObj *complex_from_string(PyType *type, PyObj *v)
{
    const char *s = py_str_utf8(v);
    size_t n = py_str_nbytes(v);
    Buf ascii = BUF_INIT;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = uni_utf8_decode(s + i, n - i, &cp);
        if (!k) {
            k = 1;
            cp = 0xFFFD;
        }
        if (cp < 128) buf_putc(&ascii, (int)cp);
        else if (uni_isspace(cp)) buf_putc(&ascii, ' ');
        else if (uni_decimal(cp) >= 0) buf_putc(&ascii, '0' + uni_decimal(cp));
        else buf_putc(&ascii, '?');
        i += k;
    }
    double re = 0.0, im = 0.0;
    ComplexParse r = py_complex_parse_text(ascii.p ? ascii.p : "", ascii.len, &re, &im);
    buf_free(&ascii);
    if (r == COMPLEX_PARSE_MALFORMED) return py_err_format(&py_exc_ValueError, "complex() arg is a malformed string");
    if (r == COMPLEX_PARSE_UNDERSCORES)
        return py_err_format(&py_exc_ValueError, "could not convert string to complex: %R", v);
    return complex_alloc(type, re, im);
}

/* Argument Clinic's unpacking of (real, imag), with its messages. */
static int complex_args(PyObj *const *args, size_t nargs, PyObj *kwnames, PyObj **r, PyObj **i)
{
    static const char *const names[] = {"real", "imag"};
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    PyObj *v[2] = {NULL, NULL};
    if (nargs + nkw > 2) {
        py_err_format(&py_exc_TypeError, "complex() takes at most 2 %sarguments (%zd given)", nargs ? "" : "keyword ",
                      (int64_t)(nargs + nkw));
        return -1;
    }
    for (size_t k = 0; k < nargs; k++) v[k] = args[k];
    size_t used = 0;
    for (size_t p = nargs; p < 2; p++) {
        for (size_t k = 0; k < nkw; k++) {
            if (py_str_eq_c(py_tuple_item(kwnames, k), names[p])) {
                v[p] = args[nargs + k];
                used++;
            }
        }
    }
    if (used < nkw) {
        for (size_t p = 0; p < nargs; p++) {
            for (size_t k = 0; k < nkw; k++) {
                if (py_str_eq_c(py_tuple_item(kwnames, k), names[p])) {
                    py_err_format(&py_exc_TypeError, "argument for complex() given by name ('%s') and position (%d)",
                                  names[p], (int)p + 1);
                    return -1;
                }
            }
        }
        for (size_t k = 0; k < nkw; k++) {
            PyObj *kn = py_tuple_item(kwnames, k);
            if (!py_str_eq_c(kn, "real") && !py_str_eq_c(kn, "imag")) {
                py_err_format(&py_exc_TypeError, "'%U' is an invalid keyword argument for complex()", kn);
                return -1;
            }
        }
    }
    *r = v[0];
    *i = v[1];
    return 0;
}

static PyObj *complex_tp_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyObj *r, *i;
    if (complex_args(args, nargs, kwnames, &r, &i) < 0) return NULL;
    if (!r) r = py_vm->small_ints[PY_NSMALLNEG]; /* 0 */
    if (PY_IS_TYPE(r, py_complex_type) && !i && type == &py_complex_type) return py_newref(r);
    if (PY_STR_CHECK(r)) {
        if (i) return py_err_format(&py_exc_TypeError, "complex() can't take second arg if first is a string");
        return complex_from_string(type, r);
    }
    if (i && PY_STR_CHECK(i)) return py_err_format(&py_exc_TypeError, "complex() second arg can't be a string");

    PyObj *own_r = NULL;
    int got = call_dunder_complex(r, &own_r);
    if (got < 0) return NULL;
    if (got) r = own_r;
    if (!is_number(r)) {
        py_err_format(&py_exc_TypeError, "complex() first argument must be a string or a number, not '%s'",
                      py_type_name(r));
        py_xdecref(own_r);
        return NULL;
    }
    if (i && !is_number(i)) {
        py_err_format(&py_exc_TypeError, "complex() second argument must be a number, not '%s'", py_type_name(i));
        py_xdecref(own_r);
        return NULL;
    }
    /* real + imag*1j, where either may itself be complex */
    Cx cr = {0.0, 0.0}, ci = {0.0, 0.0};
    bool cr_is_complex = false, ci_is_complex = false;
    if (PY_COMPLEX_CHECK(r)) {
        cr = cx_of(r);
        cr_is_complex = true;
        py_xdecref(own_r);
    } else {
        int rc = real_part(r, &cr.re);
        py_xdecref(own_r);
        if (rc < 0) return NULL;
    }
    if (!i) {
        ci.re = cr.im;
    } else if (PY_COMPLEX_CHECK(i)) {
        ci = cx_of(i);
        ci_is_complex = true;
    } else if (real_part(i, &ci.re) < 0) {
        return NULL;
    }
    if (ci_is_complex) cr.re -= ci.im;
    if (cr_is_complex && i) ci.re += cr.im;
    return complex_alloc(type, cr.re, ci.re);
}

/* ---- methods and attributes ---- */

static PyObj *complex_conjugate(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    Cx c = cx_of(self);
    return cx_new((Cx){c.re, -c.im});
}

static PyObj *complex_dunder_complex(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    if (PY_IS_TYPE(self, py_complex_type)) return py_newref(self);
    return cx_new(cx_of(self));
}

static PyObj *complex_getnewargs(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    Cx c = cx_of(self);
    PyObj *re = py_float_new(c.re), *im = re ? py_float_new(c.im) : NULL;
    PyObj *t = im ? py_tuple_pack(2, re, im) : NULL;
    py_xdecref(re);
    py_xdecref(im);
    return t;
}

/* abs(): hypot, with C99's rules for infinities and NaNs. */
static PyObj *complex_abs(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    Cx c = cx_of(self);
    double r;
    if (!isfinite(c.re) || !isfinite(c.im)) {
        if (isinf(c.re)) r = fabs(c.re);
        else if (isinf(c.im)) r = fabs(c.im);
        else r = NAN;
    } else {
        r = hypot(c.re, c.im);
        if (!isfinite(r)) return py_err_format(&py_exc_OverflowError, "absolute value too large");
    }
    return py_float_new(r);
}

static PyObj *complex_get_real(PyObj *self) { return py_float_new(((PyComplexObj *)self)->real); }
static PyObj *complex_get_imag(PyObj *self) { return py_float_new(((PyComplexObj *)self)->imag); }

static const PyMethodDef complex_methods[] = {
    {"__abs__", complex_abs, 0, 0, 0},
    {"conjugate", complex_conjugate, 0, 0, 0},
    {"__complex__", complex_dunder_complex, 0, 0, 0},
    {"__getnewargs__", complex_getnewargs, 0, 0, 0},
    {"__format__", complex_format, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static const PyGetSetDef complex_getset[] = {
    {"real", complex_get_real, NULL},
    {"imag", complex_get_imag, NULL},
    {NULL, NULL, NULL},
};

#define COMPLEX_OPS \
    (PY_OPBIT(PY_OP_ADD) | PY_OPBIT(PY_OP_SUB) | PY_OPBIT(PY_OP_MUL) | PY_OPBIT(PY_OP_TRUEDIV) | PY_OPBIT(PY_OP_POW))

PyType py_complex_type = {
    .name = "complex",
    .tpflags = PY_TPF_BASETYPE,
    .csize = sizeof(PyComplexObj),
    .basicsize = COMPLEX_SIZE,
    .tp_new = complex_tp_new,
    .tp_repr = complex_repr,
    .tp_hash = complex_hash,
    .tp_richcompare = complex_richcompare,
    .nb_binop = complex_binop,
    .nb_ternary_pow = complex_ternary_pow,
    .nb_unary = complex_unary,
    .nb_bool = complex_bool,
    .nb_fwd = COMPLEX_OPS,
    .nb_rev = COMPLEX_OPS,
    .nb_un = PY_OPBIT(PY_UOP_NEG) | PY_OPBIT(PY_UOP_POS),
    .methods = complex_methods,
    .getset = complex_getset,
};
