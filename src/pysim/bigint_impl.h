/* bigint_impl.h — the representation of BigInt, shared by bigint*.c only.
 *
 * Invariant of every BigInt handed out: d[0..n) are the little-endian 30-bit
 * digits of |value| (each < BIGINT_BASE), d[n-1] != 0 when n > 0, and
 * sign is -1, 0 or 1 with sign == 0 exactly when n == 0.  Work arrays
 * ("magnitudes": a digit pointer plus a count) may carry leading zeros.
 */
#ifndef MEMGUIDE_PYSIM_BIGINT_IMPL_H
#define MEMGUIDE_PYSIM_BIGINT_IMPL_H

#include "pysim/bigint.h"

#define BIGINT_SHIFT 30
#define BIGINT_BASE ((uint32_t)1 << BIGINT_SHIFT)
#define BIGINT_MASK (BIGINT_BASE - 1)

struct BigInt {
    size_t n;      /* digits in use */
    int sign;      /* -1, 0, 1 */
    uint32_t d[];  /* at least one allocated, even for zero */
};

/* A new BigInt with room for n digits (d uninitialised), n set, sign 1. */
BigInt *bigint_alloc(size_t n);
/* Drops leading zero digits and fixes sign for zero; returns z. */
BigInt *bigint_norm(BigInt *z);
/* A new value with |a|'s digits and the given sign (0 is kept 0). */
BigInt *bigint_with_sign(const BigInt *a, int sign);

/* a << n without the BIGINT_MAX_BITS check, for internal shifts of known
 * small size; never NULL. */
BigInt *bigint_lshift_raw(const BigInt *a, uint64_t n);

/* Magnitude helpers.  Counts may include leading zeros unless stated. */
/* Compares normalised magnitudes (no leading zeros). */
int bigint_mag_cmp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb);
/* z[0..na+nb) = a * b.  z must not overlap a or b. */
void bigint_mag_mul(const uint32_t *a, size_t na, const uint32_t *b, size_t nb, uint32_t *z);
/* z[0..n) = z * m + add in place; returns the carry digit. */
uint32_t bigint_mag_muladd1(uint32_t *z, size_t n, uint32_t m, uint32_t add);
/* q[0..n) = a / d; returns a % d.  q may equal a.  d != 0. */
uint32_t bigint_mag_divrem1(uint32_t *q, const uint32_t *a, size_t n, uint32_t d);
/* Magnitude division |a| = q * |b| + r with 0 <= r < |b|, b != 0; q and r
 * are NEW non-negative values; either pointer may be NULL. */
void bigint_mag_divrem(const BigInt *a, const BigInt *b, BigInt **q, BigInt **r);

/* Bit length of one digit or word (0 for 0); portable C, no builtins. */
static inline int bigint_word_bits(uint64_t d)
{
    int n = 0;
    if (d >> 32) { n += 32; d >>= 32; }
    if (d >> 16) { n += 16; d >>= 16; }
    if (d >> 8) { n += 8; d >>= 8; }
    if (d >> 4) { n += 4; d >>= 4; }
    if (d >> 2) { n += 2; d >>= 2; }
    if (d >> 1) { n += 1; d >>= 1; }
    return n + (int)d;
}

#endif
