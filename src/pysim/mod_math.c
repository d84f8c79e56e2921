/* mod_math.c — the math module of CPython 3.12: its constants, the table of
 * its functions, the argument conversions they share, and every function
 * that wraps libm (mod_math_exact.c has those doing their own exact or
 * compensated arithmetic).
 *
 * Invariants:
 *  - Results, special cases and messages are python3.12's on 64-bit Linux:
 *    the wrappers judge libm's answer as CPython's math_1 / math_2 do (a
 *    NaN from non-NaN input is ValueError("math domain error"), an
 *    infinity from finite input OverflowError("math range error") or a
 *    domain error, errno as is_error() reads it).  Where CPython computes a
 *    value itself (gamma, lgamma, remainder, atan2's special cases, pow's
 *    special values, the log of a huge int) this file uses the same
 *    algorithm and constants, so the bits agree.
 *  - Arguments are converted as CPython converts them: a double as
 *    PyFloat_AsDouble does, an integer as PyNumber_Index does.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "pysim/bigint.h"
#include "pysim/mod_math_impl.h"
#include "pysim/modules.h"
#include "pysim/obj.h"
#include "pysim/vm.h"

#define M_PI_ 3.141592653589793238462643383279502884197
#define M_E_ 2.718281828459045235360287471352662497757
#define M_TAU_ 6.283185307179586476925286766559005768394

/* ---- argument conversion ---- */

int py_math_to_double(PyObj *o, double *out)
{
    if (PY_FLOAT_CHECK(o)) {
        *out = py_float_value(o);
        return 0;
    }
    PyType *t = PY_TYPE(o);
    if (t->nb_float) {
        PyObj *f = t->nb_float(o);
        if (!f) return -1;
        if (!PY_FLOAT_CHECK(f)) {
            py_err_format(&py_exc_TypeError, "%s.__float__ returned non-float (type %s)", t->name, py_type_name(f));
            py_decref(f);
            return -1;
        }
        if (!PY_IS_TYPE(f, py_float_type)) {
            py_decref(f);
            py_unsupported("__float__ returning a float subclass (a DeprecationWarning)");
            return -1;
        }
        *out = py_float_value(f);
        py_decref(f);
        return 0;
    }
    if (t->nb_index) {
        PyObj *i = t->nb_index(o);
        if (!i) return -1;
        int rc = py_int_to_double(i, out);
        py_decref(i);
        return rc;
    }
    py_err_format(&py_exc_TypeError, "must be real number, not %s", t->name);
    return -1;
}

PyObj *py_math_to_index(PyObj *o)
{
    PyObj *i = py_number_index(o);
    if (!i || PY_IS_TYPE(i, py_int_type)) return i;
    int64_t v;
    PyObj *r = py_int_as_i64(i, &v) ? py_int_from_i64(v) : py_int_from_big(py_int_to_big(i));
    py_decref(i);
    return r;
}

/* PyLong_FromDouble for floor/ceil/trunc results. */
static PyObj *int_from_double(double d)
{
    if (isinf(d)) return py_err_format(&py_exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return py_err_format(&py_exc_ValueError, "cannot convert float NaN to integer");
    return py_int_from_double(d);
}

static PyObj *domain_error(void) { return py_err_format(&py_exc_ValueError, "math domain error"); }
static PyObj *range_error(void) { return py_err_format(&py_exc_OverflowError, "math range error"); }

/* is_error(): called when errno is set; false when the error is only an
 * underflow (a result below 1.5 in magnitude). */
static bool is_error(double r)
{
    if (errno == EDOM) {
        domain_error();
        return true;
    }
    if (errno == ERANGE) {
        if (fabs(r) < 1.5) return false;
        range_error();
        return true;
    }
    py_err_format(&py_exc_ValueError, "%s", strerror(errno));
    return true;
}

/* math_1: a libm function of one double. */
static PyObj *math_1(PyObj *arg, double (*f)(double), bool can_overflow)
{
    double x;
    if (py_math_to_double(arg, &x) < 0) return NULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    if (isfinite(r) && errno && is_error(r)) return NULL;
    return py_float_new(r);
}

/* math_1a: a function that sets errno itself. */
static PyObj *math_1a(PyObj *arg, double (*f)(double))
{
    double x;
    if (py_math_to_double(arg, &x) < 0) return NULL;
    errno = 0;
    double r = f(x);
    if (errno && is_error(r)) return NULL;
    return py_float_new(r);
}

/* math_2: a function of two doubles (arity checked by the table). */
static PyObj *math_2(PyObj *const *a, double (*f)(double, double))
{
    double x, y;
    if (py_math_to_double(a[0], &x) < 0 || py_math_to_double(a[1], &y) < 0) return NULL;
    errno = 0;
    double r = f(x, y);
    if (isnan(r)) errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    else if (isinf(r)) errno = isfinite(x) && isfinite(y) ? ERANGE : 0;
    if (errno && is_error(r)) return NULL;
    return py_float_new(r);
}

/* ---- CPython's own float algorithms ---- */

/* sin(pi * x), exact at integers (for the gamma reflection formula). */
static double m_sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI_ * y); break;
    case 1: r = cos(M_PI_ * (y - 0.5)); break;
    case 2: r = sin(M_PI_ * (1.0 - y)); break; /* not -sin(pi*(y-1)): keeps +0.0 */
    case 3: r = -cos(M_PI_ * (y - 1.5)); break;
    default: r = sin(M_PI_ * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* Lanczos approximation, N = 13, g = 6.024680040776729583740234375 (the
 * Boost parameters CPython uses), as a rational function. */
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[13] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* the denominator x*(x+1)*...*(x+11) expanded */
static const double lanczos_den[13] = {0.0,      39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                       45995730.0, 13339535.0, 2637558.0,  357423.0,    32670.0,
                                       1925.0,    66.0,       1.0};

static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = 12; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        /* in 1/x, so large x cannot overflow */
        for (int i = 0; i < 13; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

static double m_tgamma(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(INFINITY, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= 23.0) { /* exact for the small integers */
            double f = 1.0;
            for (int i = 2; i < (int)x; i++) f *= i;
            return f;
        }
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r)) errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) return 0.0 / m_sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    double y = absx + lanczos_g_minus_half, z, r;
    /* the rounding error of y, to correct pow(y, ...) / exp(y) by */
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -M_PI_ / m_sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r)) errno = ERANGE;
    return r;
}

static double m_lgamma(double x)
{
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = 1.144729885849400174143427351353058711647 /* log(pi) */ - log(fabs(m_sinpi(absx))) - log(absx) - r;
    if (isinf(r)) errno = ERANGE;
    return r;
}

/* atan2 with C99's special cases made explicit. */
static double m_atan2(double y, double x)
{
    if (isnan(x) || isnan(y)) return NAN;
    if (isinf(y)) {
        if (isinf(x)) return copysign(copysign(1., x) == 1. ? 0.25 * M_PI_ : 0.75 * M_PI_, y);
        return copysign(0.5 * M_PI_, y);
    }
    if (isinf(x) || y == 0.) return copysign(1., x) == 1. ? copysign(0., y) : copysign(M_PI_, y);
    return atan2(y, x);
}

/* IEEE 754 remainder: x - n*y with n the nearest integer, ties to even. */
static double m_remainder(double x, double y)
{
    if (isfinite(x) && isfinite(y)) {
        if (y == 0.0) return NAN;
        double absx = fabs(x), absy = fabs(y), m = fmod(absx, absy), c = absy - m, r;
        if (m < c) r = m;
        else if (m > c) r = -c;
        else r = m - 2.0 * fmod(0.5 * (absx - m), absy); /* halfway: pick the even multiple */
        return copysign(1.0, x) * r;
    }
    if (isnan(x)) return x;
    if (isnan(y)) return y;
    if (isinf(x)) return NAN;
    return x;
}

static double m_log(double x)
{
    if (isfinite(x)) {
        if (x > 0.0) return log(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
}

static double m_log2(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x > 0.0) return log2(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
}

static double m_log10(double x)
{
    if (isfinite(x)) {
        if (x > 0.0) return log10(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
}

static double m_log1p(double x) { return x == 0.0 ? x : log1p(x); } /* keeps -0.0 */

/* ---- one-argument float functions ---- */

#define FUNC1(name, f, can_overflow) \
    static PyObj *math_##name(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return math_1(a[0], f, can_overflow); }
#define FUNC1A(name, f) \
    static PyObj *math_##name(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return math_1a(a[0], f); }
#define FUNC2(name, f) \
    static PyObj *math_##name(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return math_2(a, f); }

FUNC1(acos, acos, false)
FUNC1(acosh, acosh, false)
FUNC1(asin, asin, false)
FUNC1(asinh, asinh, false)
FUNC1(atan, atan, false)
FUNC2(atan2, m_atan2)
FUNC1(atanh, atanh, false)
FUNC1(cbrt, cbrt, false)
FUNC2(copysign, copysign)
FUNC1(cos, cos, false)
FUNC1(cosh, cosh, true)
FUNC1A(erf, erf)
FUNC1A(erfc, erfc)
FUNC1(exp, exp, true)
FUNC1(exp2, exp2, true)
FUNC1(expm1, expm1, true)
FUNC1(fabs, fabs, false)
FUNC1A(gamma, m_tgamma)
FUNC1A(lgamma, m_lgamma)
FUNC1(log1p, m_log1p, false)
FUNC2(remainder, m_remainder)
FUNC1(sin, sin, false)
FUNC1(sinh, sinh, true)
FUNC1(sqrt, sqrt, false)
FUNC1(tan, tan, false)
FUNC1(tanh, tanh, false)

/* floor / ceil: a float's own value, else __floor__ / __ceil__ of the type,
 * else the value as a double. */
static PyObj *round_to_int(PyObj *x, PyObj *special, double (*f)(double))
{
    double d;
    if (!PY_IS_TYPE(x, py_float_type)) {
        bool found;
        PyObj *r = py_call_special(x, special, NULL, 0, &found);
        if (found || py_err_occurred()) return r;
        if (py_math_to_double(x, &d) < 0) return NULL;
    } else {
        d = py_float_value(x);
    }
    return int_from_double(f(d));
}

static PyObj *math_floor(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return round_to_int(a[0], PY_ID(__floor__), floor);
}

static PyObj *math_ceil(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return round_to_int(a[0], PY_ID(__ceil__), ceil);
}

static PyObj *math_trunc(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    if (PY_IS_TYPE(a[0], py_float_type)) return int_from_double(trunc(py_float_value(a[0])));
    bool found;
    PyObj *r = py_call_special(a[0], PY_ID(__trunc__), NULL, 0, &found);
    if (found || py_err_occurred()) return r;
    return py_err_format(&py_exc_TypeError, "type %s doesn't define __trunc__ method", PY_TYPE(a[0])->name);
}

static PyObj *math_degrees(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    double x;
    return py_math_to_double(a[0], &x) < 0 ? NULL : py_float_new(x * (180.0 / M_PI_));
}

static PyObj *math_radians(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    double x;
    return py_math_to_double(a[0], &x) < 0 ? NULL : py_float_new(x * (M_PI_ / 180.0));
}

static PyObj *math_isfinite(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    double x;
    return py_math_to_double(a[0], &x) < 0 ? NULL : py_bool(isfinite(x));
}

static PyObj *math_isinf(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    double x;
    return py_math_to_double(a[0], &x) < 0 ? NULL : py_bool(isinf(x));
}

static PyObj *math_isnan(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    double x;
    return py_math_to_double(a[0], &x) < 0 ? NULL : py_bool(isnan(x));
}

static PyObj *math_ulp(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    double x;
    if (py_math_to_double(a[0], &x) < 0) return NULL;
    if (isnan(x)) return py_float_new(x);
    x = fabs(x);
    if (isinf(x)) return py_float_new(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) return py_float_new(x - nextafter(x, -INFINITY)); /* the largest float */
    return py_float_new(x2 - x);
}

/* A NEW pair (a, b), the tuple made before its items as Py_BuildValue
 * makes it; b is a float, or the int e when b_is_int. */
static PyObj *pair(double a, double b, bool b_is_int, int e)
{
    PyObj *t = py_tuple_new(2);
    if (!t) return NULL;
    PY_TUPLE_ITEMS(t)[0] = py_float_new(a);
    PY_TUPLE_ITEMS(t)[1] = b_is_int ? py_int_from_i64(e) : py_float_new(b);
    if (!PY_TUPLE_ITEMS(t)[0] || !PY_TUPLE_ITEMS(t)[1]) py_clear(&t);
    return t;
}

static PyObj *math_frexp(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    double x;
    int e = 0;
    if (py_math_to_double(a[0], &x) < 0) return NULL;
    if (!isnan(x) && !isinf(x) && x != 0.0) x = frexp(x, &e);
    return pair(x, 0.0, true, e);
}

static PyObj *math_modf(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    double x, ip;
    if (py_math_to_double(a[0], &x) < 0) return NULL;
    if (isinf(x)) return pair(copysign(0., x), x, false, 0);
    if (isnan(x)) return pair(x, x, false, 0);
    double fp = modf(x, &ip);
    return pair(fp, ip, false, 0);
}

static PyObj *math_ldexp(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    double x, r;
    if (py_math_to_double(a[0], &x) < 0) return NULL;
    if (!PY_INT_CHECK(a[1]))
        return py_err_format(&py_exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!py_int_as_i64(a[1], &e)) e = py_int_sign(a[1]) < 0 ? INT64_MIN : INT64_MAX;
    errno = 0;
    if (x == 0. || !isfinite(x)) {
        r = x;
    } else if (e > INT32_MAX) {
        r = copysign(HUGE_VAL, x);
        errno = ERANGE;
    } else if (e < INT32_MIN) {
        r = copysign(0., x);
    } else {
        r = ldexp(x, (int)e);
        if (isinf(r)) errno = ERANGE;
    }
    if (errno && is_error(r)) return NULL;
    return py_float_new(r);
}

static PyObj *math_fmod(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    double x, y;
    if (py_math_to_double(a[0], &x) < 0 || py_math_to_double(a[1], &y) < 0) return NULL;
    if (isinf(y) && isfinite(x)) return py_float_new(x);
    errno = 0;
    double r = fmod(x, y);
    if (isnan(r)) errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    if (errno && is_error(r)) return NULL;
    return py_float_new(r);
}

static PyObj *math_pow(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    double x, y, r;
    if (py_math_to_double(a[0], &x) < 0 || py_math_to_double(a[1], &y) < 0) return NULL;
    errno = 0;
    if (!isfinite(x) || !isfinite(y)) {
        /* IEEE special values, decided here rather than by libm */
        if (isnan(x)) {
            r = y == 0. ? 1. : x;
        } else if (isnan(y)) {
            r = x == 1. ? 1. : y;
        } else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.) r = odd_y ? x : fabs(x);
            else if (y == 0.) r = 1.;
            else r = odd_y ? copysign(0., x) : 0.;
        } else if (fabs(x) == 1.0) {
            r = 1.;
        } else if (y > 0. && fabs(x) > 1.0) {
            r = y;
        } else if (y < 0. && fabs(x) < 1.0) {
            r = -y;
        } else {
            r = 0.;
        }
    } else {
        r = pow(x, y);
        if (isnan(r)) errno = EDOM;
        else if (isinf(r)) errno = x == 0. ? EDOM : ERANGE;
    }
    if (errno && is_error(r)) return NULL;
    return py_float_new(r);
}

/* loghelper: ints are done here, exactly in range (a huge int as its
 * mantissa times a power of two); everything else goes to libm. */
static PyObj *loghelper(PyObj *arg, double (*f)(double))
{
    if (!PY_INT_CHECK(arg)) return math_1(arg, f, false);
    if (py_int_sign(arg) <= 0) return domain_error();
    int64_t v;
    if (py_int_as_i64(arg, &v)) return py_float_new(f((double)v));
    BigInt *b = py_int_to_big(arg);
    double x;
    if (bigint_to_double(b, &x) == BIGINT_OK) {
        bigint_free(b);
        return py_float_new(f(x));
    }
    /* _PyLong_Frexp: keep 1000 bits plus a sticky bit, so the rounding to
     * 53 bits is the one of the whole number */
    uint64_t shift = (uint64_t)bigint_bit_length(b) - 1000;
    BigInt *top = bigint_rshift(b, shift), *back = bigint_lshift(top, shift);
    if (bigint_cmp(back, b) != 0) {
        BigInt *one = bigint_from_i64(1), *t = bigint_or(top, one);
        bigint_free(top);
        bigint_free(one);
        top = t;
    }
    int e;
    bigint_to_double(top, &x);
    x = frexp(x, &e);
    bigint_free(top);
    bigint_free(back);
    bigint_free(b);
    return py_float_new(f(x) + f(2.0) * (double)((int64_t)shift + e));
}

static PyObj *math_log(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyObj *num = loghelper(a[0], m_log);
    if (!num || n == 1) return num;
    PyObj *den = loghelper(a[1], m_log);
    if (!den) {
        py_decref(num);
        return NULL;
    }
    PyObj *r = py_binop(num, den, PY_OP_TRUEDIV);
    py_decref(num);
    py_decref(den);
    return r;
}

static PyObj *math_log2(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return loghelper(a[0], m_log2); }
static PyObj *math_log10(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return loghelper(a[0], m_log10); }

/* ---- keyword arguments, as Argument Clinic parses them ---- */

int py_math_clinic_args(const char *fname, PyObj *const *args, size_t nargs, PyObj *kwnames,
                        const char *const *names, int nparams, int posonly, int minpos, int maxpos, PyObj **out)
{
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    for (int i = 0; i < nparams; i++) out[i] = NULL;
    if (nargs + nkw > (size_t)nparams) {
        py_err_format(&py_exc_TypeError, "%s() takes at most %d %sargument%s (%zd given)", fname, nparams,
                      nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s", (int64_t)(nargs + nkw));
        return -1;
    }
    if (nargs > (size_t)maxpos || nargs < (size_t)(posonly < minpos ? posonly : minpos)) {
        bool over = nargs > (size_t)maxpos;
        int want = over ? maxpos : (posonly < minpos ? posonly : minpos);
        py_err_format(&py_exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)", fname,
                      (over ? minpos < maxpos : want < maxpos) ? (over ? "at most" : "at least") : "exactly", want,
                      want == 1 ? "" : "s", (int64_t)nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    size_t left = nkw;
    for (int i = (int)nargs > posonly ? (int)nargs : posonly; i < nparams; i++) {
        for (size_t j = 0; j < nkw; j++)
            if (py_str_eq_c(py_tuple_item(kwnames, j), names[i])) {
                out[i] = args[nargs + j];
                left--;
                break;
            }
        if (!out[i] && i < minpos) {
            py_err_format(&py_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            return -1;
        }
    }
    if (left) {
        for (size_t i = (size_t)posonly; i < nargs; i++)
            for (size_t j = 0; j < nkw; j++)
                if (py_str_eq_c(py_tuple_item(kwnames, j), names[i])) {
                    py_err_format(&py_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                                  fname, names[i], (int)i + 1);
                    return -1;
                }
        for (size_t j = 0; j < nkw; j++) {
            PyObj *kn = py_tuple_item(kwnames, j);
            bool known = false;
            for (int i = posonly; i < nparams; i++) known |= py_str_eq_c(kn, names[i]);
            if (!known) {
                py_err_format(&py_exc_TypeError, "'%U' is an invalid keyword argument for %s()", kn, fname);
                return -1;
            }
        }
    }
    return 0;
}

static PyObj *math_isclose(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    PyObj *v[4];
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (py_math_clinic_args("isclose", args, nargs, kwnames, names, 4, 0, 2, 2, v) < 0) return NULL;
    if (py_math_to_double(v[0], &a) < 0 || py_math_to_double(v[1], &b) < 0) return NULL;
    if ((v[2] && py_math_to_double(v[2], &rel_tol) < 0) || (v[3] && py_math_to_double(v[3], &abs_tol) < 0)) return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return py_err_format(&py_exc_ValueError, "tolerances must be non-negative");
    if (a == b) return py_bool(true);
    if (isinf(a) || isinf(b)) return py_bool(false);
    double diff = fabs(b - a);
    return py_bool(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

static PyObj *math_nextafter(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"x", "y", "steps"};
    PyObj *v[3];
    double x, y;
    if (py_math_clinic_args("nextafter", args, nargs, kwnames, names, 3, 2, 2, 2, v) < 0) return NULL;
    if (py_math_to_double(v[0], &x) < 0 || py_math_to_double(v[1], &y) < 0) return NULL;
    if (!v[2] || v[2] == PY_NONE) return py_float_new(nextafter(x, y));
    PyObj *steps = py_math_to_index(v[2]);
    if (!steps) return NULL;
    int sign = py_int_sign(steps);
    int64_t s64;
    uint64_t usteps = py_int_as_i64(steps, &s64) ? (uint64_t)s64 : UINT64_MAX;
    py_decref(steps);
    if (sign < 0) return py_err_format(&py_exc_ValueError, "steps must be a non-negative integer");
    if (usteps == 0 || isnan(x)) return py_float_new(x);
    if (isnan(y)) return py_float_new(y);
    /* walk the bit patterns, which are ordered like the values */
    uint64_t ux, uy, sign_bit = (uint64_t)1 << 63;
    memcpy(&ux, &x, 8);
    memcpy(&uy, &y, 8);
    if (ux == uy) return py_float_new(x);
    uint64_t ax = ux & ~sign_bit, ay = uy & ~sign_bit, ur;
    if ((ux ^ uy) & sign_bit) {
        if (ax + ay <= usteps) ur = uy;
        else if (ax < usteps) ur = (uy & sign_bit) | (usteps - ax);
        else ur = ux - usteps;
    } else if (ax > ay) {
        ur = ax - ay >= usteps ? ux - usteps : uy;
    } else {
        ur = ay - ax >= usteps ? ux + usteps : uy;
    }
    double r;
    memcpy(&r, &ur, 8);
    return py_float_new(r);
}

/* ---- the module ---- */

/* In CPython's table order (the order of the module's namespace). */
static const PyMethodDef math_defs[] = {
    {"acos", math_acos, 1, 1, 0},
    {"acosh", math_acosh, 1, 1, 0},
    {"asin", math_asin, 1, 1, 0},
    {"asinh", math_asinh, 1, 1, 0},
    {"atan", math_atan, 1, 1, 0},
    {"atan2", math_atan2, 2, 2, 0},
    {"atanh", math_atanh, 1, 1, 0},
    {"cbrt", math_cbrt, 1, 1, 0},
    {"ceil", math_ceil, 1, 1, 0},
    {"copysign", math_copysign, 2, 2, 0},
    {"cos", math_cos, 1, 1, 0},
    {"cosh", math_cosh, 1, 1, 0},
    {"degrees", math_degrees, 1, 1, 0},
    {"dist", py_math_dist, 2, 2, 0},
    {"erf", math_erf, 1, 1, 0},
    {"erfc", math_erfc, 1, 1, 0},
    {"exp", math_exp, 1, 1, 0},
    {"exp2", math_exp2, 1, 1, 0},
    {"expm1", math_expm1, 1, 1, 0},
    {"fabs", math_fabs, 1, 1, 0},
    {"factorial", py_math_factorial, 1, 1, 0},
    {"floor", math_floor, 1, 1, 0},
    {"fmod", math_fmod, 2, 2, 0},
    {"frexp", math_frexp, 1, 1, 0},
    {"fsum", py_math_fsum, 1, 1, 0},
    {"gamma", math_gamma, 1, 1, 0},
    {"gcd", py_math_gcd, 0, -1, 0},
    {"hypot", py_math_hypot, 0, -1, 0},
    {"isclose", math_isclose, 0, -1, PY_METH_KEYWORDS},
    {"isfinite", math_isfinite, 1, 1, 0},
    {"isinf", math_isinf, 1, 1, 0},
    {"isnan", math_isnan, 1, 1, 0},
    {"isqrt", py_math_isqrt, 1, 1, 0},
    {"lcm", py_math_lcm, 0, -1, 0},
    {"ldexp", math_ldexp, 2, 2, 0},
    {"lgamma", math_lgamma, 1, 1, 0},
    {"log", math_log, 1, 2, 0},
    {"log1p", math_log1p, 1, 1, 0},
    {"log10", math_log10, 1, 1, 0},
    {"log2", math_log2, 1, 1, 0},
    {"modf", math_modf, 1, 1, 0},
    {"pow", math_pow, 2, 2, 0},
    {"radians", math_radians, 1, 1, 0},
    {"remainder", math_remainder, 2, 2, 0},
    {"sin", math_sin, 1, 1, 0},
    {"sinh", math_sinh, 1, 1, 0},
    {"sqrt", math_sqrt, 1, 1, 0},
    {"tan", math_tan, 1, 1, 0},
    {"tanh", math_tanh, 1, 1, 0},
    {"sumprod", py_math_sumprod, 2, 2, 0},
    {"trunc", math_trunc, 1, 1, 0},
    {"prod", py_math_prod, 0, -1, PY_METH_KEYWORDS},
    {"perm", py_math_perm, 1, 2, 0},
    {"comb", py_math_comb, 2, 2, 0},
    {"nextafter", math_nextafter, 0, -1, PY_METH_KEYWORDS},
    {"ulp", math_ulp, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

PyObj *py_mod_math_init(void)
{
    PyObj *m = py_module_new("math");
    if (!m) return NULL;
    PyObj *d = py_module_dict(m);
    PyObj *doc = py_str_from_c("This module provides access to the mathematical functions\n"
                               "defined by the C standard.");
    if (doc) {
        py_dict_setitem(d, PY_ID(__doc__), doc);
        py_decref(doc);
    }
    /* qualified by the module so messages read "math.sqrt() takes ..." */
    for (const PyMethodDef *def = math_defs; def->name; def++) {
        PyObj *f = py_cfunction_new(def, m, "math");
        if (!f) goto fail;
        py_dict_setitem(d, py_intern_c(def->name), f);
        py_decref(f);
    }
    static const char *const names[] = {"pi", "e", "tau", "inf", "nan"};
    const double values[] = {M_PI_, M_E_, M_TAU_, INFINITY, fabs(NAN)};
    for (int i = 0; i < 5; i++) {
        PyObj *f = py_float_new(values[i]);
        if (!f) goto fail;
        py_dict_setitem(d, py_intern_c(names[i]), f);
        py_decref(f);
    }
    return m;
fail:
    py_decref(m);
    return NULL;
}
