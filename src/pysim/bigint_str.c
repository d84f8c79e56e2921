/* bigint_str.c — int(text, base) and str()/hex()/oct()/bin() digits for BigInt.
 *
 * Parsing follows CPython 3.12's PyLong_FromString step by step, because the
 * order of its checks is visible: the whole literal is validated first, then
 * the digit-count limit applies (so a too-long "0111..." in base 0 reports
 * the limit, not the leading zero), and text after a NUL byte is ignored
 * until the end, where it makes the literal invalid.  Output never leaves a
 * half-written number in the caller's Buf. */
#include "pysim/bigint_impl.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/* The value of digit character c in bases up to 36, or 99. */
static int digit_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static const char limit_in_fmt[] =
    "Exceeds the limit (%zu digits) for integer string conversion: value has %zu digits; "
    "use sys.set_int_max_str_digits() to increase the limit";
static const char limit_out_fmt[] =
    "Exceeds the limit (%zu digits) for integer string conversion; "
    "use sys.set_int_max_str_digits() to increase the limit";

/* Value of the digits in p[0..end) (underscores skipped), for a base that is
 * a power of two: each character is bpc bits, packed from the low end. */
static BigInt *parse_binary(const char *p, const char *end, size_t ndig, int base)
{
    int bpc = bigint_word_bits((uint64_t)base) - 1;
    BigInt *z = bigint_alloc((ndig * (size_t)bpc + BIGINT_SHIFT - 1) / BIGINT_SHIFT + 1);
    size_t k = 0;
    uint64_t acc = 0;
    int accbits = 0;
    for (const char *q = end; q-- > p;) {
        if (*q == '_') continue;
        acc |= (uint64_t)digit_value(*q) << accbits;
        accbits += bpc;
        if (accbits >= BIGINT_SHIFT) {
            z->d[k++] = (uint32_t)(acc & BIGINT_MASK);
            acc >>= BIGINT_SHIFT;
            accbits -= BIGINT_SHIFT;
        }
    }
    z->d[k++] = (uint32_t)acc;
    z->n = k;
    return bigint_norm(z);
}

/* Value of the digits in p[0..end) for any other base: groups of as many
 * characters as fit a digit's multiplier (9 for base 10) are folded in
 * with one multiply-add pass each — quadratic, like CPython's own loop. */
static BigInt *parse_other(const char *p, const char *end, size_t ndig, int base)
{
    uint32_t convmax = (uint32_t)base;
    int convwidth = 1;
    while ((uint64_t)convmax * (uint64_t)base <= BIGINT_BASE) {
        convmax *= (uint32_t)base;
        convwidth++;
    }
    size_t cap = (size_t)((double)ndig * log2((double)base) / BIGINT_SHIFT) + 2;
    BigInt *z = bigint_alloc(cap);
    size_t n = 0;
    while (p < end) {
        uint32_t chunk = 0, mult = 1;
        for (int i = 0; i < convwidth && p < end; p++) {
            if (*p == '_') continue;
            chunk = chunk * (uint32_t)base + (uint32_t)digit_value(*p);
            mult *= (uint32_t)base;
            i++;
        }
        uint32_t carry = bigint_mag_muladd1(z->d, n, mult, chunk);
        if (carry) z->d[n++] = carry;
    }
    z->n = n;
    return bigint_norm(z);
}

int bigint_from_str(const char *s, size_t len, int base, BigInt **out,
                    size_t max_str_digits, Buf *errmsg)
{
    if ((base != 0 && base < 2) || base > 36) {
        if (errmsg) buf_puts(errmsg, bigint_strerror(BIGINT_ERR_BASE));
        return BIGINT_ERR_BASE;
    }
    int orig_base = base;
    /* CPython parses a C string: a NUL ends the text it reads, and only the
     * final length check notices the rest. */
    const char *p = s, *end = memchr(s, '\0', len);
    bool had_nul = end != NULL;
    if (!end) end = s + len;
    int sign = 1;
    bool error_if_nonzero = false;

    while (p < end && is_space(*p)) p++;
    if (p < end && (*p == '+' || *p == '-')) {
        if (*p == '-') sign = -1;
        p++;
    }
    char c1 = p + 1 < end ? (char)(p[1] | 0x20) : 0; /* lowercased */
    if (base == 0) {
        if (p >= end || *p != '0') base = 10;
        else if (c1 == 'x') base = 16;
        else if (c1 == 'o') base = 8;
        else if (c1 == 'b') base = 2;
        else {
            /* "010" is an old octal literal, invalid unless it is zero. */
            error_if_nonzero = true;
            base = 10;
        }
    }
    if (p < end && *p == '0' &&
        ((base == 16 && c1 == 'x') || (base == 8 && c1 == 'o') || (base == 2 && c1 == 'b'))) {
        p += 2;
        if (p < end && *p == '_') p++; /* one underscore may follow the prefix */
    }

    /* Validate: digits, single underscores between them, then spaces. */
    const char *start = p;
    size_t ndig = 0;
    bool ok = p < end && *p != '_';
    char prev = 0;
    while (ok && p < end && (digit_value(*p) < base || *p == '_')) {
        if (*p == '_' && prev == '_') ok = false;
        if (*p != '_') ndig++;
        prev = *p++;
    }
    const char *dend = p;
    if (prev == '_' || ndig == 0) ok = false;
    while (p < end && is_space(*p)) p++;
    if (p != end) ok = false;
    if (!ok) goto syntax;

    bool binary = (base & (base - 1)) == 0;
    if (!binary && ndig > BIGINT_STR_DIGITS_THRESHOLD && max_str_digits > 0 && ndig > max_str_digits) {
        if (errmsg) buf_printf(errmsg, limit_in_fmt, max_str_digits, ndig);
        return BIGINT_ERR_STR_LIMIT_IN;
    }
    BigInt *z = binary ? parse_binary(start, dend, ndig, base) : parse_other(start, dend, ndig, base);
    if ((error_if_nonzero && z->sign != 0) || had_nul) {
        bigint_free(z);
        goto syntax;
    }
    if (z->sign) z->sign = sign;
    *out = z;
    return BIGINT_OK;

syntax:
    if (errmsg) buf_printf(errmsg, "invalid literal for int() with base %d: ", orig_base);
    return BIGINT_ERR_SYNTAX;
}

/* ---- output ---- */

/* Appends |a| in base 10 by CPython's method: rebuild the value in base
 * 10**9 by Horner's rule over the 30-bit digits, then print the chunks. */
static void put_decimal(const BigInt *a, Buf *out)
{
    enum { DEC_BASE = 1000000000 };
    size_t cap = (size_t)((double)a->n * BIGINT_SHIFT * 0.30102999566398120 / 9) + 2;
    uint32_t *pout = xmalloc(cap * sizeof(uint32_t));
    size_t size = 0;
    for (size_t i = a->n; i-- > 0;) {
        uint64_t hi = a->d[i];
        for (size_t j = 0; j < size; j++) {
            uint64_t z = ((uint64_t)pout[j] << BIGINT_SHIFT) | hi;
            hi = z / DEC_BASE;
            pout[j] = (uint32_t)(z - hi * DEC_BASE);
        }
        while (hi) {
            pout[size++] = (uint32_t)(hi % DEC_BASE);
            hi /= DEC_BASE;
        }
    }
    if (size == 0) pout[size++] = 0;
    buf_printf(out, "%u", (unsigned)pout[size - 1]);
    buf_reserve(out, 9 * (size - 1));
    for (size_t j = size - 1; j-- > 0;) {
        uint32_t v = pout[j];
        char *w = out->p + out->len;
        for (int k = 8; k >= 0; k--) {
            w[k] = (char)('0' + v % 10);
            v /= 10;
        }
        out->len += 9;
    }
    out->p[out->len] = '\0';
    free(pout);
}

/* Appends |a| in base 2**bpc, most significant character first. */
static void put_binary(const BigInt *a, int bpc, Buf *out)
{
    static const char digits[] = "0123456789abcdefghijklmnopqrstuv";
    int64_t nbits = bigint_bit_length(a);
    size_t nch = nbits ? (size_t)((nbits + bpc - 1) / bpc) : 1;
    buf_reserve(out, nch);
    char *w = out->p + out->len + nch;
    uint64_t acc = 0;
    int accbits = 0;
    size_t i = 0, left = nch;
    while (left) {
        if (accbits < bpc && i < a->n) {
            acc |= (uint64_t)a->d[i++] << accbits;
            accbits += BIGINT_SHIFT;
        }
        *--w = digits[acc & ((1u << bpc) - 1)];
        acc >>= bpc;
        accbits -= bpc;
        left--;
    }
    out->len += nch;
    out->p[out->len] = '\0';
}

int bigint_to_str(const BigInt *a, int base, Buf *out, size_t max_str_digits, Buf *errmsg)
{
    int bpc;
    switch (base) {
    case 2: bpc = 1; break;
    case 4: bpc = 2; break;
    case 8: bpc = 3; break;
    case 16: bpc = 4; break;
    case 32: bpc = 5; break;
    case 10: bpc = 0; break;
    default: return BIGINT_ERR_BASE;
    }
    if (bpc == 0 && max_str_digits > 0) {
        /* Refuse before the quadratic work when even the fewest digits a
         * number of this bit length can have are too many. */
        int64_t nbits = bigint_bit_length(a);
        double fewest = nbits ? floor((double)(nbits - 1) * 0.30102999566398120 - 1e-6) + 1 : 1;
        if (fewest > BIGINT_STR_DIGITS_THRESHOLD && fewest > (double)max_str_digits) goto limit;
    }
    size_t mark = out->len;
    if (a->sign < 0) buf_putc(out, '-');
    if (bpc) {
        put_binary(a, bpc, out);
        return BIGINT_OK;
    }
    put_decimal(a, out);
    size_t slen = out->len - mark, nosign = slen - (a->sign < 0);
    if (max_str_digits > 0 && slen > BIGINT_STR_DIGITS_THRESHOLD && nosign > max_str_digits) {
        out->len = mark;
        out->p[mark] = '\0';
        goto limit;
    }
    return BIGINT_OK;

limit:
    if (errmsg) buf_printf(errmsg, limit_out_fmt, max_str_digits);
    return BIGINT_ERR_STR_LIMIT_OUT;
}
