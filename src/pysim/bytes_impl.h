/* bytes_impl.h — what bytes.c, bytearray.c, bytes_methods.c,
 * bytes_transform.c and bytes_format.c share; not for general use (obj.h
 * has the public part).
 *
 * Results follow CPython 3.12's identity rules, which memguide shows: an
 * exact bytes result of length 0 is always the b'' singleton; one made
 * from existing bytes (PyBytes_FromStringAndSize(p, 1)) is the cached
 * single-byte object; one computed into a fresh buffer (upper(), joins,
 * concatenation, repetition) is a new object even when one byte long.
 */
#ifndef MEMGUIDE_PYSIM_BYTES_IMPL_H
#define MEMGUIDE_PYSIM_BYTES_IMPL_H

#include <stdbool.h>
#include <stddef.h>

#include "pysim/obj.h"

struct PyVM;

/* bytes / bytearray or a subclass of either. */
#define PY_BYTES_CHECK(o) py_isinstance_c((PyObj *)(o), &py_bytes_type)
#define PY_BYTEARRAY_CHECK(o) py_isinstance_c((PyObj *)(o), &py_bytearray_type)

/* The bytes of a bytes or bytearray object (the caller knows it is one).
 * BORROWED: valid until the object changes size or dies. */
const unsigned char *py_bytes_data(PyObj *o);
size_t py_bytes_size(PyObj *o);

/* ---- bytes.c ---- */

/* NEW bytes of type t (bytes or a subclass) holding a copy of data[0..len).
 * For exact bytes, length 0 and 1 give the cached singletons. */
PyObj *py_bytes_new_typed(PyType *t, const void *data, size_t len);
/* A NEW exact bytes of len bytes to fill in (zeroed): b'' when len is 0,
 * otherwise always a fresh object, never a cached single byte. */
PyObj *py_bytes_alloc(size_t len);
static inline unsigned char *py_bytes_wdata(PyObj *b) { return ((PyBytesObj *)b)->data; }
/* Shrinks a bytes object made by py_bytes_alloc and not yet shared to
 * newlen bytes, as _PyBytes_Resize does (the simulated block is
 * reallocated, so its id may change; *b may be replaced).  -1 on error
 * (then *b is released and NULL). */
int py_bytes_resize(PyObj **b, size_t newlen);
/* The one-byte singleton b'\xNN' (BORROWED, immortal). */
PyObj *py_bytes_char(unsigned char c);
/* bytes(o, encoding, errors) as bytes.__new__ computes it for exact bytes;
 * arguments may be NULL when not given: NEW. */
PyObj *py_bytes_construct(PyObj *o, PyObj *encoding, PyObj *errors);
/* str(obj).encode(encoding[, errors]) through str's own encode, for
 * bytes(s, enc) and bytearray(s, enc): NEW bytes. */
PyObj *py_bytes_encode_str(PyObj *s, PyObj *encoding, PyObj *errors);
/* An int argument meant to be a byte (bytearray's _getbytevalue):
 * __index__, then ValueError "byte must be in range(0, 256)". */
int py_bytes_byte_value(PyObj *o, int *out);

/* The b'' and b'\x00'..b'\xff' singletons of a run (vm init / fini). */
void py_bytes_init_statics(struct PyVM *vm);
void py_bytes_free_statics(struct PyVM *vm);

extern PyType py_bytearray_iter_type;
/* bytearray's tp_iter and sq_contains (shared with bytes). */
PyObj *py_bytearray_iter(PyObj *o);
int py_bytearray_contains(PyObj *o, PyObj *item);

/* ---- bytearray.c ---- */

/* CPython 3.12's PyByteArray_Resize: sets the length, growing or shrinking
 * the simulated ob_bytes block by its over-allocation rule. */
int py_bytearray_resize(PyObj *ba, size_t newlen);
/* The allocated size of ob_bytes (bytearray.__alloc__()). */
size_t py_bytearray_alloc(PyObj *ba);
/* ba[lo:hi] = data[0..n) (n may differ from hi - lo; data may be NULL
 * when n is 0), bytearray_setslice_linear with its ob_start shortcut. */
int py_bytearray_setslice(PyObj *ba, size_t lo, size_t hi, const unsigned char *data, size_t n);
/* bytearray(o) for any o (NEW, exact bytearray). */
PyObj *py_bytearray_from_object(PyObj *o);

/* The methods only bytearray has (bytearray.c), for its method table. */
PyObj *py_bytearray_m_append(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytearray_m_extend(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytearray_m_insert(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytearray_m_pop(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytearray_m_remove(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytearray_m_reverse(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytearray_m_clear(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytearray_m_copy(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytearray_m_alloc(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);

/* ---- bytes_methods.c ---- */

/* The first occurrence of needle[0..m) in hay[0..n) (m > 0), or NULL
 * (memmem, which plain POSIX lacks). */
const unsigned char *py_bytes_search(const unsigned char *hay, size_t n, const unsigned char *needle, size_t m);

/* The method tables of the two types. */
extern const PyMethodDef py_bytes_methods[];
extern const PyMethodDef py_bytearray_methods[];

/* Binds arguments as CPython's PyArg_ParseTupleAndKeywords does for
 * functions whose n parameters are all positional-or-keyword and optional,
 * with its messages ("split() takes at most 2 arguments (3 given)", "'x'
 * is an invalid keyword argument for split()", "argument for split() given
 * by name ('sep') and position (1)").  out[i]: BORROWED or NULL. */
int py_bytes_parse_kw(const char *fname, PyObj *const *args, size_t nargs, PyObj *kwnames,
                      const char *const *names, int n, PyObj **out);
/* Checks that a str-only argument (encoding, errors) is a str:
 * "F() argument 'NAME' must be str, not T" (T "None" for None). */
int py_bytes_check_str_arg(const char *fname, const char *name, PyObj *o);
/* Argument Clinic's Py_ssize_t and int converters: __index__, then
 * OverflowError "Python int too large to convert to C ssize_t" / "... C
 * int". */
int py_bytes_ssize_arg(PyObj *o, int64_t *out);
int py_bytes_int_arg(PyObj *o, int *out);

/* ---- bytes_transform.c: the methods that compute a new byte string ---- */

PyObj *py_bytes_m_center(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_ljust(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_rjust(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_zfill(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_expandtabs(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_lower(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_upper(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_swapcase(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_capitalize(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_title(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_isalnum(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_isalpha(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_isascii(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_isdigit(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_islower(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_isupper(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_isspace(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_istitle(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_replace(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_translate(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);
PyObj *py_bytes_m_maketrans(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw);

/* ---- bytes_format.c ---- */

/* fmt % args for bytes (bytearray when as_bytearray): NEW.  fmt is copied
 * first, so a bytearray format may change while the arguments convert. */
PyObj *py_bytes_percent(const unsigned char *fmt, size_t len, PyObj *args, bool as_bytearray);
/* self.hex(sep, bytes_per_sep) for a bytes or bytearray self: NEW str. */
PyObj *py_bytes_hex(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames);
/* bytes.fromhex(s) / bytearray.fromhex(s) for the class cls: NEW. */
PyObj *py_bytes_fromhex(PyObj *cls, PyObj *s);

/* ---- helpers of the method files (static inline) ---- */

/* "None" for None, else the type name: Argument Clinic's wording. */
static inline const char *py_bytes_arg_type_name(PyObj *o) { return o == PY_NONE ? "None" : py_type_name(o); }

/* STRINGLIB_NEW(p, n): a copy of p[0..n) of the receiver's kind (exact
 * bytes or exact bytearray). */
static inline PyObj *py_bytes_like_new(PyObj *self, const unsigned char *p, size_t n)
{
    return PY_BYTEARRAY_CHECK(self) ? py_bytearray_new(p, n) : py_bytes_new(p, n);
}

/* STRINGLIB_NEW(NULL, n): a fresh result of n bytes of the receiver's
 * kind; *w: where to write them (never NULL, even for an empty bytearray,
 * so zero-length copies stay defined). */
static inline PyObj *py_bytes_like_alloc(PyObj *self, size_t n, unsigned char **w)
{
    static unsigned char nothing[1];
    PyObj *r;
    if (PY_BYTEARRAY_CHECK(self)) {
        r = py_bytearray_new(NULL, n);
        if (r) *w = n ? ((PyByteArrayObj *)r)->data : nothing;
    } else {
        r = py_bytes_alloc(n);
        if (r) *w = py_bytes_wdata(r);
    }
    return r;
}

/* return_self: the receiver when it is an exact bytes, else a copy. */
static inline PyObj *py_bytes_like_self(PyObj *self)
{
    if (PY_IS_TYPE(self, py_bytes_type)) return py_newref(self);
    return py_bytes_like_new(self, py_bytes_data(self), py_bytes_size(self));
}

/* The ASCII classes CPython's bytes methods use (Py_ISSPACE: space and
 * \t \n \v \f \r). */
static inline bool py_bytes_isspace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static inline bool py_bytes_isdigit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline bool py_bytes_islower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline bool py_bytes_isupper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline bool py_bytes_isalpha(unsigned char c) { return py_bytes_islower(c) || py_bytes_isupper(c); }
static inline unsigned char py_bytes_tolower(unsigned char c) { return py_bytes_isupper(c) ? (unsigned char)(c + 32) : c; }
static inline unsigned char py_bytes_toupper(unsigned char c) { return py_bytes_islower(c) ? (unsigned char)(c - 32) : c; }

#endif
