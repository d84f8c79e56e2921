/* bytes.c — the bytes type: construction (bytes(), the b'' and single-byte
 * singletons, bytes(n), bytes(iterable), bytes(str, encoding)), hashing,
 * comparison, indexing, slicing, `in`, `+`, `*`, `%`, and the iterators of
 * bytes and bytearray.  The methods are in bytes_methods.c, `%` and hex in
 * bytes_format.c.
 *
 * Sizes and identities follow CPython 3.12: an object is 33 + len bytes
 * (PyBytesObject with its terminating NUL) and is not tracked by the
 * collector; b'' and the 256 one-byte objects are static and immortal, and
 * every bytes built from existing bytes (PyBytes_FromStringAndSize with a
 * source) that is one byte long *is* the cached object, while bytes
 * computed into a fresh buffer are new objects (see bytes_impl.h).
 */
#include <stdlib.h>
#include <string.h>

#include "pysim/bytes_impl.h"
#include "pysim/obj.h"
#include "pysim/seq_impl.h"
#include "pysim/str_impl.h"
#include "pysim/unicode.h"
#include "pysim/vm.h"

/* offsetof(PyBytesObject, ob_sval) + 1: the header and the NUL. */
#define BYTES_BASIC 33

/* ---- the static objects ---- */

/* The 257 static objects live in one C block, b'' first, then b'\x00' ..
 * b'\xff', STATIC_SLOT bytes apart, so a single byte is found from
 * vm->empty_bytes without any other state. */
#define STATIC_SLOT ((sizeof(PyBytesObj) + 2 + 15) & ~(size_t)15)

void py_bytes_init_statics(PyVM *vm)
{
    char *mem = xcalloc(257, STATIC_SLOT);
    for (int i = 0; i < 257; i++) {
        PyBytesObj *b = (PyBytesObj *)(mem + STATIC_SLOT * (size_t)i);
        b->ob.ob_type = &py_bytes_type;
        b->ob.ob_refcnt = PY_IMMORTAL_REFCNT;
        b->ob.ob_flags = PY_OBF_IMMORTAL | PY_OBF_STATIC;
        b->hash = -1;
        if (i == 0) {
            b->len = 0;
            b->ob.ob_simsize = BYTES_BASIC;
            b->ob.ob_id = heap_singleton_addr(HEAP_AT_BYTES_EMPTY);
        } else {
            b->len = 1;
            b->data[0] = (unsigned char)(i - 1);
            b->ob.ob_simsize = BYTES_BASIC + 1;
            b->ob.ob_id = heap_singleton_addr(HEAP_AT_BYTES_CHARS + 48 * (int64_t)(i - 1));
        }
    }
    vm->empty_bytes = (PyObj *)mem;
}

void py_bytes_free_statics(PyVM *vm)
{
    free(vm->empty_bytes);
    vm->empty_bytes = NULL;
}

PyObj *py_bytes_char(unsigned char c)
{
    return (PyObj *)((char *)py_vm->empty_bytes + STATIC_SLOT * ((size_t)c + 1));
}

/* ---- construction ---- */

/* A NEW bytes of type t with len zeroed bytes (no caches). */
static PyObj *bytes_alloc_typed(PyType *t, size_t len)
{
    PyBytesObj *b = (PyBytesObj *)py_alloc(t, t->csize + len + 1, t->basicsize + len);
    if (!b) return NULL;
    b->len = len;
    b->hash = -1;
    return (PyObj *)b;
}

PyObj *py_bytes_alloc(size_t len)
{
    if (len == 0) return py_newref(py_vm->empty_bytes);
    return bytes_alloc_typed(&py_bytes_type, len);
}

PyObj *py_bytes_new_typed(PyType *t, const void *data, size_t len)
{
    if (t == &py_bytes_type) {
        if (len == 0) return py_newref(py_vm->empty_bytes);
        if (len == 1) return py_newref(py_bytes_char(*(const unsigned char *)data));
    }
    PyObj *b = bytes_alloc_typed(t, len);
    if (!b) return NULL;
    if (len) memcpy(((PyBytesObj *)b)->data, data, len);
    if (t->tpflags & PY_TPF_GC) py_gc_track(b);
    return b;
}

PyObj *py_bytes_new(const void *data, size_t len) { return py_bytes_new_typed(&py_bytes_type, data, len); }

int py_bytes_resize(PyObj **pb, size_t newlen)
{
    PyBytesObj *b = (PyBytesObj *)*pb;
    if (b->len == newlen) return 0;
    if (newlen == 0) {
        py_decref(b);
        *pb = py_newref(py_vm->empty_bytes);
        return 0;
    }
    /* An exact bytes has no GC header: its id is its block's address and
     * ob_simsize the block's size, so PyObject_Realloc is emulated on them
     * directly (the object is not yet visible to anything else). */
    uint64_t addr = heap_sim_realloc(&py_vm->heap, b->ob.ob_id, b->ob.ob_simsize, BYTES_BASIC + newlen);
    if (!addr) {
        py_decref(b);
        *pb = NULL;
        py_err_no_memory();
        return -1;
    }
    b = xrealloc(b, sizeof(PyBytesObj) + newlen + 1);
    b->ob.ob_id = addr;
    b->ob.ob_simsize = (uint32_t)(BYTES_BASIC + newlen);
    b->len = newlen;
    b->data[newlen] = 0;
    b->hash = -1;
    *pb = (PyObj *)b;
    return 0;
}

const unsigned char *py_bytes_data(PyObj *o)
{
    static const unsigned char empty[1];
    if (PY_BYTES_CHECK(o)) return ((PyBytesObj *)o)->data;
    PyByteArrayObj *ba = (PyByteArrayObj *)o;
    return ba->data ? ba->data : empty;
}

size_t py_bytes_size(PyObj *o)
{
    if (PY_BYTES_CHECK(o)) return ((PyBytesObj *)o)->len;
    return ((PyByteArrayObj *)o)->len;
}

int py_bytes_view(PyObj *o, const unsigned char **data, size_t *len)
{
    if (!PY_BYTES_CHECK(o) && !PY_BYTEARRAY_CHECK(o)) {
        py_err_format(&py_exc_TypeError, "a bytes-like object is required, not '%s'", py_type_name(o));
        return -1;
    }
    *data = py_bytes_data(o);
    *len = py_bytes_size(o);
    return 0;
}

int py_bytes_byte_value(PyObj *o, int *out)
{
    PyObj *i = py_number_index(o);
    if (!i) return -1;
    int64_t v;
    bool fits = py_int_as_i64(i, &v);
    py_decref(i);
    if (!fits || v < 0 || v > 255) {
        py_err_format(&py_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* An item of bytes(list) etc.: PyNumber_AsSsize_t(item, NULL), then the
 * range check ("bytes", unlike bytearray's "byte"). */
static int item_byte(PyObj *item, unsigned char *out)
{
    PyObj *i = py_number_index(item);
    if (!i) return -1;
    int64_t v;
    bool fits = py_int_as_i64(i, &v);
    py_decref(i);
    if (!fits || v < 0 || v > 255) {
        py_err_format(&py_exc_ValueError, "bytes must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)v;
    return 0;
}

/* _PyBytes_FromList and _PyBytes_FromIterator collect into a writer, whose
 * result for one byte is the cached object; _PyBytes_FromTuple fills a
 * fresh object. */
static PyObj *from_list(PyObj *list)
{
    Buf b = BUF_INIT;
    for (size_t i = 0; i < py_list_size(list); i++) {
        PyObj *item = py_newref(py_list_item(list, i));
        unsigned char c;
        int rc = item_byte(item, &c);
        py_decref(item);
        if (rc < 0) {
            buf_free(&b);
            return NULL;
        }
        buf_putc(&b, (char)c);
    }
    PyObj *r = py_bytes_new(b.p, b.len);
    buf_free(&b);
    return r;
}

static PyObj *from_tuple(PyObj *t)
{
    size_t n = py_tuple_size(t);
    PyObj *r = py_bytes_alloc(n);
    if (!r) return NULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c;
        if (item_byte(py_tuple_item(t, i), &c) < 0) {
            py_decref(r);
            return NULL;
        }
        py_bytes_wdata(r)[i] = c;
    }
    return r;
}

static PyObj *from_iterator(PyObj *it)
{
    Buf b = BUF_INIT;
    PyObj *item;
    while ((item = py_next(it))) {
        unsigned char c;
        int rc = item_byte(item, &c);
        py_decref(item);
        if (rc < 0) {
            buf_free(&b);
            return NULL;
        }
        buf_putc(&b, (char)c);
    }
    if (py_err_occurred()) {
        buf_free(&b);
        return NULL;
    }
    PyObj *r = py_bytes_new(b.p, b.len);
    buf_free(&b);
    return r;
}

/* PyBytes_FromObject: a copy of a buffer, or the ints of an iterable. */
static PyObj *bytes_from_object(PyObj *x)
{
    if (PY_IS_TYPE(x, py_bytes_type)) return py_newref(x);
    if (PY_BYTES_CHECK(x) || PY_BYTEARRAY_CHECK(x)) {
        size_t n = py_bytes_size(x);
        PyObj *r = py_bytes_alloc(n);
        if (r && n) memcpy(py_bytes_wdata(r), py_bytes_data(x), n);
        return r;
    }
    if (PY_IS_TYPE(x, py_list_type)) return from_list(x);
    if (PY_IS_TYPE(x, py_tuple_type)) return from_tuple(x);
    if (!PY_STR_CHECK(x)) {
        PyObj *it = py_iter(x);
        if (it) {
            PyObj *r = from_iterator(it);
            py_decref(it);
            return r;
        }
        if (!py_err_matches((PyObj *)&py_exc_TypeError)) return NULL;
        py_err_clear();
    }
    return py_err_format(&py_exc_TypeError, "cannot convert '%s' object to bytes", py_type_name(x));
}

PyObj *py_bytes_encode_str(PyObj *s, PyObj *encoding, PyObj *errors)
{
    /* str's own encode, never an override in a subclass (CPython calls
     * PyUnicode_AsEncodedString). */
    PyObj *m = py_type_lookup(&py_str_type, py_intern_c("encode"));
    if (!m) return py_unsupported("str.encode");
    PyObj *argv[3] = {s, encoding, errors};
    PyObj *r = py_call(m, argv, errors ? 3 : 2, NULL);
    if (r && !PY_BYTES_CHECK(r)) {
        py_err_format(&py_exc_TypeError, "encoder did not return a bytes object (type=%s)", py_type_name(r));
        py_decref(r);
        return NULL;
    }
    return r;
}

/* x.__bytes__() when type(x) defines it: 1 with *out NEW, 0 without, -1. */
static int call_dunder_bytes(PyObj *x, PyObj **out)
{
    if (PY_IS_TYPE(x, py_bytes_type)) {
        *out = py_newref(x);
        return 1;
    }
    bool found;
    PyObj *r = py_call_special(x, py_intern_c("__bytes__"), NULL, 0, &found);
    if (!found) return py_err_occurred() ? -1 : 0;
    if (!r) return -1;
    if (!PY_BYTES_CHECK(r)) {
        py_err_format(&py_exc_TypeError, "__bytes__ returned non-bytes (type %s)", py_type_name(r));
        py_decref(r);
        return -1;
    }
    *out = r;
    return 1;
}

PyObj *py_bytes_construct(PyObj *x, PyObj *encoding, PyObj *errors)
{
    if (!x) {
        if (encoding || errors)
            return py_err_format(&py_exc_TypeError, encoding ? "encoding without a string argument"
                                                             : "errors without a string argument");
        return py_newref(py_vm->empty_bytes);
    }
    if (encoding) {
        if (!PY_STR_CHECK(x)) return py_err_format(&py_exc_TypeError, "encoding without a string argument");
        return py_bytes_encode_str(x, encoding, errors);
    }
    if (errors)
        return py_err_format(&py_exc_TypeError, PY_STR_CHECK(x) ? "string argument without an encoding"
                                                                : "errors without a string argument");
    PyObj *r;
    int rc = call_dunder_bytes(x, &r);
    if (rc < 0) return NULL;
    if (rc > 0) return r;
    if (PY_STR_CHECK(x)) return py_err_format(&py_exc_TypeError, "string argument without an encoding");
    if (PY_TYPE(x)->nb_index) {
        PyObj *i = py_number_index(x);
        if (i) {
            int64_t n;
            bool fits = py_int_as_i64(i, &n);
            int sign = py_int_sign(i);
            py_decref(i);
            if (!fits && sign > 0)
                return py_err_format(&py_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
            if (!fits || n < 0) return py_err_format(&py_exc_ValueError, "negative count");
            return py_bytes_alloc((size_t)n);
        }
        if (!py_err_matches((PyObj *)&py_exc_TypeError)) return NULL;
        py_err_clear();
    }
    return bytes_from_object(x);
}

PyObj *py_bytes_from_object(PyObj *o) { return py_bytes_construct(o, NULL, NULL); }

static PyObj *bytes_tp_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors"};
    PyObj *v[3];
    if (py_bytes_parse_kw("bytes", args, nargs, kwnames, names, 3, v) < 0) return NULL;
    if (v[1] && py_bytes_check_str_arg("bytes", "encoding", v[1]) < 0) return NULL;
    if (v[2] && py_bytes_check_str_arg("bytes", "errors", v[2]) < 0) return NULL;
    PyObj *r = py_bytes_construct(v[0], v[1], v[2]);
    if (!r || type == &py_bytes_type) return r;
    /* bytes_subtype_new: a copy in an instance of the subclass */
    PyObj *sub = bytes_alloc_typed(type, py_bytes_size(r));
    if (sub) {
        memcpy(((PyBytesObj *)sub)->data, py_bytes_data(r), py_bytes_size(r));
        if (type->tpflags & PY_TPF_GC) py_gc_track(sub);
    }
    py_decref(r);
    return sub;
}

/* ---- slots ---- */

static PyObj *bytes_repr(PyObj *o)
{
    PyBytesObj *b = (PyBytesObj *)o;
    Buf out = BUF_INIT;
    uni_bytes_repr(&out, b->data, b->len);
    return py_str_from_buf(&out);
}

static int64_t bytes_hash(PyObj *o)
{
    PyBytesObj *b = (PyBytesObj *)o;
    if (b->hash == -1) b->hash = py_hash_bytes(b->data, b->len);
    return b->hash;
}

/* The result of comparing c (memcmp-like) with 0 under op. */
static PyObj *cmp_result(int c, int op)
{
    switch (op) {
    case PY_LT: return py_bool(c < 0);
    case PY_LE: return py_bool(c <= 0);
    case PY_EQ: return py_bool(c == 0);
    case PY_NE: return py_bool(c != 0);
    case PY_GT: return py_bool(c > 0);
    default: return py_bool(c >= 0);
    }
}

static PyObj *bytes_richcompare(PyObj *a, PyObj *b, int op)
{
    /* bytes compare only with bytes; bytearray's reflected comparison
     * handles bytes == bytearray */
    if (!PY_BYTES_CHECK(a) || !PY_BYTES_CHECK(b)) return py_newref(PY_NOTIMPL);
    PyBytesObj *x = (PyBytesObj *)a, *y = (PyBytesObj *)b;
    if ((op == PY_EQ || op == PY_NE) && x->len != y->len) return py_bool(op == PY_NE);
    size_t n = x->len < y->len ? x->len : y->len;
    int c = n ? memcmp(x->data, y->data, n) : 0;
    if (c == 0) c = (x->len > y->len) - (x->len < y->len);
    return cmp_result(c, op);
}

static int64_t bytes_len(PyObj *o) { return (int64_t)((PyBytesObj *)o)->len; }

static PyObj *bytes_subscript(PyObj *o, PyObj *key)
{
    PyBytesObj *b = (PyBytesObj *)o;
    if (PY_IS_TYPE(key, py_slice_type)) {
        int64_t start, stop, step;
        if (py_slice_unpack(key, &start, &stop, &step) < 0) return NULL;
        int64_t n = py_slice_adjust((int64_t)b->len, &start, &stop, step);
        if (n <= 0) return py_newref(py_vm->empty_bytes);
        if (start == 0 && step == 1 && n == (int64_t)b->len && PY_IS_TYPE(o, py_bytes_type)) return py_newref(o);
        if (step == 1) return py_bytes_new(b->data + start, (size_t)n);
        PyObj *r = py_bytes_alloc((size_t)n);
        if (!r) return NULL;
        unsigned char *w = py_bytes_wdata(r);
        for (int64_t i = 0; i < n; i++) w[i] = b->data[start + i * step];
        return r;
    }
    if (!PY_TYPE(key)->nb_index)
        return py_err_format(&py_exc_TypeError, "byte indices must be integers or slices, not %s", py_type_name(key));
    int64_t i;
    if (py_as_ssize(key, &i) < 0) return NULL;
    if (i < 0) i += (int64_t)b->len;
    if (i < 0 || i >= (int64_t)b->len) return py_err_format(&py_exc_IndexError, "index out of range");
    return py_int_from_i64(b->data[i]);
}

/* _Py_bytes_contains: an int is looked for as a byte, anything else as a
 * bytes-like substring. */
static int contains_in(const unsigned char *s, size_t n, PyObj *item)
{
    if (PY_TYPE(item)->nb_index) {
        PyObj *i = py_number_index(item);
        if (i) {
            int64_t v;
            bool fits = py_int_as_i64(i, &v);
            py_decref(i);
            if (!fits || v < 0 || v > 255) {
                py_err_format(&py_exc_ValueError, "byte must be in range(0, 256)");
                return -1;
            }
            return n && memchr(s, (int)v, n) != NULL;
        }
        py_err_clear();
    }
    const unsigned char *sub;
    size_t m;
    if (py_bytes_view(item, &sub, &m) < 0) return -1;
    if (m == 0) return 1;
    return py_bytes_search(s, n, sub, m) != NULL;
}

static int bytes_contains(PyObj *o, PyObj *item)
{
    PyBytesObj *b = (PyBytesObj *)o;
    return contains_in(b->data, b->len, item);
}

static PyObj *bytes_concat(PyObj *a, PyObj *b)
{
    size_t na = py_bytes_size(a), nb = py_bytes_size(b);
    if (na == 0 && PY_IS_TYPE(b, py_bytes_type)) return py_newref(b);
    if (nb == 0 && PY_IS_TYPE(a, py_bytes_type)) return py_newref(a);
    PyObj *r = py_bytes_alloc(na + nb);
    if (!r) return NULL;
    memcpy(py_bytes_wdata(r), py_bytes_data(a), na);
    memcpy(py_bytes_wdata(r) + na, py_bytes_data(b), nb);
    return r;
}

static PyObj *bytes_repeat(PyObj *o, PyObj *count)
{
    int64_t n;
    if (py_seq_repeat_count(count, &n) < 0) return NULL;
    if (n < 0) n = 0;
    size_t len = py_bytes_size(o);
    if (len && (uint64_t)n > (uint64_t)INT64_MAX / len)
        return py_err_format(&py_exc_OverflowError, "repeated bytes are too long");
    if (len && (uint64_t)n > py_vm->heap.max_bytes / len) return py_err_no_memory();
    size_t size = len * (size_t)n;
    if (size == len && PY_IS_TYPE(o, py_bytes_type)) return py_newref(o);
    /* PyObject_Malloc directly: even an empty result is a new object */
    PyObj *r = bytes_alloc_typed(&py_bytes_type, size);
    if (!r) return NULL;
    unsigned char *w = py_bytes_wdata(r);
    for (size_t i = 0; i < size; i += len) memcpy(w + i, py_bytes_data(o), len);
    return r;
}

static PyObj *bytes_binop(PyObj *a, PyObj *b, PyBinOp op)
{
    switch (op) {
    case PY_OP_ADD:
        /* sq_concat: only the left operand's */
        if (PY_BYTES_CHECK(a) && (PY_BYTES_CHECK(b) || PY_BYTEARRAY_CHECK(b))) return bytes_concat(a, b);
        break;
    case PY_OP_MUL:
        if (PY_BYTES_CHECK(a) && PY_TYPE(b)->nb_index) return bytes_repeat(a, b);
        if (PY_BYTES_CHECK(b) && PY_TYPE(a)->nb_index) return bytes_repeat(b, a);
        break;
    case PY_OP_MOD:
        if (PY_BYTES_CHECK(a)) return py_bytes_percent(py_bytes_data(a), py_bytes_size(a), b, false);
        break;
    default:
        break;
    }
    return py_newref(PY_NOTIMPL);
}

static size_t bytes_sizeof(PyObj *o) { return PY_TYPE(o)->basicsize + ((PyBytesObj *)o)->len; }

/* ---- iteration (bytes and bytearray) ---- */

typedef struct BytesIter {
    PyObj ob;
    PyObj *seq;   /* NULL once exhausted */
    size_t index;
} BytesIter;

static PyObj *iter_new(PyType *t, PyObj *seq)
{
    BytesIter *it = (BytesIter *)py_alloc(t, sizeof(BytesIter), 32);
    if (!it) return NULL;
    it->seq = py_newref(seq);
    py_gc_track((PyObj *)it);
    return (PyObj *)it;
}

static PyObj *bytes_iter(PyObj *o) { return iter_new(&py_bytes_iter_type, o); }

static PyObj *iter_next(PyObj *o)
{
    BytesIter *it = (BytesIter *)o;
    if (!it->seq) return NULL;
    if (it->index < py_bytes_size(it->seq)) return py_int_from_i64(py_bytes_data(it->seq)[it->index++]);
    py_clear(&it->seq);
    return NULL;
}

static void iter_dealloc(PyObj *o) { py_clear(&((BytesIter *)o)->seq); }

static int iter_traverse(PyObj *o, PyVisitFn visit, void *arg)
{
    PyObj *s = ((BytesIter *)o)->seq;
    return s ? visit(s, arg) : 0;
}

static PyObj *iter_self(PyObj *o) { return py_newref(o); }

static PyObj *iter_length_hint(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    BytesIter *it = (BytesIter *)self;
    size_t n = it->seq ? py_bytes_size(it->seq) : 0;
    return py_int_from_i64(it->seq && it->index < n ? (int64_t)(n - it->index) : 0);
}

static const PyMethodDef iter_methods[] = {
    {"__length_hint__", iter_length_hint, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

PyType py_bytes_iter_type = {
    .name = "bytes_iterator",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(BytesIter),
    .basicsize = 32,
    .tp_dealloc = iter_dealloc,
    .tp_traverse = iter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = iter_next,
    .methods = iter_methods,
};

PyType py_bytearray_iter_type = {
    .name = "bytearray_iterator",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(BytesIter),
    .basicsize = 32,
    .tp_dealloc = iter_dealloc,
    .tp_traverse = iter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = iter_next,
    .methods = iter_methods,
};

PyObj *py_bytearray_iter(PyObj *o) { return iter_new(&py_bytearray_iter_type, o); }

int py_bytearray_contains(PyObj *o, PyObj *item)
{
    /* the bytearray cannot change while an int or a view is read */
    return contains_in(py_bytes_data(o), py_bytes_size(o), item);
}

PyType py_bytes_type = {
    .name = "bytes",
    .tpflags = PY_TPF_BASETYPE,
    .csize = sizeof(PyBytesObj),
    .basicsize = BYTES_BASIC,
    .itemsize = 1,
    .tp_new = bytes_tp_new,
    .tp_sizeof = bytes_sizeof,
    .tp_repr = bytes_repr,
    .tp_str = bytes_repr,
    .tp_hash = bytes_hash,
    .tp_richcompare = bytes_richcompare,
    .tp_iter = bytes_iter,
    .sq_length = bytes_len,
    .mp_subscript = bytes_subscript,
    .sq_contains = bytes_contains,
    .nb_binop = bytes_binop,
    .nb_fwd = PY_OPBIT(PY_OP_ADD) | PY_OPBIT(PY_OP_MUL) | PY_OPBIT(PY_OP_MOD),
    .nb_rev = PY_OPBIT(PY_OP_MUL) | PY_OPBIT(PY_OP_MOD),
    .methods = py_bytes_methods,
};
