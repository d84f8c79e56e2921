/* bigint.h — arbitrary-precision integers with CPython 3.12's semantics.
 *
 * The simulator's int object keeps values that fit in int64 as plain int64
 * and hands everything else to this library, so every function here is
 * correct for all sizes, small or large, and mixed.  Results match CPython
 * bit for bit: floor division, infinite two's complement for bitwise ops on
 * negatives, correctly rounded conversions to float, the int() string syntax
 * and the int/str conversion length limit of CPython 3.12 (gh-95778).
 *
 * Values are immutable.  Every function returning BigInt * returns a NEW
 * malloc'ed value owned by the caller, who releases it with bigint_free.
 * Magnitudes are stored in 30-bit digits like CPython, so bigint_ndigits is
 * CPython's digit count and sys.getsizeof(n) == 24 + 4 * max(1, ndigits).
 *
 * Errors are int codes (BIGINT_OK == 0).  bigint_strerror gives CPython's
 * message and bigint_exc_name the exception class to raise.  The library
 * never prints and never exits; running out of C memory aborts in xmalloc.
 */
#ifndef MEMGUIDE_PYSIM_BIGINT_H
#define MEMGUIDE_PYSIM_BIGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

typedef struct BigInt BigInt;

/* Error codes.  The comment gives the exception CPython raises and its
 * message.  ORDER BIGINT_ERR (bigint.c keeps the message tables). */
enum {
    BIGINT_OK = 0,
    BIGINT_ERR_DIV_ZERO,        /* ZeroDivisionError: integer division or modulo by zero */
    BIGINT_ERR_MOD_ZERO,        /* ZeroDivisionError: integer modulo by zero */
    BIGINT_ERR_TRUEDIV_ZERO,    /* ZeroDivisionError: division by zero */
    BIGINT_ERR_TRUEDIV_OVERFLOW, /* OverflowError: integer division result too large for a float */
    BIGINT_ERR_FLOAT_OVERFLOW,  /* OverflowError: int too large to convert to float */
    BIGINT_ERR_POW_MOD_ZERO,    /* ValueError: pow() 3rd argument cannot be 0 */
    BIGINT_ERR_NOT_INVERTIBLE,  /* ValueError: base is not invertible for the given modulus */
    BIGINT_ERR_BASE,            /* ValueError: int() base must be >= 2 and <= 36, or 0 */
    BIGINT_ERR_SYNTAX,          /* ValueError: invalid literal for int() with base B: 'text' */
    BIGINT_ERR_STR_LIMIT_IN,    /* ValueError: Exceeds the limit (L digits) for integer string
                                   conversion: value has N digits; use sys.set_int_max_str_digits()
                                   to increase the limit */
    BIGINT_ERR_STR_LIMIT_OUT,   /* ValueError: Exceeds the limit (L digits) for integer string
                                   conversion; use sys.set_int_max_str_digits() to increase the limit */
    BIGINT_ERR_TOO_BIG,         /* MemoryError (no message): result over BIGINT_MAX_BITS */
    BIGINT_ERR_COUNT
};

/* CPython's sys.int_info values for the string conversion limit. */
#define BIGINT_DEFAULT_MAX_STR_DIGITS 4300 /* default_max_str_digits */
#define BIGINT_STR_DIGITS_THRESHOLD 640    /* str_digits_check_threshold */

/* The largest result, in bits, that bigint_pow and bigint_lshift build.
 * CPython has no such limit but runs out of memory (MemoryError) long
 * before its own; we stop at 2**31 bits (256 MiB) instead of aborting. */
#define BIGINT_MAX_BITS ((uint64_t)1 << 31)

/* CPython's message for code (a static string).  For BIGINT_ERR_SYNTAX and
 * the two limit errors the full message needs data (base, repr, counts):
 * bigint_from_str / bigint_to_str append it to their errmsg Buf. */
const char *bigint_strerror(int code);
/* The name of the CPython exception class for code: "ZeroDivisionError",
 * "OverflowError", "ValueError" or "MemoryError"; NULL for BIGINT_OK. */
const char *bigint_exc_name(int code);

/* ---- construction and inspection ---- */

BigInt *bigint_from_i64(int64_t v);
BigInt *bigint_from_u64(uint64_t v);
/* int(v) for a finite double: truncates toward zero.  v must be finite
 * (the caller raises CPython's errors for inf and nan). */
BigInt *bigint_from_double(double v);
/* A new copy of a (values are immutable; this is for ownership). */
BigInt *bigint_dup(const BigInt *a);
/* Releases a; NULL is allowed. */
void bigint_free(BigInt *a);

/* Stores a in *out and returns true when it fits in int64; else false and
 * *out is untouched. */
bool bigint_to_i64(const BigInt *a, int64_t *out);
/* -1, 0 or 1. */
int bigint_sign(const BigInt *a);
/* Number of 30-bit digits of |a|, 0 for zero (CPython's ob_size). */
size_t bigint_ndigits(const BigInt *a);
/* int.bit_length(): bits of |a|, 0 for zero. */
int64_t bigint_bit_length(const BigInt *a);
/* int.bit_count(): number of one bits in |a|. */
int64_t bigint_bit_count(const BigInt *a);
/* -1, 0 or 1 as a <, ==, > b. */
int bigint_cmp(const BigInt *a, const BigInt *b);
/* Compares a with a small value without allocating. */
int bigint_cmp_i64(const BigInt *a, int64_t b);

/* ---- arithmetic (all return NEW values) ---- */

BigInt *bigint_add(const BigInt *a, const BigInt *b);
BigInt *bigint_sub(const BigInt *a, const BigInt *b);
/* Karatsuba past a few dozen digits; never fails. */
BigInt *bigint_mul(const BigInt *a, const BigInt *b);
BigInt *bigint_neg(const BigInt *a);
BigInt *bigint_abs(const BigInt *a);
/* Python's floor division: q = a // b, r = a % b (r has b's sign).  Either
 * out pointer may be NULL.  Returns BIGINT_OK, or for b == 0
 * BIGINT_ERR_DIV_ZERO (q wanted: `//`, divmod()) or BIGINT_ERR_MOD_ZERO
 * (only r wanted: `%`), and stores nothing. */
int bigint_divmod(const BigInt *a, const BigInt *b, BigInt **q, BigInt **r);
/* base ** exp for exp >= 0 (a negative exponent makes a float in Python:
 * the caller's job).  NULL when the result would exceed BIGINT_MAX_BITS
 * (the caller raises MemoryError). */
BigInt *bigint_pow(const BigInt *base, uint64_t exp);
/* pow(a, b, m) as in Python 3.8+: a negative b uses the modular inverse of
 * a; the result has m's sign.  Errors: BIGINT_ERR_POW_MOD_ZERO,
 * BIGINT_ERR_NOT_INVERTIBLE.  On success *out is NEW. */
int bigint_powmod(const BigInt *a, const BigInt *b, const BigInt *m, BigInt **out);

/* ---- shifts and bitwise operations (infinite two's complement) ----
 * Negative shift counts ("negative shift count") are the caller's to reject;
 * counts too large for uint64 mean 0 or -1 for >> and MemoryError for <<
 * of a nonzero value. */

/* a << n.  NULL when the result would exceed BIGINT_MAX_BITS (MemoryError). */
BigInt *bigint_lshift(const BigInt *a, uint64_t n);
/* a >> n, rounding toward minus infinity as Python does. */
BigInt *bigint_rshift(const BigInt *a, uint64_t n);
BigInt *bigint_and(const BigInt *a, const BigInt *b);
BigInt *bigint_or(const BigInt *a, const BigInt *b);
BigInt *bigint_xor(const BigInt *a, const BigInt *b);
/* ~a == -(a + 1). */
BigInt *bigint_invert(const BigInt *a);

/* ---- floats ---- */

/* float(a), correctly rounded (round half to even).  Error:
 * BIGINT_ERR_FLOAT_OVERFLOW when the rounded value is 2**1024 or more. */
int bigint_to_double(const BigInt *a, double *out);
/* a / b correctly rounded, as CPython's long_true_divide.  Errors:
 * BIGINT_ERR_TRUEDIV_ZERO, BIGINT_ERR_TRUEDIV_OVERFLOW.  A zero result
 * is -0.0 when exactly one of a, b is negative (0 / -5 == -0.0).  Use it
 * for int64 operands too: beyond 2**53 (double)a / (double)b rounds twice. */
int bigint_truediv(const BigInt *a, const BigInt *b, double *out);

/* ---- text ---- */

/* int(s, base) on the ASCII text s[0..len): optional whitespace
 * (" \t\n\v\f\r"), an optional sign, an optional 0x/0o/0b prefix matching
 * base (base 0: the prefix decides, else decimal, and a nonzero decimal
 * with a leading 0 is invalid), digits with single underscores between them
 * or after the prefix, optional whitespace.  NUL bytes are invalid.  The
 * caller maps non-ASCII digits and spaces to ASCII first, as CPython does.
 *
 * max_str_digits is sys.get_int_max_str_digits() (0 = no limit); it applies,
 * as in CPython, only to bases that are not powers of two, and only past
 * BIGINT_STR_DIGITS_THRESHOLD digits.
 *
 * Returns BIGINT_OK with a NEW value in *out, or BIGINT_ERR_BASE,
 * BIGINT_ERR_SYNTAX or BIGINT_ERR_STR_LIMIT_IN with *out untouched.  On
 * error, when errmsg is not NULL, CPython's message is appended to it; for
 * BIGINT_ERR_SYNTAX that is "invalid literal for int() with base B: " (B as
 * passed, 0 included) and the caller appends the repr of its original
 * string, cut as CPython's "%.200R" does. */
int bigint_from_str(const char *s, size_t len, int base, BigInt **out,
                    size_t max_str_digits, Buf *errmsg);

/* Appends a in base 2, 4, 8, 10, 16 or 32: lowercase digits, a leading '-'
 * for negatives, no prefix.  For base 10, max_str_digits (0 = no limit) is
 * checked as CPython's str() does: BIGINT_ERR_STR_LIMIT_OUT, with the
 * message appended to errmsg when not NULL and nothing appended to out.
 * Other bases return BIGINT_ERR_BASE. */
int bigint_to_str(const BigInt *a, int base, Buf *out, size_t max_str_digits, Buf *errmsg);

/* ---- hashing ---- */

/* hash(a): CPython's reduction modulo 2**61 - 1 with a's sign; -1 becomes -2. */
int64_t bigint_hash(const BigInt *a);
/* The same function for an int64 value, so small and big ints that are equal
 * hash equal. */
int64_t bigint_hash_i64(int64_t v);

#endif
