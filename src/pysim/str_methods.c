/* str_methods.c — str's method table (py_str_methods, which str.c's type
 * points at) and the methods that transform a string as a whole: case
 * mapping, the is* predicates, padding, stripping, expandtabs, translate,
 * maketrans, encode, join and __getnewargs__.  Searching and splitting are
 * in str_search.c, format in str_format.c.
 *
 * Invariants (each measured on python3.12; identity is what memguide
 * teaches):
 *  - A method whose result equals its receiver returns the receiver itself
 *    when CPython does (strip with nothing to strip, center(n) with n <=
 *    len ...), and then only for an exact str: a subclass instance gets a
 *    fresh exact copy (unicode_result_unchanged).
 *  - Other results are new objects, never interned.  Results CPython builds
 *    with PyUnicode_New (upper(), center(), replace(), join() ...) are fresh
 *    even when one Latin-1 character long; results made from a slice of the
 *    receiver (strip, split, partition) are the cached one-character
 *    strings, as py_str_new gives.  '' is always the empty singleton.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "pysim/codecs.h"
#include "pysim/obj.h"
#include "pysim/str_impl.h"
#include "pysim/str_methods.h"
#include "pysim/unicode.h"
#include "pysim/vm.h"

/* ---- helpers shared with str_search.c and str_format.c ---- */

StrText py_strmeth_text(PyObj *s)
{
    PyStrObj *o = (PyStrObj *)s;
    StrText t = {o->data, o->nbytes, o->length, o->kind};
    return t;
}

size_t py_strmeth_off(const StrText *t, int64_t i)
{
    if (i <= 0) return 0;
    if (i >= t->len) return t->nb;
    if (t->kind == 1) return (size_t)i;
    return uni_utf8_offset(t->p, t->nb, (size_t)i);
}

int64_t py_strmeth_index(const StrText *t, size_t off)
{
    if (t->kind == 1) return (int64_t)off;
    return (int64_t)uni_utf8_count(t->p, off);
}

/* A string CPython builds from scratch: never a cached one-character one. */
PyObj *py_strmeth_fresh(const char *utf8, size_t n) { return py_str_new_fresh(utf8, n); }

PyObj *py_strmeth_fresh_buf(Buf *b)
{
    PyObj *r = py_strmeth_fresh(b->p ? b->p : "", b->len);
    buf_free(b);
    return r;
}

PyObj *py_strmeth_unchanged(PyObj *self)
{
    if (PY_IS_TYPE(self, py_str_type)) return py_newref(self);
    return py_strmeth_fresh(py_str_utf8(self), py_str_nbytes(self));
}

const char *py_strmeth_argtype(PyObj *o) { return o == PY_NONE ? "None" : py_type_name(o); }

int py_strmeth_ssize(PyObj *o, int64_t *out)
{
    PyObj *i = py_number_index(o);
    if (!i) return -1;
    bool ok = py_int_as_i64(i, out);
    py_decref(i);
    if (!ok) {
        py_err_format(&py_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

int py_strmeth_slice_index(PyObj *o, int64_t *out)
{
    if (!o || o == PY_NONE) return 0;
    if (!PY_TYPE(o)->nb_index) {
        py_err_format(&py_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    PyObj *i = py_number_index(o);
    if (!i) return -1;
    if (!py_int_as_i64(i, out)) *out = py_int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    py_decref(i);
    return 0;
}

static int kw_find(PyObj *kwnames, const char *name)
{
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++)
        if (py_str_eq_c(py_tuple_item(kwnames, k), name)) return (int)k;
    return -1;
}

int py_strmeth_kwparse(const char *fname, PyObj *const *args, size_t nargs, PyObj *kwnames,
                       const char *const *names, int n, PyObj **out)
{
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    for (int i = 0; i < n; i++) out[i] = NULL;
    if (nargs + nkw > (size_t)n) {
        py_err_format(&py_exc_TypeError, "%s() takes at most %d %sargument%s (%zd given)", fname, n,
                      nargs == 0 ? "keyword " : "", n == 1 ? "" : "s", (int64_t)(nargs + nkw));
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    size_t left = nkw;
    for (int i = (int)nargs; i < n && left; i++) {
        int k = kw_find(kwnames, names[i]);
        if (k >= 0) {
            out[i] = args[nargs + (size_t)k];
            left--;
        }
    }
    if (!left) return 0;
    for (size_t i = 0; i < nargs; i++) {
        if (kw_find(kwnames, names[i]) >= 0) {
            py_err_format(&py_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname,
                          names[i], (int)i + 1);
            return -1;
        }
    }
    for (size_t k = 0; k < nkw; k++) {
        PyObj *kn = py_tuple_item(kwnames, k);
        int i = 0;
        while (i < n && !py_str_eq_c(kn, names[i])) i++;
        if (i == n) {
            py_err_format(&py_exc_TypeError, "'%U' is an invalid keyword argument for %s()", kn, fname);
            return -1;
        }
    }
    return 0;
}

/* ---- case mapping: always a new string (upper() of "ABC" copies) ---- */

static PyObj *case_map(PyObj *self, void (*fn)(Buf *, const char *, size_t))
{
    Buf b = BUF_INIT;
    fn(&b, py_str_utf8(self), py_str_nbytes(self));
    return py_strmeth_fresh_buf(&b);
}

static PyObj *str_lower(PyObj *self, PyObj *const *a, size_t n, PyObj *kw) { return case_map(self, uni_lower_utf8); }
static PyObj *str_upper(PyObj *self, PyObj *const *a, size_t n, PyObj *kw) { return case_map(self, uni_upper_utf8); }
static PyObj *str_casefold(PyObj *self, PyObj *const *a, size_t n, PyObj *kw)
{
    return case_map(self, uni_casefold_utf8);
}
static PyObj *str_swapcase(PyObj *self, PyObj *const *a, size_t n, PyObj *kw)
{
    return case_map(self, uni_swapcase_utf8);
}
static PyObj *str_capitalize(PyObj *self, PyObj *const *a, size_t n, PyObj *kw)
{
    return case_map(self, uni_capitalize_utf8);
}
static PyObj *str_title(PyObj *self, PyObj *const *a, size_t n, PyObj *kw) { return case_map(self, uni_title_utf8); }

/* ---- the is* predicates ---- */

#define STR_ALL(name, pred)                                                      \
    static PyObj *name(PyObj *self, PyObj *const *a, size_t n, PyObj *kw)       \
    {                                                                            \
        return py_bool(uni_str_all(py_str_utf8(self), py_str_nbytes(self), pred)); \
    }
STR_ALL(str_isalpha, uni_isalpha)
STR_ALL(str_isalnum, uni_isalnum)
STR_ALL(str_isdecimal, uni_isdecimal)
STR_ALL(str_isdigit, uni_isdigit)
STR_ALL(str_isnumeric, uni_isnumeric)
STR_ALL(str_isspace, uni_isspace)
#undef STR_ALL

#define STR_PRED(name, fn)                                                   \
    static PyObj *name(PyObj *self, PyObj *const *a, size_t n, PyObj *kw)   \
    {                                                                        \
        return py_bool(fn(py_str_utf8(self), py_str_nbytes(self)));         \
    }
STR_PRED(str_islower, uni_str_islower)
STR_PRED(str_isupper, uni_str_isupper)
STR_PRED(str_istitle, uni_str_istitle)
STR_PRED(str_isidentifier, uni_str_isidentifier)
STR_PRED(str_isprintable, uni_str_isprintable)
#undef STR_PRED

static PyObj *str_isascii(PyObj *self, PyObj *const *a, size_t n, PyObj *kw)
{
    return py_bool(((PyStrObj *)self)->kind == 1);
}

/* ---- padding ---- */

/* The simulated heap cannot hold more than max_bytes: CPython would fail
 * to allocate such a string and raise MemoryError, and so do we. */
static bool too_big(int64_t chars)
{
    return chars < 0 || (uint64_t)chars > py_vm->heap.max_bytes / 4;
}

/* The Py_UCS4 fillchar converter of center/ljust/rjust. */
static int fill_char(PyObj *o, uint32_t *out)
{
    if (!PY_STR_CHECK(o)) {
        py_err_format(&py_exc_TypeError, "The fill character must be a unicode character, not %s",
                      py_type_name(o));
        return -1;
    }
    if (py_str_len(o) != 1) {
        py_err_format(&py_exc_TypeError, "The fill character must be exactly one character long");
        return -1;
    }
    uni_utf8_decode(py_str_utf8(o), py_str_nbytes(o), out);
    return 0;
}

static void put_fill(Buf *b, uint32_t fill, int64_t n)
{
    for (int64_t i = 0; i < n; i++) uni_utf8_encode(b, fill);
}

/* pad() of unicodeobject.c: the receiver itself when nothing is added. */
static PyObj *pad(PyObj *self, int64_t left, int64_t right, uint32_t fill)
{
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return py_strmeth_unchanged(self);
    if (too_big(left + right)) return py_err_no_memory();
    Buf b = BUF_INIT;
    buf_reserve(&b, py_str_nbytes(self) + (size_t)(left + right) * 4);
    put_fill(&b, fill, left);
    buf_put(&b, py_str_utf8(self), py_str_nbytes(self));
    put_fill(&b, fill, right);
    return py_strmeth_fresh_buf(&b);
}

/* Parses (width, fillchar=' ') for center, ljust and rjust. */
static int width_fill(PyObj *const *args, size_t nargs, int64_t *width, uint32_t *fill)
{
    *fill = ' ';
    if (py_strmeth_ssize(args[0], width) < 0) return -1;
    if (nargs > 1 && fill_char(args[1], fill) < 0) return -1;
    return 0;
}

static PyObj *str_center(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t width;
    uint32_t fill;
    if (width_fill(args, nargs, &width, &fill) < 0) return NULL;
    int64_t len = py_str_len(self);
    if (len >= width) return py_strmeth_unchanged(self);
    int64_t marg = width - len;
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static PyObj *str_ljust(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t width;
    uint32_t fill;
    if (width_fill(args, nargs, &width, &fill) < 0) return NULL;
    int64_t len = py_str_len(self);
    if (len >= width) return py_strmeth_unchanged(self);
    return pad(self, 0, width - len, fill);
}

static PyObj *str_rjust(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t width;
    uint32_t fill;
    if (width_fill(args, nargs, &width, &fill) < 0) return NULL;
    int64_t len = py_str_len(self);
    if (len >= width) return py_strmeth_unchanged(self);
    return pad(self, width - len, 0, fill);
}

/* zfill pads with zeros and then moves a leading sign to the front. */
static PyObj *str_zfill(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t width;
    if (py_strmeth_ssize(args[0], &width) < 0) return NULL;
    int64_t len = py_str_len(self);
    if (len >= width) return py_strmeth_unchanged(self);
    int64_t fill = width - len;
    if (too_big(fill)) return py_err_no_memory();
    const char *p = py_str_utf8(self);
    size_t nb = py_str_nbytes(self);
    Buf b = BUF_INIT;
    buf_reserve(&b, nb + (size_t)fill);
    size_t skip = 0;
    if (nb && (p[0] == '+' || p[0] == '-')) {
        buf_putc(&b, p[0]);
        skip = 1;
    }
    for (int64_t i = 0; i < fill; i++) buf_putc(&b, '0');
    buf_put(&b, p + skip, nb - skip);
    return py_strmeth_fresh_buf(&b);
}

/* ---- stripping: a slice of the receiver (the receiver when whole) ---- */

/* Does set (the chars argument) contain cp? */
static bool in_set(const StrText *set, uint32_t cp)
{
    for (size_t i = 0; i < set->nb;) {
        uint32_t c;
        size_t m = uni_utf8_decode(set->p + i, set->nb - i, &c);
        if (!m) m = 1, c = 0xFFFD;
        if (c == cp) return true;
        i += m;
    }
    return false;
}

/* which: 1 left, 2 right, 3 both. */
static PyObj *do_strip(PyObj *self, PyObj *const *args, size_t nargs, int which, const char *name)
{
    PyObj *chars = nargs ? args[0] : PY_NONE;
    if (chars != PY_NONE && !PY_STR_CHECK(chars))
        return py_err_format(&py_exc_TypeError, "%s arg must be None or str", name);
    StrText t = py_strmeth_text(self);
    StrText set = {0};
    bool ws = chars == PY_NONE;
    if (!ws) set = py_strmeth_text(chars);
    size_t i = 0, j = t.nb;
    if (which & 1) {
        while (i < j) {
            uint32_t c;
            size_t m = uni_utf8_decode(t.p + i, j - i, &c);
            if (!m) m = 1, c = 0xFFFD;
            if (ws ? !uni_isspace(c) : !in_set(&set, c)) break;
            i += m;
        }
    }
    if (which & 2) {
        while (j > i) {
            size_t k = j - 1;
            while (k > i && ((unsigned char)t.p[k] & 0xC0) == 0x80) k--;
            uint32_t c;
            if (!uni_utf8_decode(t.p + k, j - k, &c)) c = 0xFFFD;
            if (ws ? !uni_isspace(c) : !in_set(&set, c)) break;
            j = k;
        }
    }
    if (i == 0 && j == t.nb) return py_strmeth_unchanged(self);
    return py_str_new(t.p + i, j - i);
}

static PyObj *str_strip(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return do_strip(self, args, nargs, 3, "strip");
}
static PyObj *str_lstrip(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return do_strip(self, args, nargs, 1, "lstrip");
}
static PyObj *str_rstrip(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return do_strip(self, args, nargs, 2, "rstrip");
}

/* ---- expandtabs ---- */

static PyObj *str_expandtabs(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"tabsize"};
    PyObj *v[1];
    if (py_strmeth_kwparse("expandtabs", args, nargs, kwnames, names, 1, v) < 0) return NULL;
    int64_t tabsize = 8;
    if (v[0]) {
        PyObj *i = py_number_index(v[0]);
        if (!i) return NULL;
        bool ok = py_int_as_i64(i, &tabsize);
        py_decref(i);
        if (!ok || tabsize > INT_MAX || tabsize < INT_MIN)
            return py_err_format(&py_exc_OverflowError, "Python int too large to convert to C int");
    }
    const char *p = py_str_utf8(self);
    size_t nb = py_str_nbytes(self);
    if (!memchr(p, '\t', nb)) return py_strmeth_unchanged(self);
    /* the result's length first, as CPython refuses one past its limits */
    int64_t col = 0, total = 0;
    for (size_t i = 0; i < nb; i++) {
        unsigned char c = (unsigned char)p[i];
        if ((c & 0xC0) == 0x80) continue;
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - col % tabsize;
                col += incr;
                total += incr;
            }
        } else {
            col++;
            total++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    if (too_big(total)) return py_err_no_memory();
    Buf b = BUF_INIT;
    buf_reserve(&b, nb + (size_t)total);
    col = 0;
    for (size_t i = 0; i < nb; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - col % tabsize;
                col += incr;
                for (int64_t k = 0; k < incr; k++) buf_putc(&b, ' ');
            }
            continue;
        }
        buf_putc(&b, c);
        if ((c & 0xC0) == 0x80) continue;
        col++;
        if (c == '\n' || c == '\r') col = 0;
    }
    return py_str_from_buf(&b);
}

/* ---- translate and maketrans ---- */

/* charmaptranslate_lookup: mapping[ord(c)], as CPython looks it up.
 * Returns 0 with *item NULL when the character is not mapped (a
 * LookupError), 0 with *item NEW (None, an int in range, or a str), or -1. */
static int trans_lookup(PyObj *mapping, uint32_t c, PyObj **item)
{
    *item = NULL;
    PyObj *key = py_int_from_i64(c);
    if (!key) return -1;
    PyObj *x = py_getitem(mapping, key);
    py_decref(key);
    if (!x) {
        if (py_err_matches((PyObj *)&py_exc_LookupError)) {
            py_err_clear();
            return 0;
        }
        return -1;
    }
    if (x == PY_NONE || PY_STR_CHECK(x)) {
        *item = x;
        return 0;
    }
    if (PY_INT_CHECK(x)) {
        int64_t v;
        if (!py_int_as_i64(x, &v) || v < 0 || v > UNI_MAX_CP) {
            py_decref(x);
            py_err_format(&py_exc_ValueError, "character mapping must be in range(0x110000)");
            return -1;
        }
        *item = x;
        return 0;
    }
    py_decref(x);
    py_err_format(&py_exc_TypeError, "character mapping must return integer, None or str");
    return -1;
}

/* Writes the translation of c; NULL item keeps c, None deletes it. */
static void trans_put(Buf *b, uint32_t c, PyObj *item)
{
    if (!item) {
        uni_utf8_encode(b, c);
    } else if (PY_STR_CHECK(item)) {
        buf_put(b, py_str_utf8(item), py_str_nbytes(item));
    } else if (item != PY_NONE) {
        int64_t v;
        py_int_as_i64(item, &v);
        uni_utf8_encode(b, (uint32_t)v);
    }
}

/* CPython translates an ASCII string through a 128-entry cache first and
 * falls back to one lookup per character at the first character whose
 * translation is not one ASCII character or a deletion; the lookups a
 * custom mapping sees follow that order. */
static PyObj *str_translate(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyObj *mapping = args[0];
    StrText t = py_strmeth_text(self);
    if (t.len == 0) return py_newref(py_vm->empty_str);
    Buf b = BUF_INIT;
    size_t i = 0;
    if (t.kind == 1) {
        unsigned char cache[128];
        memset(cache, 0xff, sizeof cache);
        for (; i < t.nb; i++) {
            unsigned char ch = (unsigned char)t.p[i];
            if (cache[ch] == 0xff) {
                PyObj *item;
                if (trans_lookup(mapping, ch, &item) < 0) goto fail;
                int64_t v = -1;
                if (!item) {
                    v = ch;
                } else if (item == PY_NONE) {
                    v = 0xfe;
                } else if (PY_STR_CHECK(item)) {
                    if (py_str_len(item) == 1 && ((PyStrObj *)item)->kind == 1) v = (unsigned char)py_str_utf8(item)[0];
                } else {
                    py_int_as_i64(item, &v);
                    if (v > 127) v = -1;
                }
                py_xdecref(item);
                if (v < 0) break; /* the slow path takes over at this character */
                cache[ch] = (unsigned char)v;
            }
            if (cache[ch] != 0xfe) buf_putc(&b, cache[ch]);
        }
    }
    while (i < t.nb) {
        uint32_t c;
        size_t m = uni_utf8_decode(t.p + i, t.nb - i, &c);
        if (!m) m = 1, c = 0xFFFD;
        PyObj *item;
        if (trans_lookup(mapping, c, &item) < 0) goto fail;
        trans_put(&b, c, item);
        py_xdecref(item);
        i += m;
    }
    return py_str_from_buf(&b);
fail:
    buf_free(&b);
    return NULL;
}

static PyObj *str_maketrans(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyObj *x = args[0], *y = nargs > 1 ? args[1] : NULL, *z = nargs > 2 ? args[2] : NULL;
    if (y && !PY_STR_CHECK(y))
        return py_err_format(&py_exc_TypeError, "maketrans() argument 2 must be str, not %s", py_strmeth_argtype(y));
    if (z && !PY_STR_CHECK(z))
        return py_err_format(&py_exc_TypeError, "maketrans() argument 3 must be str, not %s", py_strmeth_argtype(z));
    PyObj *d = py_dict_new();
    if (!d) return NULL;
    if (!y) {
        if (!PY_DICT_CHECK(x)) {
            py_decref(d);
            return py_err_format(&py_exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        }
        size_t pos = 0;
        PyObj *k, *v;
        while (py_dict_next(x, &pos, &k, &v)) {
            if (PY_STR_CHECK(k)) {
                if (py_str_len(k) != 1) {
                    py_err_format(&py_exc_ValueError, "string keys in translate table must be of length 1");
                    goto fail;
                }
                uint32_t c;
                uni_utf8_decode(py_str_utf8(k), py_str_nbytes(k), &c);
                PyObj *key = py_int_from_i64(c);
                if (!key) goto fail;
                int rc = py_dict_setitem(d, key, v);
                py_decref(key);
                if (rc < 0) goto fail;
            } else if (PY_INT_CHECK(k)) {
                if (py_dict_setitem(d, k, v) < 0) goto fail;
            } else {
                py_err_format(&py_exc_TypeError, "keys in translate table must be strings or integers");
                goto fail;
            }
        }
        return d;
    }
    if (!PY_STR_CHECK(x)) {
        py_err_format(&py_exc_TypeError, "first maketrans argument must be a string if there is a second argument");
        goto fail;
    }
    if (py_str_len(x) != py_str_len(y)) {
        py_err_format(&py_exc_ValueError, "the first two maketrans arguments must have equal length");
        goto fail;
    }
    size_t nx, ny;
    uint32_t *cx = py_str_to_ucs4(x, &nx), *cy = py_str_to_ucs4(y, &ny);
    for (size_t i = 0; i < nx; i++) {
        PyObj *key = py_int_from_i64(cx[i]), *val = key ? py_int_from_i64(cy[i]) : NULL;
        int rc = val ? py_dict_setitem(d, key, val) : -1;
        py_xdecref(key);
        py_xdecref(val);
        if (rc < 0) {
            free(cx);
            free(cy);
            goto fail;
        }
    }
    free(cx);
    free(cy);
    if (z) {
        size_t nz;
        uint32_t *cz = py_str_to_ucs4(z, &nz);
        for (size_t i = 0; i < nz; i++) {
            PyObj *key = py_int_from_i64(cz[i]);
            int rc = key ? py_dict_setitem(d, key, PY_NONE) : -1;
            py_xdecref(key);
            if (rc < 0) {
                free(cz);
                goto fail;
            }
        }
        free(cz);
    }
    return d;
fail:
    py_decref(d);
    return NULL;
}

/* ---- encode, join, __getnewargs__, __format__ ---- */

static PyObj *str_encode(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"encoding", "errors"};
    PyObj *v[2];
    if (py_strmeth_kwparse("encode", args, nargs, kwnames, names, 2, v) < 0) return NULL;
    const char *enc = NULL, *errors = NULL;
    if (v[0] && !(enc = py_codec_arg(v[0], "encode", "encoding"))) return NULL;
    if (v[1] && !(errors = py_codec_arg(v[1], "encode", "errors"))) return NULL;
    return py_codec_encode(self, enc, errors);
}

static PyObj *str_join(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_str_join(self, args[0]);
}

/* (a fresh copy of self,), as pickle asks for. */
static PyObj *str_getnewargs(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyObj *copy = py_strmeth_fresh(py_str_utf8(self), py_str_nbytes(self));
    if (!copy) return NULL;
    PyObj *t = py_tuple_pack(1, copy);
    py_decref(copy);
    return t;
}

/* The methods in CPython's order (unicode_methods in unicodeobject.c), so
 * str.__dict__ lists them as CPython does.  Arity -1/-1 and 0/-1 entries
 * check their own arguments, because CPython's messages for them differ
 * from the generic ones ("count() takes at least 1 argument (0 given)"). */
const PyMethodDef py_str_methods[] = {
    {"encode", str_encode, 0, -1, PY_METH_KEYWORDS},
    {"replace", py_strmeth_replace, 2, 3, 0},
    {"split", py_strmeth_split, 0, -1, PY_METH_KEYWORDS},
    {"rsplit", py_strmeth_rsplit, 0, -1, PY_METH_KEYWORDS},
    {"join", str_join, 1, 1, 0},
    {"capitalize", str_capitalize, 0, 0, 0},
    {"casefold", str_casefold, 0, 0, 0},
    {"title", str_title, 0, 0, 0},
    {"center", str_center, 1, 2, 0},
    {"count", py_strmeth_count, 0, -1, 0},
    {"expandtabs", str_expandtabs, 0, -1, PY_METH_KEYWORDS},
    {"find", py_strmeth_find, 0, -1, 0},
    {"partition", py_strmeth_partition, 1, 1, 0},
    {"index", py_strmeth_index_m, 0, -1, 0},
    {"ljust", str_ljust, 1, 2, 0},
    {"lower", str_lower, 0, 0, 0},
    {"lstrip", str_lstrip, 0, 1, 0},
    {"rfind", py_strmeth_rfind, 0, -1, 0},
    {"rindex", py_strmeth_rindex, 0, -1, 0},
    {"rjust", str_rjust, 1, 2, 0},
    {"rstrip", str_rstrip, 0, 1, 0},
    {"rpartition", py_strmeth_rpartition, 1, 1, 0},
    {"splitlines", py_strmeth_splitlines, 0, -1, PY_METH_KEYWORDS},
    {"strip", str_strip, 0, 1, 0},
    {"swapcase", str_swapcase, 0, 0, 0},
    {"translate", str_translate, 1, 1, 0},
    {"upper", str_upper, 0, 0, 0},
    {"startswith", py_strmeth_startswith, 0, -1, 0},
    {"endswith", py_strmeth_endswith, 0, -1, 0},
    {"removeprefix", py_strmeth_removeprefix, 1, 1, 0},
    {"removesuffix", py_strmeth_removesuffix, 1, 1, 0},
    {"isascii", str_isascii, 0, 0, 0},
    {"islower", str_islower, 0, 0, 0},
    {"isupper", str_isupper, 0, 0, 0},
    {"istitle", str_istitle, 0, 0, 0},
    {"isspace", str_isspace, 0, 0, 0},
    {"isdecimal", str_isdecimal, 0, 0, 0},
    {"isdigit", str_isdigit, 0, 0, 0},
    {"isnumeric", str_isnumeric, 0, 0, 0},
    {"isalpha", str_isalpha, 0, 0, 0},
    {"isalnum", str_isalnum, 0, 0, 0},
    {"isidentifier", str_isidentifier, 0, 0, 0},
    {"isprintable", str_isprintable, 0, 0, 0},
    {"zfill", str_zfill, 1, 1, 0},
    {"format", py_strmeth_format, 0, -1, PY_METH_KEYWORDS},
    {"format_map", py_strmeth_format_map, 1, 1, 0},
    {"__format__", py_strmeth___format__, 1, 1, 0},
    {"maketrans", str_maketrans, 1, 3, PY_METH_STATIC},
    {"__getnewargs__", str_getnewargs, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};
