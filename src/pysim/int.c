/* int.c — the int type (and bool, its subclass).
 *
 * Values that fit in int64 are kept as int64 and computed with overflow
 * checks; anything larger is a BigInt (bigint.h), 30-bit digits like
 * CPython's, so sizes and results match.  This is a representation choice
 * inside the object, never a shortcut around it: every int is still a heap
 * object with an id, and only -5..256 are shared (the small-int cache).
 */
#include <math.h>
#include <string.h>

#include "pysim/bigint.h"
#include "pysim/int_impl.h"
#include "pysim/obj.h"
#include "pysim/str_impl.h"
#include "pysim/unicode.h"
#include "pysim/vm.h"

/* ---- construction ---- */

static size_t ndigits_i64(int64_t v)
{
    uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    size_t n = 0;
    while (a) {
        n++;
        a >>= 30;
    }
    return n;
}

size_t py_int_ndigits(PyObj *o)
{
    PyIntObj *i = (PyIntObj *)o;
    return i->big ? bigint_ndigits(i->big) : ndigits_i64(i->v);
}

static size_t int_simsize(size_t nd) { return 24 + 4 * (nd ? nd : 1); }

/* A new int object of type t (int, bool or a subclass). */
static PyObj *int_alloc(PyType *t, int64_t v, BigInt *big)
{
    size_t nd = big ? bigint_ndigits(big) : ndigits_i64(v);
    PyIntObj *o = (PyIntObj *)py_alloc(t, t->csize, int_simsize(nd));
    if (!o) {
        if (big) bigint_free(big);
        return NULL;
    }
    o->v = v;
    o->big = big;
    if (t->tpflags & PY_TPF_GC) py_gc_track((PyObj *)o);
    return (PyObj *)o;
}

PyObj *py_int_from_i64(int64_t v)
{
    if (v >= -PY_NSMALLNEG && v < PY_NSMALLPOS) return py_vm->small_ints[v + PY_NSMALLNEG];
    return int_alloc(&py_int_type, v, NULL);
}

PyObj *py_int_from_big(BigInt *b)
{
    int64_t v;
    if (bigint_to_i64(b, &v)) {
        bigint_free(b);
        return py_int_from_i64(v);
    }
    return int_alloc(&py_int_type, 0, b);
}

PyObj *py_int_from_double(double d)
{
    if (d >= -9.2e18 && d <= 9.2e18) return py_int_from_i64((int64_t)d);
    return py_int_from_big(bigint_from_double(d));
}

bool py_int_as_i64(PyObj *o, int64_t *out)
{
    PyIntObj *i = (PyIntObj *)o;
    if (i->big) return false;
    *out = i->v;
    return true;
}

BigInt *py_int_to_big(PyObj *o)
{
    PyIntObj *i = (PyIntObj *)o;
    return i->big ? bigint_dup(i->big) : bigint_from_i64(i->v);
}

int py_int_sign(PyObj *o)
{
    PyIntObj *i = (PyIntObj *)o;
    if (i->big) return bigint_sign(i->big);
    return (i->v > 0) - (i->v < 0);
}

bool py_int_is_small_cached(PyObj *o) { return (o->ob_flags & PY_OBF_SMALLINT) != 0; }

PyObj *py_bool(bool b) { return b ? PY_TRUE : PY_FALSE; }

/* Raises the exception a bigint error code stands for. */
PyObj *py_int_raise(int code, Buf *msg)
{
    const char *name = bigint_exc_name(code);
    PyType *t = !strcmp(name, "ZeroDivisionError") ? &py_exc_ZeroDivisionError
                : !strcmp(name, "OverflowError")   ? &py_exc_OverflowError
                : !strcmp(name, "MemoryError")     ? &py_exc_MemoryError
                                                   : &py_exc_ValueError;
    if (t == &py_exc_MemoryError) return py_err_no_memory();
    const char *text = msg && msg->len ? msg->p : bigint_strerror(code);
    return py_err_format(t, "%s", text);
}

int py_int_to_double(PyObj *o, double *out)
{
    PyIntObj *i = (PyIntObj *)o;
    if (!i->big) {
        *out = (double)i->v;
        return 0;
    }
    int rc = bigint_to_double(i->big, out);
    if (rc) {
        py_int_raise(rc, NULL);
        return -1;
    }
    return 0;
}

PyObj *py_int_to_str(PyObj *o, int base)
{
    PyIntObj *i = (PyIntObj *)o;
    Buf b = BUF_INIT, err = BUF_INIT;
    if (!i->big && base == 10) {
        buf_printf(&b, "%lld", (long long)i->v);
    } else {
        BigInt *tmp = i->big ? NULL : bigint_from_i64(i->v);
        int rc = bigint_to_str(i->big ? i->big : tmp, base, &b, (size_t)py_vm->int_max_str_digits, &err);
        if (tmp) bigint_free(tmp);
        if (rc) {
            py_int_raise(rc, &err);
            buf_free(&b);
            buf_free(&err);
            return NULL;
        }
    }
    buf_free(&err);
    /* int's repr builds a new string, never a cached one-character one */
    PyObj *s = py_str_new_fresh(b.p ? b.p : "", b.len);
    buf_free(&b);
    return s;
}

/* int(text, base) for str objects: Unicode digits and spaces map to ASCII
 * first, as CPython's _PyUnicode_TransformDecimalAndSpaceToASCII does. */
PyObj *py_int_from_str(const char *s, size_t len, int base, PyObj *orig)
{
    Buf ascii = BUF_INIT, err = BUF_INIT;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = uni_utf8_decode(s + i, len - i, &cp);
        if (!n) {
            n = 1;
            cp = 0xFFFD;
        }
        if (cp < 128) buf_putc(&ascii, (int)cp);
        else if (uni_decimal(cp) >= 0) buf_putc(&ascii, '0' + uni_decimal(cp));
        else if (uni_isspace(cp)) buf_putc(&ascii, ' ');
        else buf_putc(&ascii, '?');
        i += n;
    }
    BigInt *out = NULL;
    int rc = bigint_from_str(ascii.p ? ascii.p : "", ascii.len, base, &out, (size_t)py_vm->int_max_str_digits, &err);
    buf_free(&ascii);
    if (rc) {
        if (rc == BIGINT_ERR_SYNTAX && orig) {
            PyObj *r = py_repr(orig);
            if (r) {
                /* CPython truncates the repr to 200 characters (%.200R) */
                const char *rs = py_str_utf8(r);
                size_t rn = py_str_nbytes(r), cut = 0, chars = 0;
                while (cut < rn && chars < 200) {
                    uint32_t cp;
                    size_t k = uni_utf8_decode(rs + cut, rn - cut, &cp);
                    cut += k ? k : 1;
                    chars++;
                }
                buf_put(&err, rs, cut);
                py_decref(r);
            }
        }
        py_int_raise(rc, &err);
        buf_free(&err);
        return NULL;
    }
    buf_free(&err);
    return py_int_from_big(out);
}

/* ---- arithmetic ---- */

/* Operands as BigInt views: a borrowed BigInt or a temporary one. */
typedef struct IntView {
    const BigInt *b;
    BigInt *tmp;
} IntView;

static IntView view(PyObj *o)
{
    PyIntObj *i = (PyIntObj *)o;
    IntView v = {i->big, NULL};
    if (!i->big) v.b = v.tmp = bigint_from_i64(i->v);
    return v;
}

static void unview(IntView *v)
{
    if (v->tmp) bigint_free(v->tmp);
}

static PyObj *big_binop(PyObj *a, PyObj *b, PyBinOp op);

static int64_t floordiv_i64(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}

static int64_t floormod_i64(int64_t a, int64_t b)
{
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

/* x ** n for n >= 0 in int64, or false on overflow. */
static bool pow_i64(int64_t x, int64_t n, int64_t *out)
{
    int64_t r = 1;
    while (n) {
        if (n & 1) {
            if (__builtin_mul_overflow(r, x, &r)) return false;
        }
        n >>= 1;
        if (n && __builtin_mul_overflow(x, x, &x)) return false;
    }
    *out = r;
    return true;
}

static PyObj *int_truediv(PyObj *a, PyObj *b)
{
    PyIntObj *x = (PyIntObj *)a, *y = (PyIntObj *)b;
    if (!x->big && !y->big) {
        if (y->v == 0) return py_err_format(&py_exc_ZeroDivisionError, "division by zero");
        /* both exact as doubles: IEEE division is correctly rounded */
        const int64_t lim = (int64_t)1 << 53;
        if (x->v > -lim && x->v < lim && y->v > -lim && y->v < lim)
            return py_float_new((double)x->v / (double)y->v);
    }
    IntView va = view(a), vb = view(b);
    double d;
    int rc = bigint_truediv(va.b, vb.b, &d);
    unview(&va);
    unview(&vb);
    if (rc) return py_int_raise(rc, NULL);
    return py_float_new(d);
}

static PyObj *int_pow(PyObj *a, PyObj *b)
{
    if (py_int_sign(b) < 0) {
        /* a negative exponent makes a float, computed by float pow */
        double x, y;
        if (py_int_to_double(a, &x) < 0 || py_int_to_double(b, &y) < 0) return NULL;
        PyObj *fa = py_float_new(x), *fb = py_float_new(y);
        PyObj *r = fa && fb ? py_binop(fa, fb, PY_OP_POW) : NULL;
        py_xdecref(fa);
        py_xdecref(fb);
        return r;
    }
    PyIntObj *x = (PyIntObj *)a, *y = (PyIntObj *)b;
    int64_t r;
    if (!x->big && !y->big && pow_i64(x->v, y->v, &r)) return py_int_from_i64(r);
    if (y->big) {
        /* only 0, 1 and -1 survive a huge exponent */
        if (!x->big && (x->v == 0 || x->v == 1)) return py_int_from_i64(x->v);
        if (!x->big && x->v == -1) {
            IntView vb = view(b);
            BigInt *two = bigint_from_i64(2), *rem = NULL;
            bigint_divmod(vb.b, two, NULL, &rem);
            bool odd = bigint_sign(rem) != 0;
            bigint_free(two);
            bigint_free(rem);
            unview(&vb);
            return py_int_from_i64(odd ? -1 : 1);
        }
        return py_err_no_memory();
    }
    IntView va = view(a);
    BigInt *res = bigint_pow(va.b, (uint64_t)y->v);
    unview(&va);
    if (!res) return py_err_no_memory();
    return py_int_from_big(res);
}

static PyObj *int_shift(PyObj *a, PyObj *b, bool left)
{
    if (py_int_sign(b) < 0) return py_err_format(&py_exc_ValueError, "negative shift count");
    PyIntObj *x = (PyIntObj *)a, *y = (PyIntObj *)b;
    if (py_int_sign(a) == 0) return py_int_from_i64(0);
    if (y->big) {
        if (left) return py_err_format(&py_exc_OverflowError, "too many digits in integer");
        return py_int_from_i64(py_int_sign(a) < 0 ? -1 : 0);
    }
    if (!x->big) {
        if (!left) {
            if (y->v >= 63) return py_int_from_i64(x->v < 0 ? -1 : 0);
            return py_int_from_i64(x->v >> y->v);
        }
        if (y->v < 62) {
            int64_t lim = INT64_MAX >> y->v;
            if (x->v <= lim && x->v >= -lim) return py_int_from_i64((int64_t)((uint64_t)x->v << y->v));
        }
    }
    IntView va = view(a);
    BigInt *res = left ? bigint_lshift(va.b, (uint64_t)y->v) : bigint_rshift(va.b, (uint64_t)y->v);
    unview(&va);
    if (!res) return py_err_no_memory();
    return py_int_from_big(res);
}

static PyObj *divmod_pair(PyObj *q, PyObj *r)
{
    if (!q || !r) {
        py_xdecref(q);
        py_xdecref(r);
        return NULL;
    }
    PyObj *t = py_tuple_pack(2, q, r);
    py_decref(q);
    py_decref(r);
    return t;
}

PyObj *py_int_binop_exact(PyObj *a, PyObj *b, PyBinOp op)
{
    PyIntObj *x = (PyIntObj *)a, *y = (PyIntObj *)b;
    if (!x->big && !y->big) {
        int64_t p = x->v, q = y->v, r;
        switch (op) {
        case PY_OP_ADD:
            if (!__builtin_add_overflow(p, q, &r)) return py_int_from_i64(r);
            break;
        case PY_OP_SUB:
            if (!__builtin_sub_overflow(p, q, &r)) return py_int_from_i64(r);
            break;
        case PY_OP_MUL:
            if (!__builtin_mul_overflow(p, q, &r)) return py_int_from_i64(r);
            break;
        case PY_OP_FLOORDIV:
            if (q == 0) return py_err_format(&py_exc_ZeroDivisionError, "integer division or modulo by zero");
            if (!(p == INT64_MIN && q == -1)) return py_int_from_i64(floordiv_i64(p, q));
            break;
        case PY_OP_MOD:
            if (q == 0) return py_err_format(&py_exc_ZeroDivisionError, "integer modulo by zero");
            if (q == -1) return py_int_from_i64(0);
            return py_int_from_i64(floormod_i64(p, q));
        case PY_OP_DIVMOD:
            if (q == 0) return py_err_format(&py_exc_ZeroDivisionError, "integer division or modulo by zero");
            if (!(p == INT64_MIN && q == -1))
                return divmod_pair(py_int_from_i64(floordiv_i64(p, q)), py_int_from_i64(floormod_i64(p, q)));
            break;
        case PY_OP_AND: return py_int_from_i64(p & q);
        case PY_OP_OR: return py_int_from_i64(p | q);
        case PY_OP_XOR: return py_int_from_i64(p ^ q);
        default: break;
        }
    }
    switch (op) {
    case PY_OP_TRUEDIV: return int_truediv(a, b);
    case PY_OP_POW: return int_pow(a, b);
    case PY_OP_LSHIFT: return int_shift(a, b, true);
    case PY_OP_RSHIFT: return int_shift(a, b, false);
    case PY_OP_MATMUL: return py_newref(PY_NOTIMPL);
    default: return big_binop(a, b, op);
    }
}

static PyObj *big_binop(PyObj *a, PyObj *b, PyBinOp op)
{
    IntView va = view(a), vb = view(b);
    BigInt *r = NULL, *q = NULL;
    PyObj *res = NULL;
    int rc = 0;
    switch (op) {
    case PY_OP_ADD: r = bigint_add(va.b, vb.b); break;
    case PY_OP_SUB: r = bigint_sub(va.b, vb.b); break;
    case PY_OP_MUL: r = bigint_mul(va.b, vb.b); break;
    case PY_OP_AND: r = bigint_and(va.b, vb.b); break;
    case PY_OP_OR: r = bigint_or(va.b, vb.b); break;
    case PY_OP_XOR: r = bigint_xor(va.b, vb.b); break;
    case PY_OP_FLOORDIV:
        rc = bigint_divmod(va.b, vb.b, &r, NULL);
        break;
    case PY_OP_MOD:
        if (bigint_sign(vb.b) == 0) {
            rc = BIGINT_ERR_MOD_ZERO;
            break;
        }
        rc = bigint_divmod(va.b, vb.b, NULL, &r);
        break;
    case PY_OP_DIVMOD:
        rc = bigint_divmod(va.b, vb.b, &q, &r);
        if (!rc) res = divmod_pair(py_int_from_big(q), py_int_from_big(r));
        unview(&va);
        unview(&vb);
        return rc ? py_int_raise(rc, NULL) : res;
    default:
        unview(&va);
        unview(&vb);
        return py_newref(PY_NOTIMPL);
    }
    unview(&va);
    unview(&vb);
    if (rc) return py_int_raise(rc, NULL);
    if (!r) return py_err_no_memory();
    return py_int_from_big(r);
}

static PyObj *int_binop(PyObj *a, PyObj *b, PyBinOp op)
{
    if (!PY_INT_CHECK(a) || !PY_INT_CHECK(b)) return py_newref(PY_NOTIMPL);
    return py_int_binop_exact(a, b, op);
}

static PyObj *int_ternary_pow(PyObj *a, PyObj *b, PyObj *m)
{
    /* complex.c: long_pow leaves a complex exponent to complex's power
     * (ternary_op's second slot), which says "complex modulo" */
    if (PY_INT_CHECK(a) && PY_COMPLEX_CHECK(b)) return PY_TYPE(b)->nb_ternary_pow(a, b, m);
    if (!PY_INT_CHECK(a) || !PY_INT_CHECK(b) || !PY_INT_CHECK(m))
        return py_err_format(&py_exc_TypeError,
                             "pow() 3rd argument not allowed unless all arguments are integers");
    IntView va = view(a), vb = view(b), vm = view(m);
    BigInt *r = NULL;
    int rc = bigint_powmod(va.b, vb.b, vm.b, &r);
    unview(&va);
    unview(&vb);
    unview(&vm);
    if (rc) return py_int_raise(rc, NULL);
    return py_int_from_big(r);
}

/* The same value as an exact int (int(True) is 1, a subclass becomes int). */
static PyObj *int_exact(PyObj *o)
{
    if (PY_IS_TYPE(o, py_int_type)) return py_newref(o);
    PyIntObj *i = (PyIntObj *)o;
    if (!i->big) return py_int_from_i64(i->v);
    return py_int_from_big(bigint_dup(i->big));
}

static PyObj *int_unary(PyObj *o, PyUnaryOp op)
{
    PyIntObj *i = (PyIntObj *)o;
    switch (op) {
    case PY_UOP_POS: return int_exact(o);
    case PY_UOP_NEG:
        if (!i->big && i->v != INT64_MIN) return py_int_from_i64(-i->v);
        {
            IntView v = view(o);
            BigInt *r = bigint_neg(v.b);
            unview(&v);
            return py_int_from_big(r);
        }
    case PY_UOP_INVERT:
        if (!i->big) return py_int_from_i64(~i->v);
        return py_int_from_big(bigint_invert(i->big));
    }
    return py_newref(PY_NOTIMPL);
}

static int int_bool(PyObj *o) { return py_int_sign(o) != 0; }

static PyObj *int_float(PyObj *o)
{
    double d;
    if (py_int_to_double(o, &d) < 0) return NULL;
    return py_float_new(d);
}

int64_t py_int_hash(PyObj *o)
{
    PyIntObj *i = (PyIntObj *)o;
    return i->big ? bigint_hash(i->big) : bigint_hash_i64(i->v);
}

int py_int_compare(PyObj *a, PyObj *b)
{
    PyIntObj *x = (PyIntObj *)a, *y = (PyIntObj *)b;
    if (!x->big && !y->big) return (x->v > y->v) - (x->v < y->v);
    if (x->big && !y->big) return bigint_cmp_i64(x->big, y->v);
    if (!x->big && y->big) return -bigint_cmp_i64(y->big, x->v);
    return bigint_cmp(x->big, y->big);
}

bool py_cmp_result(int c, int op)
{
    switch (op) {
    case PY_LT: return c < 0;
    case PY_LE: return c <= 0;
    case PY_EQ: return c == 0;
    case PY_NE: return c != 0;
    case PY_GT: return c > 0;
    default: return c >= 0;
    }
}

static PyObj *int_richcompare(PyObj *a, PyObj *b, int op)
{
    if (!PY_INT_CHECK(a) || !PY_INT_CHECK(b)) return py_newref(PY_NOTIMPL);
    return py_bool(py_cmp_result(py_int_compare(a, b), op));
}

static PyObj *int_repr(PyObj *o) { return py_int_to_str(o, 10); }

static void int_dealloc(PyObj *o)
{
    PyIntObj *i = (PyIntObj *)o;
    if (i->big) bigint_free(i->big);
    i->big = NULL;
}

static size_t int_sizeof(PyObj *o) { return int_simsize(py_int_ndigits(o)); }

/* int(x=0) / int(x, base=10) */
static PyObj *int_value_from_args(PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"", "base"};
    PyObj *v[2];
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    if (nargs + nkw > 2)
        return py_err_format(&py_exc_TypeError, "int() takes at most 2 arguments (%zd given)", (int64_t)(nargs + nkw));
    if (nkw && py_parse_args("int", args, nargs, kwnames, names, 2, 0, 0, v) < 0) return NULL;
    if (!nkw) {
        v[0] = nargs > 0 ? args[0] : NULL;
        v[1] = nargs > 1 ? args[1] : NULL;
    }
    PyObj *x = v[0], *base_obj = v[1];
    if (!x) {
        if (base_obj) return py_err_format(&py_exc_TypeError, "int() missing string argument");
        return py_int_from_i64(0);
    }
    int64_t base = 10;
    if (base_obj) {
        if (py_as_ssize(base_obj, &base) < 0) return NULL;
        if (base != 0 && (base < 2 || base > 36))
            return py_err_format(&py_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    if (PY_STR_CHECK(x)) return py_int_from_str(py_str_utf8(x), py_str_nbytes(x), (int)base, x);
    if (py_isinstance_c(x, &py_bytes_type) || py_isinstance_c(x, &py_bytearray_type)) {
        const unsigned char *d;
        size_t n;
        py_bytes_view(x, &d, &n);
        Buf err = BUF_INIT;
        BigInt *out = NULL;
        int rc = bigint_from_str((const char *)d, n, (int)base, &out, (size_t)py_vm->int_max_str_digits, &err);
        if (rc) {
            if (rc == BIGINT_ERR_SYNTAX) {
                PyObj *r = py_repr(x);
                if (r) {
                    buf_put(&err, py_str_utf8(r), py_str_nbytes(r));
                    py_decref(r);
                }
            }
            py_int_raise(rc, &err);
            buf_free(&err);
            return NULL;
        }
        buf_free(&err);
        return py_int_from_big(out);
    }
    if (base_obj) return py_err_format(&py_exc_TypeError, "int() can't convert non-string with explicit base");
    PyObj *r = py_number_int(x);
    if (r && !PY_IS_TYPE(r, py_int_type)) {
        if (!PY_INT_CHECK(r)) {
            py_err_format(&py_exc_TypeError, "__int__ returned non-int (type %s)", py_type_name(r));
            py_decref(r);
            return NULL;
        }
        PyObj *e = int_exact(r);
        py_decref(r);
        return e;
    }
    return r;
}

static PyObj *int_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyObj *v = int_value_from_args(args, nargs, kwnames);
    if (!v || type == &py_int_type) return v;
    PyIntObj *i = (PyIntObj *)v;
    PyObj *r = int_alloc(type, i->v, i->big ? bigint_dup(i->big) : NULL);
    py_decref(v);
    return r;
}

PyType py_int_type = {
    .name = "int",
    .tpflags = PY_TPF_BASETYPE | PY_TPF_INT_SUBCLASS,
    .csize = sizeof(PyIntObj),
    .basicsize = 24,
    .itemsize = 4,
    .tp_new = int_new,
    .tp_dealloc = int_dealloc,
    .tp_sizeof = int_sizeof,
    .tp_repr = int_repr,
    .tp_hash = py_int_hash,
    .tp_richcompare = int_richcompare,
    .nb_binop = int_binop,
    .nb_ternary_pow = int_ternary_pow,
    .nb_unary = int_unary,
    .nb_bool = int_bool,
    .nb_index = int_exact,
    .nb_int = int_exact,
    .nb_float = int_float,
    .nb_fwd = ~PY_OPBIT(PY_OP_MATMUL),
    .nb_rev = ~PY_OPBIT(PY_OP_MATMUL),
    .methods = py_int_methods,
    .getset = py_int_getset,
};

/* ---- bool ---- */

/* 3.12's bool_repr returns the runtime's static identifiers, so
 * str(True) is "True" (an interned literal) holds. */
static PyObj *bool_repr(PyObj *o) { return py_newref(o == PY_TRUE ? PY_ID(True) : PY_ID(False)); }

static PyObj *bool_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (py_no_kwargs("bool", kwnames) < 0) return NULL;
    if (nargs > 1) return py_err_format(&py_exc_TypeError, "bool expected at most 1 argument, got %zd", (int64_t)nargs);
    if (nargs == 0) return py_newref(PY_FALSE);
    int t = py_truthy(args[0]);
    return t < 0 ? NULL : py_bool(t);
}

static PyObj *bool_binop(PyObj *a, PyObj *b, PyBinOp op)
{
    if ((op == PY_OP_AND || op == PY_OP_OR || op == PY_OP_XOR) && PY_BOOL_CHECK(a) && PY_BOOL_CHECK(b)) {
        bool x = a == PY_TRUE, y = b == PY_TRUE;
        return py_bool(op == PY_OP_AND ? x && y : op == PY_OP_OR ? x || y : x != y);
    }
    return int_binop(a, b, op);
}

static PyObj *bool_unary(PyObj *o, PyUnaryOp op)
{
    /* ~True is still allowed in 3.12 (deprecated with a warning) */
    return int_unary(o, op);
}

PyType py_bool_type = {
    .name = "bool",
    .base = &py_int_type,
    .tpflags = PY_TPF_INT_SUBCLASS,
    .csize = sizeof(PyIntObj),
    .basicsize = 24,
    .tp_new = bool_new,
    .tp_repr = bool_repr,
    .nb_binop = bool_binop,
    .nb_unary = bool_unary,
    .nb_fwd = PY_OPBIT(PY_OP_AND) | PY_OPBIT(PY_OP_OR) | PY_OPBIT(PY_OP_XOR),
    .nb_rev = PY_OPBIT(PY_OP_AND) | PY_OPBIT(PY_OP_OR) | PY_OPBIT(PY_OP_XOR),
};

/* ---- the static ints and bools of a run ---- */

void py_int_init_statics(PyVM *vm)
{
    /* one array of 32-byte PyLongObjects among the runtime's singletons */
    size_t n = PY_NSMALLNEG + PY_NSMALLPOS;
    PyIntObj *cache = xcalloc(n + 2, sizeof(PyIntObj));
    vm->int_cache_mem = cache;
    uint64_t base = heap_singleton_addr(HEAP_AT_SMALL_INTS);
    for (size_t i = 0; i < n; i++) {
        PyIntObj *o = &cache[i];
        o->ob.ob_type = &py_int_type;
        o->ob.ob_refcnt = PY_IMMORTAL_REFCNT;
        o->ob.ob_flags = PY_OBF_IMMORTAL | PY_OBF_STATIC | PY_OBF_SMALLINT;
        o->ob.ob_id = base + 32 * i;
        o->ob.ob_simsize = 32;
        o->v = (int64_t)i - PY_NSMALLNEG;
        vm->small_ints[i] = (PyObj *)o;
    }
    PyIntObj *f = &cache[n], *t = &cache[n + 1];
    f->ob.ob_type = t->ob.ob_type = &py_bool_type;
    f->ob.ob_refcnt = t->ob.ob_refcnt = PY_IMMORTAL_REFCNT;
    f->ob.ob_flags = t->ob.ob_flags = PY_OBF_IMMORTAL | PY_OBF_STATIC;
    f->ob.ob_simsize = t->ob.ob_simsize = 32;
    f->ob.ob_id = heap_singleton_addr(HEAP_AT_FALSE);
    t->ob.ob_id = heap_singleton_addr(HEAP_AT_TRUE);
    f->v = 0;
    t->v = 1;
    vm->false_obj = (PyObj *)f;
    vm->true_obj = (PyObj *)t;
}
