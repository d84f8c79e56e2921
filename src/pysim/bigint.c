/* bigint.c — BigInt core: construction, comparison, addition, Karatsuba
 * multiplication, shifts, bitwise operations, float conversion and hashing.
 *
 * Division, powers and true division live in bigint_div.c; int()/str()
 * text conversion in bigint_str.c.  Every function returning a BigInt
 * returns a fresh, normalised value (see the invariant in bigint_impl.h);
 * inputs are never modified, so callers may pass the same value twice. */
#include "pysim/bigint_impl.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- errors ---- */

/* ORDER BIGINT_ERR */
static const char *const err_msg[BIGINT_ERR_COUNT] = {
    "",
    "integer division or modulo by zero",
    "integer modulo by zero",
    "division by zero",
    "integer division result too large for a float",
    "int too large to convert to float",
    "pow() 3rd argument cannot be 0",
    "base is not invertible for the given modulus",
    "int() base must be >= 2 and <= 36, or 0",
    "invalid literal for int()",
    "Exceeds the limit for integer string conversion",
    "Exceeds the limit for integer string conversion",
    "",
};

/* ORDER BIGINT_ERR */
static const char *const err_exc[BIGINT_ERR_COUNT] = {
    NULL,
    "ZeroDivisionError",
    "ZeroDivisionError",
    "ZeroDivisionError",
    "OverflowError",
    "OverflowError",
    "ValueError",
    "ValueError",
    "ValueError",
    "ValueError",
    "ValueError",
    "ValueError",
    "MemoryError",
};

const char *bigint_strerror(int code)
{
    return code >= 0 && code < BIGINT_ERR_COUNT ? err_msg[code] : "unknown bigint error";
}

const char *bigint_exc_name(int code)
{
    return code > 0 && code < BIGINT_ERR_COUNT ? err_exc[code] : NULL;
}

/* ---- allocation ---- */

BigInt *bigint_alloc(size_t n)
{
    BigInt *z = xmalloc(offsetof(BigInt, d) + (n ? n : 1) * sizeof(uint32_t));
    z->n = n;
    z->sign = 1;
    return z;
}

BigInt *bigint_norm(BigInt *z)
{
    while (z->n > 0 && z->d[z->n - 1] == 0) z->n--;
    if (z->n == 0) z->sign = 0;
    return z;
}

BigInt *bigint_with_sign(const BigInt *a, int sign)
{
    BigInt *z = bigint_alloc(a->n);
    if (a->n) memcpy(z->d, a->d, a->n * sizeof(uint32_t));
    z->sign = a->n ? sign : 0;
    return z;
}

BigInt *bigint_dup(const BigInt *a) { return bigint_with_sign(a, a->sign); }

void bigint_free(BigInt *a) { free(a); }

BigInt *bigint_from_u64(uint64_t v)
{
    BigInt *z = bigint_alloc(3);
    z->d[0] = (uint32_t)(v & BIGINT_MASK);
    z->d[1] = (uint32_t)((v >> BIGINT_SHIFT) & BIGINT_MASK);
    z->d[2] = (uint32_t)(v >> (2 * BIGINT_SHIFT));
    return bigint_norm(z);
}

BigInt *bigint_from_i64(int64_t v)
{
    /* Negate in unsigned arithmetic so INT64_MIN needs no special case. */
    BigInt *z = bigint_from_u64(v < 0 ? 0 - (uint64_t)v : (uint64_t)v);
    if (v < 0) z->sign = -1;
    return z;
}

BigInt *bigint_from_double(double v)
{
    double t = trunc(v);
    if (fabs(t) < 9223372036854775808.0) return bigint_from_i64((int64_t)t);
    int e;
    double m = frexp(fabs(t), &e); /* t == m * 2**e, 0.5 <= m < 1, e > 63 */
    double mant = ldexp(m, 53);    /* an integer below 2**53, exactly */
    BigInt *x = bigint_from_u64((uint64_t)mant);
    BigInt *z = bigint_lshift(x, (uint64_t)(e - 53));
    bigint_free(x);
    if (t < 0) z->sign = -1;
    return z;
}

/* ---- inspection ---- */

bool bigint_to_i64(const BigInt *a, int64_t *out)
{
    if (a->n > 3 || (a->n == 3 && a->d[2] > 8)) return false;
    uint64_t m = 0;
    for (size_t i = a->n; i-- > 0;) m = (m << BIGINT_SHIFT) | a->d[i];
    if (m > (uint64_t)INT64_MAX) {
        if (a->sign > 0 || m != (uint64_t)INT64_MAX + 1) return false;
        *out = INT64_MIN;
        return true;
    }
    *out = a->sign < 0 ? -(int64_t)m : (int64_t)m;
    return true;
}

int bigint_sign(const BigInt *a) { return a->sign; }

size_t bigint_ndigits(const BigInt *a) { return a->n; }

int64_t bigint_bit_length(const BigInt *a)
{
    if (a->n == 0) return 0;
    return (int64_t)(a->n - 1) * BIGINT_SHIFT + bigint_word_bits(a->d[a->n - 1]);
}

int64_t bigint_bit_count(const BigInt *a)
{
    int64_t c = 0;
    for (size_t i = 0; i < a->n; i++) {
        uint32_t x = a->d[i];
        while (x) {
            x &= x - 1;
            c++;
        }
    }
    return c;
}

int bigint_mag_cmp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    if (na != nb) return na < nb ? -1 : 1;
    for (size_t i = na; i-- > 0;)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

int bigint_cmp(const BigInt *a, const BigInt *b)
{
    if (a->sign != b->sign) return a->sign < b->sign ? -1 : 1;
    int c = bigint_mag_cmp(a->d, a->n, b->d, b->n);
    return a->sign < 0 ? -c : c;
}

int bigint_cmp_i64(const BigInt *a, int64_t b)
{
    int64_t v;
    if (!bigint_to_i64(a, &v)) return a->sign; /* beyond int64 either way */
    return v < b ? -1 : v > b;
}

/* ---- addition and subtraction ---- */

/* |a| + |b| with the given sign. */
static BigInt *mag_add(const BigInt *a, const BigInt *b, int sign)
{
    if (a->n < b->n) {
        const BigInt *t = a;
        a = b;
        b = t;
    }
    BigInt *z = bigint_alloc(a->n + 1);
    uint32_t carry = 0;
    size_t i = 0;
    for (; i < b->n; i++) {
        carry += a->d[i] + b->d[i];
        z->d[i] = carry & BIGINT_MASK;
        carry >>= BIGINT_SHIFT;
    }
    for (; i < a->n; i++) {
        carry += a->d[i];
        z->d[i] = carry & BIGINT_MASK;
        carry >>= BIGINT_SHIFT;
    }
    z->d[i] = carry;
    z->sign = sign;
    return bigint_norm(z);
}

/* |a| - |b| with the given sign; requires |a| >= |b|. */
static BigInt *mag_sub(const BigInt *a, const BigInt *b, int sign)
{
    BigInt *z = bigint_alloc(a->n);
    uint32_t borrow = 0;
    size_t i = 0;
    for (; i < b->n; i++) {
        borrow = a->d[i] - b->d[i] - borrow;
        z->d[i] = borrow & BIGINT_MASK;
        borrow = (borrow >> BIGINT_SHIFT) & 1; /* wrapped below zero */
    }
    for (; i < a->n; i++) {
        borrow = a->d[i] - borrow;
        z->d[i] = borrow & BIGINT_MASK;
        borrow = (borrow >> BIGINT_SHIFT) & 1;
    }
    z->sign = sign;
    return bigint_norm(z);
}

/* a + s*b for s = 1 or -1. */
static BigInt *add_signed(const BigInt *a, const BigInt *b, int s)
{
    int bs = b->sign * s;
    if (b->sign == 0) return bigint_dup(a);
    if (a->sign == 0) return bigint_with_sign(b, bs);
    if (a->sign == bs) return mag_add(a, b, a->sign);
    int c = bigint_mag_cmp(a->d, a->n, b->d, b->n);
    if (c == 0) return bigint_from_u64(0);
    return c > 0 ? mag_sub(a, b, a->sign) : mag_sub(b, a, bs);
}

BigInt *bigint_add(const BigInt *a, const BigInt *b) { return add_signed(a, b, 1); }
BigInt *bigint_sub(const BigInt *a, const BigInt *b) { return add_signed(a, b, -1); }
BigInt *bigint_neg(const BigInt *a) { return bigint_with_sign(a, -a->sign); }
BigInt *bigint_abs(const BigInt *a) { return bigint_with_sign(a, a->sign != 0); }

/* ---- multiplication ---- */

/* Below this many digits in the smaller factor, schoolbook multiplication
 * wins.  CPython uses 70; measured on 3**100000 and its square, 32-40
 * was best here, 48 and up about 25% slower. */
#define KARATSUBA_CUTOFF 32

/* z[0..nz) += x[0..nx), nz >= nx; the final carry must be zero. */
static void add_into(uint32_t *z, size_t nz, const uint32_t *x, size_t nx)
{
    uint32_t carry = 0;
    size_t i = 0;
    for (; i < nx; i++) {
        carry += z[i] + x[i];
        z[i] = carry & BIGINT_MASK;
        carry >>= BIGINT_SHIFT;
    }
    for (; carry && i < nz; i++) {
        carry += z[i];
        z[i] = carry & BIGINT_MASK;
        carry >>= BIGINT_SHIFT;
    }
}

/* z[0..nz) -= x[0..nx), nz >= nx; the result must not be negative. */
static void sub_from(uint32_t *z, size_t nz, const uint32_t *x, size_t nx)
{
    uint32_t borrow = 0;
    size_t i = 0;
    for (; i < nx; i++) {
        borrow = z[i] - x[i] - borrow;
        z[i] = borrow & BIGINT_MASK;
        borrow = (borrow >> BIGINT_SHIFT) & 1;
    }
    for (; borrow && i < nz; i++) {
        borrow = z[i] - borrow;
        z[i] = borrow & BIGINT_MASK;
        borrow = (borrow >> BIGINT_SHIFT) & 1;
    }
}

/* out[0..max(nx,ny)+1) = x + y. */
static void add_to(uint32_t *out, const uint32_t *x, size_t nx, const uint32_t *y, size_t ny)
{
    size_t n = nx > ny ? nx : ny;
    uint32_t carry = 0;
    for (size_t i = 0; i < n; i++) {
        carry += (i < nx ? x[i] : 0) + (i < ny ? y[i] : 0);
        out[i] = carry & BIGINT_MASK;
        carry >>= BIGINT_SHIFT;
    }
    out[n] = carry;
}

static void mul_school(const uint32_t *a, size_t na, const uint32_t *b, size_t nb, uint32_t *z)
{
    memset(z, 0, (na + nb) * sizeof(uint32_t));
    for (size_t i = 0; i < na; i++) {
        uint64_t ai = a[i], carry = 0;
        if (ai == 0) continue;
        for (size_t j = 0; j < nb; j++) {
            carry += z[i + j] + ai * b[j];
            z[i + j] = (uint32_t)(carry & BIGINT_MASK);
            carry >>= BIGINT_SHIFT;
        }
        z[i + nb] = (uint32_t)carry;
    }
}

/* Karatsuba: with a = ah*B^s + al and b = bh*B^s + bl,
 * a*b = ah*bh*B^2s + ((ah+al)(bh+bl) - ah*bh - al*bl)*B^s + al*bl. */
void bigint_mag_mul(const uint32_t *a, size_t na, const uint32_t *b, size_t nb, uint32_t *z)
{
    size_t nz = na + nb;
    while (na && a[na - 1] == 0) na--;
    while (nb && b[nb - 1] == 0) nb--;
    if (na > nb) {
        const uint32_t *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if (na == 0) {
        memset(z, 0, nz * sizeof(uint32_t));
        return;
    }
    if (nz > na + nb) memset(z + na + nb, 0, (nz - na - nb) * sizeof(uint32_t));
    if (na <= KARATSUBA_CUTOFF) {
        mul_school(a, na, b, nb, z);
        return;
    }
    if (2 * na <= nb) {
        /* Lopsided: slice b into na-digit pieces so each product is
         * balanced enough for Karatsuba to pay. */
        uint32_t *t = xmalloc(2 * na * sizeof(uint32_t));
        memset(z, 0, (na + nb) * sizeof(uint32_t));
        for (size_t off = 0; off < nb; off += na) {
            size_t chunk = nb - off < na ? nb - off : na;
            bigint_mag_mul(a, na, b + off, chunk, t);
            add_into(z + off, na + nb - off, t, na + chunk);
        }
        free(t);
        return;
    }
    size_t s = nb / 2; /* na > s, so both high halves are non-empty */
    size_t nah = na - s, nbh = nb - s;
    bigint_mag_mul(a, s, b, s, z);                  /* al*bl in z[0..2s) */
    bigint_mag_mul(a + s, nah, b + s, nbh, z + 2 * s); /* ah*bh above it */
    size_t nsa = (s > nah ? s : nah) + 1, nsb = nbh + 1, nt = nsa + nsb;
    uint32_t *sa = xmalloc((nsa + nsb + nt) * sizeof(uint32_t));
    uint32_t *sb = sa + nsa, *t = sb + nsb;
    add_to(sa, a, s, a + s, nah);
    add_to(sb, b, s, b + s, nbh);
    bigint_mag_mul(sa, nsa, sb, nsb, t);
    sub_from(t, nt, z, 2 * s);
    sub_from(t, nt, z + 2 * s, nah + nbh);
    while (nt && t[nt - 1] == 0) nt--;
    add_into(z + s, na + nb - s, t, nt);
    free(sa);
}

BigInt *bigint_mul(const BigInt *a, const BigInt *b)
{
    if (a->sign == 0 || b->sign == 0) return bigint_from_u64(0);
    BigInt *z = bigint_alloc(a->n + b->n);
    bigint_mag_mul(a->d, a->n, b->d, b->n, z->d);
    z->sign = a->sign * b->sign;
    return bigint_norm(z);
}

uint32_t bigint_mag_muladd1(uint32_t *z, size_t n, uint32_t m, uint32_t add)
{
    uint64_t carry = add;
    for (size_t i = 0; i < n; i++) {
        carry += (uint64_t)z[i] * m;
        z[i] = (uint32_t)(carry & BIGINT_MASK);
        carry >>= BIGINT_SHIFT;
    }
    return (uint32_t)carry;
}

uint32_t bigint_mag_divrem1(uint32_t *q, const uint32_t *a, size_t n, uint32_t d)
{
    uint64_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        rem = (rem << BIGINT_SHIFT) | a[i];
        q[i] = (uint32_t)(rem / d);
        rem %= d;
    }
    return (uint32_t)rem;
}

/* ---- shifts ---- */

BigInt *bigint_lshift(const BigInt *a, uint64_t n)
{
    if (a->sign == 0) return bigint_dup(a);
    if (n > BIGINT_MAX_BITS || (uint64_t)bigint_bit_length(a) + n > BIGINT_MAX_BITS) return NULL;
    return bigint_lshift_raw(a, n);
}

BigInt *bigint_lshift_raw(const BigInt *a, uint64_t n)
{
    if (a->sign == 0) return bigint_dup(a);
    size_t ds = (size_t)(n / BIGINT_SHIFT);
    int bs = (int)(n % BIGINT_SHIFT);
    BigInt *z = bigint_alloc(a->n + ds + 1);
    memset(z->d, 0, ds * sizeof(uint32_t));
    uint64_t carry = 0;
    for (size_t i = 0; i < a->n; i++) {
        carry |= (uint64_t)a->d[i] << bs;
        z->d[ds + i] = (uint32_t)(carry & BIGINT_MASK);
        carry >>= BIGINT_SHIFT;
    }
    z->d[ds + a->n] = (uint32_t)carry;
    z->sign = a->sign;
    return bigint_norm(z);
}

BigInt *bigint_rshift(const BigInt *a, uint64_t n)
{
    uint64_t ds64 = n / BIGINT_SHIFT;
    int bs = (int)(n % BIGINT_SHIFT);
    /* Python floors: for a < 0, a >> n == -ceil(|a| / 2**n), so one is added
     * to the shifted magnitude when any bit shifted out was set. */
    if (ds64 >= a->n) return bigint_from_i64(a->sign < 0 ? -1 : 0);
    bool lost = false;
    size_t ds = (size_t)ds64;
    for (size_t i = 0; i < ds && !lost; i++) lost = a->d[i] != 0;
    if (a->d[ds] & ((1u << bs) - 1)) lost = true;
    BigInt *z = bigint_alloc(a->n - ds + 1);
    size_t nz = a->n - ds;
    for (size_t i = 0; i < nz; i++) {
        uint32_t lo = a->d[ds + i] >> bs;
        uint32_t hi = ds + i + 1 < a->n ? (uint32_t)(((uint64_t)a->d[ds + i + 1] << (BIGINT_SHIFT - bs)) & BIGINT_MASK) : 0;
        z->d[i] = lo | hi;
    }
    z->d[nz] = 0;
    if (a->sign < 0 && lost) {
        uint32_t carry = 1;
        for (size_t i = 0; carry && i <= nz; i++) {
            carry += z->d[i];
            z->d[i] = carry & BIGINT_MASK;
            carry >>= BIGINT_SHIFT;
        }
    }
    z->sign = a->sign;
    return bigint_norm(z);
}

/* ---- bitwise operations ---- */

/* Writes n digits of a in two's complement (30 bits per digit); n must be
 * at least a->n + 1 so the top digit holds only sign bits. */
static void to_twos(const BigInt *a, uint32_t *out, size_t n)
{
    if (a->sign >= 0) {
        if (a->n) memcpy(out, a->d, a->n * sizeof(uint32_t));
        memset(out + a->n, 0, (n - a->n) * sizeof(uint32_t));
        return;
    }
    uint32_t carry = 1; /* -m == ~m + 1 */
    for (size_t i = 0; i < n; i++) {
        carry += (i < a->n ? a->d[i] : 0) ^ BIGINT_MASK;
        out[i] = carry & BIGINT_MASK;
        carry >>= BIGINT_SHIFT;
    }
}

enum { OP_AND, OP_OR, OP_XOR };

static BigInt *bitwise(const BigInt *a, const BigInt *b, int op)
{
    size_t n = (a->n > b->n ? a->n : b->n) + 1;
    uint32_t *y = xmalloc(n * sizeof(uint32_t));
    BigInt *z = bigint_alloc(n);
    to_twos(a, z->d, n);
    to_twos(b, y, n);
    for (size_t i = 0; i < n; i++) {
        switch (op) {
        case OP_AND: z->d[i] &= y[i]; break;
        case OP_OR: z->d[i] |= y[i]; break;
        default: z->d[i] ^= y[i]; break;
        }
    }
    free(y);
    if (z->d[n - 1] >> (BIGINT_SHIFT - 1)) {
        /* Negative: the magnitude is the two's complement of the bits. */
        uint32_t carry = 1;
        for (size_t i = 0; i < n; i++) {
            carry += z->d[i] ^ BIGINT_MASK;
            z->d[i] = carry & BIGINT_MASK;
            carry >>= BIGINT_SHIFT;
        }
        z->sign = -1;
    }
    return bigint_norm(z);
}

BigInt *bigint_and(const BigInt *a, const BigInt *b) { return bitwise(a, b, OP_AND); }
BigInt *bigint_or(const BigInt *a, const BigInt *b) { return bitwise(a, b, OP_OR); }
BigInt *bigint_xor(const BigInt *a, const BigInt *b) { return bitwise(a, b, OP_XOR); }

BigInt *bigint_invert(const BigInt *a)
{
    /* ~a == -(a + 1): |a| + 1 negated for a >= 0, |a| - 1 for a < 0. */
    BigInt *z = bigint_alloc(a->n + 1);
    if (a->n) memcpy(z->d, a->d, a->n * sizeof(uint32_t));
    z->d[a->n] = 0;
    if (a->sign >= 0) {
        uint32_t carry = 1;
        for (size_t i = 0; carry; i++) {
            carry += z->d[i];
            z->d[i] = carry & BIGINT_MASK;
            carry >>= BIGINT_SHIFT;
        }
        z->sign = -1;
    } else {
        sub_from(z->d, z->n, (const uint32_t[]){1}, 1);
        z->sign = 1;
    }
    return bigint_norm(z);
}

/* ---- floats ---- */

/* floor(|a| / 2**(nbits - k)) for the k <= 64 leading bits of |a| (nbits is
 * its bit length), and in *sticky whether any bit below them is set.
 * When nbits <= k the value is |a| << (k - nbits) and nothing is lost. */
static uint64_t top_bits(const BigInt *a, int64_t nbits, int k, bool *sticky)
{
    *sticky = false;
    if (nbits <= k) {
        uint64_t v = 0;
        for (size_t i = a->n; i-- > 0;) v = (v << BIGINT_SHIFT) | a->d[i];
        return v << (k - nbits);
    }
    uint64_t shift = (uint64_t)(nbits - k);
    size_t ds = (size_t)(shift / BIGINT_SHIFT);
    int bs = (int)(shift % BIGINT_SHIFT);
    uint64_t v = a->d[ds] >> bs;
    for (size_t i = ds + 1; i < a->n; i++) v |= (uint64_t)a->d[i] << (BIGINT_SHIFT * (i - ds) - (size_t)bs);
    if (a->d[ds] & ((1u << bs) - 1)) *sticky = true;
    for (size_t i = 0; i < ds && !*sticky; i++) *sticky = a->d[i] != 0;
    return v;
}

int bigint_to_double(const BigInt *a, double *out)
{
    int64_t nbits = bigint_bit_length(a);
    if (nbits <= 53) {
        double x = 0;
        for (size_t i = a->n; i-- > 0;) x = x * BIGINT_BASE + a->d[i];
        *out = a->sign < 0 ? -x : x;
        return BIGINT_OK;
    }
    if (nbits > 1024) return BIGINT_ERR_FLOAT_OVERFLOW;
    /* 55 bits: the 53 kept, a rounding bit and one more, plus sticky. */
    bool sticky;
    uint64_t x = top_bits(a, nbits, 55, &sticky);
    uint64_t low = x & 3;
    x >>= 2;
    if (low > 2 || (low == 2 && (sticky || (x & 1)))) x++; /* half to even */
    double r = ldexp((double)x, (int)(nbits - 53));
    if (isinf(r)) return BIGINT_ERR_FLOAT_OVERFLOW;
    *out = a->sign < 0 ? -r : r;
    return BIGINT_OK;
}

/* ---- hashing ---- */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

int64_t bigint_hash(const BigInt *a)
{
    /* Multiplying by 2**30 modulo the Mersenne prime 2**61 - 1 is a 61-bit
     * rotation, so each digit costs a rotate, an add and one subtraction. */
    uint64_t x = 0;
    for (size_t i = a->n; i-- > 0;) {
        x = ((x << BIGINT_SHIFT) & HASH_MODULUS) | (x >> (HASH_BITS - BIGINT_SHIFT));
        x += a->d[i];
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    int64_t h = a->sign < 0 ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}

int64_t bigint_hash_i64(int64_t v)
{
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    int64_t h = (int64_t)(m % HASH_MODULUS);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}
