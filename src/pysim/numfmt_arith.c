/* numfmt_arith.c — float %, //, divmod, ** and hash with Python's rules.
 *
 * C's fmod and pow disagree with Python on signs and special values; these
 * functions apply the rules of CPython 3.12's Objects/floatobject.c and
 * Python/pyhash.c so that every sign of zero, infinity and NaN comes out as
 * python3.12 prints it.  Invariant: the results depend only on the
 * arguments and on glibc's libm (the same libm CPython uses here). */
#include "pysim/numfmt.h"

#include <errno.h>
#include <math.h>

double numfmt_float_mod(double a, double b)
{
    if (b == 0) return NAN;
    double mod = fmod(a, b);
    if (mod != 0) {
        /* the remainder takes the sign of the divisor */
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        /* fmod's zero may carry either sign; Python's has b's */
        mod = copysign(0.0, b);
    }
    return mod;
}

bool numfmt_float_divmod(double a, double b, double *q, double *r)
{
    if (b == 0) return false;
    double mod = fmod(a, b);
    /* fmod is exact, so a - mod is an exact multiple of b in real
     * arithmetic; the floating division may still land near, not on, an
     * integer, which the snap below repairs. */
    double div = (a - mod) / b;
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, b);
    }
    double floordiv;
    if (div != 0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        /* a zero quotient has the sign of the true quotient */
        floordiv = copysign(0.0, a / b);
    }
    *q = floordiv;
    *r = mod;
    return true;
}

double numfmt_float_floordiv(double a, double b)
{
    double q, r;
    if (!numfmt_float_divmod(a, b, &q, &r)) return NAN;
    return q;
}

static bool is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

double numfmt_float_pow(double a, double b, NumfmtStatus *err)
{
    *err = NUMFMT_OK;
    if (b == 0) return 1.0;  /* x**0 is 1, even for nan and 0 */
    if (isnan(a)) return a;
    if (isnan(b)) return a == 1.0 ? 1.0 : b;
    if (isinf(b)) {
        /* |a| < 1 shrinks to 0 and |a| > 1 grows to inf (the other way for
         * -inf); |a| == 1 stays 1 */
        double m = fabs(a);
        if (m == 1.0) return 1.0;
        if ((b > 0) == (m > 1.0)) return INFINITY;
        return 0.0;
    }
    if (isinf(a)) {
        /* (+-inf)**b: inf for b > 0, 0 for b < 0, signed when b is odd */
        bool odd = is_odd_integer(b);
        if (b > 0) return odd ? a : fabs(a);
        return odd ? copysign(0.0, a) : 0.0;
    }
    if (a == 0) {
        if (b < 0) {
            *err = NUMFMT_ZERO_DIVISION;
            return 0;
        }
        return is_odd_integer(b) ? a : 0.0;
    }
    bool negate = false;
    if (a < 0) {
        if (b != floor(b)) {
            *err = NUMFMT_COMPLEX;
            return 0;
        }
        /* an integral exponent: work on |a| and fix the sign after */
        a = -a;
        negate = is_odd_integer(b);
    }
    /* 1**b, and (-1)**huge, which some libms got wrong */
    if (a == 1.0) return negate ? -1.0 : 1.0;

    errno = 0;
    double r = pow(a, b);
    /* Python's _Py_ADJUST_ERANGE1: overflow is an error, underflow is not */
    if (errno == 0) {
        if (isinf(r)) errno = ERANGE;
    } else if (errno == ERANGE && r == 0.0) {
        errno = 0;
    }
    if (errno != 0) {
        *err = errno == ERANGE ? NUMFMT_OVERFLOW_ERROR : NUMFMT_VALUE_ERROR;
        return 0;
    }
    return negate ? -r : r;
}

int64_t numfmt_float_hash(double x, bool *by_identity)
{
    *by_identity = false;
    if (isnan(x)) {
        *by_identity = true;
        return 0;
    }
    if (isinf(x)) return x > 0 ? 314159 : -314159;
    if (x == 0) return 0;

    /* |x| = mant * 2**e exactly, with mant an integer below 2**53.  With
     * P = 2**61 - 1, 2**61 is 1 modulo P, so multiplying by 2**e modulo P
     * is a rotation by e mod 61 within 61 bits. */
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    int e;
    double m = frexp(fabs(x), &e);
    uint64_t h = (uint64_t)ldexp(m, 53);
    e -= 53;
    int rot = e % 61;
    if (rot < 0) rot += 61;
    if (rot) h = ((h << rot) & P) | (h >> (61 - rot));
    int64_t r = x < 0 ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}
