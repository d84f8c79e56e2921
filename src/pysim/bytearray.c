/* bytearray.c — the bytearray type: a 56-byte object (not tracked by the
 * collector) pointing to a separately allocated buffer, ob_bytes, that
 * grows and shrinks by CPython 3.12's PyByteArray_Resize rule; item and
 * slice assignment and deletion, `+=`, `*=`, and the methods only bytearray
 * has (append, extend, insert, pop, remove, reverse, clear, copy).
 *
 * Invariants:
 *  - alloc is ob_alloc: 0 with no buffer, else len + 1 <= alloc (CPython
 *    keeps a NUL after the data), and the simulated block at buf_addr has
 *    exactly alloc bytes, so sys.getsizeof (56 + alloc) and the addresses
 *    of later allocations match CPython's.
 *  - CPython deletes from the front by advancing ob_start inside the
 *    buffer instead of moving bytes; the offset then decides later resizes.
 *    Here the bytes always start at `data` (the C buffer is compacted) and
 *    the offset CPython would have is kept in a small header in front of
 *    the C buffer (BufHead), so readers of PyByteArrayObj see plain data.
 */
#include <stdlib.h>
#include <string.h>

#include "pysim/bytes_impl.h"
#include "pysim/obj.h"
#include "pysim/seq_impl.h"
#include "pysim/vm.h"

#define BYTEARRAY_BASIC 56

/* Prepended to the C buffer: where ob_start would be in CPython's buffer. */
typedef struct BufHead {
    size_t start;
} BufHead;

#define BA(o) ((PyByteArrayObj *)(o))
#define HEAD(ba) ((BufHead *)(ba)->data - 1)

static size_t logical_offset(PyByteArrayObj *ba) { return ba->data ? HEAD(ba)->start : 0; }

/* Makes ob_bytes exactly alloc bytes (alloc > 0): PyObject_Realloc, or
 * malloc + free when the data had moved away from the block's start. */
static int set_alloc(PyByteArrayObj *ba, size_t alloc)
{
    Heap *h = &py_vm->heap;
    uint64_t addr;
    if (logical_offset(ba) > 0) {
        addr = heap_sim_alloc(h, alloc);
        if (addr) heap_sim_free(h, ba->buf_addr, ba->alloc);
    } else {
        addr = ba->buf_addr ? heap_sim_realloc(h, ba->buf_addr, ba->alloc, alloc) : heap_sim_alloc(h, alloc);
    }
    if (!addr) {
        py_err_no_memory();
        return -1;
    }
    BufHead *hd = xrealloc(ba->data ? HEAD(ba) : NULL, sizeof(BufHead) + alloc);
    hd->start = 0;
    ba->data = (unsigned char *)(hd + 1);
    if (alloc > ba->alloc) memset(ba->data + ba->alloc, 0, alloc - ba->alloc);
    ba->buf_addr = addr;
    ba->alloc = alloc;
    return 0;
}

int py_bytearray_resize(PyObj *o, size_t size)
{
    PyByteArrayObj *ba = BA(o);
    size_t alloc = ba->alloc, off = logical_offset(ba);
    if (size == ba->len) return 0;
    if (size + off + 1 <= alloc) {
        if (size >= alloc / 2) {
            /* minor downsize: keep the block */
            ba->len = size;
            return 0;
        }
        alloc = size + 1;
    } else if (size * 8 <= alloc * 9) {
        /* moderate upsize (size <= alloc * 1.125): over-allocate */
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
    } else {
        alloc = size + 1;
    }
    if (alloc > py_vm->heap.max_bytes) {
        py_err_no_memory();
        return -1;
    }
    if (set_alloc(ba, alloc) < 0) return -1;
    ba->len = size;
    return 0;
}

size_t py_bytearray_alloc(PyObj *o) { return BA(o)->alloc; }

/* A NEW empty bytearray of type t. */
static PyObj *bytearray_alloc_typed(PyType *t)
{
    PyObj *o = py_alloc(t, t->csize, t->basicsize);
    if (o && (t->tpflags & PY_TPF_GC)) py_gc_track(o);
    return o;
}

PyObj *py_bytearray_new(const void *data, size_t len)
{
    PyObj *o = bytearray_alloc_typed(&py_bytearray_type);
    if (!o || len == 0) return o;
    /* PyByteArray_FromStringAndSize: exactly len + 1 bytes */
    if (set_alloc(BA(o), len + 1) < 0) {
        py_decref(o);
        return NULL;
    }
    BA(o)->len = len;
    if (data) memcpy(BA(o)->data, data, len);
    return o;
}

int py_bytearray_setslice(PyObj *o, size_t lo, size_t hi, const unsigned char *bytes, size_t n)
{
    PyByteArrayObj *ba = BA(o);
    unsigned char *copy = NULL;
    if (n && ba->data && bytes >= ba->data && bytes < ba->data + ba->alloc) {
        /* the data is our own: copy it before moving anything */
        copy = xmalloc(n);
        memcpy(copy, bytes, n);
        bytes = copy;
    }
    size_t len = ba->len, avail = hi - lo;
    int rc = 0;
    if (n < avail) {
        size_t shrink = avail - n;
        if (lo == 0) {
            /* CPython advances ob_start past the removed bytes */
            memmove(ba->data + n, ba->data + hi, len - hi);
            HEAD(ba)->start += shrink;
        } else {
            memmove(ba->data + lo + n, ba->data + hi, len - hi);
        }
        rc = py_bytearray_resize(o, len - shrink);
    } else if (n > avail) {
        rc = py_bytearray_resize(o, len + (n - avail));
        if (rc == 0) memmove(ba->data + lo + n, ba->data + hi, len - hi);
    }
    if (rc == 0 && n) memcpy(ba->data + lo, bytes, n);
    free(copy);
    return rc;
}

/* ---- construction ---- */

static PyObj *bytearray_tp_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    return bytearray_alloc_typed(type);
}

/* Appends one byte the way bytearray(iterable) does. */
static int push_byte(PyObj *o, int value)
{
    PyByteArrayObj *ba = BA(o);
    if (ba->len + 1 < ba->alloc)
        ba->len++;
    else if (py_bytearray_resize(o, ba->len + 1) < 0)
        return -1;
    ba->data[ba->len - 1] = (unsigned char)value;
    return 0;
}

static int fill_from_iterable(PyObj *o, PyObj *arg)
{
    PyObj *it = py_iter(arg);
    if (!it) {
        if (py_err_matches((PyObj *)&py_exc_TypeError)) {
            py_err_clear();
            py_err_format(&py_exc_TypeError, "cannot convert '%s' object to bytearray", py_type_name(arg));
        }
        return -1;
    }
    PyObj *item;
    while ((item = py_next(it))) {
        int v;
        int rc = py_bytes_byte_value(item, &v);
        py_decref(item);
        if (rc < 0 || push_byte(o, v) < 0) {
            py_decref(it);
            return -1;
        }
    }
    py_decref(it);
    return py_err_occurred() ? -1 : 0;
}

/* bytearray.__init__(source, encoding, errors) */
static int bytearray_init(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors"};
    PyObj *v[3];
    if (py_bytes_parse_kw("bytearray", args, nargs, kwnames, names, 3, v) < 0) return -1;
    if (v[1] && py_bytes_check_str_arg("bytearray", "encoding", v[1]) < 0) return -1;
    if (v[2] && py_bytes_check_str_arg("bytearray", "errors", v[2]) < 0) return -1;
    PyObj *arg = v[0], *encoding = v[1], *errors = v[2];
    if (BA(self)->len && py_bytearray_resize(self, 0) < 0) return -1;
    if (!arg) {
        if (encoding || errors) {
            py_err_format(&py_exc_TypeError, encoding ? "encoding without a string argument"
                                                      : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (PY_STR_CHECK(arg)) {
        if (!encoding) {
            py_err_format(&py_exc_TypeError, "string argument without an encoding");
            return -1;
        }
        PyObj *enc = py_bytes_encode_str(arg, encoding, errors);
        if (!enc) return -1;
        int rc = py_bytearray_setslice(self, BA(self)->len, BA(self)->len, py_bytes_data(enc), py_bytes_size(enc));
        py_decref(enc);
        return rc;
    }
    if (encoding || errors) {
        py_err_format(&py_exc_TypeError, encoding ? "encoding without a string argument"
                                                  : "errors without a string argument");
        return -1;
    }
    if (PY_TYPE(arg)->nb_index) {
        PyObj *i = py_number_index(arg);
        if (i) {
            int64_t n;
            bool fits = py_int_as_i64(i, &n);
            int sign = py_int_sign(i);
            py_decref(i);
            if (!fits && sign > 0) {
                py_err_format(&py_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
                return -1;
            }
            if (!fits || n < 0) {
                py_err_format(&py_exc_ValueError, "negative count");
                return -1;
            }
            if (n > 0) {
                if (py_bytearray_resize(self, (size_t)n) < 0) return -1;
                memset(BA(self)->data, 0, (size_t)n);
            }
            return 0;
        }
        if (!py_err_matches((PyObj *)&py_exc_TypeError)) return -1;
        py_err_clear();
    }
    if (PY_BYTES_CHECK(arg) || PY_BYTEARRAY_CHECK(arg)) {
        size_t n = py_bytes_size(arg);
        if (py_bytearray_resize(self, n) < 0) return -1;
        if (n) memcpy(BA(self)->data, py_bytes_data(arg), n);
        return 0;
    }
    if (PY_IS_TYPE(arg, py_list_type) || PY_IS_TYPE(arg, py_tuple_type)) {
        bool is_list = PY_IS_TYPE(arg, py_list_type);
        size_t n = is_list ? py_list_size(arg) : py_tuple_size(arg);
        if (py_bytearray_resize(self, n) < 0) return -1;
        for (size_t k = 0; k < n; k++) {
            PyObj *item = is_list ? py_list_item(arg, k) : py_tuple_item(arg, k);
            if (!PY_IS_TYPE(item, py_int_type)) {
                /* not all exact ints: start again item by item */
                if (BA(self)->len && py_bytearray_resize(self, 0) < 0) return -1;
                return fill_from_iterable(self, arg);
            }
            int value;
            if (py_bytes_byte_value(item, &value) < 0) return -1;
            BA(self)->data[k] = (unsigned char)value;
        }
        return 0;
    }
    return fill_from_iterable(self, arg);
}

PyObj *py_bytearray_from_object(PyObj *o)
{
    PyObj *ba = bytearray_alloc_typed(&py_bytearray_type);
    if (ba && bytearray_init(ba, &o, 1, NULL) < 0) py_clear(&ba);
    return ba;
}

static void bytearray_dealloc(PyObj *o)
{
    PyByteArrayObj *ba = BA(o);
    if (ba->buf_addr) heap_sim_free(&py_vm->heap, ba->buf_addr, ba->alloc);
    if (ba->data) free(HEAD(ba));
    ba->data = NULL;
    ba->buf_addr = 0;
    ba->alloc = ba->len = 0;
}

/* ---- slots ---- */

/* Unlike bytes' repr, a quote or backslash is always escaped, and the
 * class name is written (a subclass shows its own). */
static PyObj *bytearray_repr(PyObj *o)
{
    PyByteArrayObj *ba = BA(o);
    static const char hex[] = "0123456789abcdef";
    char quote = '\'';
    for (size_t i = 0; i < ba->len; i++) {
        if (ba->data[i] == '"') {
            quote = '\'';
            break;
        }
        if (ba->data[i] == '\'') quote = '"';
    }
    Buf b = BUF_INIT;
    buf_puts(&b, py_type_name(o));
    buf_puts(&b, "(b");
    buf_putc(&b, quote);
    for (size_t i = 0; i < ba->len; i++) {
        unsigned char c = ba->data[i];
        if (c == '\'' || c == '\\') {
            buf_putc(&b, '\\');
            buf_putc(&b, (char)c);
        } else if (c == '\t') {
            buf_puts(&b, "\\t");
        } else if (c == '\n') {
            buf_puts(&b, "\\n");
        } else if (c == '\r') {
            buf_puts(&b, "\\r");
        } else if (c < ' ' || c >= 0x7f) {
            buf_puts(&b, "\\x");
            buf_putc(&b, hex[c >> 4]);
            buf_putc(&b, hex[c & 15]);
        } else {
            buf_putc(&b, (char)c);
        }
    }
    buf_putc(&b, quote);
    buf_putc(&b, ')');
    return py_str_from_buf(&b);
}

/* Compares with anything bytes-like (bytes == bytearray lands here too). */
static PyObj *bytearray_richcompare(PyObj *a, PyObj *b, int op)
{
    const unsigned char *x, *y;
    size_t nx, ny;
    if (!(PY_BYTES_CHECK(a) || PY_BYTEARRAY_CHECK(a)) || !(PY_BYTES_CHECK(b) || PY_BYTEARRAY_CHECK(b)))
        return py_newref(PY_NOTIMPL);
    py_bytes_view(a, &x, &nx);
    py_bytes_view(b, &y, &ny);
    if ((op == PY_EQ || op == PY_NE) && nx != ny) return py_bool(op == PY_NE);
    size_t n = nx < ny ? nx : ny;
    int c = n ? memcmp(x, y, n) : 0;
    if (c == 0) c = (nx > ny) - (nx < ny);
    switch (op) {
    case PY_LT: return py_bool(c < 0);
    case PY_LE: return py_bool(c <= 0);
    case PY_EQ: return py_bool(c == 0);
    case PY_NE: return py_bool(c != 0);
    case PY_GT: return py_bool(c > 0);
    default: return py_bool(c >= 0);
    }
}

static int64_t bytearray_len(PyObj *o) { return (int64_t)BA(o)->len; }

static PyObj *bytearray_subscript(PyObj *o, PyObj *key)
{
    PyByteArrayObj *ba = BA(o);
    if (PY_IS_TYPE(key, py_slice_type)) {
        int64_t start, stop, step;
        if (py_slice_unpack(key, &start, &stop, &step) < 0) return NULL;
        int64_t n = py_slice_adjust((int64_t)ba->len, &start, &stop, step);
        if (n <= 0) return py_bytearray_new(NULL, 0);
        if (step == 1) return py_bytearray_new(ba->data + start, (size_t)n);
        PyObj *r = py_bytearray_new(NULL, (size_t)n);
        if (!r) return NULL;
        for (int64_t i = 0; i < n; i++) BA(r)->data[i] = ba->data[start + i * step];
        return r;
    }
    if (!PY_TYPE(key)->nb_index)
        return py_err_format(&py_exc_TypeError, "bytearray indices must be integers or slices, not %s",
                             py_type_name(key));
    int64_t i;
    if (py_as_ssize(key, &i) < 0) return NULL;
    if (i < 0) i += (int64_t)ba->len;
    if (i < 0 || i >= (int64_t)ba->len) return py_err_format(&py_exc_IndexError, "bytearray index out of range");
    return py_int_from_i64(ba->data[i]);
}

static bool number_like(PyObj *o)
{
    PyType *t = PY_TYPE(o);
    return t->nb_index || t->nb_int || t->nb_float;
}

/* Deletes the extended slice start, start+step, ... (slicelen items). */
static int delete_extended(PyObj *o, int64_t start, int64_t step, int64_t slicelen)
{
    PyByteArrayObj *ba = BA(o);
    if (slicelen == 0) return 0;
    if (step < 0) {
        /* the same positions, walked upwards */
        start = start + step * (slicelen - 1);
        step = -step;
    }
    size_t w = (size_t)start;
    int64_t k = 0;
    for (size_t r = (size_t)start; r < ba->len; r++) {
        if (k < slicelen && (int64_t)r == start + k * step) {
            k++;
            continue;
        }
        ba->data[w++] = ba->data[r];
    }
    return py_bytearray_resize(o, ba->len - (size_t)slicelen);
}

static int bytearray_ass_subscript(PyObj *o, PyObj *key, PyObj *values)
{
    PyByteArrayObj *ba = BA(o);
    int64_t start, stop, step, slicelen;
    if (PY_IS_TYPE(key, py_slice_type)) {
        if (py_slice_unpack(key, &start, &stop, &step) < 0) return -1;
        slicelen = py_slice_adjust((int64_t)ba->len, &start, &stop, step);
    } else if (PY_TYPE(key)->nb_index) {
        int64_t i;
        if (py_as_ssize(key, &i) < 0) return -1;
        int ival = -1;
        /* the value first: its __index__ may change the size */
        if (values && py_bytes_byte_value(values, &ival) < 0) return -1;
        if (i < 0) i += (int64_t)ba->len;
        if (i < 0 || i >= (int64_t)ba->len) {
            py_err_format(&py_exc_IndexError, "bytearray index out of range");
            return -1;
        }
        if (values) {
            ba->data[i] = (unsigned char)ival;
            return 0;
        }
        start = i;
        stop = i + 1;
        step = 1;
        slicelen = 1;
    } else {
        py_err_format(&py_exc_TypeError, "bytearray indices must be integers or slices, not %s", py_type_name(key));
        return -1;
    }

    const unsigned char *bytes = NULL;
    size_t needed = 0;
    if (values) {
        if (values == o || !PY_BYTEARRAY_CHECK(values)) {
            if (number_like(values) || PY_STR_CHECK(values)) {
                py_err_format(&py_exc_TypeError,
                              "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return -1;
            }
            /* CPython converts to a bytearray first and starts again */
            PyObj *copy = py_bytearray_from_object(values);
            if (!copy) return -1;
            int rc = bytearray_ass_subscript(o, key, copy);
            py_decref(copy);
            return rc;
        }
        bytes = BA(values)->data;
        needed = BA(values)->len;
    }
    /* b[5:2] = ... inserts before 5, not before 2 */
    if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
    if (step == 1) return py_bytearray_setslice(o, (size_t)start, (size_t)stop, bytes, needed);
    if (needed == 0) return delete_extended(o, start, step, slicelen);
    if ((int64_t)needed != slicelen) {
        py_err_format(&py_exc_ValueError, "attempt to assign bytes of size %zd to extended slice of size %zd",
                      (int64_t)needed, slicelen);
        return -1;
    }
    for (int64_t k = 0; k < slicelen; k++) ba->data[start + k * step] = bytes[k];
    return 0;
}

static PyObj *bytearray_concat(PyObj *a, PyObj *b)
{
    size_t na = py_bytes_size(a), nb = py_bytes_size(b);
    PyObj *r = py_bytearray_new(NULL, na + nb);
    if (!r) return NULL;
    if (na) memcpy(BA(r)->data, py_bytes_data(a), na);
    if (nb) memcpy(BA(r)->data + na, py_bytes_data(b), nb);
    return r;
}

/* The size of len bytes repeated n times (n < 0 counts as 0). */
static int repeat_size(int64_t n, size_t len, size_t *size)
{
    if (n < 0) n = 0;
    if (len && (uint64_t)n > py_vm->heap.max_bytes / len) {
        py_err_no_memory();
        return -1;
    }
    *size = len * (size_t)n;
    return 0;
}

static void fill_repeat(unsigned char *dst, size_t size, const unsigned char *src, size_t len)
{
    for (size_t i = 0; i < size; i += len) memcpy(dst + i, src, len);
}

static PyObj *bytearray_repeat(PyObj *o, PyObj *count)
{
    int64_t n;
    size_t len = BA(o)->len, size;
    if (py_seq_repeat_count(count, &n) < 0 || repeat_size(n, len, &size) < 0) return NULL;
    PyObj *r = py_bytearray_new(NULL, size);
    if (r && size) fill_repeat(BA(r)->data, size, BA(o)->data, len);
    return r;
}

static bool bytes_like(PyObj *o) { return PY_BYTES_CHECK(o) || PY_BYTEARRAY_CHECK(o); }

static PyObj *bytearray_binop(PyObj *a, PyObj *b, PyBinOp op)
{
    switch (op) {
    case PY_OP_ADD:
        if (PY_BYTEARRAY_CHECK(a) && bytes_like(b)) return bytearray_concat(a, b);
        break;
    case PY_OP_MUL:
        if (PY_BYTEARRAY_CHECK(a) && PY_TYPE(b)->nb_index) return bytearray_repeat(a, b);
        if (PY_BYTEARRAY_CHECK(b) && PY_TYPE(a)->nb_index) return bytearray_repeat(b, a);
        break;
    case PY_OP_MOD:
        if (PY_BYTEARRAY_CHECK(a)) return py_bytes_percent(py_bytes_data(a), py_bytes_size(a), b, true);
        break;
    default:
        break;
    }
    return py_newref(PY_NOTIMPL);
}

static PyObj *bytearray_inplace(PyObj *a, PyObj *b, PyBinOp op)
{
    if (op == PY_OP_ADD && bytes_like(b)) {
        if (b == a) {
            /* its own buffer is exported while it would be resized */
            return py_err_format(&py_exc_BufferError, "Existing exports of data: object cannot be re-sized");
        }
        size_t len = BA(a)->len;
        if (py_bytearray_setslice(a, len, len, py_bytes_data(b), py_bytes_size(b)) < 0) return NULL;
        return py_newref(a);
    }
    if (op == PY_OP_MUL && PY_TYPE(b)->nb_index) {
        int64_t n;
        if (py_seq_repeat_count(b, &n) < 0) return NULL;
        if (n == 1) return py_newref(a);
        size_t len = BA(a)->len, size;
        if (repeat_size(n, len, &size) < 0) return NULL;
        if (py_bytearray_resize(a, size) < 0) return NULL;
        if (size) fill_repeat(BA(a)->data, size, BA(a)->data, len);
        return py_newref(a);
    }
    return py_newref(PY_NOTIMPL);
}

static size_t bytearray_sizeof(PyObj *o) { return PY_TYPE(o)->basicsize + BA(o)->alloc; }

/* ---- the methods only bytearray has ---- */

PyObj *py_bytearray_m_append(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int v;
    if (py_bytes_byte_value(args[0], &v) < 0) return NULL;
    size_t n = BA(self)->len;
    if (py_bytearray_resize(self, n + 1) < 0) return NULL;
    BA(self)->data[n] = (unsigned char)v;
    return py_newref(PY_NONE);
}

PyObj *py_bytearray_m_extend(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyObj *src = args[0];
    if (bytes_like(src)) {
        size_t len = BA(self)->len;
        int rc;
        if (src == self) {
            /* bytearray_setslice copies itself into a new bytearray first */
            PyObj *copy = py_bytearray_new(BA(self)->data, len);
            if (!copy) return NULL;
            rc = py_bytearray_setslice(self, len, len, BA(copy)->data, BA(copy)->len);
            py_decref(copy);
        } else {
            rc = py_bytearray_setslice(self, len, len, py_bytes_data(src), py_bytes_size(src));
        }
        return rc < 0 ? NULL : py_newref(PY_NONE);
    }
    PyObj *it = py_iter(src);
    if (!it) {
        if (py_err_matches((PyObj *)&py_exc_TypeError)) {
            py_err_clear();
            py_err_format(&py_exc_TypeError, "can't extend bytearray with %s", py_type_name(src));
        }
        return NULL;
    }
    /* collected in a bytearray sized by the length hint, as CPython does */
    int64_t hint = py_length_hint(src, 32);
    if (hint < 0) {
        py_decref(it);
        return NULL;
    }
    size_t buf_size = (size_t)hint, len = 0;
    PyObj *tmp = py_bytearray_new(NULL, buf_size);
    if (!tmp) {
        py_decref(it);
        return NULL;
    }
    PyObj *item;
    while ((item = py_next(it))) {
        int v;
        int rc = py_bytes_byte_value(item, &v);
        py_decref(item);
        if (rc < 0) goto fail;
        BA(tmp)->data[len++] = (unsigned char)v;
        if (len >= buf_size) {
            buf_size = len + (len >> 1) + 1;
            if (py_bytearray_resize(tmp, buf_size) < 0) goto fail;
        }
    }
    if (py_err_occurred()) goto fail;
    py_decref(it);
    if (py_bytearray_resize(tmp, len) < 0) {
        py_decref(tmp);
        return NULL;
    }
    size_t n = BA(self)->len;
    int rc = py_bytearray_setslice(self, n, n, BA(tmp)->data, len);
    py_decref(tmp);
    return rc < 0 ? NULL : py_newref(PY_NONE);
fail:
    py_decref(it);
    py_decref(tmp);
    return NULL;
}

PyObj *py_bytearray_m_insert(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t index;
    int v;
    if (py_bytes_ssize_arg(args[0], &index) < 0 || py_bytes_byte_value(args[1], &v) < 0) return NULL;
    int64_t n = (int64_t)BA(self)->len;
    if (py_bytearray_resize(self, (size_t)n + 1) < 0) return NULL;
    if (index < 0) {
        index += n;
        if (index < 0) index = 0;
    }
    if (index > n) index = n;
    unsigned char *buf = BA(self)->data;
    memmove(buf + index + 1, buf + index, (size_t)(n - index));
    buf[index] = (unsigned char)v;
    return py_newref(PY_NONE);
}

PyObj *py_bytearray_m_pop(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t index = -1;
    if (nargs && py_bytes_ssize_arg(args[0], &index) < 0) return NULL;
    int64_t n = (int64_t)BA(self)->len;
    if (n == 0) return py_err_format(&py_exc_IndexError, "pop from empty bytearray");
    if (index < 0) index += n;
    if (index < 0 || index >= n) return py_err_format(&py_exc_IndexError, "pop index out of range");
    unsigned char *buf = BA(self)->data;
    int value = buf[index];
    memmove(buf + index, buf + index + 1, (size_t)(n - index - 1));
    if (py_bytearray_resize(self, (size_t)n - 1) < 0) return NULL;
    return py_int_from_i64(value);
}

PyObj *py_bytearray_m_remove(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int v;
    if (py_bytes_byte_value(args[0], &v) < 0) return NULL;
    size_t n = BA(self)->len;
    unsigned char *buf = BA(self)->data;
    unsigned char *at = n ? memchr(buf, v, n) : NULL;
    if (!at) return py_err_format(&py_exc_ValueError, "value not found in bytearray");
    size_t where = (size_t)(at - buf);
    memmove(buf + where, buf + where + 1, n - where - 1);
    if (py_bytearray_resize(self, n - 1) < 0) return NULL;
    return py_newref(PY_NONE);
}

PyObj *py_bytearray_m_reverse(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyByteArrayObj *ba = BA(self);
    for (size_t i = 0, j = ba->len; i + 1 < j; i++, j--) {
        unsigned char t = ba->data[i];
        ba->data[i] = ba->data[j - 1];
        ba->data[j - 1] = t;
    }
    return py_newref(PY_NONE);
}

PyObj *py_bytearray_m_clear(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    if (py_bytearray_resize(self, 0) < 0) return NULL;
    return py_newref(PY_NONE);
}

PyObj *py_bytearray_m_copy(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_bytearray_new(BA(self)->data, BA(self)->len);
}

PyObj *py_bytearray_m_alloc(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_int_from_i64((int64_t)BA(self)->alloc);
}

PyType py_bytearray_type = {
    .name = "bytearray",
    .tpflags = PY_TPF_BASETYPE,
    .csize = sizeof(PyByteArrayObj),
    .basicsize = BYTEARRAY_BASIC,
    .tp_new = bytearray_tp_new,
    .tp_init = bytearray_init,
    .tp_dealloc = bytearray_dealloc,
    .tp_sizeof = bytearray_sizeof,
    .tp_repr = bytearray_repr,
    .tp_str = bytearray_repr,
    .tp_richcompare = bytearray_richcompare,
    .tp_iter = py_bytearray_iter,
    .sq_length = bytearray_len,
    .mp_subscript = bytearray_subscript,
    .mp_ass_subscript = bytearray_ass_subscript,
    .sq_contains = py_bytearray_contains,
    .nb_binop = bytearray_binop,
    .nb_inplace = bytearray_inplace,
    .nb_fwd = PY_OPBIT(PY_OP_ADD) | PY_OPBIT(PY_OP_MUL) | PY_OPBIT(PY_OP_MOD),
    .nb_rev = PY_OPBIT(PY_OP_MUL) | PY_OPBIT(PY_OP_MOD),
    .nb_inp = PY_OPBIT(PY_OP_ADD) | PY_OPBIT(PY_OP_MUL),
    .methods = py_bytearray_methods,
};
