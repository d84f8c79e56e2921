/* int_methods.c — the methods and computed attributes of int (bool
 * inherits them): bit_length, to_bytes, __round__, __format__ ... */
#include <string.h>

#include "pysim/bigint.h"
#include "pysim/bytes_impl.h"
#include "pysim/int_impl.h"
#include "pysim/numfmt.h"
#include "pysim/obj.h"
#include "pysim/vm.h"

static PyObj *exact(PyObj *o) { return PY_TYPE(o)->nb_index(o); }

static PyObj *int_bit_length(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    BigInt *b = py_int_to_big(self);
    int64_t r = bigint_bit_length(b);
    bigint_free(b);
    return py_int_from_i64(r);
}

static PyObj *int_bit_count(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    BigInt *b = py_int_to_big(self);
    int64_t r = bigint_bit_count(b);
    bigint_free(b);
    return py_int_from_i64(r);
}

static PyObj *int_conjugate(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return exact(self); }
static PyObj *int_trunc(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return exact(self); }

static PyObj *int_is_integer(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return py_newref(PY_TRUE); }

static PyObj *int_abs(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    if (py_int_sign(self) < 0) return py_unaryop(self, PY_UOP_NEG);
    return exact(self);
}

static PyObj *int_as_integer_ratio(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyObj *num = exact(self), *one = py_int_from_i64(1);
    PyObj *t = py_tuple_pack(2, num, one);
    py_decref(num);
    return t;
}

/* round(n, ndigits): ties to even at 10**-ndigits. */
static PyObj *int_round(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    if (n == 0 || a[0] == PY_NONE) return exact(self);
    PyObj *nd = py_number_index(a[0]);
    if (!nd) return NULL;
    if (py_int_sign(nd) >= 0) {
        py_decref(nd);
        return exact(self);
    }
    PyObj *ten = py_int_from_i64(10);
    PyObj *neg = py_unaryop(nd, PY_UOP_NEG);
    py_decref(nd);
    PyObj *p = py_int_binop_exact(ten, neg, PY_OP_POW);
    py_decref(ten);
    py_decref(neg);
    if (!p) return NULL;
    PyObj *qr = py_int_binop_exact(self, p, PY_OP_DIVMOD);
    if (!qr) {
        py_decref(p);
        return NULL;
    }
    PyObj *q = py_newref(py_tuple_item(qr, 0)), *r = py_tuple_item(qr, 1);
    PyObj *two = py_int_from_i64(2);
    PyObj *r2 = py_int_binop_exact(r, two, PY_OP_MUL);
    int c = py_int_compare(r2, p);
    py_decref(r2);
    bool odd = false;
    if (c == 0) {
        PyObj *m = py_int_binop_exact(q, two, PY_OP_MOD);
        odd = py_int_sign(m) != 0;
        py_decref(m);
    }
    py_decref(qr);
    if (c > 0 || (c == 0 && odd)) {
        PyObj *one = py_int_from_i64(1);
        py_setref(&q, py_int_binop_exact(q, one, PY_OP_ADD));
    }
    PyObj *res = py_int_binop_exact(q, p, PY_OP_MUL);
    py_decref(q);
    py_decref(p);
    return res;
}

static PyObj *int_format(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    if (!PY_STR_CHECK(a[0]))
        return py_err_format(&py_exc_TypeError, "__format__() argument must be str, not %s", py_type_name(a[0]));
    if (py_str_len(a[0]) == 0) return py_str(self);
    FmtSpec spec;
    Buf err = BUF_INIT, out = BUF_INIT;
    NumfmtStatus st =
        numfmt_parse_spec(py_str_utf8(a[0]), py_str_nbytes(a[0]), NUMFMT_INT, py_type_name(self), &spec, &err);
    if (st == NUMFMT_OK) {
        int base = numfmt_int_base(&spec);
        if (base == 0) {
            double d;
            if (py_int_to_double(self, &d) < 0) {
                buf_free(&err);
                return NULL;
            }
            st = numfmt_format_float(&out, d, &spec, &err);
        } else {
            BigInt *b = py_int_to_big(self);
            bool negative = bigint_sign(b) < 0;
            BigInt *mag = bigint_abs(b);
            Buf digits = BUF_INIT, derr = BUF_INIT;
            int rc = bigint_to_str(mag, base, &digits, base == 10 ? (size_t)py_vm->int_max_str_digits : 0, &derr);
            bigint_free(b);
            bigint_free(mag);
            if (rc) {
                buf_free(&digits);
                buf_free(&err);
                py_int_raise(rc, &derr);
                buf_free(&derr);
                return NULL;
            }
            buf_free(&derr);
            st = numfmt_format_int(&out, negative, digits.p, digits.len, &spec, &err);
            buf_free(&digits);
        }
    }
    if (st != NUMFMT_OK) {
        buf_free(&out);
        if (st == NUMFMT_TOO_BIG) {
            buf_free(&err);
            return py_stop_limit("formatted number too large");
        }
        py_err_format(st == NUMFMT_OVERFLOW_ERROR ? &py_exc_OverflowError : &py_exc_ValueError, "%s",
                      err.p ? err.p : "invalid format");
        buf_free(&err);
        return NULL;
    }
    buf_free(&err);
    return py_str_from_buf(&out);
}

static int byteorder_arg(PyObj *o, bool *little)
{
    if (!o) {
        *little = false;
        return 0;
    }
    if (!PY_STR_CHECK(o)) {
        py_err_format(&py_exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %s", py_type_name(o));
        return -1;
    }
    if (py_str_eq_c(o, "little")) *little = true;
    else if (py_str_eq_c(o, "big")) *little = false;
    else {
        py_err_format(&py_exc_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

static PyObj *int_to_bytes(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"length", "byteorder", "signed"};
    PyObj *v[3];
    if (py_parse_args("to_bytes", args, nargs, kwnames, names, 2, 1, 0, v) < 0) return NULL;
    int64_t length = 1;
    if (v[0] && py_as_ssize(v[0], &length) < 0) return NULL;
    if (length < 0) return py_err_format(&py_exc_ValueError, "length argument must be non-negative");
    bool little, is_signed = false;
    if (byteorder_arg(v[1], &little) < 0) return NULL;
    if (v[2]) {
        int t = py_truthy(v[2]);
        if (t < 0) return NULL;
        is_signed = t;
    }
    if (!is_signed && py_int_sign(self) < 0)
        return py_err_format(&py_exc_OverflowError, "can't convert negative int to unsigned");
    if (length > (1 << 24)) return py_err_no_memory();
    /* two's complement, byte by byte */
    BigInt *b = py_int_to_big(self), *mask = bigint_from_i64(255);
    unsigned char *out = xcalloc((size_t)length + 1, 1);
    BigInt *cur = bigint_dup(b);
    for (int64_t i = 0; i < length; i++) {
        BigInt *byte = bigint_and(cur, mask);
        int64_t bv;
        bigint_to_i64(byte, &bv);
        bigint_free(byte);
        out[little ? i : length - 1 - i] = (unsigned char)bv;
        BigInt *next = bigint_rshift(cur, 8);
        bigint_free(cur);
        cur = next;
    }
    /* what is left must be all sign bits, and the sign must survive */
    int rest = bigint_sign(cur);
    bool fits = is_signed ? (rest == 0 && (length == 0 ? bigint_sign(b) == 0 : !(out[little ? length - 1 : 0] & 0x80))) ||
                                (bigint_cmp_i64(cur, -1) == 0 && length > 0 && (out[little ? length - 1 : 0] & 0x80))
                          : rest == 0;
    bigint_free(cur);
    bigint_free(b);
    bigint_free(mask);
    if (!fits) {
        free(out);
        return py_err_format(&py_exc_OverflowError, "int too big to convert");
    }
    /* int.to_bytes builds its result: never one of the cached bytes */
    PyObj *r = py_bytes_alloc((size_t)length);
    if (r) memcpy(py_bytes_wdata(r), out, (size_t)length);
    free(out);
    return r;
}

static PyObj *int_from_bytes(PyObj *cls, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    PyObj *v[3];
    if (py_parse_args("from_bytes", args, nargs, kwnames, names, 2, 1, 1, v) < 0) return NULL;
    bool little, is_signed = false;
    if (byteorder_arg(v[1], &little) < 0) return NULL;
    if (v[2]) {
        int t = py_truthy(v[2]);
        if (t < 0) return NULL;
        is_signed = t;
    }
    PyObj *bytes = py_bytes_from_object(v[0]);
    if (!bytes) return NULL;
    const unsigned char *d;
    size_t len;
    py_bytes_view(bytes, &d, &len);
    BigInt *acc = bigint_from_i64(0);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = d[little ? len - 1 - i : i];
        BigInt *s = bigint_lshift(acc, 8), *cb = bigint_from_i64(c);
        bigint_free(acc);
        acc = bigint_or(s, cb);
        bigint_free(s);
        bigint_free(cb);
    }
    if (is_signed && len && (d[little ? len - 1 : 0] & 0x80)) {
        BigInt *one = bigint_from_i64(1), *full = bigint_lshift(one, 8 * (uint64_t)len);
        BigInt *neg = bigint_sub(acc, full);
        bigint_free(one);
        bigint_free(full);
        bigint_free(acc);
        acc = neg;
    }
    py_decref(bytes);
    PyObj *r = py_int_from_big(acc);
    if (r && cls != (PyObj *)&py_int_type) {
        PyObj *sub = py_call1(cls, r);
        py_decref(r);
        return sub;
    }
    return r;
}

static PyObj *int_getnewargs(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyObj *e = exact(self);
    PyObj *t = py_tuple_pack(1, e);
    py_decref(e);
    return t;
}

static PyObj *int_get_self(PyObj *self) { return exact(self); }
static PyObj *int_get_zero(PyObj *self) { return py_int_from_i64(0); }
static PyObj *int_get_one(PyObj *self) { return py_int_from_i64(1); }

const PyMethodDef py_int_methods[] = {
    {"bit_length", int_bit_length, 0, 0, 0},
    {"bit_count", int_bit_count, 0, 0, 0},
    {"conjugate", int_conjugate, 0, 0, 0},
    {"is_integer", int_is_integer, 0, 0, 0},
    {"as_integer_ratio", int_as_integer_ratio, 0, 0, 0},
    {"to_bytes", int_to_bytes, 0, 2, PY_METH_KEYWORDS},
    {"from_bytes", int_from_bytes, 0, 2, PY_METH_KEYWORDS | PY_METH_CLASS},
    {"__abs__", int_abs, 0, 0, 0},
    {"__round__", int_round, 0, 1, 0},
    {"__trunc__", int_trunc, 0, 0, 0},
    {"__floor__", int_trunc, 0, 0, 0},
    {"__ceil__", int_trunc, 0, 0, 0},
    {"__format__", int_format, 1, 1, 0},
    {"__getnewargs__", int_getnewargs, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

const PyGetSetDef py_int_getset[] = {
    {"real", int_get_self, NULL},
    {"imag", int_get_zero, NULL},
    {"numerator", int_get_self, NULL},
    {"denominator", int_get_one, NULL},
    {NULL, NULL, NULL},
};
