/* str_search.c — the str methods that look for substrings: count, find,
 * rfind, index, rindex, startswith, endswith, split, rsplit, splitlines,
 * partition, rpartition, replace, removeprefix and removesuffix.
 *
 * Searching works on the UTF-8 bytes: a match of whole UTF-8 sequences can
 * only start on a character boundary, so byte matches are code point
 * matches; positions are converted to code point indexes at the edges.
 *
 * Invariants (measured on python3.12):
 *  - start/end arguments follow CPython's ADJUST_INDICES: end clamps to the
 *    length, negative values count from the end, start is not clamped
 *    from above ("abc".find("", 4) is -1).
 *  - split and rsplit preallocate their list as stringlib does (at most 12
 *    slots, from maxsplit or the most pieces the text could give), so
 *    sys.getsizeof of the result matches; the pieces are new strings
 *    (cached when one Latin-1 character long) and the receiver itself
 *    stands for a piece covering it entirely when it is an exact str.
 *  - partition returns the separator object itself in the middle, and the
 *    receiver itself (even a subclass instance) when the separator is
 *    absent.
 */
#include <string.h>

#include "pysim/obj.h"
#include "pysim/str_impl.h"
#include "pysim/str_methods.h"
#include "pysim/unicode.h"
#include "pysim/vm.h"

/* CPython's storage kind (1, 2 or 4 bytes a character) from PyStrObj's. */
static int ckind(int kind) { return kind <= 2 ? 1 : kind == 3 ? 2 : 4; }

static void adjust(int64_t *start, int64_t *end, int64_t len)
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

/* The first occurrence of needle (m > 0 bytes) in hay[0..n): memmem,
 * which is not in C11 or POSIX. */
static const char *memfind(const char *hay, size_t n, const char *needle, size_t m)
{
    if (m == 0) return hay;
    while (n >= m) {
        const char *c = memchr(hay, needle[0], n - m + 1);
        if (!c) return NULL;
        if (memcmp(c, needle, m) == 0) return c;
        n -= (size_t)(c - hay) + 1;
        hay = c + 1;
    }
    return NULL;
}

/* The last occurrence of needle in hay[0..n). */
static const char *rmemmem(const char *hay, size_t n, const char *needle, size_t m)
{
    if (m > n) return NULL;
    for (size_t i = n - m + 1; i > 0; i--)
        if (memcmp(hay + i - 1, needle, m) == 0) return hay + i - 1;
    return NULL;
}

/* "O|OO:name": the substring and optional start, end of count, find,
 * index, startswith and their right-hand twins. */
static int parse_finds(const char *name, PyObj *const *args, size_t nargs, int64_t *start, int64_t *end)
{
    if (nargs < 1) {
        py_err_format(&py_exc_TypeError, "%s() takes at least 1 argument (%zd given)", name, (int64_t)nargs);
        return -1;
    }
    if (nargs > 3) {
        py_err_format(&py_exc_TypeError, "%s() takes at most 3 arguments (%zd given)", name, (int64_t)nargs);
        return -1;
    }
    *start = 0;
    *end = INT64_MAX;
    if (nargs > 1 && py_strmeth_slice_index(args[1], start) < 0) return -1;
    if (nargs > 2 && py_strmeth_slice_index(args[2], end) < 0) return -1;
    return 0;
}

static int need_str(PyObj *o)
{
    if (PY_STR_CHECK(o)) return 0;
    py_err_format(&py_exc_TypeError, "must be str, not %s", py_type_name(o));
    return -1;
}

/* ---- count, find, index ---- */

static int64_t find_in(PyObj *self, PyObj *sub, int64_t start, int64_t end, int dir)
{
    StrText s = py_strmeth_text(self), t = py_strmeth_text(sub);
    adjust(&start, &end, s.len);
    if (end - start < t.len) return -1;
    if (t.len == 0) return dir > 0 ? start : end;
    size_t a = py_strmeth_off(&s, start), b = py_strmeth_off(&s, end);
    const char *hit = dir > 0 ? memfind(s.p + a, b - a, t.p, t.nb) : rmemmem(s.p + a, b - a, t.p, t.nb);
    return hit ? py_strmeth_index(&s, (size_t)(hit - s.p)) : -1;
}

/* Non-overlapping occurrences of sub in self[start:end], at most max. */
static int64_t count_in(PyObj *self, PyObj *sub, int64_t start, int64_t end, int64_t max)
{
    StrText s = py_strmeth_text(self), t = py_strmeth_text(sub);
    adjust(&start, &end, s.len);
    if (end - start < t.len) return 0;
    if (t.len == 0) return end - start + 1 < max ? end - start + 1 : max;
    size_t a = py_strmeth_off(&s, start), b = py_strmeth_off(&s, end);
    int64_t n = 0;
    while (n < max) {
        const char *hit = memfind(s.p + a, b - a, t.p, t.nb);
        if (!hit) break;
        n++;
        a = (size_t)(hit - s.p) + t.nb;
    }
    return n;
}

PyObj *py_strmeth_count(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t start, end;
    if (parse_finds("count", args, nargs, &start, &end) < 0 || need_str(args[0]) < 0) return NULL;
    return py_int_from_i64(count_in(self, args[0], start, end, INT64_MAX));
}

static PyObj *find_common(PyObj *self, PyObj *const *args, size_t nargs, const char *name, int dir, bool raise)
{
    int64_t start, end;
    if (parse_finds(name, args, nargs, &start, &end) < 0 || need_str(args[0]) < 0) return NULL;
    int64_t r = find_in(self, args[0], start, end, dir);
    if (r < 0 && raise) return py_err_format(&py_exc_ValueError, "substring not found");
    return py_int_from_i64(r);
}

PyObj *py_strmeth_find(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return find_common(self, args, nargs, "find", 1, false);
}
PyObj *py_strmeth_rfind(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return find_common(self, args, nargs, "rfind", -1, false);
}
PyObj *py_strmeth_index_m(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return find_common(self, args, nargs, "index", 1, true);
}
PyObj *py_strmeth_rindex(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return find_common(self, args, nargs, "rindex", -1, true);
}

/* ---- startswith, endswith ---- */

/* tailmatch: does sub occur at the start (dir < 0) or the end (dir > 0)
 * of self[start:end]? */
static bool tailmatch(PyObj *self, PyObj *sub, int64_t start, int64_t end, int dir)
{
    StrText s = py_strmeth_text(self), t = py_strmeth_text(sub);
    adjust(&start, &end, s.len);
    end -= t.len;
    if (end < start) return false;
    if (t.len == 0) return true;
    size_t at = dir < 0 ? py_strmeth_off(&s, start) : py_strmeth_off(&s, end);
    return at + t.nb <= s.nb && memcmp(s.p + at, t.p, t.nb) == 0;
}

static PyObj *starts_ends(PyObj *self, PyObj *const *args, size_t nargs, const char *name, int dir)
{
    int64_t start, end;
    if (parse_finds(name, args, nargs, &start, &end) < 0) return NULL;
    PyObj *sub = args[0];
    if (PY_TUPLE_CHECK(sub)) {
        for (size_t i = 0; i < py_tuple_size(sub); i++) {
            PyObj *item = py_tuple_item(sub, i);
            if (!PY_STR_CHECK(item))
                return py_err_format(&py_exc_TypeError, "tuple for %s must only contain str, not %s", name,
                                     py_type_name(item));
            if (tailmatch(self, item, start, end, dir)) return py_bool(true);
        }
        return py_bool(false);
    }
    if (!PY_STR_CHECK(sub))
        return py_err_format(&py_exc_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                             py_type_name(sub));
    return py_bool(tailmatch(self, sub, start, end, dir));
}

PyObj *py_strmeth_startswith(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return starts_ends(self, args, nargs, "startswith", -1);
}
PyObj *py_strmeth_endswith(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return starts_ends(self, args, nargs, "endswith", 1);
}

/* ---- split, rsplit ---- */

/* A list being filled as stringlib's split fills it: PyList_New(prealloc)
 * with the first prealloc pieces stored in place, appends after that, and
 * the size fixed to the count at the end. */
typedef struct Pieces {
    PyObj *list;
    size_t count, prealloc;
} Pieces;

#define MAX_PREALLOC 12

static int pieces_init(Pieces *p, int64_t maxcount)
{
    p->prealloc = maxcount >= MAX_PREALLOC ? MAX_PREALLOC : (size_t)maxcount + 1;
    p->count = 0;
    p->list = py_list_new(p->prealloc);
    return p->list ? 0 : -1;
}

/* Adds a piece (stolen; NULL means an allocation failed). */
static int pieces_add(Pieces *p, PyObj *piece)
{
    if (!piece) return -1;
    if (p->count < p->prealloc) {
        PY_LIST_ITEMS(p->list)[p->count++] = piece;
        return 0;
    }
    int rc = py_list_append(p->list, piece);
    py_decref(piece);
    if (rc < 0) return -1;
    p->count++;
    return 0;
}

/* The finished list (NEW), reversed for rsplit; NULL after a failure. */
static PyObj *pieces_done(Pieces *p, bool failed, bool reverse)
{
    ((PyListObj *)p->list)->len = p->count;
    if (failed) {
        py_decref(p->list);
        return NULL;
    }
    if (reverse) {
        PyObj **it = PY_LIST_ITEMS(p->list);
        for (size_t i = 0, j = p->count; i + 1 < j; i++, j--) {
            PyObj *tmp = it[i];
            it[i] = it[j - 1];
            it[j - 1] = tmp;
        }
    }
    return p->list;
}

static PyObj *piece(const StrText *s, size_t a, size_t b) { return py_str_new(s->p + a, b - a); }

static bool is_space_at(const StrText *s, size_t i, size_t *next)
{
    uint32_t c;
    size_t m = uni_utf8_decode(s->p + i, s->nb - i, &c);
    if (!m) m = 1, c = 0xFFFD;
    *next = i + m;
    return uni_isspace(c);
}

/* The start of the character that ends at byte j (j > 0). */
static size_t prev_start(const StrText *s, size_t j)
{
    size_t k = j - 1;
    while (k > 0 && ((unsigned char)s->p[k] & 0xC0) == 0x80) k--;
    return k;
}

static bool is_space_before(const StrText *s, size_t j, size_t *start)
{
    *start = prev_start(s, j);
    uint32_t c;
    if (!uni_utf8_decode(s->p + *start, j - *start, &c)) c = 0xFFFD;
    return uni_isspace(c);
}

static PyObj *split_ws(PyObj *self, int64_t maxcount)
{
    StrText s = py_strmeth_text(self);
    Pieces p;
    if (pieces_init(&p, maxcount) < 0) return NULL;
    bool fail = false;
    size_t i = 0, j, nx;
    while (maxcount-- > 0) {
        while (i < s.nb && is_space_at(&s, i, &nx)) i = nx;
        if (i == s.nb) break;
        j = i;
        is_space_at(&s, i, &i);
        while (i < s.nb && !is_space_at(&s, i, &nx)) i = nx;
        if (j == 0 && i == s.nb && PY_IS_TYPE(self, py_str_type)) {
            fail = pieces_add(&p, py_newref(self)) < 0;
            break;
        }
        if ((fail = pieces_add(&p, piece(&s, j, i)) < 0)) break;
    }
    if (!fail && i < s.nb) {
        while (i < s.nb && is_space_at(&s, i, &nx)) i = nx;
        if (i != s.nb) fail = pieces_add(&p, piece(&s, i, s.nb)) < 0;
    }
    return pieces_done(&p, fail, false);
}

static PyObj *rsplit_ws(PyObj *self, int64_t maxcount)
{
    StrText s = py_strmeth_text(self);
    Pieces p;
    if (pieces_init(&p, maxcount) < 0) return NULL;
    bool fail = false;
    size_t i = s.nb, j, st; /* i: end (exclusive) of the unscanned part */
    while (maxcount-- > 0) {
        while (i > 0 && is_space_before(&s, i, &st)) i = st;
        if (i == 0) break;
        j = i;
        i = prev_start(&s, i);
        while (i > 0 && !is_space_before(&s, i, &st)) i = st;
        if (j == s.nb && i == 0 && PY_IS_TYPE(self, py_str_type)) {
            fail = pieces_add(&p, py_newref(self)) < 0;
            break;
        }
        if ((fail = pieces_add(&p, piece(&s, i, j)) < 0)) break;
    }
    if (!fail && i > 0) {
        while (i > 0 && is_space_before(&s, i, &st)) i = st;
        if (i > 0) fail = pieces_add(&p, piece(&s, 0, i)) < 0;
    }
    return pieces_done(&p, fail, true);
}

static PyObj *split_sep(PyObj *self, PyObj *sep, int64_t maxcount, bool right)
{
    StrText s = py_strmeth_text(self), t = py_strmeth_text(sep);
    if (t.len == 0) return py_err_format(&py_exc_ValueError, "empty separator");
    Pieces p;
    if (pieces_init(&p, maxcount) < 0) return NULL;
    bool fail = false;
    if (!right) {
        size_t i = 0;
        while (maxcount-- > 0) {
            const char *hit = memfind(s.p + i, s.nb - i, t.p, t.nb);
            if (!hit) break;
            size_t j = (size_t)(hit - s.p);
            if ((fail = pieces_add(&p, piece(&s, i, j)) < 0)) break;
            i = j + t.nb;
        }
        if (!fail) {
            if (p.count == 0 && PY_IS_TYPE(self, py_str_type))
                fail = pieces_add(&p, py_newref(self)) < 0;
            else
                fail = pieces_add(&p, piece(&s, i, s.nb)) < 0;
        }
    } else {
        size_t j = s.nb;
        while (maxcount-- > 0) {
            const char *hit = rmemmem(s.p, j, t.p, t.nb);
            if (!hit) break;
            size_t pos = (size_t)(hit - s.p);
            if ((fail = pieces_add(&p, piece(&s, pos + t.nb, j)) < 0)) break;
            j = pos;
        }
        if (!fail) {
            if (p.count == 0 && PY_IS_TYPE(self, py_str_type))
                fail = pieces_add(&p, py_newref(self)) < 0;
            else
                fail = pieces_add(&p, piece(&s, 0, j)) < 0;
        }
    }
    return pieces_done(&p, fail, right);
}

static PyObj *split_common(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames, const char *name,
                           bool right)
{
    static const char *const names[] = {"sep", "maxsplit"};
    PyObj *v[2];
    if (py_strmeth_kwparse(name, args, nargs, kwnames, names, 2, v) < 0) return NULL;
    int64_t maxcount = -1;
    if (v[1] && py_strmeth_ssize(v[1], &maxcount) < 0) return NULL;
    PyObj *sep = v[0] && v[0] != PY_NONE ? v[0] : NULL;
    if (v[0] && v[0] != PY_NONE && !PY_STR_CHECK(v[0]))
        return py_err_format(&py_exc_TypeError, "must be str or None, not %s", py_type_name(v[0]));
    int64_t len1 = py_str_len(self);
    if (!sep) {
        if (maxcount < 0) maxcount = (len1 - 1) / 2 + 1;
        return right ? rsplit_ws(self, maxcount) : split_ws(self, maxcount);
    }
    int64_t len2 = py_str_len(sep);
    if (maxcount < 0) maxcount = len2 == 0 ? 0 : len1 / len2 + 1;
    if (ckind(((PyStrObj *)self)->kind) < ckind(((PyStrObj *)sep)->kind) || len1 < len2) {
        PyObj *l = py_list_new(1);
        if (l) PY_LIST_ITEMS(l)[0] = py_newref(self);
        return l;
    }
    return split_sep(self, sep, maxcount, right);
}

PyObj *py_strmeth_split(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return split_common(self, args, nargs, kw, "split", false);
}
PyObj *py_strmeth_rsplit(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return split_common(self, args, nargs, kw, "rsplit", true);
}

/* ---- splitlines ---- */

PyObj *py_strmeth_splitlines(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"keepends"};
    PyObj *v[1];
    if (py_strmeth_kwparse("splitlines", args, nargs, kwnames, names, 1, v) < 0) return NULL;
    int keepends = 0;
    if (v[0] && (keepends = py_truthy(v[0])) < 0) return NULL;
    StrText s = py_strmeth_text(self);
    PyObj *list = py_list_new(0);
    if (!list) return NULL;
    size_t i = 0, j = 0;
    while (i < s.nb) {
        uint32_t c = 0;
        size_t m = 0;
        while (i < s.nb) {
            m = uni_utf8_decode(s.p + i, s.nb - i, &c);
            if (!m) m = 1, c = 0xFFFD;
            if (uni_islinebreak(c)) break;
            i += m;
        }
        size_t eol = i;
        if (i < s.nb) {
            i += (c == '\r' && i + 1 < s.nb && s.p[i + 1] == '\n') ? 2 : m;
            if (keepends) eol = i;
        }
        int rc;
        if (j == 0 && eol == s.nb && PY_IS_TYPE(self, py_str_type)) {
            rc = py_list_append(list, self);
            if (rc < 0) goto fail;
            break;
        }
        PyObj *line = piece(&s, j, eol);
        if (!line) goto fail;
        rc = py_list_append(list, line);
        py_decref(line);
        if (rc < 0) goto fail;
        j = i;
    }
    return list;
fail:
    py_decref(list);
    return NULL;
}

/* ---- partition, rpartition ---- */

static PyObj *partition(PyObj *self, PyObj *sep, bool right)
{
    if (need_str(sep) < 0) return NULL;
    StrText s = py_strmeth_text(self), t = py_strmeth_text(sep);
    PyObj *empty = py_vm->empty_str;
    if (ckind(s.kind) < ckind(t.kind) || s.len < t.len)
        return right ? py_tuple_pack(3, empty, empty, self) : py_tuple_pack(3, self, empty, empty);
    if (t.len == 0) return py_err_format(&py_exc_ValueError, "empty separator");
    PyObj *out = py_tuple_new(3);
    if (!out) return NULL;
    PyObj **items = PY_TUPLE_ITEMS(out);
    const char *hit = right ? rmemmem(s.p, s.nb, t.p, t.nb) : memfind(s.p, s.nb, t.p, t.nb);
    if (!hit) {
        items[0] = py_newref(right ? empty : self);
        items[1] = py_newref(empty);
        items[2] = py_newref(right ? self : empty);
        return out;
    }
    size_t pos = (size_t)(hit - s.p);
    items[0] = piece(&s, 0, pos);
    items[1] = py_newref(sep);
    items[2] = items[0] ? piece(&s, pos + t.nb, s.nb) : NULL;
    if (!items[2]) {
        py_decref(out);
        return NULL;
    }
    return out;
}

PyObj *py_strmeth_partition(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return partition(self, args[0], false);
}
PyObj *py_strmeth_rpartition(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return partition(self, args[0], true);
}

/* ---- replace ---- */

PyObj *py_strmeth_replace(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyObj *old = args[0], *new = args[1];
    if (!PY_STR_CHECK(old))
        return py_err_format(&py_exc_TypeError, "replace() argument 1 must be str, not %s",
                             py_strmeth_argtype(old));
    if (!PY_STR_CHECK(new))
        return py_err_format(&py_exc_TypeError, "replace() argument 2 must be str, not %s",
                             py_strmeth_argtype(new));
    int64_t maxcount = -1;
    if (nargs > 2 && py_strmeth_ssize(args[2], &maxcount) < 0) return NULL;
    StrText s = py_strmeth_text(self), o = py_strmeth_text(old), n = py_strmeth_text(new);
    /* the cases CPython answers with the receiver itself */
    if (s.len < o.len || maxcount == 0 || old == new) return py_strmeth_unchanged(self);
    if (maxcount < 0) maxcount = INT64_MAX;
    int64_t count = count_in(self, old, 0, s.len, maxcount);
    if (count == 0 || (o.len == 0 && n.len == 0)) return py_strmeth_unchanged(self);
    Buf b = BUF_INIT;
    if (o.len == 0) {
        /* new goes before each of the first count characters (and at the
         * end when count is len + 1) */
        size_t i = 0;
        for (int64_t k = 0; k < count; k++) {
            buf_put(&b, n.p, n.nb);
            if (i < s.nb) {
                uint32_t c;
                size_t m = uni_utf8_decode(s.p + i, s.nb - i, &c);
                if (!m) m = 1;
                buf_put(&b, s.p + i, m);
                i += m;
            }
        }
        buf_put(&b, s.p + i, s.nb - i);
    } else {
        size_t i = 0;
        for (int64_t k = 0; k < count; k++) {
            const char *hit = memfind(s.p + i, s.nb - i, o.p, o.nb);
            size_t j = (size_t)(hit - s.p);
            buf_put(&b, s.p + i, j - i);
            buf_put(&b, n.p, n.nb);
            i = j + o.nb;
        }
        buf_put(&b, s.p + i, s.nb - i);
    }
    if (b.len > py_vm->heap.max_bytes) {
        buf_free(&b);
        return py_err_no_memory();
    }
    return py_strmeth_fresh_buf(&b);
}

/* ---- removeprefix, removesuffix ---- */

static PyObj *remove_affix(PyObj *self, PyObj *affix, const char *name, int dir)
{
    if (!PY_STR_CHECK(affix))
        return py_err_format(&py_exc_TypeError, "%s() argument must be str, not %s", name,
                             py_strmeth_argtype(affix));
    StrText s = py_strmeth_text(self);
    if (tailmatch(self, affix, 0, INT64_MAX, dir)) {
        int64_t n = py_str_len(affix);
        if (n > 0) {
            size_t a = dir < 0 ? py_strmeth_off(&s, n) : 0;
            size_t b = dir < 0 ? s.nb : py_strmeth_off(&s, s.len - n);
            return py_str_new(s.p + a, b - a);
        }
    }
    return py_strmeth_unchanged(self);
}

PyObj *py_strmeth_removeprefix(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return remove_affix(self, args[0], "removeprefix", -1);
}
PyObj *py_strmeth_removesuffix(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return remove_affix(self, args[0], "removesuffix", 1);
}
