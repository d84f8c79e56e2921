/* mod_math_exact.c — the math functions that do their own exact or
 * compensated arithmetic rather than call libm: hypot and dist (scaled,
 * double-length sums of squares), fsum (exact partial sums), sumprod
 * (triple-length dot product), prod, and the integer functions factorial,
 * gcd, lcm, isqrt, comb and perm.
 *
 * Invariants: the float results are bit for bit CPython 3.12's, because the
 * algorithms are CPython's (Ogita-Rump-Oishi double/triple length
 * arithmetic, Shewchuk partials with half-even correction, vector_norm's
 * differential correction of the root); the integer results are exact,
 * computed with bigint.h in C memory so that only the result becomes a
 * simulated object, and the int/float fast paths of prod and sumprod run
 * exactly as long as CPython's do, so the result types agree.
 */
#include <float.h>
#include <math.h>

#include "pysim/bigint.h"
#include "pysim/mod_math_impl.h"
#include "pysim/obj.h"
#include "pysim/vm.h"

/* The largest factorial / comb / perm result (in bits) the simulator
 * computes; CPython has no such limit but takes ever longer. */
#define MATH_MAX_RESULT_BITS ((int64_t)1 << 22)

/* ASSIGN_DOUBLE: exact floats and ints read directly (no temporary float
 * object, as in CPython), anything else as PyFloat_AsDouble. */
static int assign_double(PyObj *o, double *out)
{
    if (PY_IS_TYPE(o, py_float_type)) {
        *out = py_float_value(o);
        return 0;
    }
    if (PY_IS_TYPE(o, py_int_type)) return py_int_to_double(o, out);
    return py_math_to_double(o, out);
}

/* ---- double-length arithmetic (Ogita, Rump, Oishi), for hypot/sumprod ---- */

typedef struct { double hi, lo; } DoubleLength;
typedef struct { double hi, lo, tiny; } TripleLength;

static DoubleLength dl_fast_sum(double a, double b) /* |a| >= |b| */
{
    double x = a + b;
    return (DoubleLength){x, (a - x) + b};
}

static DoubleLength dl_sum(double a, double b)
{
    double x = a + b, z = x - a;
    return (DoubleLength){x, (a - (x - z)) + (b - z)};
}

static DoubleLength dl_mul(double x, double y)
{
    double z = x * y;
    return (DoubleLength){z, fma(x, y, -z)};
}

static TripleLength tl_fma(double x, double y, TripleLength t)
{
    DoubleLength pr = dl_mul(x, y), sm = dl_sum(t.hi, pr.hi), r1 = dl_sum(t.lo, pr.lo), r2 = dl_sum(r1.hi, sm.lo);
    return (TripleLength){sm.hi, r2.hi, t.tiny + r1.lo + r2.lo};
}

static double tl_to_d(TripleLength t)
{
    DoubleLength last = dl_sum(t.lo, t.hi);
    return t.tiny + last.lo + last.hi;
}

/* sqrt(sum(x*x for x in vec)) for non-negative vec, max its largest:
 * power-of-two scaling, exact squares, compensated sums and a
 * differential correction of the root, as CPython's vector_norm. */
static double vector_norm(size_t n, double *vec, double max, bool found_nan)
{
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (size_t i = 0; i < n; i++) vec[i] /= DBL_MIN; /* subnormals to normals */
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e), csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    DoubleLength pr, sm;
    for (size_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        pr = dl_mul(x, x);
        sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    pr = dl_mul(-h, h);
    sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}


PyObj *py_math_hypot(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    double *v = xmalloc((n ? n : 1) * sizeof *v), max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        if (assign_double(a[i], &v[i]) < 0) {
            free(v);
            return NULL;
        }
        v[i] = fabs(v[i]);
        found_nan |= isnan(v[i]);
        if (v[i] > max) max = v[i];
    }
    double r = vector_norm(n, v, max, found_nan);
    free(v);
    return py_float_new(r);
}

PyObj *py_math_dist(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyObj *p = PY_TUPLE_CHECK(a[0]) ? py_newref(a[0]) : py_tuple_from_iter(a[0]);
    if (!p) return NULL;
    PyObj *q = PY_TUPLE_CHECK(a[1]) ? py_newref(a[1]) : py_tuple_from_iter(a[1]);
    if (!q) {
        py_decref(p);
        return NULL;
    }
    PyObj *r = NULL;
    size_t m = py_tuple_size(p), len = py_tuple_size(q);
    double *v = xmalloc((len ? len : 1) * sizeof *v), max = 0.0;
    bool found_nan = false;
    if (m != len) {
        py_err_format(&py_exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    for (size_t i = 0; i < len; i++) {
        double px, qx;
        if (assign_double(py_tuple_item(p, i), &px) < 0 || assign_double(py_tuple_item(q, i), &qx) < 0) goto done;
        v[i] = fabs(px - qx);
        found_nan |= isnan(v[i]);
        if (v[i] > max) max = v[i];
    }
    r = py_float_new(vector_norm(len, v, max, found_nan));
done:
    free(v);
    py_decref(p);
    py_decref(q);
    return r;
}


/* ---- sums and products ---- */

/* fsum: Shewchuk's exact partial sums, rounded once at the end (msum). */
PyObj *py_math_fsum(PyObj *self, PyObj *const *a, size_t nargs, PyObj *k)
{
    PyObj *it = py_iter(a[0]), *sum = NULL;
    if (!it) return NULL;
    size_t n = 0, m = 32;
    double *p = xmalloc(m * sizeof *p), special_sum = 0.0, inf_sum = 0.0, hi, lo = 0.0, yr, x, y;
    for (;;) {
        PyObj *item = py_next(it);
        if (!item) {
            if (py_err_occurred()) goto done;
            break;
        }
        int rc = assign_double(item, &x);
        py_decref(item);
        if (rc < 0) goto done;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* from overflow, or from an inf or nan summand */
                if (isfinite(xsave)) {
                    py_err_format(&py_exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= m) p = xrealloc(p, (m *= 2) * sizeof *p);
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) py_err_format(&py_exc_ValueError, "-inf + inf in fsum");
        else sum = py_float_new(special_sum);
        goto done;
    }
    hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        /* add the partials from the top until the sum becomes inexact */
        while (n > 0) {
            x = hi;
            y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* round half to even across several partials */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            y = lo * 2.0;
            x = hi + y;
            yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    sum = py_float_new(hi);
done:
    free(p);
    py_decref(it);
    return sum;
}

/* a * b into *out unless it overflows int64. */
static bool mul_i64(int64_t a, int64_t b, int64_t *out) { return !__builtin_mul_overflow(a, b, out); }

/* result = result * item, consuming both references. */
static PyObj *mul_consume(PyObj *result, PyObj *item)
{
    PyObj *t = result ? py_binop(result, item, PY_OP_MUL) : NULL;
    py_xdecref(result);
    py_decref(item);
    return t;
}

/* prod: C fast paths for exact ints and floats while they last, then
 * Python multiplication, as CPython does (so the result types agree). */
PyObj *py_math_prod(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"iterable", "start"};
    PyObj *v[2];
    if (py_math_clinic_args("prod", args, nargs, kwnames, names, 2, 1, 1, 1, v) < 0) return NULL;
    PyObj *it = py_iter(v[0]);
    if (!it) return NULL;
    PyObj *result = py_newref(v[1] ? v[1] : py_int_from_i64(1)), *item;
    int64_t i_result;
    if (PY_IS_TYPE(result, py_int_type) && py_int_as_i64(result, &i_result)) {
        py_decref(result);
        result = NULL;
        while (!result) {
            if (!(item = py_next(it))) {
                py_decref(it);
                return py_err_occurred() ? NULL : py_int_from_i64(i_result);
            }
            int64_t b, r;
            if (PY_IS_TYPE(item, py_int_type) && py_int_as_i64(item, &b) && mul_i64(i_result, b, &r)) {
                i_result = r;
                py_decref(item);
                continue;
            }
            if (!(result = mul_consume(py_int_from_i64(i_result), item))) goto fail;
        }
    }
    if (PY_IS_TYPE(result, py_float_type)) {
        double f_result = py_float_value(result);
        py_decref(result);
        result = NULL;
        while (!result) {
            if (!(item = py_next(it))) {
                py_decref(it);
                return py_err_occurred() ? NULL : py_float_new(f_result);
            }
            int64_t b;
            if (PY_IS_TYPE(item, py_float_type) || (PY_IS_TYPE(item, py_int_type) && py_int_as_i64(item, &b))) {
                f_result *= PY_IS_TYPE(item, py_float_type) ? py_float_value(item) : (double)b;
                py_decref(item);
                continue;
            }
            if (!(result = mul_consume(py_float_new(f_result), item))) goto fail;
        }
    }
    while ((item = py_next(it)))
        if (!(result = mul_consume(result, item))) goto fail;
    if (py_err_occurred()) py_clear(&result);
    py_decref(it);
    return result;
fail:
    py_decref(it);
    return NULL;
}

/* total + term, consuming both; NULL on error. */
static PyObj *add_consume(PyObj *total, PyObj *term)
{
    PyObj *t = term ? py_binop(total, term, PY_OP_ADD) : NULL;
    py_decref(total);
    py_xdecref(term);
    return t;
}

/* sumprod: an int64 path and a triple-length float path that each run
 * while their inputs allow, flushed into the Python total when they stop,
 * then plain Python arithmetic. */
PyObj *py_math_sumprod(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyObj *p_it = py_iter(a[0]), *q_it = NULL, *total = NULL, *p_i = NULL, *q_i = NULL;
    if (!p_it || !(q_it = py_iter(a[1]))) goto fail;
    total = py_int_from_i64(0);
    bool int_path = true, int_used = false, flt_path = true, flt_used = false;
    int64_t int_total = 0;
    TripleLength flt_total = {0.0, 0.0, 0.0};
    for (;;) {
        p_i = py_next(p_it);
        if (!p_i && py_err_occurred()) goto fail;
        q_i = py_next(q_it);
        if (!q_i && py_err_occurred()) goto fail;
        if (!p_i != !q_i) {
            py_err_format(&py_exc_ValueError, "Inputs are not the same length");
            goto fail;
        }
        bool finished = !p_i;
        if (int_path) {
            int64_t ip, iq, prod, sum;
            if (!finished && PY_IS_TYPE(p_i, py_int_type) && PY_IS_TYPE(q_i, py_int_type) &&
                py_int_as_i64(p_i, &ip) && py_int_as_i64(q_i, &iq) && mul_i64(ip, iq, &prod) &&
                !__builtin_add_overflow(int_total, prod, &sum)) {
                int_total = sum;
                int_used = true;
                py_clear(&p_i);
                py_clear(&q_i);
                continue;
            }
            int_path = false;
            if (int_used && !(total = add_consume(total, py_int_from_i64(int_total)))) goto fail;
            int_used = false;
        }
        if (flt_path) {
            if (!finished) {
                bool pf = PY_IS_TYPE(p_i, py_float_type), qf = PY_IS_TYPE(q_i, py_float_type);
                bool pint = PY_IS_TYPE(p_i, py_int_type) || PY_BOOL_CHECK(p_i);
                bool qint = PY_IS_TYPE(q_i, py_int_type) || PY_BOOL_CHECK(q_i);
                double fp = 0, fq = 0;
                bool ok = (pf && qf) || (pf && qint) || (qf && pint);
                if (ok) {
                    if (pf) fp = py_float_value(p_i);
                    else if (py_int_to_double(p_i, &fp) < 0) ok = false;
                    if (qf) fq = py_float_value(q_i);
                    else if (ok && py_int_to_double(q_i, &fq) < 0) ok = false;
                    if (!ok) py_err_clear();
                }
                if (ok) {
                    TripleLength t = tl_fma(fp, fq, flt_total);
                    if (isfinite(t.hi)) {
                        flt_total = t;
                        flt_used = true;
                        py_clear(&p_i);
                        py_clear(&q_i);
                        continue;
                    }
                }
            }
            flt_path = false;
            if (flt_used && !(total = add_consume(total, py_float_new(tl_to_d(flt_total))))) goto fail;
            flt_used = false;
        }
        if (finished) break;
        if (!(total = add_consume(total, py_binop(p_i, q_i, PY_OP_MUL)))) goto fail;
        py_clear(&p_i);
        py_clear(&q_i);
    }
    py_decref(p_it);
    py_decref(q_it);
    return total;
fail:
    py_xdecref(p_it);
    py_xdecref(q_it);
    py_xdecref(total);
    py_xdecref(p_i);
    py_xdecref(q_i);
    return NULL;
}

/* ---- integer functions ---- */

/* The product of the integers in [lo, hi) (NEW), by halves so the
 * multiplications stay balanced. */
static BigInt *range_product(uint64_t lo, uint64_t hi)
{
    if (hi - lo <= 8) {
        BigInt *r = bigint_from_u64(1);
        uint64_t acc = 1;
        for (uint64_t i = lo; i < hi; i++) {
            if (acc > UINT64_MAX / i) {
                BigInt *m = bigint_from_u64(acc), *t = bigint_mul(r, m);
                bigint_free(r);
                bigint_free(m);
                r = t;
                acc = 1;
            }
            acc *= i;
        }
        BigInt *m = bigint_from_u64(acc), *t = bigint_mul(r, m);
        bigint_free(r);
        bigint_free(m);
        return t;
    }
    uint64_t mid = lo + (hi - lo) / 2;
    BigInt *l = range_product(lo, mid), *r = range_product(mid, hi), *t = bigint_mul(l, r);
    bigint_free(l);
    bigint_free(r);
    return t;
}

/* The product of the BigInts base - i for i in [lo, hi) (NEW). */
static BigInt *falling_product(const BigInt *base, uint64_t lo, uint64_t hi)
{
    if (hi - lo == 1) {
        BigInt *d = bigint_from_u64(lo), *t = bigint_sub(base, d);
        bigint_free(d);
        return t;
    }
    uint64_t mid = lo + (hi - lo) / 2;
    BigInt *l = falling_product(base, lo, mid), *r = falling_product(base, mid, hi), *t = bigint_mul(l, r);
    bigint_free(l);
    bigint_free(r);
    return t;
}

/* Stops the run when a result would pass MATH_MAX_RESULT_BITS. */
static bool too_big(double bits, const char *what)
{
    if (bits <= (double)MATH_MAX_RESULT_BITS) return false;
    py_stop_limit("%s with a result of more than %lld bits", what, (long long)MATH_MAX_RESULT_BITS);
    return true;
}

static PyObj *factorial_of(PyObj *arg)
{
    PyObj *n = py_math_to_index(arg);
    if (!n) return NULL;
    int64_t x;
    bool fits = py_int_as_i64(n, &x);
    int sign = py_int_sign(n);
    py_decref(n);
    if (!fits && sign > 0)
        return py_err_format(&py_exc_OverflowError, "factorial() argument should not exceed 9223372036854775807");
    if (sign < 0) return py_err_format(&py_exc_ValueError, "factorial() not defined for negative values");
    if (x < 2) return py_int_from_i64(1);
    if (too_big((double)x * log2((double)x), "math.factorial()")) return NULL;
    return py_int_from_big(range_product(2, (uint64_t)x + 1));
}

PyObj *py_math_factorial(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return factorial_of(a[0]); }

/* gcd(|a|, |b|) by Euclid's algorithm (NEW). */
static BigInt *big_gcd(const BigInt *a, const BigInt *b)
{
    BigInt *x = bigint_abs(a), *y = bigint_abs(b);
    while (bigint_sign(y)) {
        BigInt *r;
        bigint_divmod(x, y, NULL, &r);
        bigint_free(x);
        x = y;
        y = r;
    }
    bigint_free(y);
    return x;
}

/* gcd / lcm of all arguments.  The running result stops changing once it
 * is 1 (gcd) or 0 (lcm); later arguments are then only checked. */
static PyObj *gcd_lcm(PyObj *const *a, size_t n, bool lcm)
{
    if (n == 0) return py_int_from_i64(lcm ? 1 : 0);
    PyObj *res = py_math_to_index(a[0]);
    if (!res) return NULL;
    if (n == 1) {
        PyObj *r = py_abs(res);
        py_decref(res);
        return r;
    }
    PyObj *fixed = py_int_from_i64(lcm ? 0 : 1);
    for (size_t i = 1; i < n; i++) {
        PyObj *x = py_number_index(a[i]);
        if (!x) {
            py_decref(res);
            return NULL;
        }
        if (res != fixed) {
            BigInt *bx = py_int_to_big(x), *br = py_int_to_big(res), *r;
            if (!lcm) {
                r = big_gcd(br, bx);
            } else if (!bigint_sign(bx) || !bigint_sign(br)) {
                r = bigint_from_i64(0);
            } else {
                BigInt *g = big_gcd(br, bx), *f, *m;
                bigint_divmod(br, g, &f, NULL);
                m = bigint_mul(f, bx);
                r = bigint_abs(m);
                bigint_free(g);
                bigint_free(f);
                bigint_free(m);
            }
            bigint_free(bx);
            bigint_free(br);
            py_setref(&res, py_int_from_big(r));
        }
        py_decref(x);
        if (!res) return NULL;
    }
    return res;
}

PyObj *py_math_gcd(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return gcd_lcm(a, n, false); }
PyObj *py_math_lcm(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return gcd_lcm(a, n, true); }

PyObj *py_math_isqrt(PyObj *self, PyObj *const *a, size_t nargs, PyObj *k)
{
    PyObj *n = py_number_index(a[0]);
    if (!n) return NULL;
    BigInt *b = py_int_to_big(n);
    py_decref(n);
    if (bigint_sign(b) < 0) {
        bigint_free(b);
        return py_err_format(&py_exc_ValueError, "isqrt() argument must be nonnegative");
    }
    if (!bigint_sign(b)) {
        bigint_free(b);
        return py_int_from_i64(0);
    }
    /* Newton's iteration from above: x = (x + n // x) // 2 while it falls */
    BigInt *one = bigint_from_i64(1), *x = bigint_lshift(one, (uint64_t)(bigint_bit_length(b) + 1) / 2);
    for (;;) {
        BigInt *q, *s, *y;
        bigint_divmod(b, x, &q, NULL);
        s = bigint_add(x, q);
        y = bigint_rshift(s, 1);
        bigint_free(q);
        bigint_free(s);
        if (bigint_cmp(y, x) >= 0) {
            bigint_free(y);
            break;
        }
        bigint_free(x);
        x = y;
    }
    bigint_free(one);
    bigint_free(b);
    return py_int_from_big(x);
}

/* comb and perm: n and k checked as CPython does; k == 1 gives n itself. */
static PyObj *comb_perm(PyObj *n_arg, PyObj *k_arg, bool comb)
{
    PyObj *n = py_math_to_index(n_arg), *k = n ? py_math_to_index(k_arg) : NULL, *r = NULL;
    if (!k) goto done;
    if (py_int_sign(n) < 0) {
        py_err_format(&py_exc_ValueError, "n must be a non-negative integer");
        goto done;
    }
    if (py_int_sign(k) < 0) {
        py_err_format(&py_exc_ValueError, "k must be a non-negative integer");
        goto done;
    }
    BigInt *bn = py_int_to_big(n), *bk = py_int_to_big(k);
    if (bigint_cmp(bk, bn) > 0) {
        r = py_int_from_i64(0);
    } else {
        if (comb) { /* k = min(k, n - k) */
            BigInt *rest = bigint_sub(bn, bk);
            if (bigint_cmp(rest, bk) < 0) {
                bigint_free(bk);
                bk = rest;
            } else {
                bigint_free(rest);
            }
        }
        int64_t ki;
        if (!bigint_to_i64(bk, &ki)) {
            py_err_format(&py_exc_OverflowError, comb ? "min(n - k, k) must not exceed %s" : "k must not exceed %s",
                          "9223372036854775807");
        } else if (ki == 0) {
            r = py_int_from_i64(1);
        } else if (ki == 1) {
            r = py_newref(n);
        } else if (!too_big((double)ki * (double)bigint_bit_length(bn), comb ? "math.comb()" : "math.perm()")) {
            BigInt *p = falling_product(bn, 0, (uint64_t)ki);
            if (comb) {
                BigInt *f = range_product(2, (uint64_t)ki + 1), *q;
                bigint_divmod(p, f, &q, NULL);
                bigint_free(f);
                bigint_free(p);
                p = q;
            }
            r = py_int_from_big(p);
        }
    }
    bigint_free(bn);
    bigint_free(bk);
done:
    py_xdecref(n);
    py_xdecref(k);
    return r;
}

PyObj *py_math_comb(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return comb_perm(a[0], a[1], true); }

PyObj *py_math_perm(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    if (n == 1 || a[1] == PY_NONE) return factorial_of(a[0]);
    return comb_perm(a[0], a[1], false);
}

