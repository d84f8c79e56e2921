/* seq.c — what tuple and list share: comparison, repetition counts, the
 * tuple/list iterators, count and index. */
#include "pysim/obj.h"
#include "pysim/seq_impl.h"
#include "pysim/vm.h"

PyObj *py_seq_richcompare(PyObj *const *a, size_t na, PyObj *const *b, size_t nb, int op)
{
    if ((op == PY_EQ || op == PY_NE) && na != nb) return py_bool(op == PY_NE);
    size_t i;
    for (i = 0; i < na && i < nb; i++) {
        int eq = py_richcompare_bool(a[i], b[i], PY_EQ);
        if (eq < 0) return NULL;
        if (!eq) break;
    }
    if (i >= na || i >= nb) {
        int c = (na > nb) - (na < nb);
        switch (op) {
        case PY_LT: return py_bool(c < 0);
        case PY_LE: return py_bool(c <= 0);
        case PY_EQ: return py_bool(c == 0);
        case PY_NE: return py_bool(c != 0);
        case PY_GT: return py_bool(c > 0);
        default: return py_bool(c >= 0);
        }
    }
    if (op == PY_EQ) return py_newref(PY_FALSE);
    if (op == PY_NE) return py_newref(PY_TRUE);
    return py_richcompare(a[i], b[i], op);
}

int py_seq_repeat_count(PyObj *count, int64_t *n)
{
    PyObj *i = py_number_index(count);
    if (!i) return -1;
    bool ok = py_int_as_i64(i, n);
    int sign = py_int_sign(i);
    py_decref(i);
    if (!ok) {
        if (sign < 0) {
            *n = 0;
            return 0;
        }
        py_err_format(&py_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return 0;
}

typedef struct SeqIter {
    PyObj ob;
    PyObj *seq;
    size_t index;
} SeqIter;

PyObj *py_seq_fast_iter_new(PyType *itertype, PyObj *seq)
{
    SeqIter *it = (SeqIter *)py_alloc(itertype, sizeof(SeqIter), 32);
    if (!it) return NULL;
    it->seq = py_newref(seq);
    py_gc_track((PyObj *)it);
    return (PyObj *)it;
}

static PyObj *seqiter_next(PyObj *o)
{
    SeqIter *it = (SeqIter *)o;
    if (!it->seq) return NULL;
    size_t n = PY_LIST_CHECK(it->seq) ? py_list_size(it->seq) : py_tuple_size(it->seq);
    if (it->index < n) {
        PyObj *x = PY_LIST_CHECK(it->seq) ? py_list_item(it->seq, it->index) : py_tuple_item(it->seq, it->index);
        it->index++;
        return py_newref(x);
    }
    py_clear(&it->seq);
    return NULL;
}

static void seqiter_dealloc(PyObj *o) { py_clear(&((SeqIter *)o)->seq); }
static int seqiter_traverse(PyObj *o, PyVisitFn visit, void *arg)
{
    PyObj *s = ((SeqIter *)o)->seq;
    return s ? visit(s, arg) : 0;
}
static PyObj *iter_self(PyObj *o) { return py_newref(o); }

static PyObj *seqiter_length_hint(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    SeqIter *it = (SeqIter *)self;
    if (!it->seq) return py_int_from_i64(0);
    size_t n = PY_LIST_CHECK(it->seq) ? py_list_size(it->seq) : py_tuple_size(it->seq);
    return py_int_from_i64(it->index < n ? (int64_t)(n - it->index) : 0);
}

static const PyMethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

PyType py_tuple_iter_type = {
    .name = "tuple_iterator",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(SeqIter),
    .basicsize = 32,
    .tp_dealloc = seqiter_dealloc,
    .tp_traverse = seqiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = seqiter_next,
    .methods = seqiter_methods,
};

PyType py_list_iter_type = {
    .name = "list_iterator",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(SeqIter),
    .basicsize = 32,
    .tp_dealloc = seqiter_dealloc,
    .tp_traverse = seqiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = seqiter_next,
    .methods = seqiter_methods,
};

PyObj *py_seq_count(PyObj *const *items, size_t n, PyObj *x)
{
    int64_t c = 0;
    for (size_t i = 0; i < n; i++) {
        int eq = py_richcompare_bool(items[i], x, PY_EQ);
        if (eq < 0) return NULL;
        c += eq;
    }
    return py_int_from_i64(c);
}

int py_seq_index_arg(PyObj *o, int64_t len, int64_t *out)
{
    if (!PY_TYPE(o)->nb_index) {
        py_err_format(&py_exc_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    PyObj *i = py_number_index(o);
    if (!i) return -1;
    int64_t v;
    if (!py_int_as_i64(i, &v)) v = py_int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    py_decref(i);
    if (v < 0) {
        v += len;
        if (v < 0) v = 0;
    } else if (v > len) {
        v = len;
    }
    *out = v;
    return 0;
}

PyObj *py_seq_index(PyObj *const *items, size_t n, PyObj *const *args, size_t nargs, const char *notfound)
{
    int64_t start = 0, stop = (int64_t)n;
    if (nargs > 1 && py_seq_index_arg(args[1], (int64_t)n, &start) < 0) return NULL;
    if (nargs > 2 && py_seq_index_arg(args[2], (int64_t)n, &stop) < 0) return NULL;
    for (int64_t i = start; i < stop && i < (int64_t)n; i++) {
        int eq = py_richcompare_bool(items[i], args[0], PY_EQ);
        if (eq < 0) return NULL;
        if (eq) return py_int_from_i64(i);
    }
    if (notfound) return py_err_format(&py_exc_ValueError, "%s", notfound);
    return py_err_format(&py_exc_ValueError, "%R is not in list", args[0]);
}
