/* list.c — the list type: an object of 40 bytes (56 with the GC header)
 * pointing to a separately allocated item array that grows and shrinks by
 * CPython 3.12's list_resize rule, so capacities, sizes and the emulated
 * allocations match CPython's.
 */
#include <string.h>

#include "pysim/obj.h"
#include "pysim/seq_impl.h"
#include "pysim/vm.h"

/* ---- the item array ---- */

/* Sets the capacity to exactly cap (C and simulated memory). */
static int set_capacity(PyListObj *l, size_t cap)
{
    Heap *h = &py_vm->heap;
    if (cap == l->allocated) return 0;
    if (cap == 0) {
        if (l->items_addr) heap_sim_free(h, l->items_addr, l->allocated * 8);
        free(l->items);
        l->items = NULL;
        l->items_addr = 0;
        l->allocated = 0;
        return 0;
    }
    uint64_t addr = l->items_addr ? heap_sim_realloc(h, l->items_addr, l->allocated * 8, cap * 8)
                                  : heap_sim_alloc(h, cap * 8);
    if (!addr) {
        py_err_no_memory();
        return -1;
    }
    l->items_addr = addr;
    l->items = xrealloc(l->items, cap * sizeof(PyObj *));
    l->allocated = cap;
    return 0;
}

/* list_resize of Objects/listobject.c (3.12). */
int py_list_resize(PyObj *o, size_t newsize)
{
    PyListObj *l = (PyListObj *)o;
    size_t allocated = l->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        l->len = newsize;
        return 0;
    }
    size_t cap = (newsize + (newsize >> 3) + 6) & ~(size_t)3;
    if (newsize > l->len && newsize - l->len > cap - newsize) cap = (newsize + 3) & ~(size_t)3;
    if (newsize == 0) cap = 0;
    if (set_capacity(l, cap) < 0) return -1;
    l->len = newsize;
    return 0;
}

/* PyList_New: from the list free list first. */
static PyObj *list_alloc(PyType *t)
{
    return py_alloc_fl(t, t->csize, 40, HEAP_FL_LIST);
}

PyObj *py_list_new(size_t n)
{
    PyObj *o = list_alloc(&py_list_type);
    if (!o) return NULL;
    if (n && set_capacity((PyListObj *)o, n) < 0) {
        py_decref(o);
        return NULL;
    }
    PyListObj *l = (PyListObj *)o;
    for (size_t i = 0; i < n; i++) l->items[i] = NULL;
    l->len = n;
    py_gc_track(o);
    return o;
}

PyObj *py_list_from_array(PyObj *const *items, size_t n)
{
    PyObj *l = py_list_new(n);
    if (!l) return NULL;
    for (size_t i = 0; i < n; i++) PY_LIST_ITEMS(l)[i] = py_newref(items[i]);
    return l;
}

int py_list_append(PyObj *o, PyObj *item)
{
    PyListObj *l = (PyListObj *)o;
    size_t n = l->len;
    if (py_list_resize(o, n + 1) < 0) return -1;
    l->items[n] = py_newref(item);
    return 0;
}

PyObj *py_list_as_tuple(PyObj *list) { return py_tuple_from_array(PY_LIST_ITEMS(list), py_list_size(list)); }

/* list_preallocate_exact: an empty list's first item array, rounded up to
 * an even count (pymalloc's 16-byte granularity makes it free). */
static int preallocate_exact(PyListObj *l, size_t n)
{
    return set_capacity(l, (n + 1) & ~(size_t)1);
}

/* list_extend of Objects/listobject.c (3.12): from a list or tuple the
 * exact size is known up front; from anything else the length hint (8
 * when there is none) is reserved first, and what was not used is given
 * back afterwards as list_resize would. */
int py_list_extend(PyObj *o, PyObj *iterable)
{
    PyListObj *l = (PyListObj *)o;
    if (PY_IS_TYPE(iterable, py_list_type) || PY_IS_TYPE(iterable, py_tuple_type) || iterable == o) {
        size_t n = PY_LIST_CHECK(iterable) ? py_list_size(iterable) : py_tuple_size(iterable);
        if (n == 0) return 0;
        size_t m = l->len;
        /* copy first: extending a list by itself */
        PyObj **src = xmalloc(n * sizeof *src);
        memcpy(src, PY_LIST_CHECK(iterable) ? PY_LIST_ITEMS(iterable) : PY_TUPLE_ITEMS(iterable), n * sizeof *src);
        for (size_t i = 0; i < n; i++) py_incref(src[i]);
        int rc = l->items ? py_list_resize(o, m + n) : preallocate_exact(l, n);
        if (rc < 0) {
            for (size_t i = 0; i < n; i++) py_decref(src[i]);
            free(src);
            return -1;
        }
        memcpy(l->items + m, src, n * sizeof *src);
        l->len = m + n;
        free(src);
        return 0;
    }
    PyObj *it = py_iter(iterable);
    if (!it) return -1;
    int64_t hint = py_length_hint(iterable, 8);
    size_t m = l->len;
    int rc = hint < 0 ? -1 : 0;
    if (rc == 0 && !l->items) {
        if (hint) rc = preallocate_exact(l, (size_t)hint);
    } else if (rc == 0) {
        rc = py_list_resize(o, m + (size_t)hint);
        l->len = m;
    }
    PyObj *x;
    while (rc == 0 && (x = py_next(it))) {
        if (l->len < l->allocated) {
            l->items[l->len++] = x; /* the reference is the list's now */
        } else {
            rc = py_list_append(o, x);
            py_decref(x);
        }
    }
    py_decref(it);
    if (rc < 0 || py_err_occurred()) return -1;
    /* cut back if the guess was too large */
    if (l->len < l->allocated) return py_list_resize(o, l->len);
    return 0;
}

/* ---- slots ---- */

static void list_dealloc(PyObj *o)
{
    PyListObj *l = (PyListObj *)o;
    for (size_t i = l->len; i > 0; i--) py_clear(&l->items[i - 1]);
    l->len = 0;
    set_capacity(l, 0);
}

/* gc: last item first, as CPython's list_traverse (it orders the
 * collector's lists, gc.get_referents) */
static int list_traverse(PyObj *o, PyVisitFn visit, void *arg)
{
    PyListObj *l = (PyListObj *)o;
    for (size_t i = l->len; i > 0; i--)
        if (l->items[i - 1] && visit(l->items[i - 1], arg)) return 1;
    return 0;
}

/* Empties the list, releasing items last-first after detaching them. */
static void list_clear_items(PyListObj *l)
{
    size_t n = l->len;
    PyObj **items = l->items;
    uint64_t addr = l->items_addr;
    size_t cap = l->allocated;
    l->items = NULL;
    l->len = l->allocated = 0;
    l->items_addr = 0;
    for (size_t i = n; i > 0; i--) py_xdecref(items[i - 1]);
    if (addr) heap_sim_free(&py_vm->heap, addr, cap * 8);
    free(items);
}

static void list_tp_clear(PyObj *o) { list_clear_items((PyListObj *)o); }

static PyObj *list_repr(PyObj *o)
{
    PyListObj *l = (PyListObj *)o;
    if (l->len == 0) return py_str_from_c("[]");
    int r = py_repr_enter(o);
    if (r != 0) return r > 0 ? py_str_from_c("[...]") : NULL;
    Buf b = BUF_INIT;
    buf_putc(&b, '[');
    for (size_t i = 0; i < l->len; i++) {
        if (i) buf_puts(&b, ", ");
        /* 3.12's list_repr passes the item borrowed: hold it unseen */
        PyObj *item = l->items[i];
        py_hold_hidden(item);
        PyObj *s = py_repr(item);
        py_release_hidden();
        if (!s) {
            py_repr_leave(o);
            buf_free(&b);
            return NULL;
        }
        buf_put(&b, py_str_utf8(s), py_str_nbytes(s));
        py_decref(s);
    }
    buf_putc(&b, ']');
    py_repr_leave(o);
    return py_str_from_buf(&b);
}

static PyObj *list_richcompare(PyObj *a, PyObj *b, int op)
{
    if (!PY_LIST_CHECK(a) || !PY_LIST_CHECK(b)) return py_newref(PY_NOTIMPL);
    return py_seq_richcompare(PY_LIST_ITEMS(a), py_list_size(a), PY_LIST_ITEMS(b), py_list_size(b), op);
}

static int64_t list_len(PyObj *o) { return (int64_t)py_list_size(o); }

static int list_index_of(PyObj *o, PyObj *key, int64_t *out, const char *what)
{
    if (!PY_TYPE(key)->nb_index) {
        py_err_format(&py_exc_TypeError, "list indices must be integers or slices, not %s", py_type_name(key));
        return -1;
    }
    int64_t i;
    if (py_as_ssize(key, &i) < 0) return -1;
    int64_t n = (int64_t)py_list_size(o);
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        py_err_format(&py_exc_IndexError, "%s", what);
        return -1;
    }
    *out = i;
    return 0;
}

static PyObj *list_subscript(PyObj *o, PyObj *key)
{
    PyListObj *l = (PyListObj *)o;
    if (PY_IS_TYPE(key, py_slice_type)) {
        int64_t start, stop, step;
        if (py_slice_unpack(key, &start, &stop, &step) < 0) return NULL;
        int64_t n = py_slice_adjust((int64_t)l->len, &start, &stop, step);
        PyObj *r = py_list_new(n > 0 ? (size_t)n : 0);
        if (!r) return NULL;
        for (int64_t i = 0; i < n; i++) PY_LIST_ITEMS(r)[i] = py_newref(l->items[start + i * step]);
        return r;
    }
    int64_t i;
    if (list_index_of(o, key, &i, "list index out of range") < 0) return NULL;
    return py_newref(l->items[i]);
}

/* a[lo:hi] = items (step 1): list_ass_slice of CPython. */
static int assign_slice(PyListObj *l, int64_t lo, int64_t hi, PyObj *const *items, size_t n)
{
    if (hi < lo) hi = lo;
    size_t d = (size_t)(hi - lo);
    size_t old_len = l->len;
    PyObj **recycle = d ? xmalloc(d * sizeof *recycle) : NULL;
    if (d) memcpy(recycle, l->items + lo, d * sizeof *recycle);
    for (size_t i = 0; i < n; i++) py_incref(items[i]);
    if (n < d) {
        memmove(l->items + lo + n, l->items + hi, (old_len - (size_t)hi) * sizeof(PyObj *));
        py_list_resize((PyObj *)l, old_len - d + n);
    } else if (n > d) {
        if (py_list_resize((PyObj *)l, old_len + n - d) < 0) {
            for (size_t i = 0; i < n; i++) py_decref(items[i]);
            free(recycle);
            return -1;
        }
        memmove(l->items + lo + n, l->items + hi, (old_len - (size_t)hi) * sizeof(PyObj *));
    }
    for (size_t i = 0; i < n; i++) l->items[lo + (int64_t)i] = items[i];
    for (size_t i = d; i > 0; i--) py_decref(recycle[i - 1]);
    free(recycle);
    return 0;
}

static int list_ass_subscript(PyObj *o, PyObj *key, PyObj *value)
{
    PyListObj *l = (PyListObj *)o;
    if (PY_IS_TYPE(key, py_slice_type)) {
        int64_t start, stop, step;
        if (py_slice_unpack(key, &start, &stop, &step) < 0) return -1;
        int64_t n = py_slice_adjust((int64_t)l->len, &start, &stop, step);
        if (step == 1) {
            if (!value) return assign_slice(l, start, start + (n > 0 ? n : 0), NULL, 0);
            PyObj *tmp;
            size_t m;
            PyObj *src = value == o ? py_list_as_tuple(o) : py_newref(value);
            if (!src) return -1;
            PyObj *const *items;
            if (py_sequence_fast(src, &items, &m, &tmp, "can only assign an iterable") < 0) {
                py_decref(src);
                return -1;
            }
            int rc = assign_slice(l, start, start + (n > 0 ? n : 0), items, m);
            py_xdecref(tmp);
            py_decref(src);
            return rc;
        }
        if (n < 0) n = 0;
        if (!value) {
            /* delete an extended slice: keep the others in order */
            if (n == 0) return 0;
            if (step < 0) {
                stop = start + 1;
                start = stop + step * (n - 1) - 1;
                step = -step;
            }
            PyObj **dead = xmalloc((size_t)n * sizeof *dead);
            size_t w = 0, k = 0;
            for (size_t i = 0; i < l->len; i++) {
                bool hit = (int64_t)i >= start && (int64_t)i < start + step * n && ((int64_t)i - start) % step == 0;
                if (hit) dead[k++] = l->items[i];
                else l->items[w++] = l->items[i];
            }
            py_list_resize(o, w);
            for (size_t i = 0; i < k; i++) py_decref(dead[i]);
            free(dead);
            return 0;
        }
        PyObj *tmp;
        size_t m;
        PyObj *src = value == o ? py_list_as_tuple(o) : py_newref(value);
        if (!src) return -1;
        PyObj *const *items;
        if (py_sequence_fast(src, &items, &m, &tmp, "must assign iterable to extended slice") < 0) {
            py_decref(src);
            return -1;
        }
        if ((int64_t)m != n) {
            py_err_format(&py_exc_ValueError, "attempt to assign sequence of size %zd to extended slice of size %zd",
                          (int64_t)m, n);
            py_xdecref(tmp);
            py_decref(src);
            return -1;
        }
        for (int64_t i = 0; i < n; i++) {
            PyObj *old = l->items[start + i * step];
            l->items[start + i * step] = py_newref(items[i]);
            py_decref(old);
        }
        py_xdecref(tmp);
        py_decref(src);
        return 0;
    }
    int64_t i;
    if (list_index_of(o, key, &i, value ? "list assignment index out of range" : "list assignment index out of range") < 0)
        return -1;
    if (value) {
        PyObj *old = l->items[i];
        l->items[i] = py_newref(value);
        py_decref(old);
        return 0;
    }
    return assign_slice(l, i, i + 1, NULL, 0);
}

static int list_contains(PyObj *o, PyObj *item)
{
    PyListObj *l = (PyListObj *)o;
    for (size_t i = 0; i < l->len; i++) {
        PyObj *x = py_newref(l->items[i]);
        int eq = py_richcompare_bool(x, item, PY_EQ);
        py_decref(x);
        if (eq != 0) return eq;
    }
    return 0;
}

static PyObj *list_concat(PyObj *a, PyObj *b)
{
    size_t na = py_list_size(a), nb = py_list_size(b);
    PyObj *r = py_list_new(na + nb);
    if (!r) return NULL;
    for (size_t i = 0; i < na; i++) PY_LIST_ITEMS(r)[i] = py_newref(py_list_item(a, i));
    for (size_t i = 0; i < nb; i++) PY_LIST_ITEMS(r)[na + i] = py_newref(py_list_item(b, i));
    return r;
}

static PyObj *list_repeat(PyObj *l, PyObj *count)
{
    int64_t n;
    if (py_seq_repeat_count(count, &n) < 0) return NULL;
    size_t len = py_list_size(l);
    if (n <= 0 || len == 0) return py_list_new(0);
    if ((uint64_t)n > (py_vm->heap.max_bytes / 8) / len) return py_err_no_memory();
    PyObj *r = py_list_new(len * (size_t)n);
    if (!r) return NULL;
    for (int64_t k = 0; k < n; k++)
        for (size_t i = 0; i < len; i++) PY_LIST_ITEMS(r)[k * len + i] = py_newref(py_list_item(l, i));
    return r;
}

static PyObj *list_binop(PyObj *a, PyObj *b, PyBinOp op)
{
    if (op == PY_OP_ADD && PY_LIST_CHECK(a) && PY_LIST_CHECK(b)) return list_concat(a, b);
    if (op == PY_OP_MUL) {
        if (PY_LIST_CHECK(a) && PY_TYPE(b)->nb_index) return list_repeat(a, b);
        if (PY_LIST_CHECK(b) && PY_TYPE(a)->nb_index) return list_repeat(b, a);
    }
    return py_newref(PY_NOTIMPL);
}

static PyObj *list_inplace(PyObj *a, PyObj *b, PyBinOp op)
{
    if (op == PY_OP_ADD) {
        if (py_list_extend(a, b) < 0) return NULL;
        return py_newref(a);
    }
    if (op == PY_OP_MUL && PY_TYPE(b)->nb_index) {
        int64_t n;
        if (py_seq_repeat_count(b, &n) < 0) return NULL;
        PyListObj *l = (PyListObj *)a;
        size_t len = l->len;
        if (n <= 0 || len == 0) {
            list_clear_items(l);
            return py_newref(a);
        }
        if ((uint64_t)n > (py_vm->heap.max_bytes / 8) / len) return py_err_no_memory();
        if (py_list_resize(a, len * (size_t)n) < 0) return NULL;
        for (int64_t k = 1; k < n; k++)
            for (size_t i = 0; i < len; i++) l->items[k * len + i] = py_newref(l->items[i]);
        return py_newref(a);
    }
    return py_newref(PY_NOTIMPL);
}

static PyObj *list_iter(PyObj *o) { return py_seq_fast_iter_new(&py_list_iter_type, o); }

/* list() and list(x): 3.12's list_vectorcall allocates with
 * PyType_GenericAlloc, not from the free list (PyList_New's), so a list made
 * by calling the type never takes the address of the last list freed; yet
 * an exact list joins the free list when it dies (list_dealloc): hide the
 * free list while allocating, keep it as the object's list. */
static PyObj *list_tp_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyObj *o;
    if (type == &py_list_type) {
        Heap *h = &py_vm->heap;
        size_t saved = h->nfreelist[HEAP_FL_LIST];
        h->nfreelist[HEAP_FL_LIST] = 0;
        o = list_alloc(type);
        h->nfreelist[HEAP_FL_LIST] = saved;
    } else {
        o = py_alloc(type, type->csize, 40);
    }
    if (o) py_gc_track(o);
    return o;
}

static int list_init(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (py_no_kwargs("list", kwnames) < 0) return -1;
    if (nargs > 1) {
        py_err_format(&py_exc_TypeError, "list expected at most 1 argument, got %zd", (int64_t)nargs);
        return -1;
    }
    PyListObj *l = (PyListObj *)self;
    if (l->items) list_clear_items(l);
    if (nargs == 0) return 0;
    /* list___init___impl: a sized iterable's length is reserved exactly */
    if (PY_TYPE(args[0])->sq_length) {
        int64_t n = py_len(args[0]);
        if (n < 0) return -1;
        if (n > 0 && !l->items && preallocate_exact(l, (size_t)n) < 0) return -1;
    }
    return py_list_extend(self, args[0]);
}

static size_t list_sizeof(PyObj *o) { return 40 + 8 * ((PyListObj *)o)->allocated; }

extern const PyMethodDef py_list_methods[];

PyType py_list_type = {
    .name = "list",
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE | PY_TPF_LIST_SUBCLASS,
    .csize = sizeof(PyListObj),
    .basicsize = 40,
    .tp_new = list_tp_new,
    .tp_init = list_init,
    .tp_dealloc = list_dealloc,
    .tp_traverse = list_traverse,
    .tp_clear = list_tp_clear,
    .tp_sizeof = list_sizeof,
    .tp_repr = list_repr,
    .tp_richcompare = list_richcompare,
    .tp_iter = list_iter,
    .sq_length = list_len,
    .mp_subscript = list_subscript,
    .mp_ass_subscript = list_ass_subscript,
    .sq_contains = list_contains,
    .nb_binop = list_binop,
    .nb_inplace = list_inplace,
    .nb_fwd = PY_OPBIT(PY_OP_ADD) | PY_OPBIT(PY_OP_MUL),
    .nb_rev = PY_OPBIT(PY_OP_MUL),
    .nb_inp = PY_OPBIT(PY_OP_ADD) | PY_OPBIT(PY_OP_MUL),
    .methods = py_list_methods,
};

/* ---- for list_methods.c ---- */

void py_list_clear_all(PyObj *o) { list_clear_items((PyListObj *)o); }

int py_list_set_capacity(PyObj *o, size_t cap) { return set_capacity((PyListObj *)o, cap); }

int py_list_insert_at(PyObj *o, int64_t where, PyObj *item)
{
    PyListObj *l = (PyListObj *)o;
    int64_t n = (int64_t)l->len;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    if (py_list_resize(o, (size_t)n + 1) < 0) return -1;
    memmove(l->items + where + 1, l->items + where, (size_t)(n - where) * sizeof(PyObj *));
    l->items[where] = py_newref(item);
    return 0;
}

int py_list_delete_at(PyObj *o, int64_t i) { return assign_slice((PyListObj *)o, i, i + 1, NULL, 0); }
