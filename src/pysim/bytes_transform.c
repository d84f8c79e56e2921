/* bytes_transform.c — the bytes/bytearray methods that compute a new byte
 * string from the receiver: padding (center, ljust, rjust, zfill),
 * expandtabs, the ASCII case mappings and isX tests, replace, translate and
 * maketrans.  Their table entries are in bytes_methods.c.
 *
 * Identity as in CPython 3.12 (see bytes_methods.c): a result that equals
 * an exact bytes receiver unchanged is the receiver itself where CPython
 * returns it (padding too narrow, replace or translate changing nothing);
 * everything computed is a fresh object, never a cached single byte.
 * Arguments are converted before the receiver's bytes are read.
 */
#include <stdlib.h>
#include <string.h>

#include "pysim/bytes_impl.h"
#include "pysim/obj.h"
#include "pysim/vm.h"

/* ---- padding: center, ljust, rjust, zfill ---- */

/* pad(): left and right copies of fill around the receiver, fresh. */
static PyObj *pad(PyObj *self, size_t left, size_t right, unsigned char fill)
{
    if (left == 0 && right == 0) return py_bytes_like_self(self);
    size_t len = py_bytes_size(self);
    unsigned char *w;
    PyObj *r = py_bytes_like_alloc(self, left + len + right, &w);
    if (!r) return NULL;
    memset(w, fill, left);
    if (len) memcpy(w + left, py_bytes_data(self), len);
    memset(w + left + len, fill, right);
    return r;
}

/* (width[, fillchar]) of center, ljust and rjust. */
static int just_args(const char *fname, PyObj *const *args, size_t nargs, int64_t *width, unsigned char *fill)
{
    if (py_bytes_ssize_arg(args[0], width) < 0) return -1;
    *fill = ' ';
    if (nargs > 1) {
        PyObj *f = args[1];
        if ((PY_BYTES_CHECK(f) || PY_BYTEARRAY_CHECK(f)) && py_bytes_size(f) == 1) {
            *fill = py_bytes_data(f)[0];
        } else {
            py_err_format(&py_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", fname,
                          py_bytes_arg_type_name(f));
            return -1;
        }
    }
    return 0;
}

PyObj *py_bytes_m_center(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t width;
    unsigned char fill;
    if (just_args("center", args, nargs, &width, &fill) < 0) return NULL;
    int64_t len = (int64_t)py_bytes_size(self);
    if (len >= width) return py_bytes_like_self(self);
    int64_t marg = width - len, left = marg / 2 + (marg & width & 1);
    return pad(self, (size_t)left, (size_t)(marg - left), fill);
}

PyObj *py_bytes_m_ljust(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t width;
    unsigned char fill;
    if (just_args("ljust", args, nargs, &width, &fill) < 0) return NULL;
    int64_t len = (int64_t)py_bytes_size(self);
    if (len >= width) return py_bytes_like_self(self);
    return pad(self, 0, (size_t)(width - len), fill);
}

PyObj *py_bytes_m_rjust(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t width;
    unsigned char fill;
    if (just_args("rjust", args, nargs, &width, &fill) < 0) return NULL;
    int64_t len = (int64_t)py_bytes_size(self);
    if (len >= width) return py_bytes_like_self(self);
    return pad(self, (size_t)(width - len), 0, fill);
}

PyObj *py_bytes_m_zfill(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t width;
    if (py_bytes_ssize_arg(args[0], &width) < 0) return NULL;
    int64_t len = (int64_t)py_bytes_size(self);
    if (len >= width) return py_bytes_like_self(self);
    size_t fill = (size_t)(width - len);
    PyObj *r = pad(self, fill, 0, '0');
    if (!r) return NULL;
    unsigned char *p = PY_BYTEARRAY_CHECK(self) ? ((PyByteArrayObj *)r)->data : py_bytes_wdata(r);
    if (len && (p[fill] == '+' || p[fill] == '-')) {
        /* the sign goes in front of the zeros */
        p[0] = p[fill];
        p[fill] = '0';
    }
    return r;
}

PyObj *py_bytes_m_expandtabs(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    static const char *const names[] = {"tabsize"};
    PyObj *v[1];
    int tabsize = 8;
    if (py_bytes_parse_kw("expandtabs", args, nargs, kw, names, 1, v) < 0) return NULL;
    if (v[0] && py_bytes_int_arg(v[0], &tabsize) < 0) return NULL;
    const unsigned char *s = py_bytes_data(self);
    size_t len = py_bytes_size(self);
    /* first pass: the size; second: the text */
    size_t total = 0, col = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\t') {
            if (tabsize > 0) col += (size_t)tabsize - col % (size_t)tabsize;
        } else {
            col++;
            if (s[i] == '\n' || s[i] == '\r') {
                total += col;
                col = 0;
            }
        }
    }
    total += col;
    if (total > py_vm->heap.max_bytes) return py_err_no_memory();
    unsigned char *w;
    PyObj *r = py_bytes_like_alloc(self, total, &w);
    if (!r) return NULL;
    col = 0;
    for (size_t i = 0, at = 0; i < len; i++) {
        if (s[i] == '\t') {
            if (tabsize > 0) {
                size_t incr = (size_t)tabsize - col % (size_t)tabsize;
                memset(w + at, ' ', incr);
                at += incr;
                col += incr;
            }
        } else {
            w[at++] = s[i];
            col = (s[i] == '\n' || s[i] == '\r') ? 0 : col + 1;
        }
    }
    return r;
}

/* ---- case ---- */

typedef enum { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE } CaseOp;

static PyObj *do_case(PyObj *self, CaseOp op)
{
    const unsigned char *s = py_bytes_data(self);
    size_t len = py_bytes_size(self);
    unsigned char *w;
    PyObj *r = py_bytes_like_alloc(self, len, &w);
    if (!r) return NULL;
    bool prev_cased = false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = s[i];
        switch (op) {
        case CASE_LOWER: w[i] = py_bytes_tolower(c); break;
        case CASE_UPPER: w[i] = py_bytes_toupper(c); break;
        case CASE_SWAP: w[i] = py_bytes_isupper(c) ? py_bytes_tolower(c) : py_bytes_toupper(c); break;
        case CASE_CAPITALIZE: w[i] = i == 0 ? py_bytes_toupper(c) : py_bytes_tolower(c); break;
        case CASE_TITLE:
            w[i] = py_bytes_isalpha(c) ? (prev_cased ? py_bytes_tolower(c) : py_bytes_toupper(c)) : c;
            prev_cased = py_bytes_isalpha(c);
            break;
        }
    }
    return r;
}

PyObj *py_bytes_m_lower(PyObj *self, PyObj *const *a, size_t n, PyObj *kw) { return do_case(self, CASE_LOWER); }
PyObj *py_bytes_m_upper(PyObj *self, PyObj *const *a, size_t n, PyObj *kw) { return do_case(self, CASE_UPPER); }
PyObj *py_bytes_m_swapcase(PyObj *self, PyObj *const *a, size_t n, PyObj *kw) { return do_case(self, CASE_SWAP); }
PyObj *py_bytes_m_capitalize(PyObj *self, PyObj *const *a, size_t n, PyObj *kw)
{
    return do_case(self, CASE_CAPITALIZE);
}
PyObj *py_bytes_m_title(PyObj *self, PyObj *const *a, size_t n, PyObj *kw) { return do_case(self, CASE_TITLE); }

/* ---- isX ---- */

typedef enum { IS_ALNUM, IS_ALPHA, IS_ASCII, IS_DIGIT, IS_LOWER, IS_UPPER, IS_SPACE, IS_TITLE } IsOp;

static bool is_test(const unsigned char *s, size_t len, IsOp op)
{
    bool cased = false, prev_cased = false;
    switch (op) {
    case IS_ASCII:
        for (size_t i = 0; i < len; i++)
            if (s[i] >= 0x80) return false;
        return true;
    case IS_LOWER:
    case IS_UPPER:
        for (size_t i = 0; i < len; i++) {
            if (op == IS_LOWER ? py_bytes_isupper(s[i]) : py_bytes_islower(s[i])) return false;
            if (op == IS_LOWER ? py_bytes_islower(s[i]) : py_bytes_isupper(s[i])) cased = true;
        }
        return cased;
    case IS_TITLE:
        for (size_t i = 0; i < len; i++) {
            if (py_bytes_isupper(s[i])) {
                if (prev_cased) return false;
                prev_cased = cased = true;
            } else if (py_bytes_islower(s[i])) {
                if (!prev_cased) return false;
                prev_cased = cased = true;
            } else {
                prev_cased = false;
            }
        }
        return cased;
    default:
        if (len == 0) return false;
        for (size_t i = 0; i < len; i++) {
            unsigned char c = s[i];
            bool ok = op == IS_ALNUM ? py_bytes_isalpha(c) || py_bytes_isdigit(c)
                    : op == IS_ALPHA ? py_bytes_isalpha(c)
                    : op == IS_DIGIT ? py_bytes_isdigit(c)
                                     : py_bytes_isspace(c);
            if (!ok) return false;
        }
        return true;
    }
}

#define IS_METHOD(fn, op) \
    PyObj *fn(PyObj *self, PyObj *const *a, size_t n, PyObj *kw) \
    { return py_bool(is_test(py_bytes_data(self), py_bytes_size(self), op)); }
IS_METHOD(py_bytes_m_isalnum, IS_ALNUM)
IS_METHOD(py_bytes_m_isalpha, IS_ALPHA)
IS_METHOD(py_bytes_m_isascii, IS_ASCII)
IS_METHOD(py_bytes_m_isdigit, IS_DIGIT)
IS_METHOD(py_bytes_m_islower, IS_LOWER)
IS_METHOD(py_bytes_m_isupper, IS_UPPER)
IS_METHOD(py_bytes_m_isspace, IS_SPACE)
IS_METHOD(py_bytes_m_istitle, IS_TITLE)
#undef IS_METHOD

/* ---- replace ---- */

/* The first from[0..fl) in s[i..len), or -1. */
static int64_t find_from(const unsigned char *s, size_t i, size_t len, const unsigned char *from, size_t fl)
{
    const unsigned char *hit = py_bytes_search(s + i, len - i, from, fl);
    return hit ? hit - s : -1;
}

PyObj *py_bytes_m_replace(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    const unsigned char *from, *to;
    size_t fl, tl;
    int64_t maxcount = -1;
    if (py_bytes_view(args[0], &from, &fl) < 0 || py_bytes_view(args[1], &to, &tl) < 0) return NULL;
    if (nargs > 2 && py_bytes_ssize_arg(args[2], &maxcount) < 0) return NULL;
    /* the arguments may have been the receiver itself: re-read them */
    py_bytes_view(args[0], &from, &fl);
    py_bytes_view(args[1], &to, &tl);
    const unsigned char *s = py_bytes_data(self);
    size_t len = py_bytes_size(self);
    if (len < fl) return py_bytes_like_self(self);
    if (maxcount < 0) maxcount = INT64_MAX;
    if (maxcount == 0 || (fl == 0 && tl == 0)) return py_bytes_like_self(self);
    /* count the replacements, then build the result in one piece */
    size_t count = 0;
    if (fl == 0) {
        count = len + 1 < (uint64_t)maxcount ? len + 1 : (size_t)maxcount;
    } else {
        for (size_t i = 0; count < (uint64_t)maxcount;) {
            int64_t at = find_from(s, i, len, from, fl);
            if (at < 0) break;
            count++;
            i = (size_t)at + fl;
        }
    }
    if (count == 0) return py_bytes_like_self(self);
    size_t total = len - count * fl;
    if (tl && count > (py_vm->heap.max_bytes - total) / tl) return py_err_no_memory();
    total += count * tl;
    unsigned char *w;
    PyObj *r = py_bytes_like_alloc(self, total, &w);
    if (!r) return NULL;
    size_t at = 0, i = 0;
    if (fl == 0) {
        /* insert `to` before each of the first count bytes (and at the end) */
        for (size_t k = 0; k < count; k++) {
            memcpy(w + at, to, tl);
            at += tl;
            if (i < len) w[at++] = s[i++];
        }
    } else {
        for (size_t k = 0; k < count; k++) {
            size_t hit = (size_t)find_from(s, i, len, from, fl);
            memcpy(w + at, s + i, hit - i);
            at += hit - i;
            memcpy(w + at, to, tl);
            at += tl;
            i = hit + fl;
        }
    }
    memcpy(w + at, s + i, len - i);
    return r;
}

/* ---- translate, maketrans ---- */

PyObj *py_bytes_m_translate(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    size_t nkw = kw ? py_tuple_size(kw) : 0;
    if (nargs + nkw > 2)
        return py_err_format(&py_exc_TypeError, "translate() takes at most 2 arguments (%zd given)",
                             (int64_t)(nargs + nkw));
    if (nargs < 1)
        return py_err_format(&py_exc_TypeError, "translate() takes at least 1 positional argument (%zd given)",
                             (int64_t)nargs);
    PyObj *table = args[0], *delete = nargs > 1 ? args[1] : NULL;
    for (size_t k = 0; k < nkw; k++) {
        PyObj *kn = py_tuple_item(kw, k);
        if (!py_str_eq_c(kn, "delete"))
            return py_err_format(&py_exc_TypeError, "'%U' is an invalid keyword argument for translate()", kn);
        if (delete)
            return py_err_format(&py_exc_TypeError,
                                 "argument for translate() given by name ('delete') and position (2)");
        delete = args[nargs + k];
    }
    const unsigned char *tab = NULL, *del = NULL;
    size_t tablen, dellen = 0;
    if (table != PY_NONE) {
        if (py_bytes_view(table, &tab, &tablen) < 0) return NULL;
        if (tablen != 256) return py_err_format(&py_exc_ValueError, "translation table must be 256 characters long");
    }
    if (delete && py_bytes_view(delete, &del, &dellen) < 0) return NULL;
    const unsigned char *s = py_bytes_data(self);
    size_t len = py_bytes_size(self);
    /* the result is allocated at full length first, as CPython does */
    unsigned char *w;
    PyObj *r = py_bytes_like_alloc(self, len, &w);
    if (!r) return NULL;
    int map[256];
    for (int c = 0; c < 256; c++) map[c] = tab ? tab[c] : c;
    for (size_t k = 0; k < dellen; k++) map[del[k]] = -1;
    bool changed = false;
    size_t out = 0;
    for (size_t i = 0; i < len; i++) {
        int m = map[s[i]];
        if (m < 0) {
            changed = true;
            continue;
        }
        if (m != s[i]) changed = true;
        w[out++] = (unsigned char)m;
    }
    if (!changed && PY_IS_TYPE(self, py_bytes_type)) {
        py_decref(r);
        return py_newref(self);
    }
    if (out != len) {
        if (PY_BYTEARRAY_CHECK(self)) {
            if (py_bytearray_resize(r, out) < 0) py_clear(&r);
        } else if (py_bytes_resize(&r, out) < 0) {
            return NULL;
        }
    }
    return r;
}

PyObj *py_bytes_m_maketrans(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    const unsigned char *from, *to;
    size_t fl, tl;
    if (py_bytes_view(args[0], &from, &fl) < 0 || py_bytes_view(args[1], &to, &tl) < 0) return NULL;
    if (fl != tl) return py_err_format(&py_exc_ValueError, "maketrans arguments must have same length");
    PyObj *r = py_bytes_alloc(256);
    if (!r) return NULL;
    unsigned char *w = py_bytes_wdata(r);
    for (int c = 0; c < 256; c++) w[c] = (unsigned char)c;
    for (size_t i = 0; i < fl; i++) w[from[i]] = to[i];
    return r;
}
