/* bigint_div.c — BigInt division (Knuth's algorithm D on 30-bit digits),
 * floor divmod, correctly rounded true division, powers and modular powers.
 *
 * Everything here is defined by exact arithmetic: the quotient and
 * remainder are Python's floor ones, a / b is the double nearest the exact
 * quotient (ties to even), and pow(a, b, m) is the mathematical residue with
 * m's sign — so agreeing with CPython needs no imitation of its code paths,
 * only exactness.  Inputs are never modified. */
#include "pysim/bigint_impl.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- magnitude division ---- */

/* out[0..n) = in << s (s < 30); returns the digit shifted out of the top. */
static uint32_t shl_digits(uint32_t *out, const uint32_t *in, size_t n, int s)
{
    uint64_t carry = 0;
    for (size_t i = 0; i < n; i++) {
        carry |= (uint64_t)in[i] << s;
        out[i] = (uint32_t)(carry & BIGINT_MASK);
        carry >>= BIGINT_SHIFT;
    }
    return (uint32_t)carry;
}

/* Knuth, TAOCP vol. 2, 4.3.1, algorithm D, for a->n >= b->n >= 2.  Both are
 * shifted so b's top digit has its high bit set; then each quotient digit
 * guessed from the top two digits of the running remainder is at most one
 * too large after the two-digit test, and the rare overshoot is undone by
 * adding b back once. */
static void divrem_knuth(const BigInt *a, const BigInt *b, BigInt **qp, BigInt **rp)
{
    size_t na = a->n, nb = b->n;
    int s = BIGINT_SHIFT - bigint_word_bits(b->d[nb - 1]);
    uint32_t *v = xmalloc((nb + na + 1) * sizeof(uint32_t));
    uint32_t *u = v + nb;
    shl_digits(v, b->d, nb, s);
    u[na] = shl_digits(u, a->d, na, s);
    uint64_t vtop = v[nb - 1], vnext = v[nb - 2];
    BigInt *q = bigint_alloc(na - nb + 1);
    for (size_t j = na - nb + 1; j-- > 0;) {
        uint64_t num = ((uint64_t)u[j + nb] << BIGINT_SHIFT) | u[j + nb - 1];
        uint64_t qhat = num / vtop, rhat = num % vtop;
        while (qhat >= BIGINT_BASE || qhat * vnext > ((rhat << BIGINT_SHIFT) | u[j + nb - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >= BIGINT_BASE) break;
        }
        /* u[j..j+nb] -= qhat * v, with a signed running carry z in
         * (-2**61, 2**30): each step keeps z's low 30 bits and carries
         * floor(z / 2**30), written as an exact division so it is portable. */
        int64_t zhi = 0;
        for (size_t i = 0; i < nb; i++) {
            int64_t z = (int64_t)u[i + j] + zhi - (int64_t)(qhat * v[i]);
            u[i + j] = (uint32_t)(z & BIGINT_MASK);
            zhi = (z - (z & BIGINT_MASK)) / BIGINT_BASE;
        }
        int64_t top = (int64_t)u[j + nb] + zhi;
        if (top < 0) { /* qhat was one too large: add v back */
            uint32_t c = 0;
            for (size_t i = 0; i < nb; i++) {
                c += u[i + j] + v[i];
                u[i + j] = c & BIGINT_MASK;
                c >>= BIGINT_SHIFT;
            }
            top += c;
            qhat--;
        }
        u[j + nb] = (uint32_t)top; /* zero by now */
        q->d[j] = (uint32_t)qhat;
    }
    if (rp) {
        BigInt *r = bigint_alloc(nb);
        for (size_t i = 0; i < nb; i++) {
            uint32_t hi = i + 1 < nb ? (uint32_t)(((uint64_t)u[i + 1] << (BIGINT_SHIFT - s)) & BIGINT_MASK) : 0;
            r->d[i] = (u[i] >> s) | hi;
        }
        *rp = bigint_norm(r);
    }
    free(v);
    if (qp) *qp = bigint_norm(q);
    else bigint_free(q);
}

void bigint_mag_divrem(const BigInt *a, const BigInt *b, BigInt **qp, BigInt **rp)
{
    if (bigint_mag_cmp(a->d, a->n, b->d, b->n) < 0) {
        if (qp) *qp = bigint_from_u64(0);
        if (rp) *rp = bigint_with_sign(a, 1);
        return;
    }
    if (b->n == 1) {
        BigInt *q = bigint_alloc(a->n);
        uint32_t rem = bigint_mag_divrem1(q->d, a->d, a->n, b->d[0]);
        if (rp) *rp = bigint_from_u64(rem);
        if (qp) *qp = bigint_norm(q);
        else bigint_free(q);
        return;
    }
    divrem_knuth(a, b, qp, rp);
}

int bigint_divmod(const BigInt *a, const BigInt *b, BigInt **qp, BigInt **rp)
{
    if (b->sign == 0) return qp ? BIGINT_ERR_DIV_ZERO : BIGINT_ERR_MOD_ZERO;
    BigInt *q, *r;
    bigint_mag_divrem(a, b, &q, &r);
    if (r->sign != 0 && a->sign != b->sign) {
        /* Truncation went toward zero; floor is one further down:
         * q = -(|q| + 1) and r = b - (a's remainder) == sign(b) * (|b| - r). */
        BigInt *one = bigint_from_u64(1), *t;
        t = bigint_add(q, one);
        bigint_free(q);
        q = t;
        q->sign = -1;
        t = bigint_with_sign(b, 1);
        BigInt *r2 = bigint_sub(t, r);
        bigint_free(t);
        bigint_free(r);
        bigint_free(one);
        r = r2;
        r->sign = b->sign;
    } else {
        if (q->sign) q->sign = a->sign * b->sign;
        if (r->sign) r->sign = a->sign;
    }
    if (qp) *qp = q;
    else bigint_free(q);
    if (rp) *rp = r;
    else bigint_free(r);
    return BIGINT_OK;
}

/* ---- true division ---- */

/* Whether any of the low n bits of |a| is set. */
static bool low_bits_set(const BigInt *a, uint64_t n)
{
    size_t ds = (size_t)(n / BIGINT_SHIFT);
    int bs = (int)(n % BIGINT_SHIFT);
    for (size_t i = 0; i < ds && i < a->n; i++)
        if (a->d[i]) return true;
    return ds < a->n && (a->d[ds] & ((1u << bs) - 1)) != 0;
}

int bigint_truediv(const BigInt *a, const BigInt *b, double *out)
{
    if (b->sign == 0) return BIGINT_ERR_TRUEDIV_ZERO;
    bool negate = (a->sign < 0) != (b->sign < 0);
    int64_t abits = bigint_bit_length(a), bbits = bigint_bit_length(b);
    if (abits <= DBL_MANT_DIG && bbits <= DBL_MANT_DIG) {
        /* Both exact as doubles, and IEEE division rounds correctly. */
        double x, y;
        bigint_to_double(a, &x);
        bigint_to_double(b, &y);
        *out = x / y;
        return BIGINT_OK;
    }
    int64_t diff = abits - bbits; /* 2**(diff-1) < |a/b| < 2**(diff+1) */
    if (a->sign == 0 || diff < DBL_MIN_EXP - DBL_MANT_DIG - 2) {
        *out = negate ? -0.0 : 0.0; /* below half the smallest subnormal */
        return BIGINT_OK;
    }
    if (diff > DBL_MAX_EXP + 1) return BIGINT_ERR_TRUEDIV_OVERFLOW;

    /* Scale |a| by 2**-shift so the integer quotient has DBL_MANT_DIG + 2 or
     * + 3 bits (fewer in the subnormal range, where the scale stays fixed
     * at 2**(DBL_MIN_EXP - DBL_MANT_DIG - 2)), then round it to the bits a
     * double keeps there, counting every discarded bit in `inexact`. */
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    BigInt *aa = bigint_abs(a), *bb = bigint_abs(b), *x, *q, *r;
    bool inexact = false;
    if (shift <= 0) {
        x = bigint_lshift_raw(aa, (uint64_t)-shift);
    } else {
        inexact = low_bits_set(aa, (uint64_t)shift);
        x = bigint_rshift(aa, (uint64_t)shift);
    }
    bigint_mag_divrem(x, bb, &q, &r);
    inexact |= r->sign != 0;
    uint64_t qv = 0; /* < 2**(DBL_MANT_DIG + 3) */
    for (size_t i = q->n; i-- > 0;) qv = (qv << BIGINT_SHIFT) | q->d[i];
    int qbits = bigint_word_bits(qv);
    bigint_free(aa);
    bigint_free(bb);
    bigint_free(x);
    bigint_free(q);
    bigint_free(r);

    int64_t keep_from = DBL_MIN_EXP - shift; /* fewest bits the scale allows */
    int extra = (int)((qbits > keep_from ? qbits : keep_from) - DBL_MANT_DIG);
    uint64_t mask = (uint64_t)1 << (extra - 1); /* the half-way bit */
    uint64_t low = qv | (inexact ? 1 : 0);
    if ((low & mask) && (low & (3 * mask - 1))) qv += mask; /* half to even */
    qv &= ~(2 * mask - 1);
    double res = ldexp((double)qv, (int)shift); /* exact unless it overflows */
    if (isinf(res)) return BIGINT_ERR_TRUEDIV_OVERFLOW;
    *out = negate ? -res : res;
    return BIGINT_OK;
}

/* ---- powers ---- */

/* Whether |base| ** exp surely has more than BIGINT_MAX_BITS bits; the
 * estimate errs by a few bits at most, toward allowing. */
static bool pow_too_big(const BigInt *base, uint64_t exp)
{
    int64_t bits = bigint_bit_length(base);
    if ((uint64_t)bits <= 1) return false;
    if (exp > BIGINT_MAX_BITS / (uint64_t)(bits - 1)) return true;
    if (exp <= BIGINT_MAX_BITS / (uint64_t)bits) return false;
    double top = base->d[base->n - 1];
    if (base->n > 1) top = top * BIGINT_BASE + base->d[base->n - 2];
    double l2 = log2(top) + BIGINT_SHIFT * (double)(base->n > 1 ? base->n - 2 : 0);
    return (double)exp * l2 > (double)BIGINT_MAX_BITS + 1;
}

BigInt *bigint_pow(const BigInt *base, uint64_t exp)
{
    int sign = base->sign < 0 && (exp & 1) ? -1 : 1;
    if (exp == 0) return bigint_from_u64(1);
    if (base->sign == 0) return bigint_from_u64(0);
    if (pow_too_big(base, exp)) return NULL;
    int64_t bits = bigint_bit_length(base);
    if (bigint_bit_count(base) == 1) { /* (2**k)**e == 1 << k*e */
        BigInt *one = bigint_from_u64(1);
        BigInt *z = bigint_lshift_raw(one, (uint64_t)(bits - 1) * exp);
        bigint_free(one);
        z->sign = sign;
        return z;
    }
    /* Left-to-right binary exponentiation. */
    BigInt *b = bigint_abs(base), *z = bigint_dup(b);
    for (int i = bigint_word_bits(exp) - 2; i >= 0; i--) {
        BigInt *t = bigint_mul(z, z);
        bigint_free(z);
        z = t;
        if ((exp >> i) & 1) {
            t = bigint_mul(z, b);
            bigint_free(z);
            z = t;
        }
    }
    bigint_free(b);
    z->sign = sign;
    return z;
}

/* The inverse of a modulo n (n > 1) by the extended Euclidean algorithm:
 * the invariant c*a == x (mod n) and d*a == y (mod n) holds for the running
 * pair (x, y), which ends at (gcd, 0). */
static int invmod(const BigInt *a, const BigInt *n, BigInt **out)
{
    BigInt *x = bigint_dup(a), *y = bigint_dup(n);
    BigInt *c = bigint_from_u64(1), *d = bigint_from_u64(0);
    while (y->sign != 0) {
        BigInt *q, *r;
        bigint_divmod(x, y, &q, &r);
        BigInt *qd = bigint_mul(q, d), *t = bigint_sub(c, qd);
        bigint_free(qd);
        bigint_free(q);
        bigint_free(x);
        x = y;
        y = r;
        bigint_free(c);
        c = d;
        d = t;
    }
    int rc = BIGINT_OK;
    if (bigint_cmp_i64(x, 1) != 0) rc = BIGINT_ERR_NOT_INVERTIBLE;
    else bigint_divmod(c, n, NULL, out);
    bigint_free(x);
    bigint_free(y);
    bigint_free(c);
    bigint_free(d);
    return rc;
}

/* z * y mod m, freeing z. */
static BigInt *mulmod(BigInt *z, const BigInt *y, const BigInt *m)
{
    BigInt *t = bigint_mul(z, y), *r;
    bigint_free(z);
    bigint_mag_divrem(t, m, NULL, &r);
    bigint_free(t);
    return r;
}

int bigint_powmod(const BigInt *a, const BigInt *b, const BigInt *m, BigInt **out)
{
    if (m->sign == 0) return BIGINT_ERR_POW_MOD_ZERO;
    BigInt *mm = bigint_abs(m), *base, *z;
    if (bigint_cmp_i64(mm, 1) == 0) {
        bigint_free(mm);
        *out = bigint_from_u64(0);
        return BIGINT_OK;
    }
    if (b->sign < 0) {
        int rc = invmod(a, mm, &base);
        if (rc != BIGINT_OK) {
            bigint_free(mm);
            return rc;
        }
    } else {
        bigint_divmod(a, mm, NULL, &base); /* now 0 <= base < mm */
    }
    z = bigint_from_u64(1);
    for (int64_t i = bigint_bit_length(b) - 1; i >= 0; i--) {
        z = mulmod(z, z, mm);
        if ((b->d[i / BIGINT_SHIFT] >> (i % BIGINT_SHIFT)) & 1) z = mulmod(z, base, mm);
    }
    if (m->sign < 0 && z->sign != 0) {
        BigInt *t = bigint_sub(z, mm);
        bigint_free(z);
        z = t;
    }
    bigint_free(base);
    bigint_free(mm);
    *out = z;
    return BIGINT_OK;
}
