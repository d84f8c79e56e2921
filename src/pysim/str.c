/* str.c — the str type's core: construction (with the '' and one-character
 * Latin-1 caches), hashing, interning, comparison, indexing, slicing,
 * iteration, concatenation and repetition, and the printf-like formatting C
 * code uses for messages.  The methods (split, join, ...) are in
 * str_methods.c, str.format and % in str_format.c.
 *
 * Text is UTF-8 (lone surrogates as 3-byte sequences).  `kind` records the
 * widest code point as CPython's compact representation would (1 ASCII,
 * 2 Latin-1, 3 UCS-2, 4 UCS-4): sizes and hashes follow it.
 */
#include <string.h>

#include "pysim/obj.h"
#include "pysim/str_impl.h"
#include "pysim/unicode.h"
#include "pysim/vm.h"

/* ---- construction ---- */

static size_t str_simsize(int64_t length, int kind)
{
    /* PyASCIIObject is 40 bytes, PyCompactUnicodeObject 56; plus the
     * characters and a terminator in the kind's width */
    static const size_t width[] = {0, 1, 1, 2, 4};
    if (kind == 1) return 40 + (size_t)length + 1;
    return 56 + ((size_t)length + 1) * width[kind];
}

/* Counts code points and finds the kind of UTF-8 text (already valid). */
static void scan(const char *s, size_t n, int64_t *length, int *kind)
{
    int64_t len = 0;
    uint32_t maxc = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
        } else {
            uint32_t cp;
            size_t k = uni_utf8_decode(s + i, n - i, &cp);
            if (!k) k = 1, cp = 0xFFFD;
            if (cp > maxc) maxc = cp;
            i += k;
        }
        len++;
    }
    *length = len;
    *kind = maxc == 0 ? 1 : maxc < 256 ? 2 : maxc < 65536 ? 3 : 4;
}

static PyObj *str_alloc(PyType *t, const char *utf8, size_t n, bool use_cache)
{
    int64_t length;
    int kind;
    scan(utf8, n, &length, &kind);
    if (use_cache) {
        if (n == 0) return py_vm->empty_str;
        if (length == 1) {
            uint32_t cp;
            uni_utf8_decode(utf8, n, &cp);
            if (cp < 256) return py_vm->latin1[cp];
        }
    }
    PyStrObj *s = (PyStrObj *)py_alloc(t, t->csize + n + 1, str_simsize(length, kind));
    if (!s) return NULL;
    s->length = length;
    s->hash = -1;
    s->nbytes = n;
    s->kind = (uint8_t)kind;
    memcpy(s->data, utf8, n);
    s->data[n] = '\0';
    if (t->tpflags & PY_TPF_GC) py_gc_track((PyObj *)s);
    return (PyObj *)s;
}

PyObj *py_str_new_typed(PyType *t, const char *utf8, size_t n) { return str_alloc(t, utf8, n, t == &py_str_type); }

PyObj *py_str_new(const char *utf8, size_t nbytes) { return str_alloc(&py_str_type, utf8, nbytes, true); }

PyObj *py_str_new_fresh(const char *utf8, size_t n)
{
    if (n == 0) return py_newref(py_vm->empty_str);
    return str_alloc(&py_str_type, utf8, n, false);
}

PyObj *py_str_from_c(const char *s) { return py_str_new(s, strlen(s)); }

PyObj *py_str_from_buf(Buf *b)
{
    PyObj *s = py_str_new(b->p ? b->p : "", b->len);
    buf_free(b);
    return s;
}

PyObj *py_str_from_cp(uint32_t cp)
{
    if (cp < 256) return py_vm->latin1[cp];
    Buf b = BUF_INIT;
    buf_put_utf8(&b, cp);
    return py_str_from_buf(&b);
}

uint32_t *py_str_to_ucs4(PyObj *o, size_t *n)
{
    PyStrObj *s = (PyStrObj *)o;
    uint32_t *out = xmalloc(((size_t)s->length + 1) * sizeof *out);
    size_t k = 0;
    for (size_t i = 0; i < s->nbytes;) {
        uint32_t cp;
        size_t m = uni_utf8_decode(s->data + i, s->nbytes - i, &cp);
        if (!m) m = 1, cp = (unsigned char)s->data[i];
        out[k++] = cp;
        i += m;
    }
    *n = k;
    return out;
}

PyObj *py_str_from_ucs4(const uint32_t *cps, size_t n)
{
    Buf b = BUF_INIT;
    for (size_t i = 0; i < n; i++) buf_put_utf8(&b, cps[i]);
    return py_str_from_buf(&b);
}

/* Byte offset of code point index i (0 <= i <= length). */
size_t py_str_offset(PyObj *o, int64_t i)
{
    PyStrObj *s = (PyStrObj *)o;
    if (s->kind == 1 || i <= 0) return i <= 0 ? 0 : (size_t)i;
    if (i >= s->length) return s->nbytes;
    size_t off = 0;
    for (int64_t k = 0; k < i; k++) {
        uint32_t cp;
        size_t m = uni_utf8_decode(s->data + off, s->nbytes - off, &cp);
        off += m ? m : 1;
    }
    return off;
}

PyObj *py_str_getitem_index(PyObj *o, int64_t i)
{
    PyStrObj *s = (PyStrObj *)o;
    if (s->kind == 1) return py_vm->latin1[(unsigned char)s->data[i]];
    size_t off = py_str_offset(o, i);
    uint32_t cp;
    size_t m = uni_utf8_decode(s->data + off, s->nbytes - off, &cp);
    if (cp < 256) return py_vm->latin1[cp];
    return py_str_new(s->data + off, m);
}

PyObj *py_str_substr(PyObj *o, int64_t start, int64_t stop)
{
    PyStrObj *s = (PyStrObj *)o;
    if (start == 0 && stop == s->length && PY_IS_TYPE(o, py_str_type)) return py_newref(o);
    size_t a = py_str_offset(o, start), b = py_str_offset(o, stop);
    return py_str_new(s->data + a, b - a);
}

/* ---- equality, ordering, hashing ---- */

bool py_str_eq(PyObj *a, PyObj *b)
{
    if (a == b) return true;
    PyStrObj *x = (PyStrObj *)a, *y = (PyStrObj *)b;
    if (x->nbytes != y->nbytes) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, x->nbytes) == 0;
}

bool py_str_eq_c(PyObj *s, const char *c)
{
    size_t n = strlen(c);
    return py_str_nbytes(s) == n && memcmp(py_str_utf8(s), c, n) == 0;
}

int py_str_compare(PyObj *a, PyObj *b)
{
    PyStrObj *x = (PyStrObj *)a, *y = (PyStrObj *)b;
    size_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int c = memcmp(x->data, y->data, n);
    if (c) return c;
    return (x->nbytes > y->nbytes) - (x->nbytes < y->nbytes);
}

/* SipHash-1-3 with a zero key: CPython 3.12's str and bytes hash when
 * PYTHONHASHSEED=0 (hashes are randomised per process otherwise, so no
 * program can rely on them; with this, set order of strings matches a
 * CPython started with PYTHONHASHSEED=0). */
typedef struct Sip {
    uint64_t v0, v1, v2, v3, tail;
    size_t len;
} Sip;

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND(s)                                          \
    do {                                                     \
        s->v0 += s->v1; s->v1 = ROTL(s->v1, 13); s->v1 ^= s->v0; s->v0 = ROTL(s->v0, 32); \
        s->v2 += s->v3; s->v3 = ROTL(s->v3, 16); s->v3 ^= s->v2;                           \
        s->v0 += s->v3; s->v3 = ROTL(s->v3, 21); s->v3 ^= s->v0;                           \
        s->v2 += s->v1; s->v1 = ROTL(s->v1, 17); s->v1 ^= s->v2; s->v2 = ROTL(s->v2, 32); \
    } while (0)

static void sip_init(Sip *s)
{
    s->v0 = 0x736f6d6570736575ull;
    s->v1 = 0x646f72616e646f6dull;
    s->v2 = 0x6c7967656e657261ull;
    s->v3 = 0x7465646279746573ull;
    s->tail = 0;
    s->len = 0;
}

static void sip_byte(Sip *s, unsigned char c)
{
    s->tail |= (uint64_t)c << (8 * (s->len & 7));
    s->len++;
    if ((s->len & 7) == 0) {
        s->v3 ^= s->tail;
        SIPROUND(s);
        s->v0 ^= s->tail;
        s->tail = 0;
    }
}

static int64_t sip_final(Sip *s)
{
    uint64_t b = ((uint64_t)s->len << 56) | s->tail;
    s->v3 ^= b;
    SIPROUND(s);
    s->v0 ^= b;
    s->v2 ^= 0xff;
    SIPROUND(s);
    SIPROUND(s);
    SIPROUND(s);
    int64_t h = (int64_t)((s->v0 ^ s->v1) ^ (s->v2 ^ s->v3));
    return h == -1 ? -2 : h;
}

int64_t py_hash_bytes(const unsigned char *p, size_t n)
{
    if (n == 0) return 0;
    Sip s;
    sip_init(&s);
    for (size_t i = 0; i < n; i++) sip_byte(&s, p[i]);
    return sip_final(&s);
}

int64_t py_str_hash(PyObj *o)
{
    PyStrObj *s = (PyStrObj *)o;
    if (s->hash != -1) return s->hash;
    if (s->length == 0) return s->hash = 0;
    Sip sip;
    sip_init(&sip);
    int width = s->kind <= 2 ? 1 : s->kind == 3 ? 2 : 4;
    for (size_t i = 0; i < s->nbytes;) {
        uint32_t cp;
        size_t m = uni_utf8_decode(s->data + i, s->nbytes - i, &cp);
        if (!m) m = 1, cp = (unsigned char)s->data[i];
        for (int k = 0; k < width; k++) sip_byte(&sip, (unsigned char)(cp >> (8 * k)));
        i += m;
    }
    return s->hash = sip_final(&sip);
}

static PyObj *str_richcompare(PyObj *a, PyObj *b, int op)
{
    if (!PY_STR_CHECK(a) || !PY_STR_CHECK(b)) return py_newref(PY_NOTIMPL);
    if (op == PY_EQ) return py_bool(py_str_eq(a, b));
    if (op == PY_NE) return py_bool(!py_str_eq(a, b));
    int c = py_str_compare(a, b);
    switch (op) {
    case PY_LT: return py_bool(c < 0);
    case PY_LE: return py_bool(c <= 0);
    case PY_GT: return py_bool(c > 0);
    default: return py_bool(c >= 0);
    }
}

/* ---- interning ---- */

bool py_str_is_identifier_like(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    }
    return true;
}

PyObj *py_str_intern(PyObj *s)
{
    if (s->ob_flags & PY_OBF_INTERNED) return py_newref(s);
    if (!PY_IS_TYPE(s, py_str_type)) return py_newref(s);
    if (py_str_nbytes(s) == 1) {
        /* the runtime's static identifiers are the interned ones */
        PyObj *letter = py_str_literal_letter(py_str_utf8(s)[0]);
        if (letter) return letter;
    }
    PyObj *t = py_dict_getitem_str(py_vm->interned, s);
    if (t) return py_newref(t);
    if (py_dict_setitem(py_vm->interned, s, s) < 0) {
        py_err_clear();
        return py_newref(s);
    }
    /* 3.12: interned strings are immortal */
    s->ob_flags |= PY_OBF_INTERNED;
    py_make_immortal(s);
    return s;
}

PyObj *py_intern_c(const char *c)
{
    PyObj *s = py_str_from_c(c);
    if (!s) return NULL;
    PyObj *t = py_str_intern(s);
    py_decref(s);
    return t; /* immortal: safe to use as borrowed */
}

/* ---- formatting for C code ---- */

PyObj *py_str_vformat(const char *fmt, va_list ap)
{
    Buf b = BUF_INIT;
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            buf_putc(&b, *p);
            continue;
        }
        p++;
        char spec[16] = "%";
        size_t sl = 1;
        while (*p && strchr("0123456789.-#+ ", *p) && sl < 8) spec[sl++] = *p++;
        int lmod = 0;
        while (*p == 'l' || *p == 'z') {
            lmod += *p == 'l' ? 1 : 2;
            p++;
        }
        switch (*p) {
        case '%': buf_putc(&b, '%'); break;
        case 's': {
            spec[sl++] = 's';
            spec[sl] = 0;
            buf_printf(&b, spec, va_arg(ap, const char *));
            break;
        }
        case 'c': buf_put_utf8(&b, va_arg(ap, unsigned)); break;
        case 'd':
        case 'i':
        case 'x':
        case 'u': {
            if (lmod == 0) {
                spec[sl++] = *p;
                spec[sl] = 0;
                buf_printf(&b, spec, va_arg(ap, int));
            } else {
                spec[sl++] = 'l';
                spec[sl++] = 'l';
                spec[sl++] = *p;
                spec[sl] = 0;
                long long v = lmod == 1 ? va_arg(ap, long) : lmod == 2 ? (long long)va_arg(ap, int64_t)
                                                                       : va_arg(ap, long long);
                buf_printf(&b, spec, v);
            }
            break;
        }
        case 'U': {
            PyObj *o = va_arg(ap, PyObj *);
            buf_put(&b, py_str_utf8(o), py_str_nbytes(o));
            break;
        }
        case 'R':
        case 'S': {
            PyObj *o = va_arg(ap, PyObj *);
            PyObj *r = *p == 'R' ? py_repr(o) : py_str(o);
            if (!r) {
                buf_free(&b);
                return NULL;
            }
            buf_put(&b, py_str_utf8(r), py_str_nbytes(r));
            py_decref(r);
            break;
        }
        case 'T': buf_puts(&b, py_type_name(va_arg(ap, PyObj *))); break;
        default: buf_putc(&b, '%'); buf_putc(&b, *p); break;
        }
        if (!*p) break;
    }
    return py_str_from_buf(&b);
}

PyObj *py_str_format_c(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    PyObj *s = py_str_vformat(fmt, ap);
    va_end(ap);
    return s;
}

/* ---- slots ---- */

static PyObj *str_repr(PyObj *o)
{
    Buf b = BUF_INIT;
    uni_repr(&b, py_str_utf8(o), py_str_nbytes(o));
    return py_str_from_buf(&b);
}

static PyObj *str_str(PyObj *o)
{
    if (PY_IS_TYPE(o, py_str_type)) return py_newref(o);
    return py_str_new_fresh(py_str_utf8(o), py_str_nbytes(o));
}

static int64_t str_len(PyObj *o) { return py_str_len(o); }

PyObj *py_str_concat(PyObj *a, PyObj *b)
{
    if (py_str_len(a) == 0 && PY_IS_TYPE(b, py_str_type)) return py_newref(b);
    if (py_str_len(b) == 0 && PY_IS_TYPE(a, py_str_type)) return py_newref(a);
    size_t na = py_str_nbytes(a), nb = py_str_nbytes(b);
    Buf buf = BUF_INIT;
    buf_reserve(&buf, na + nb);
    buf_put(&buf, py_str_utf8(a), na);
    buf_put(&buf, py_str_utf8(b), nb);
    return py_str_from_buf(&buf);
}

static PyObj *str_repeat(PyObj *s, PyObj *count)
{
    int64_t n;
    if (py_as_ssize(count, &n) < 0) {
        if (py_err_matches((PyObj *)&py_exc_IndexError)) {
            py_err_clear();
            py_err_format(&py_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return NULL;
    }
    if (n <= 0) return py_newref(py_vm->empty_str);
    if (n == 1 && PY_IS_TYPE(s, py_str_type)) return py_newref(s);
    size_t len = py_str_nbytes(s);
    if (len && (uint64_t)n > (uint64_t)(1ull << 40) / len) return py_err_no_memory();
    if (len * (size_t)n > py_vm->heap.max_bytes) return py_err_no_memory();
    Buf b = BUF_INIT;
    buf_reserve(&b, len * (size_t)n);
    for (int64_t i = 0; i < n; i++) buf_put(&b, py_str_utf8(s), len);
    return py_str_from_buf(&b);
}

static PyObj *str_binop(PyObj *a, PyObj *b, PyBinOp op)
{
    switch (op) {
    case PY_OP_ADD:
        if (PY_STR_CHECK(a) && PY_STR_CHECK(b)) return py_str_concat(a, b);
        break;
    case PY_OP_MUL:
        if (PY_STR_CHECK(a) && PY_TYPE(b)->nb_index) return str_repeat(a, b);
        if (PY_STR_CHECK(b) && PY_TYPE(a)->nb_index) return str_repeat(b, a);
        break;
    case PY_OP_MOD:
        if (PY_STR_CHECK(a)) return py_str_percent(a, b);
        break;
    default:
        break;
    }
    return py_newref(PY_NOTIMPL);
}

static PyObj *str_subscript(PyObj *o, PyObj *key)
{
    int64_t len = py_str_len(o);
    if (PY_IS_TYPE(key, py_slice_type)) {
        int64_t start, stop, step;
        if (py_slice_unpack(key, &start, &stop, &step) < 0) return NULL;
        int64_t n = py_slice_adjust(len, &start, &stop, step);
        if (n <= 0) return py_newref(py_vm->empty_str);
        if (step == 1) return py_str_substr(o, start, start + n);
        size_t cn;
        uint32_t *cps = py_str_to_ucs4(o, &cn);
        uint32_t *out = xmalloc((size_t)n * sizeof *out);
        for (int64_t i = 0; i < n; i++) out[i] = cps[start + i * step];
        Buf b = BUF_INIT;
        for (int64_t i = 0; i < n; i++) buf_put_utf8(&b, out[i]);
        PyObj *r = py_str_new_fresh(b.p, b.len);
        buf_free(&b);
        free(cps);
        free(out);
        return r;
    }
    if (!PY_TYPE(key)->nb_index)
        return py_err_format(&py_exc_TypeError, "string indices must be integers, not '%s'", py_type_name(key));
    int64_t i;
    if (py_as_ssize(key, &i) < 0) return NULL;
    if (i < 0) i += len;
    if (i < 0 || i >= len) return py_err_format(&py_exc_IndexError, "string index out of range");
    return py_str_getitem_index(o, i);
}

/* The first occurrence of needle in hay, or NULL. */
static const char *find_bytes(const char *hay, size_t hn, const char *needle, size_t nn)
{
    if (nn == 0) return hay;
    if (nn > hn) return NULL;
    const char *last = hay + (hn - nn);
    for (const char *p = hay; p <= last; p++) {
        p = memchr(p, needle[0], (size_t)(last - p) + 1);
        if (!p) return NULL;
        if (!memcmp(p, needle, nn)) return p;
    }
    return NULL;
}

/* Substring search by bytes: UTF-8 makes byte matches code point matches. */
static int str_contains(PyObj *o, PyObj *item)
{
    if (!PY_STR_CHECK(item)) {
        py_err_format(&py_exc_TypeError, "'in <string>' requires string as left operand, not %s",
                      py_type_name(item));
        return -1;
    }
    size_t n = py_str_nbytes(item);
    if (n == 0) return 1;
    return find_bytes(py_str_utf8(o), py_str_nbytes(o), py_str_utf8(item), n) != NULL;
}

static PyObj *str_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors"};
    PyObj *v[3];
    if (py_parse_args("str", args, nargs, kwnames, names, 3, 0, 0, v) < 0) return NULL;
    PyObj *r;
    if (!v[0]) {
        r = py_newref(py_vm->empty_str);
    } else if (v[1] || v[2]) {
        r = py_str_decode_object(v[0], v[1], v[2]);
    } else {
        r = py_str(v[0]);
    }
    if (!r || type == &py_str_type) return r;
    PyObj *sub = py_str_new_typed(type, py_str_utf8(r), py_str_nbytes(r));
    py_decref(r);
    return sub;
}

static size_t str_sizeof(PyObj *o)
{
    PyStrObj *s = (PyStrObj *)o;
    static const size_t width[] = {0, 1, 1, 2, 4};
    if (!PY_IS_TYPE(o, py_str_type)) {
        /* a subclass's instance is a legacy PyUnicodeObject (72 bytes, with
         * the dict pointer after it) whose characters come separately;
         * sys.getsizeof adds the GC and pre-header bytes */
        return 64 + ((size_t)s->length + 1) * width[s->kind];
    }
    size_t n = str_simsize(s->length, s->kind);
    /* 3.12's one-character Latin-1 singletons carry a cached UTF-8 copy */
    if ((o->ob_flags & PY_OBF_STATIC) && s->kind == 2) n += s->nbytes + 1;
    return n;
}

/* ---- iteration ---- */

typedef struct StrIter {
    PyObj ob;
    PyObj *s;
    size_t off;
} StrIter;

static PyObj *str_iter(PyObj *o)
{
    PyType *t = ((PyStrObj *)o)->kind == 1 ? &py_str_ascii_iter_type : &py_str_iter_type;
    StrIter *it = (StrIter *)py_alloc(t, sizeof(StrIter), 32);
    if (!it) return NULL;
    it->s = py_newref(o);
    py_gc_track((PyObj *)it);
    return (PyObj *)it;
}

static PyObj *striter_next(PyObj *o)
{
    StrIter *it = (StrIter *)o;
    if (!it->s) return NULL;
    PyStrObj *s = (PyStrObj *)it->s;
    if (it->off >= s->nbytes) {
        py_clear(&it->s);
        return NULL;
    }
    uint32_t cp;
    size_t m = uni_utf8_decode(s->data + it->off, s->nbytes - it->off, &cp);
    if (!m) m = 1, cp = (unsigned char)s->data[it->off];
    PyObj *r = cp < 256 ? py_vm->latin1[cp] : py_str_new(s->data + it->off, m);
    it->off += m;
    return r;
}

static void striter_dealloc(PyObj *o) { py_clear(&((StrIter *)o)->s); }
static int striter_traverse(PyObj *o, PyVisitFn visit, void *arg)
{
    PyObj *s = ((StrIter *)o)->s;
    return s ? visit(s, arg) : 0;
}
static PyObj *iter_self(PyObj *o) { return py_newref(o); }

PyType py_str_iter_type = {
    .name = "str_iterator",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(StrIter),
    .basicsize = 32,
    .tp_dealloc = striter_dealloc,
    .tp_traverse = striter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = striter_next,
};

PyType py_str_ascii_iter_type = {
    .name = "str_ascii_iterator",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(StrIter),
    .basicsize = 32,
    .tp_dealloc = striter_dealloc,
    .tp_traverse = striter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = striter_next,
};

PyType py_str_type = {
    .name = "str",
    .tpflags = PY_TPF_BASETYPE | PY_TPF_STR_SUBCLASS,
    .csize = sizeof(PyStrObj),
    .basicsize = 40,
    .tp_new = str_new,
    .tp_sizeof = str_sizeof,
    .tp_repr = str_repr,
    .tp_str = str_str,
    .tp_hash = py_str_hash,
    .tp_richcompare = str_richcompare,
    .tp_iter = str_iter,
    .sq_length = str_len,
    .mp_subscript = str_subscript,
    .sq_contains = str_contains,
    .nb_binop = str_binop,
    .nb_fwd = PY_OPBIT(PY_OP_ADD) | PY_OPBIT(PY_OP_MUL) | PY_OPBIT(PY_OP_MOD),
    .nb_rev = PY_OPBIT(PY_OP_MUL) | PY_OPBIT(PY_OP_MOD),
    .methods = py_str_methods,
};

/* ---- the static strings of a run ---- */

void py_str_init_statics(PyVM *vm)
{
    /* '' and the 256 one-character strings live in libpython's data:
     * 3.12 lays the ASCII ones out 48 bytes apart, the Latin-1 ones 64. */
    PyStrObj **objs = xcalloc(257, sizeof *objs);
    vm->static_mem = objs;
    for (int i = 0; i < 257; i++) {
        PyStrObj *s = xcalloc(1, sizeof(PyStrObj) + 8);
        objs[i] = s;
        s->ob.ob_type = &py_str_type;
        s->ob.ob_refcnt = PY_IMMORTAL_REFCNT;
        s->ob.ob_flags = PY_OBF_IMMORTAL | PY_OBF_STATIC;
        s->hash = -1;
        if (i == 256) {
            s->length = 0;
            s->kind = 1;
            s->nbytes = 0;
            s->ob.ob_simsize = 48;
            vm->empty_str = (PyObj *)s;
        } else {
            Buf b = BUF_INIT;
            buf_put_utf8(&b, (unsigned)i);
            memcpy(s->data, b.p, b.len);
            s->nbytes = b.len;
            buf_free(&b);
            s->length = 1;
            s->kind = i < 128 ? 1 : 2;
            s->ob.ob_simsize = i < 128 ? 48 : 64;
            vm->latin1[i] = (PyObj *)s;
        }
    }
    for (int i = 0; i < 256; i++)
        vm->latin1[i]->ob_id = heap_singleton_addr(i < 128 ? HEAP_AT_STR_ASCII + 48 * (int64_t)i
                                                           : HEAP_AT_STR_LATIN1 + 64 * (int64_t)(i - 128));
    vm->empty_str->ob_id = heap_singleton_addr(HEAP_AT_STR_EMPTY);
}

void py_str_free_statics(PyVM *vm)
{
    PyStrObj **objs = vm->static_mem;
    if (!objs) return;
    for (int i = 0; i < 257; i++) free(objs[i]);
    free(objs);
    vm->static_mem = NULL;
    for (int i = 0; i < 128; i++) free(vm->id_letters[i]);
    memset(vm->id_letters, 0, sizeof vm->id_letters);
}

/* In 3.11/3.12 a one-letter string literal of these letters is the static
 * identifier _Py_ID(x) of the runtime, not the one-character singleton that
 * indexing and chr() return: `s[0] is "a"` is False in 3.12.  The
 * identifiers are sorted fields of the runtime's string table; their
 * distances from _Py_ID(a), measured with python3.12: */
static const char id_letters[] = "abcdenprsx_";
static const int32_t id_letter_at[] = {0, 1056, 1984, 4800, 6256, 14568, 16912, 18368, 19608, 24888, -11208};

PyObj *py_str_literal_letter(char c)
{
    PyVM *vm = py_vm;
    if (!strchr(id_letters, c) || c == 0) return NULL;
    unsigned char u = (unsigned char)c;
    if (!vm->id_letters[u]) {
        PyStrObj *s = xcalloc(1, sizeof(PyStrObj) + 2);
        s->ob.ob_type = &py_str_type;
        s->ob.ob_refcnt = PY_IMMORTAL_REFCNT;
        s->ob.ob_flags = PY_OBF_IMMORTAL | PY_OBF_STATIC | PY_OBF_INTERNED;
        s->ob.ob_simsize = 48;
        s->ob.ob_id = heap_singleton_addr(HEAP_AT_STR_ID_A + id_letter_at[strchr(id_letters, c) - id_letters]);
        s->length = 1;
        s->hash = -1;
        s->nbytes = 1;
        s->kind = 1;
        s->data[0] = c;
        vm->id_letters[u] = s;
    }
    return (PyObj *)vm->id_letters[u];
}
