/* bytes_methods.c — the methods bytes and bytearray share that search and
 * cut (find, count, startswith, split, partition, join, strip, ...), decode
 * and the hex wrappers, written once over the receiver's bytes (CPython's
 * stringlib), and the method tables of both types (the methods computing a
 * new byte string are in bytes_transform.c, bytearray's own in
 * bytearray.c).
 *
 * What each returns follows CPython 3.12 exactly, identity included:
 *  - results are exact bytes for a bytes receiver (subclasses too) and
 *    exact bytearrays for a bytearray receiver;
 *  - a bytes method that changes nothing (strip with nothing to strip,
 *    replace without a match, center narrower than the text ...) returns
 *    the receiver itself when it is an exact bytes, and a copy otherwise;
 *    a bytearray method always returns a new object;
 *  - pieces cut from the receiver (split, strip, partition) are made with
 *    py_bytes_new, so one-byte pieces are the cached singletons, while
 *    computed results (upper, join, replace) are fresh objects.
 * Only ASCII whitespace (space \t \n \r \v \f) separates words, as in
 * CPython.
 *
 * A bytearray receiver can change while an argument's __index__ runs, so
 * every method converts its arguments before it looks at the bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "pysim/bytes_impl.h"
#include "pysim/obj.h"
#include "pysim/str_impl.h"
#include "pysim/vm.h"

/* ---- argument helpers ---- */

int py_bytes_parse_kw(const char *fname, PyObj *const *args, size_t nargs, PyObj *kwnames,
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
    for (int i = 0; i < n; i++) {
        for (size_t k = 0; k < nkw; k++) {
            if (!py_str_eq_c(py_tuple_item(kwnames, k), names[i])) continue;
            if (out[i]) {
                py_err_format(&py_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname,
                              names[i], i + 1);
                return -1;
            }
            out[i] = args[nargs + k];
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

int py_bytes_check_str_arg(const char *fname, const char *name, PyObj *o)
{
    if (PY_STR_CHECK(o)) return 0;
    py_err_format(&py_exc_TypeError, "%s() argument '%s' must be str, not %s", fname, name, py_bytes_arg_type_name(o));
    return -1;
}

int py_bytes_ssize_arg(PyObj *o, int64_t *out)
{
    PyObj *i = py_number_index(o);
    if (!i) return -1;
    bool fits = py_int_as_i64(i, out);
    py_decref(i);
    if (!fits) {
        py_err_format(&py_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

int py_bytes_int_arg(PyObj *o, int *out)
{
    int64_t v;
    PyObj *i = py_number_index(o);
    if (!i) return -1;
    bool fits = py_int_as_i64(i, &v);
    py_decref(i);
    if (!fits || v < INT32_MIN || v > INT32_MAX) {
        py_err_format(&py_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* ---- searching: find, rfind, index, rindex, count ---- */

/* start/end of the find-like methods: None, or __index__ clamped. */
static int slice_index_arg(PyObj *o, int64_t *out)
{
    if (o == PY_NONE) return 0;
    if (!PY_TYPE(o)->nb_index) {
        py_err_format(&py_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    PyObj *i = py_number_index(o);
    if (!i) return -1;
    if (!py_int_as_i64(i, out)) *out = py_int_sign(i) < 0 ? -INT64_MAX : INT64_MAX;
    py_decref(i);
    return 0;
}

/* stringlib_parse_args_finds: (sub[, start[, end]]), old-style messages
 * (keywords are refused by the core, as METH_VARARGS functions do). */
static int parse_finds(const char *fname, PyObj *const *args, size_t nargs, PyObj *kwnames, int64_t *start,
                       int64_t *end)
{
    if (nargs < 1) {
        py_err_format(&py_exc_TypeError, "%s() takes at least 1 argument (%zd given)", fname, (int64_t)nargs);
        return -1;
    }
    if (nargs > 3) {
        py_err_format(&py_exc_TypeError, "%s() takes at most 3 arguments (%zd given)", fname, (int64_t)nargs);
        return -1;
    }
    *start = 0;
    *end = INT64_MAX;
    if (nargs > 1 && slice_index_arg(args[1], start) < 0) return -1;
    if (nargs > 2 && slice_index_arg(args[2], end) < 0) return -1;
    return 0;
}

/* The needle of find/count/index: a bytes-like object (its bytes,
 * BORROWED) or one byte value (copied to *byte). */
static int needle_arg(PyObj *sub, unsigned char *byte, const unsigned char **p, size_t *n)
{
    if (PY_BYTES_CHECK(sub) || PY_BYTEARRAY_CHECK(sub)) {
        *p = py_bytes_data(sub);
        *n = py_bytes_size(sub);
        return 0;
    }
    if (!PY_TYPE(sub)->nb_index) {
        py_err_format(&py_exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
                      py_type_name(sub));
        return -1;
    }
    PyObj *i = py_number_index(sub);
    if (!i) return -1;
    int64_t v;
    bool fits = py_int_as_i64(i, &v);
    py_decref(i);
    if (!fits || v < 0 || v > 255) {
        py_err_format(&py_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *byte = (unsigned char)v;
    *p = byte;
    *n = 1;
    return 0;
}

static void adjust_indices(int64_t *start, int64_t *end, int64_t len)
{
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}

const unsigned char *py_bytes_search(const unsigned char *hay, size_t n, const unsigned char *needle, size_t m)
{
    if (m > n) return NULL;
    const unsigned char *end = hay + (n - m);
    for (const unsigned char *p = hay; p <= end; p++) {
        p = memchr(p, needle[0], (size_t)(end - p) + 1);
        if (!p) return NULL;
        if (memcmp(p, needle, m) == 0) return p;
    }
    return NULL;
}

static int64_t find_fwd(const unsigned char *s, int64_t start, int64_t end, const unsigned char *sub, size_t m)
{
    if (m == 0) return start;
    const unsigned char *hit = py_bytes_search(s + start, (size_t)(end - start), sub, m);
    return hit ? hit - s : -1;
}

static int64_t find_rev(const unsigned char *s, int64_t start, int64_t end, const unsigned char *sub, size_t m)
{
    if (m == 0) return end;
    for (int64_t i = end - (int64_t)m; i >= start; i--)
        if (s[i] == sub[0] && memcmp(s + i, sub, m) == 0) return i;
    return -1;
}

/* find (dir > 0) / rfind (dir < 0): the index, -1, or -2 on error. */
static int64_t find_internal(PyObj *self, const char *fname, PyObj *const *args, size_t nargs, PyObj *kw, int dir)
{
    int64_t start, end;
    unsigned char byte;
    const unsigned char *sub;
    size_t m;
    if (parse_finds(fname, args, nargs, kw, &start, &end) < 0 || needle_arg(args[0], &byte, &sub, &m) < 0)
        return -2;
    const unsigned char *s = py_bytes_data(self);
    int64_t len = (int64_t)py_bytes_size(self);
    adjust_indices(&start, &end, len);
    if (end - start < (int64_t)m) return -1;
    return dir > 0 ? find_fwd(s, start, end, sub, m) : find_rev(s, start, end, sub, m);
}

static PyObj *m_find(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t r = find_internal(self, "find", args, nargs, kw, 1);
    return r == -2 ? NULL : py_int_from_i64(r);
}

static PyObj *m_rfind(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t r = find_internal(self, "rfind", args, nargs, kw, -1);
    return r == -2 ? NULL : py_int_from_i64(r);
}

static PyObj *m_index(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t r = find_internal(self, "index", args, nargs, kw, 1);
    if (r == -2) return NULL;
    if (r == -1) return py_err_format(&py_exc_ValueError, "subsection not found");
    return py_int_from_i64(r);
}

static PyObj *m_rindex(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t r = find_internal(self, "rindex", args, nargs, kw, -1);
    if (r == -2) return NULL;
    if (r == -1) return py_err_format(&py_exc_ValueError, "subsection not found");
    return py_int_from_i64(r);
}

static PyObj *m_count(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t start, end;
    unsigned char byte;
    const unsigned char *sub;
    size_t m;
    if (parse_finds("count", args, nargs, kw, &start, &end) < 0 || needle_arg(args[0], &byte, &sub, &m) < 0)
        return NULL;
    const unsigned char *s = py_bytes_data(self);
    adjust_indices(&start, &end, (int64_t)py_bytes_size(self));
    if (end - start < 0) return py_int_from_i64(0);
    if (m == 0) return py_int_from_i64(end - start + 1);
    int64_t count = 0;
    for (int64_t i = start; i + (int64_t)m <= end;) {
        int64_t at = find_fwd(s, i, end, sub, m);
        if (at < 0) break;
        count++;
        i = at + (int64_t)m;
    }
    return py_int_from_i64(count);
}

/* ---- startswith / endswith ---- */

/* tailmatch: 1, 0, or -1 (TypeError for a non-buffer). */
static int tailmatch(const unsigned char *s, int64_t len, PyObj *sub, int64_t start, int64_t end, int dir)
{
    const unsigned char *p;
    size_t n;
    if (py_bytes_view(sub, &p, &n) < 0) return -1;
    int64_t slen = (int64_t)n;
    adjust_indices(&start, &end, len);
    if (dir < 0) {
        if (start > len - slen) return 0;
    } else {
        if (end - start < slen || start > len) return 0;
        if (end - slen > start) start = end - slen;
    }
    if (end - start < slen) return 0;
    return slen == 0 || memcmp(s + start, p, (size_t)slen) == 0;
}

static PyObj *startsends(PyObj *self, const char *fname, PyObj *const *args, size_t nargs, PyObj *kw, int dir)
{
    int64_t start, end;
    if (parse_finds(fname, args, nargs, kw, &start, &end) < 0) return NULL;
    PyObj *sub = args[0];
    const unsigned char *s = py_bytes_data(self);
    int64_t len = (int64_t)py_bytes_size(self);
    if (PY_TUPLE_CHECK(sub)) {
        for (size_t i = 0; i < py_tuple_size(sub); i++) {
            int r = tailmatch(s, len, py_tuple_item(sub, i), start, end, dir);
            if (r < 0) return NULL;
            if (r) return py_bool(true);
        }
        return py_bool(false);
    }
    int r = tailmatch(s, len, sub, start, end, dir);
    if (r < 0) {
        py_err_clear();
        return py_err_format(&py_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", fname,
                             py_type_name(sub));
    }
    return py_bool(r);
}

static PyObj *m_startswith(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return startsends(self, "startswith", args, nargs, kw, -1);
}

static PyObj *m_endswith(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return startsends(self, "endswith", args, nargs, kw, 1);
}

/* ---- split family ---- */

#define MAX_PREALLOC 12

/* The list split() builds: room for maxcount + 1 items (at most 12), the
 * rest appended (so sys.getsizeof matches CPython's). */
static PyObj *split_list(int64_t maxcount)
{
    PyObj *l = py_list_new(maxcount >= MAX_PREALLOC ? MAX_PREALLOC : (size_t)maxcount + 1);
    if (l) ((PyListObj *)l)->len = 0;
    return l;
}

/* Adds item (stolen; NULL means the making failed). */
static int split_add(PyObj *list, PyObj *item)
{
    if (!item) return -1;
    PyListObj *l = (PyListObj *)list;
    if (l->len < l->allocated) {
        l->items[l->len++] = item;
        return 0;
    }
    int rc = py_list_append(list, item);
    py_decref(item);
    return rc;
}

static void list_reverse(PyObj *list)
{
    PyListObj *l = (PyListObj *)list;
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        PyObj *t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
}

/* Converts split's (sep, maxsplit) arguments. */
static int split_args(const char *fname, PyObj *const *args, size_t nargs, PyObj *kw, PyObj **sep,
                      int64_t *maxcount)
{
    static const char *const names[] = {"sep", "maxsplit"};
    PyObj *v[2];
    if (py_bytes_parse_kw(fname, args, nargs, kw, names, 2, v) < 0) return -1;
    *maxcount = -1;
    if (v[1] && py_bytes_ssize_arg(v[1], maxcount) < 0) return -1;
    if (*maxcount < 0) *maxcount = INT64_MAX;
    *sep = v[0] && v[0] != PY_NONE ? v[0] : NULL;
    return 0;
}

static PyObj *split_whitespace(PyObj *self, const unsigned char *s, int64_t len, int64_t maxcount)
{
    PyObj *list = split_list(maxcount);
    if (!list) return NULL;
    int64_t i = 0, j;
    bool exact = PY_IS_TYPE(self, py_bytes_type);
    while (maxcount-- > 0) {
        while (i < len && py_bytes_isspace(s[i])) i++;
        if (i == len) break;
        j = i++;
        while (i < len && !py_bytes_isspace(s[i])) i++;
        if (j == 0 && i == len && exact) {
            if (split_add(list, py_newref(self)) < 0) goto fail;
            break;
        }
        if (split_add(list, py_bytes_like_new(self, s + j, (size_t)(i - j))) < 0) goto fail;
    }
    if (i < len) {
        while (i < len && py_bytes_isspace(s[i])) i++;
        if (i != len && split_add(list, py_bytes_like_new(self, s + i, (size_t)(len - i))) < 0) goto fail;
    }
    return list;
fail:
    py_decref(list);
    return NULL;
}

static PyObj *rsplit_whitespace(PyObj *self, const unsigned char *s, int64_t len, int64_t maxcount)
{
    PyObj *list = split_list(maxcount);
    if (!list) return NULL;
    int64_t i = len - 1, j;
    bool exact = PY_IS_TYPE(self, py_bytes_type);
    while (maxcount-- > 0) {
        while (i >= 0 && py_bytes_isspace(s[i])) i--;
        if (i < 0) break;
        j = i--;
        while (i >= 0 && !py_bytes_isspace(s[i])) i--;
        if (j == len - 1 && i < 0 && exact) {
            if (split_add(list, py_newref(self)) < 0) goto fail;
            break;
        }
        if (split_add(list, py_bytes_like_new(self, s + i + 1, (size_t)(j - i))) < 0) goto fail;
    }
    if (i >= 0) {
        while (i >= 0 && py_bytes_isspace(s[i])) i--;
        if (i >= 0 && split_add(list, py_bytes_like_new(self, s, (size_t)(i + 1))) < 0) goto fail;
    }
    list_reverse(list);
    return list;
fail:
    py_decref(list);
    return NULL;
}

/* split by a separator of one or more bytes (stringlib_split and
 * split_char: the same pieces). */
static PyObj *split_sep(PyObj *self, const unsigned char *s, int64_t len, const unsigned char *sep, size_t m,
                        int64_t maxcount)
{
    PyObj *list = split_list(maxcount);
    if (!list) return NULL;
    int64_t i = 0;
    size_t count = 0;
    while (maxcount-- > 0) {
        int64_t pos = i <= len ? find_fwd(s, i, len, sep, m) : -1;
        if (pos < 0) break;
        if (split_add(list, py_bytes_like_new(self, s + i, (size_t)(pos - i))) < 0) goto fail;
        count++;
        i = pos + (int64_t)m;
    }
    if (count == 0 && PY_IS_TYPE(self, py_bytes_type)) {
        if (split_add(list, py_newref(self)) < 0) goto fail;
    } else if (split_add(list, py_bytes_like_new(self, s + i, (size_t)(len - i))) < 0) {
        goto fail;
    }
    return list;
fail:
    py_decref(list);
    return NULL;
}

static PyObj *rsplit_sep(PyObj *self, const unsigned char *s, int64_t len, const unsigned char *sep, size_t m,
                         int64_t maxcount)
{
    PyObj *list = split_list(maxcount);
    if (!list) return NULL;
    int64_t j = len;
    size_t count = 0;
    while (maxcount-- > 0) {
        int64_t pos = find_rev(s, 0, j, sep, m);
        if (pos < 0) break;
        if (split_add(list, py_bytes_like_new(self, s + pos + m, (size_t)(j - pos - (int64_t)m))) < 0) goto fail;
        count++;
        j = pos;
    }
    if (count == 0 && PY_IS_TYPE(self, py_bytes_type)) {
        if (split_add(list, py_newref(self)) < 0) goto fail;
    } else if (split_add(list, py_bytes_like_new(self, s, (size_t)j)) < 0) {
        goto fail;
    }
    list_reverse(list);
    return list;
fail:
    py_decref(list);
    return NULL;
}

static PyObj *do_split(PyObj *self, const char *fname, PyObj *const *args, size_t nargs, PyObj *kw, bool right)
{
    PyObj *sep;
    int64_t maxcount;
    if (split_args(fname, args, nargs, kw, &sep, &maxcount) < 0) return NULL;
    const unsigned char *s = py_bytes_data(self), *p;
    int64_t len = (int64_t)py_bytes_size(self);
    if (!sep) return right ? rsplit_whitespace(self, s, len, maxcount) : split_whitespace(self, s, len, maxcount);
    size_t m;
    if (py_bytes_view(sep, &p, &m) < 0) return NULL;
    if (m == 0) return py_err_format(&py_exc_ValueError, "empty separator");
    return right ? rsplit_sep(self, s, len, p, m, maxcount) : split_sep(self, s, len, p, m, maxcount);
}

static PyObj *m_split(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return do_split(self, "split", args, nargs, kw, false);
}

static PyObj *m_rsplit(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return do_split(self, "rsplit", args, nargs, kw, true);
}

static PyObj *m_splitlines(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    static const char *const names[] = {"keepends"};
    PyObj *v[1];
    if (py_bytes_parse_kw("splitlines", args, nargs, kw, names, 1, v) < 0) return NULL;
    int keepends = 0;
    if (v[0] && (keepends = py_truthy(v[0])) < 0) return NULL;
    const unsigned char *s = py_bytes_data(self);
    size_t len = py_bytes_size(self);
    PyObj *list = py_list_new(0);
    if (!list) return NULL;
    for (size_t i = 0, j = 0; i < len; j = i) {
        while (i < len && s[i] != '\n' && s[i] != '\r') i++;
        size_t eol = i;
        if (i < len) {
            i += (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
            if (keepends) eol = i;
        }
        PyObj *line = j == 0 && eol == len && PY_IS_TYPE(self, py_bytes_type) ? py_newref(self)
                                                                            : py_bytes_like_new(self, s + j, eol - j);
        if (!line) goto fail;
        int rc = py_list_append(list, line);
        py_decref(line);
        if (rc < 0) goto fail;
    }
    return list;
fail:
    py_decref(list);
    return NULL;
}

/* ---- partition ---- */

static PyObj *do_partition(PyObj *self, PyObj *sep_arg, bool right)
{
    const unsigned char *sep;
    size_t m;
    PyObj *sep_obj;
    if (PY_BYTEARRAY_CHECK(self)) {
        /* bytearray works on (and returns) a bytearray copy of sep */
        if (py_bytes_view(sep_arg, &sep, &m) < 0) return NULL;
        sep_obj = py_bytearray_new(sep, m);
        if (!sep_obj) return NULL;
    } else {
        if (py_bytes_view(sep_arg, &sep, &m) < 0) return NULL;
        sep_obj = py_newref(sep_arg);
    }
    sep = py_bytes_data(sep_obj);
    if (m == 0) {
        py_decref(sep_obj);
        return py_err_format(&py_exc_ValueError, "empty separator");
    }
    const unsigned char *s = py_bytes_data(self);
    int64_t len = (int64_t)py_bytes_size(self);
    PyObj *out = py_tuple_new(3);
    if (!out) {
        py_decref(sep_obj);
        return NULL;
    }
    PyObj **items = PY_TUPLE_ITEMS(out);
    int64_t pos = right ? find_rev(s, 0, len, sep, m) : find_fwd(s, 0, len, sep, m);
    if (pos < 0) {
        py_decref(sep_obj);
        int whole = right ? 2 : 0;
        if (PY_BYTEARRAY_CHECK(self)) {
            for (int k = 0; k < 3; k++) {
                items[k] = k == whole ? py_bytearray_new(s, (size_t)len) : py_bytearray_new(NULL, 0);
                if (!items[k]) goto fail;
            }
        } else {
            for (int k = 0; k < 3; k++) items[k] = py_newref(k == whole ? self : py_vm->empty_bytes);
        }
        return out;
    }
    items[0] = py_bytes_like_new(self, s, (size_t)pos);
    items[1] = sep_obj;
    if (!items[0]) goto fail;
    items[2] = py_bytes_like_new(self, s + pos + m, (size_t)(len - pos - (int64_t)m));
    if (!items[2]) goto fail;
    return out;
fail:
    py_decref(out);
    return NULL;
}

static PyObj *m_partition(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return do_partition(self, args[0], false);
}

static PyObj *m_rpartition(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return do_partition(self, args[0], true);
}

/* ---- join ---- */

static PyObj *m_join(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    /* PySequence_Fast: a list or tuple as it is, anything else listed */
    PyObj *seq = args[0];
    if (PY_LIST_CHECK(seq) || PY_TUPLE_CHECK(seq)) {
        py_incref(seq);
    } else {
        PyObj *it = py_iter(seq);
        if (!it) {
            if (py_err_matches((PyObj *)&py_exc_TypeError)) {
                py_err_clear();
                py_err_format(&py_exc_TypeError, "can only join an iterable");
            }
            return NULL;
        }
        seq = py_sequence_list(it);
        py_decref(it);
        if (!seq) return NULL;
    }
    size_t n = PY_LIST_CHECK(seq) ? py_list_size(seq) : py_tuple_size(seq);
    PyObj *const *items = PY_LIST_CHECK(seq) ? PY_LIST_ITEMS(seq) : PY_TUPLE_ITEMS(seq);
    PyObj *r = NULL;
    if (n == 0) {
        r = py_bytes_like_new(self, NULL, 0);
        goto done;
    }
    if (n == 1 && !PY_BYTEARRAY_CHECK(self) && PY_IS_TYPE(items[0], py_bytes_type)) {
        r = py_newref(items[0]);
        goto done;
    }
    size_t seplen = py_bytes_size(self), total = 0;
    for (size_t i = 0; i < n; i++) {
        if (!PY_BYTES_CHECK(items[i]) && !PY_BYTEARRAY_CHECK(items[i])) {
            py_err_format(&py_exc_TypeError, "sequence item %zd: expected a bytes-like object, %s found", (int64_t)i,
                          py_type_name(items[i]));
            goto done;
        }
        total += py_bytes_size(items[i]) + (i ? seplen : 0);
    }
    unsigned char *w;
    r = py_bytes_like_alloc(self, total, &w);
    if (!r) goto done;
    for (size_t i = 0, at = 0; i < n; i++) {
        if (i && seplen) {
            memcpy(w + at, py_bytes_data(self), seplen);
            at += seplen;
        }
        size_t k = py_bytes_size(items[i]);
        if (k) memcpy(w + at, py_bytes_data(items[i]), k);
        at += k;
    }
done:
    py_decref(seq);
    return r;
}

/* ---- strip ---- */

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2, STRIP_BOTH = 3 };

static PyObj *do_strip(PyObj *self, PyObj *const *args, size_t nargs, int how)
{
    const unsigned char *chars = NULL;
    size_t nchars = 0;
    if (nargs && args[0] != PY_NONE && py_bytes_view(args[0], &chars, &nchars) < 0) return NULL;
    const unsigned char *s = py_bytes_data(self);
    size_t len = py_bytes_size(self), i = 0, j = len;
#define STRIPPED(c) (chars ? (nchars && memchr(chars, (c), nchars) != NULL) : py_bytes_isspace(c))
    if (how & STRIP_LEFT)
        while (i < len && STRIPPED(s[i])) i++;
    if (how & STRIP_RIGHT)
        while (j > i && STRIPPED(s[j - 1])) j--;
#undef STRIPPED
    if (i == 0 && j == len) return py_bytes_like_self(self);
    return py_bytes_like_new(self, s + i, j - i);
}

static PyObj *m_strip(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return do_strip(self, args, nargs, STRIP_BOTH);
}

static PyObj *m_lstrip(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return do_strip(self, args, nargs, STRIP_LEFT);
}

static PyObj *m_rstrip(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return do_strip(self, args, nargs, STRIP_RIGHT);
}

static PyObj *m_removeprefix(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    const unsigned char *p;
    size_t m;
    if (py_bytes_view(args[0], &p, &m) < 0) return NULL;
    const unsigned char *s = py_bytes_data(self);
    size_t len = py_bytes_size(self);
    if (m && len >= m && memcmp(s, p, m) == 0) return py_bytes_like_new(self, s + m, len - m);
    return py_bytes_like_self(self);
}

static PyObj *m_removesuffix(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    const unsigned char *p;
    size_t m;
    if (py_bytes_view(args[0], &p, &m) < 0) return NULL;
    const unsigned char *s = py_bytes_data(self);
    size_t len = py_bytes_size(self);
    if (m && len >= m && memcmp(s + len - m, p, m) == 0) return py_bytes_like_new(self, s, len - m);
    return py_bytes_like_self(self);
}

/* ---- decode, hex, fromhex ---- */

static PyObj *m_decode(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    static const char *const names[] = {"encoding", "errors"};
    PyObj *v[2];
    if (py_bytes_parse_kw("decode", args, nargs, kw, names, 2, v) < 0) return NULL;
    if (v[0] && py_bytes_check_str_arg("decode", "encoding", v[0]) < 0) return NULL;
    if (v[1] && py_bytes_check_str_arg("decode", "errors", v[1]) < 0) return NULL;
    return py_str_decode_object(self, v[0], v[1]);
}

static PyObj *m_hex(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_bytes_hex(self, args, nargs, kw);
}

static PyObj *m_fromhex(PyObj *cls, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_bytes_fromhex(cls, args[0]);
}

/* ---- bytes only (and __sizeof__) ---- */

static PyObj *m_bytes(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    if (PY_IS_TYPE(self, py_bytes_type)) return py_newref(self);
    return py_bytes_new(py_bytes_data(self), py_bytes_size(self));
}

/* bytearray.__sizeof__ (bytes uses object's) */
static PyObj *m_sizeof(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_int_from_i64((int64_t)PY_TYPE(self)->tp_sizeof(self));
}

static PyObj *m_getnewargs(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyObj *copy = py_bytes_new(py_bytes_data(self), py_bytes_size(self));
    if (!copy) return NULL;
    PyObj *t = py_tuple_pack(1, copy);
    py_decref(copy);
    return t;
}

/* ---- the tables ----
 * Arities the core checks carry their limits; the find family, split and
 * the other keyword methods check their own, with CPython's older wording. */

#define SHARED_METHODS \
    {"capitalize", py_bytes_m_capitalize, 0, 0, 0}, \
    {"center", py_bytes_m_center, 1, 2, 0}, \
    {"count", m_count, 0, -1, 0}, \
    {"decode", m_decode, 0, -1, PY_METH_KEYWORDS}, \
    {"endswith", m_endswith, 0, -1, 0}, \
    {"expandtabs", py_bytes_m_expandtabs, 0, -1, PY_METH_KEYWORDS}, \
    {"find", m_find, 0, -1, 0}, \
    {"fromhex", m_fromhex, 1, 1, PY_METH_CLASS}, \
    {"hex", m_hex, 0, -1, PY_METH_KEYWORDS}, \
    {"index", m_index, 0, -1, 0}, \
    {"isalnum", py_bytes_m_isalnum, 0, 0, 0}, \
    {"isalpha", py_bytes_m_isalpha, 0, 0, 0}, \
    {"isascii", py_bytes_m_isascii, 0, 0, 0}, \
    {"isdigit", py_bytes_m_isdigit, 0, 0, 0}, \
    {"islower", py_bytes_m_islower, 0, 0, 0}, \
    {"isspace", py_bytes_m_isspace, 0, 0, 0}, \
    {"istitle", py_bytes_m_istitle, 0, 0, 0}, \
    {"isupper", py_bytes_m_isupper, 0, 0, 0}, \
    {"join", m_join, 1, 1, 0}, \
    {"ljust", py_bytes_m_ljust, 1, 2, 0}, \
    {"lower", py_bytes_m_lower, 0, 0, 0}, \
    {"lstrip", m_lstrip, 0, 1, 0}, \
    {"maketrans", py_bytes_m_maketrans, 2, 2, PY_METH_STATIC}, \
    {"partition", m_partition, 1, 1, 0}, \
    {"removeprefix", m_removeprefix, 1, 1, 0}, \
    {"removesuffix", m_removesuffix, 1, 1, 0}, \
    {"replace", py_bytes_m_replace, 2, 3, 0}, \
    {"rfind", m_rfind, 0, -1, 0}, \
    {"rindex", m_rindex, 0, -1, 0}, \
    {"rjust", py_bytes_m_rjust, 1, 2, 0}, \
    {"rpartition", m_rpartition, 1, 1, 0}, \
    {"rsplit", m_rsplit, 0, -1, PY_METH_KEYWORDS}, \
    {"rstrip", m_rstrip, 0, 1, 0}, \
    {"split", m_split, 0, -1, PY_METH_KEYWORDS}, \
    {"splitlines", m_splitlines, 0, -1, PY_METH_KEYWORDS}, \
    {"startswith", m_startswith, 0, -1, 0}, \
    {"strip", m_strip, 0, 1, 0}, \
    {"swapcase", py_bytes_m_swapcase, 0, 0, 0}, \
    {"title", py_bytes_m_title, 0, 0, 0}, \
    {"translate", py_bytes_m_translate, 0, -1, PY_METH_KEYWORDS}, \
    {"upper", py_bytes_m_upper, 0, 0, 0}, \
    {"zfill", py_bytes_m_zfill, 1, 1, 0}

const PyMethodDef py_bytes_methods[] = {
    {"__bytes__", m_bytes, 0, 0, 0},
    {"__getnewargs__", m_getnewargs, 0, 0, 0},
    SHARED_METHODS,
    {NULL, NULL, 0, 0, 0},
};

const PyMethodDef py_bytearray_methods[] = {
    {"__alloc__", py_bytearray_m_alloc, 0, 0, 0},
    {"__sizeof__", m_sizeof, 0, 0, 0},
    {"append", py_bytearray_m_append, 1, 1, 0},
    {"clear", py_bytearray_m_clear, 0, 0, 0},
    {"copy", py_bytearray_m_copy, 0, 0, 0},
    {"extend", py_bytearray_m_extend, 1, 1, 0},
    {"insert", py_bytearray_m_insert, 2, 2, 0},
    {"pop", py_bytearray_m_pop, 0, 1, 0},
    {"remove", py_bytearray_m_remove, 1, 1, 0},
    {"reverse", py_bytearray_m_reverse, 0, 0, 0},
    SHARED_METHODS,
    {NULL, NULL, 0, 0, 0},
};
