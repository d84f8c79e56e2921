/* tuple.c — the tuple type: fixed-size, items inline, `()` a singleton,
 * free lists per length 1..19 as in CPython 3.12 (and one for 20 items that
 * keeps freed blocks but never hands them out, as 3.12's does), the
 * xxHash-style hash.
 */
#include <string.h>

#include "pysim/obj.h"
#include "pysim/seq_impl.h"
#include "pysim/vm.h"

static size_t tuple_simsize(size_t n) { return 24 + 8 * n; }

static PyObj *tuple_alloc(PyType *t, size_t n)
{
    HeapFreeListId fl = (t == &py_tuple_type && n >= 1 && n <= 20) ? (HeapFreeListId)(HEAP_FL_TUPLE1 + n - 1)
                                                                   : HEAP_FL_NONE;
    PyTupleObj *o = (PyTupleObj *)py_alloc_fl(t, t->csize + n * sizeof(PyObj *), tuple_simsize(n), fl);
    if (!o) return NULL;
    o->len = n;
    return (PyObj *)o;
}

PyObj *py_tuple_new(size_t n)
{
    if (n == 0) return py_newref(py_vm->empty_tuple);
    PyObj *t = tuple_alloc(&py_tuple_type, n);
    if (t) py_gc_track(t);
    return t;
}

PyObj *py_tuple_from_array(PyObj *const *items, size_t n)
{
    PyObj *t = py_tuple_new(n);
    if (!t) return NULL;
    for (size_t i = 0; i < n; i++) PY_TUPLE_ITEMS(t)[i] = py_newref(items[i]);
    return t;
}

PyObj *py_tuple_pack(size_t n, ...)
{
    PyObj *t = py_tuple_new(n);
    if (!t) return NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) PY_TUPLE_ITEMS(t)[i] = py_newref(va_arg(ap, PyObj *));
    va_end(ap);
    return t;
}

PyObj *py_tuple_from_iter(PyObj *iterable)
{
    if (PY_IS_TYPE(iterable, py_tuple_type)) return py_newref(iterable);
    if (PY_LIST_CHECK(iterable)) return py_tuple_from_array(PY_LIST_ITEMS(iterable), py_list_size(iterable));
    PyObj *l = py_sequence_list(iterable);
    if (!l) return NULL;
    PyObj *t = py_list_as_tuple(l);
    py_decref(l);
    return t;
}

static void tuple_dealloc(PyObj *o)
{
    PyTupleObj *t = (PyTupleObj *)o;
    for (size_t i = t->len; i > 0; i--) py_clear(&t->items[i - 1]);
}

/* gc: last item first, as CPython's tupletraverse (it orders the
 * collector's lists, gc.get_referents) */
static int tuple_traverse(PyObj *o, PyVisitFn visit, void *arg)
{
    PyTupleObj *t = (PyTupleObj *)o;
    for (size_t i = t->len; i > 0; i--)
        if (t->items[i - 1] && visit(t->items[i - 1], arg)) return 1;
    return 0;
}

static void tuple_clear(PyObj *o)
{
    PyTupleObj *t = (PyTupleObj *)o;
    for (size_t i = 0; i < t->len; i++) py_clear(&t->items[i]);
}

static PyObj *tuple_repr(PyObj *o)
{
    PyTupleObj *t = (PyTupleObj *)o;
    if (t->len == 0) return py_str_from_c("()");
    int r = py_repr_enter(o);
    if (r != 0) return r > 0 ? py_str_from_c("(...)") : NULL;
    Buf b = BUF_INIT;
    buf_putc(&b, '(');
    for (size_t i = 0; i < t->len; i++) {
        if (i) buf_puts(&b, ", ");
        PyObj *s = py_repr(t->items[i]);
        if (!s) {
            py_repr_leave(o);
            buf_free(&b);
            return NULL;
        }
        buf_put(&b, py_str_utf8(s), py_str_nbytes(s));
        py_decref(s);
    }
    if (t->len == 1) buf_putc(&b, ',');
    buf_putc(&b, ')');
    py_repr_leave(o);
    return py_str_from_buf(&b);
}

/* Objects/tupleobject.c tuplehash (xxHash-derived, 3.8+) */
static int64_t tuple_hash(PyObj *o)
{
    const uint64_t P1 = 11400714785074694791ull, P2 = 14029467366897019727ull, P5 = 2870177450012600261ull;
    PyTupleObj *t = (PyTupleObj *)o;
    uint64_t acc = P5;
    for (size_t i = 0; i < t->len; i++) {
        int64_t lane = py_hash(t->items[i]);
        if (lane == -1) return -1;
        acc += (uint64_t)lane * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    acc += t->len ^ (P5 ^ 3527539ull);
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}

static PyObj *tuple_richcompare(PyObj *a, PyObj *b, int op)
{
    if (!PY_TUPLE_CHECK(a) || !PY_TUPLE_CHECK(b)) return py_newref(PY_NOTIMPL);
    return py_seq_richcompare(PY_TUPLE_ITEMS(a), py_tuple_size(a), PY_TUPLE_ITEMS(b), py_tuple_size(b), op);
}

static int64_t tuple_len(PyObj *o) { return (int64_t)py_tuple_size(o); }

static PyObj *tuple_subscript(PyObj *o, PyObj *key)
{
    PyTupleObj *t = (PyTupleObj *)o;
    if (PY_IS_TYPE(key, py_slice_type)) {
        int64_t start, stop, step;
        if (py_slice_unpack(key, &start, &stop, &step) < 0) return NULL;
        int64_t n = py_slice_adjust((int64_t)t->len, &start, &stop, step);
        if (n <= 0) return py_newref(py_vm->empty_tuple);
        if (step == 1 && n == (int64_t)t->len && PY_IS_TYPE(o, py_tuple_type)) return py_newref(o);
        PyObj *r = py_tuple_new((size_t)n);
        if (!r) return NULL;
        for (int64_t i = 0; i < n; i++) PY_TUPLE_ITEMS(r)[i] = py_newref(t->items[start + i * step]);
        return r;
    }
    if (!PY_TYPE(key)->nb_index)
        return py_err_format(&py_exc_TypeError, "tuple indices must be integers or slices, not %s", py_type_name(key));
    int64_t i;
    if (py_as_ssize(key, &i) < 0) return NULL;
    if (i < 0) i += (int64_t)t->len;
    if (i < 0 || i >= (int64_t)t->len) return py_err_format(&py_exc_IndexError, "tuple index out of range");
    return py_newref(t->items[i]);
}

static int tuple_contains(PyObj *o, PyObj *item)
{
    PyTupleObj *t = (PyTupleObj *)o;
    for (size_t i = 0; i < t->len; i++) {
        int eq = py_richcompare_bool(t->items[i], item, PY_EQ);
        if (eq != 0) return eq;
    }
    return 0;
}

static PyObj *tuple_concat(PyObj *a, PyObj *b)
{
    size_t na = py_tuple_size(a), nb = py_tuple_size(b);
    if (na == 0 && PY_IS_TYPE(b, py_tuple_type)) return py_newref(b);
    if (nb == 0 && PY_IS_TYPE(a, py_tuple_type)) return py_newref(a);
    PyObj *r = py_tuple_new(na + nb);
    if (!r) return NULL;
    for (size_t i = 0; i < na; i++) PY_TUPLE_ITEMS(r)[i] = py_newref(py_tuple_item(a, i));
    for (size_t i = 0; i < nb; i++) PY_TUPLE_ITEMS(r)[na + i] = py_newref(py_tuple_item(b, i));
    return r;
}

static PyObj *tuple_repeat(PyObj *t, PyObj *count)
{
    int64_t n;
    if (py_seq_repeat_count(count, &n) < 0) return NULL;
    size_t len = py_tuple_size(t);
    if (n <= 0 || len == 0) return py_newref(py_vm->empty_tuple);
    if (n == 1 && PY_IS_TYPE(t, py_tuple_type)) return py_newref(t);
    if ((uint64_t)n > (py_vm->heap.max_bytes / 8) / len) return py_err_no_memory();
    PyObj *r = py_tuple_new(len * (size_t)n);
    if (!r) return NULL;
    for (int64_t k = 0; k < n; k++)
        for (size_t i = 0; i < len; i++) PY_TUPLE_ITEMS(r)[k * len + i] = py_newref(py_tuple_item(t, i));
    return r;
}

static PyObj *tuple_binop(PyObj *a, PyObj *b, PyBinOp op)
{
    if (op == PY_OP_ADD && PY_TUPLE_CHECK(a) && PY_TUPLE_CHECK(b)) return tuple_concat(a, b);
    if (op == PY_OP_MUL) {
        if (PY_TUPLE_CHECK(a) && PY_TYPE(b)->nb_index) return tuple_repeat(a, b);
        if (PY_TUPLE_CHECK(b) && PY_TYPE(a)->nb_index) return tuple_repeat(b, a);
    }
    return py_newref(PY_NOTIMPL);
}

static PyObj *tuple_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (py_no_kwargs("tuple", kwnames) < 0) return NULL;
    if (nargs > 1) return py_err_format(&py_exc_TypeError, "tuple expected at most 1 argument, got %zd", (int64_t)nargs);
    PyObj *t = nargs ? py_tuple_from_iter(args[0]) : py_newref(py_vm->empty_tuple);
    if (!t || type == &py_tuple_type) return t;
    size_t n = py_tuple_size(t);
    PyObj *sub = tuple_alloc(type, n);
    if (sub) {
        for (size_t i = 0; i < n; i++) PY_TUPLE_ITEMS(sub)[i] = py_newref(py_tuple_item(t, i));
        py_gc_track(sub);
    }
    py_decref(t);
    return sub;
}

static PyObj *tuple_iter(PyObj *o) { return py_seq_fast_iter_new(&py_tuple_iter_type, o); }

static PyObj *tuple_count(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_seq_count(PY_TUPLE_ITEMS(self), py_tuple_size(self), args[0]);
}

static PyObj *tuple_index(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_seq_index(PY_TUPLE_ITEMS(self), py_tuple_size(self), args, nargs, "tuple.index(x): x not in tuple");
}

static PyObj *tuple_getnewargs(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyObj *copy = py_tuple_from_array(PY_TUPLE_ITEMS(self), py_tuple_size(self));
    if (!copy) return NULL;
    PyObj *r = py_tuple_pack(1, copy);
    py_decref(copy);
    return r;
}

static size_t tuple_sizeof(PyObj *o) { return tuple_simsize(py_tuple_size(o)); }

static const PyMethodDef tuple_methods[] = {
    {"count", tuple_count, 1, 1, 0},
    {"index", tuple_index, 1, 3, 0},
    {"__getnewargs__", tuple_getnewargs, 0, 0, 0},
    {"__class_getitem__", py_genericalias_class_getitem, 1, 1, PY_METH_CLASS}, /* genericalias.c */
    {NULL, NULL, 0, 0, 0},
};

PyType py_tuple_type = {
    .name = "tuple",
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE | PY_TPF_TUPLE_SUBCLASS,
    .csize = sizeof(PyTupleObj),
    .basicsize = 24,
    .itemsize = 8,
    .tp_new = tuple_new,
    .tp_dealloc = tuple_dealloc,
    .tp_traverse = tuple_traverse,
    .tp_clear = tuple_clear,
    .tp_sizeof = tuple_sizeof,
    .tp_repr = tuple_repr,
    .tp_hash = tuple_hash,
    .tp_richcompare = tuple_richcompare,
    .tp_iter = tuple_iter,
    .sq_length = tuple_len,
    .mp_subscript = tuple_subscript,
    .sq_contains = tuple_contains,
    .nb_binop = tuple_binop,
    .nb_fwd = PY_OPBIT(PY_OP_ADD) | PY_OPBIT(PY_OP_MUL),
    .nb_rev = PY_OPBIT(PY_OP_MUL),
    .methods = tuple_methods,
};

void py_tuple_init_statics(PyVM *vm)
{
    /* () is a static singleton in 3.12 */
    PyTupleObj *t = xcalloc(1, sizeof(PyTupleObj));
    t->ob.ob_type = &py_tuple_type;
    t->ob.ob_refcnt = PY_IMMORTAL_REFCNT;
    t->ob.ob_flags = PY_OBF_IMMORTAL | PY_OBF_STATIC;
    t->ob.ob_simsize = 24;
    t->ob.ob_id = heap_singleton_addr(HEAP_AT_TUPLE_EMPTY);
    vm->empty_tuple = (PyObj *)t;
}
