/* iter.c — the iterator types the built-ins make: iterator (over
 * __getitem__), callable_iterator, enumerate, zip, map, filter, reversed.
 */
#include <string.h>

#include "pysim/obj.h"
#include "pysim/vm.h"

static PyObj *iter_self(PyObj *o) { return py_newref(o); }

/* ---- iterator: the __getitem__ protocol ---- */

typedef struct SeqIter {
    PyObj ob;
    PyObj *seq;
    int64_t index;
} SeqIter;

PyObj *py_seqiter_new(PyObj *seq)
{
    SeqIter *it = (SeqIter *)py_alloc(&py_seq_iter_type, sizeof(SeqIter), 32);
    if (!it) return NULL;
    it->seq = py_newref(seq);
    py_gc_track((PyObj *)it);
    return (PyObj *)it;
}

static PyObj *seqiter_next(PyObj *o)
{
    SeqIter *it = (SeqIter *)o;
    if (!it->seq) return NULL;
    PyObj *i = py_int_from_i64(it->index);
    PyObj *v = py_getitem(it->seq, i);
    py_decref(i);
    if (v) {
        it->index++;
        return v;
    }
    if (py_err_matches((PyObj *)&py_exc_IndexError) || py_err_matches((PyObj *)&py_exc_StopIteration)) {
        py_err_clear();
        py_clear(&it->seq);
    }
    return NULL;
}

static void seqiter_dealloc(PyObj *o) { py_clear(&((SeqIter *)o)->seq); }
static int seqiter_traverse(PyObj *o, PyVisitFn v, void *a)
{
    PyObj *s = ((SeqIter *)o)->seq;
    return s ? v(s, a) : 0;
}

PyType py_seq_iter_type = {
    .name = "iterator",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(SeqIter),
    .basicsize = 32,
    .tp_dealloc = seqiter_dealloc,
    .tp_traverse = seqiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = seqiter_next,
};

/* ---- callable_iterator: iter(f, sentinel) ---- */

typedef struct CallIter {
    PyObj ob;
    PyObj *func, *sentinel;
} CallIter;

PyObj *py_calliter_new(PyObj *callable, PyObj *sentinel)
{
    CallIter *it = (CallIter *)py_alloc(&py_callable_iter_type, sizeof(CallIter), 32);
    if (!it) return NULL;
    it->func = py_newref(callable);
    it->sentinel = py_newref(sentinel);
    py_gc_track((PyObj *)it);
    return (PyObj *)it;
}

static PyObj *calliter_next(PyObj *o)
{
    CallIter *it = (CallIter *)o;
    if (!it->func) return NULL;
    PyObj *v = py_call0(it->func);
    if (!v) {
        if (py_err_matches((PyObj *)&py_exc_StopIteration)) {
            py_err_clear();
            py_clear(&it->func);
            py_clear(&it->sentinel);
        }
        return NULL;
    }
    int eq = py_richcompare_bool(v, it->sentinel, PY_EQ);
    if (eq) {
        py_decref(v);
        if (eq > 0) {
            py_clear(&it->func);
            py_clear(&it->sentinel);
        }
        return NULL;
    }
    return v;
}

static void calliter_dealloc(PyObj *o)
{
    CallIter *it = (CallIter *)o;
    py_clear(&it->func);
    py_clear(&it->sentinel);
}

static int calliter_traverse(PyObj *o, PyVisitFn v, void *a)
{
    CallIter *it = (CallIter *)o;
    return (it->func && v(it->func, a)) || (it->sentinel && v(it->sentinel, a));
}

PyType py_callable_iter_type = {
    .name = "callable_iterator",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(CallIter),
    .basicsize = 32,
    .tp_dealloc = calliter_dealloc,
    .tp_traverse = calliter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = calliter_next,
};

/* ---- enumerate, zip, map, filter, reversed: one layout ----
 * `its` holds the underlying iterators (or the sequence for reversed);
 * `func` the function of map/filter; `count` enumerate's counter. */

typedef struct MultiIter {
    PyObj ob;
    PyObj *func;
    PyObj **its;
    size_t nits;
    PyObj *count;     /* enumerate: the next index (int) */
    PyObj *result;    /* enumerate, zip: the result tuple, reused while nothing
                         else holds it (3.12's en_result, lz->result): it keeps
                         the last items alive until the next step */
    int64_t index;    /* reversed: next index, -1 when done */
    bool strict;      /* zip(strict=True) */
} MultiIter;

static MultiIter *multi_alloc(PyType *t, size_t nits, size_t simsize)
{
    MultiIter *m = (MultiIter *)py_alloc(t, t->csize, simsize);
    if (!m) return NULL;
    m->nits = nits;
    m->its = nits ? xcalloc(nits, sizeof(PyObj *)) : NULL;
    return m;
}

static void multi_dealloc(PyObj *o)
{
    MultiIter *m = (MultiIter *)o;
    py_clear(&m->func);
    for (size_t i = 0; i < m->nits; i++) py_clear(&m->its[i]);
    free(m->its);
    m->its = NULL;
    py_clear(&m->result);
    py_clear(&m->count);
}

static int multi_traverse(PyObj *o, PyVisitFn v, void *a)
{
    MultiIter *m = (MultiIter *)o;
    if (m->func && v(m->func, a)) return 1;
    if (m->count && v(m->count, a)) return 1;
    for (size_t i = 0; i < m->nits; i++)
        if (m->its[i] && v(m->its[i], a)) return 1;
    if (m->result && v(m->result, a)) return 1;
    return 0;
}

/* The result holder: a tuple of n Nones (PyTuple_Pack / PyTuple_New). */
static int make_result(MultiIter *m, size_t n)
{
    m->result = py_tuple_new(n);
    if (!m->result) return -1;
    for (size_t i = 0; i < n; i++) PY_TUPLE_ITEMS(m->result)[i] = py_newref(PY_NONE);
    return 0;
}

/* The result tuple to fill, or NULL for a new one: the held one when only
 * m holds it (then one more reference, for the caller); the collector may
 * have untracked it, so it is tracked again (bpo-42536). */
static PyObj *reuse_result(MultiIter *m)
{
    if (!m->result || m->result->ob_refcnt != 1) return NULL;
    py_gc_track(m->result);
    return py_newref(m->result);
}

/* Fills m->its with iter(args[i]); on failure the caller decrefs m. */
static int take_iters(MultiIter *m, PyObj *const *args, size_t n, const char *fname, bool numbered)
{
    for (size_t i = 0; i < n; i++) {
        m->its[i] = py_iter(args[i]);
        if (!m->its[i]) {
            (void)numbered;
            (void)fname;
            return -1;
        }
    }
    return 0;
}

static PyObj *enumerate_new(PyType *t, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"iterable", "start"};
    PyObj *v[2];
    if (py_parse_args("enumerate", args, nargs, kwnames, names, 2, 0, 1, v) < 0) return NULL;
    if (v[1] && !PY_TYPE(v[1])->nb_index)
        return py_err_format(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(v[1]));
    MultiIter *m = multi_alloc(t, 1, 56);
    if (!m) return NULL;
    py_gc_track((PyObj *)m);
    if (take_iters(m, v, 1, "enumerate", false) < 0) {
        py_decref(m);
        return NULL;
    }
    m->count = v[1] ? py_number_index(v[1]) : py_int_from_i64(0);
    if (!m->count || make_result(m, 2) < 0) {
        py_decref(m);
        return NULL;
    }
    return (PyObj *)m;
}

static PyObj *enumerate_next(PyObj *o)
{
    MultiIter *m = (MultiIter *)o;
    PyObj *x = py_next(m->its[0]);
    if (!x) return NULL;
    PyObj *one = py_int_from_i64(1);
    PyObj *idx = m->count;
    m->count = py_binop(idx, one, PY_OP_ADD);
    PyObj *t = reuse_result(m);
    if (t) {
        /* the old index and item go after the new ones are in */
        PyObj *old_idx = PY_TUPLE_ITEMS(t)[0], *old_x = PY_TUPLE_ITEMS(t)[1];
        PY_TUPLE_ITEMS(t)[0] = idx;
        PY_TUPLE_ITEMS(t)[1] = x;
        py_decref(old_idx);
        py_decref(old_x);
        return t;
    }
    t = py_tuple_pack(2, idx, x);
    py_decref(idx);
    py_decref(x);
    return t;
}

static const PyMethodDef enumerate_methods[] = {
    {"__class_getitem__", py_genericalias_class_getitem, 1, 1, PY_METH_CLASS}, /* genericalias.c */
    {NULL, NULL, 0, 0, 0},
};

PyType py_enumerate_type = {
    .name = "enumerate",
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE,
    .csize = sizeof(MultiIter),
    .basicsize = 56,
    .tp_new = enumerate_new,
    .tp_dealloc = multi_dealloc,
    .tp_traverse = multi_traverse,
    .tp_iter = iter_self,
    .tp_iternext = enumerate_next,
    .methods = enumerate_methods,
};

static PyObj *zip_new(PyType *t, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    bool strict = false;
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        if (!py_str_eq_c(py_tuple_item(kwnames, i), "strict"))
            return py_err_format(&py_exc_TypeError, "zip() got an unexpected keyword argument '%U'",
                                 py_tuple_item(kwnames, i));
        int tr = py_truthy(args[nargs + i]);
        if (tr < 0) return NULL;
        strict = tr;
    }
    MultiIter *m = multi_alloc(t, nargs, 48);
    if (!m) return NULL;
    py_gc_track((PyObj *)m);
    m->strict = strict;
    if (take_iters(m, args, nargs, "zip", true) < 0 || make_result(m, nargs) < 0) {
        py_decref(m);
        return NULL;
    }
    return (PyObj *)m;
}

static PyObj *zip_next(PyObj *o)
{
    MultiIter *m = (MultiIter *)o;
    if (m->nits == 0) return NULL;
    PyObj *t = reuse_result(m);
    bool reused = t != NULL;
    if (!t) t = py_tuple_new(m->nits);
    if (!t) return NULL;
    for (size_t i = 0; i < m->nits; i++) {
        PyObj *x = py_next(m->its[i]);
        if (!x) {
            if (py_err_occurred() || !m->strict) {
                py_decref(t);
                return NULL;
            }
            /* strict: every other iterator must be exhausted too */
            if (i > 0) {
                py_decref(t);
                return py_err_format(&py_exc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                                     (int64_t)(i + 1), i == 1 ? " " : "s 1-", (int64_t)i);
            }
            for (size_t j = 1; j < m->nits; j++) {
                PyObj *y = py_next(m->its[j]);
                if (y) {
                    py_decref(y);
                    py_decref(t);
                    return py_err_format(&py_exc_ValueError, "zip() argument %zd is longer than argument%s%zd",
                                         (int64_t)(j + 1), j == 1 ? " " : "s 1-", (int64_t)j);
                }
                if (py_err_occurred()) {
                    py_decref(t);
                    return NULL;
                }
            }
            py_decref(t);
            return NULL;
        }
        if (reused) {
            PyObj *old = PY_TUPLE_ITEMS(t)[i];
            PY_TUPLE_ITEMS(t)[i] = x;
            py_decref(old);
        } else {
            PY_TUPLE_ITEMS(t)[i] = x;
        }
    }
    return t;
}

PyType py_zip_type = {
    .name = "zip",
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE,
    .csize = sizeof(MultiIter),
    .basicsize = 48,
    .tp_new = zip_new,
    .tp_dealloc = multi_dealloc,
    .tp_traverse = multi_traverse,
    .tp_iter = iter_self,
    .tp_iternext = zip_next,
};

static PyObj *map_new(PyType *t, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (py_no_kwargs("map", kwnames) < 0) return NULL;
    if (nargs < 2) return py_err_format(&py_exc_TypeError, "map() must have at least two arguments.");
    MultiIter *m = multi_alloc(t, nargs - 1, 32);
    if (!m) return NULL;
    py_gc_track((PyObj *)m);
    m->func = py_newref(args[0]);
    if (take_iters(m, args + 1, nargs - 1, "map", false) < 0) {
        py_decref(m);
        return NULL;
    }
    return (PyObj *)m;
}

static PyObj *map_next(PyObj *o)
{
    MultiIter *m = (MultiIter *)o;
    PyObj *small[8];
    PyObj **vals = m->nits <= 8 ? small : xmalloc(m->nits * sizeof *vals);
    size_t got = 0;
    PyObj *r = NULL;
    for (; got < m->nits; got++) {
        vals[got] = py_next(m->its[got]);
        if (!vals[got]) break;
    }
    if (got == m->nits) r = py_call(m->func, vals, m->nits, NULL);
    for (size_t i = 0; i < got; i++) py_decref(vals[i]);
    if (vals != small) free(vals);
    return r;
}

PyType py_map_type = {
    .name = "map",
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE,
    .csize = sizeof(MultiIter),
    .basicsize = 32,
    .tp_new = map_new,
    .tp_dealloc = multi_dealloc,
    .tp_traverse = multi_traverse,
    .tp_iter = iter_self,
    .tp_iternext = map_next,
};

static PyObj *filter_new(PyType *t, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (py_no_kwargs("filter", kwnames) < 0) return NULL;
    if (nargs != 2) return py_err_format(&py_exc_TypeError, "filter expected 2 arguments, got %zd", (int64_t)nargs);
    MultiIter *m = multi_alloc(t, 1, 32);
    if (!m) return NULL;
    py_gc_track((PyObj *)m);
    m->func = args[0] == PY_NONE ? NULL : py_newref(args[0]);
    if (take_iters(m, args + 1, 1, "filter", false) < 0) {
        py_decref(m);
        return NULL;
    }
    return (PyObj *)m;
}

static PyObj *filter_next(PyObj *o)
{
    MultiIter *m = (MultiIter *)o;
    for (;;) {
        PyObj *x = py_next(m->its[0]);
        if (!x) return NULL;
        int ok;
        if (!m->func || m->func == (PyObj *)&py_bool_type) {
            ok = py_truthy(x);
        } else {
            PyObj *r = py_call1(m->func, x);
            ok = r ? py_truthy(r) : -1;
            py_xdecref(r);
        }
        if (ok > 0) return x;
        py_decref(x);
        if (ok < 0) return NULL;
    }
}

PyType py_filter_type = {
    .name = "filter",
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE,
    .csize = sizeof(MultiIter),
    .basicsize = 32,
    .tp_new = filter_new,
    .tp_dealloc = multi_dealloc,
    .tp_traverse = multi_traverse,
    .tp_iter = iter_self,
    .tp_iternext = filter_next,
};

/* reversed(seq): __reversed__ if the type has it, else the sequence
 * protocol (__len__ and __getitem__). */
static PyObj *reversed_new(PyType *t, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (py_no_kwargs("reversed", kwnames) < 0) return NULL;
    if (nargs != 1) return py_err_format(&py_exc_TypeError, "reversed expected 1 argument, got %zd", (int64_t)nargs);
    PyObj *seq = args[0];
    PyObj *rev = py_type_lookup(PY_TYPE(seq), PY_ID(__reversed__));
    if (rev == PY_NONE)
        return py_err_format(&py_exc_TypeError, "'%s' object is not reversible", py_type_name(seq));
    if (rev) return py_call_special(seq, PY_ID(__reversed__), NULL, 0, NULL);
    PyType *st = PY_TYPE(seq);
    if (!st->sq_length || !st->mp_subscript || PY_DICT_CHECK(seq))
        return py_err_format(&py_exc_TypeError, "'%s' object is not reversible", py_type_name(seq));
    int64_t n = py_len(seq);
    if (n < 0) return NULL;
    MultiIter *m = multi_alloc(t, 1, 32);
    if (!m) return NULL;
    m->its[0] = py_newref(seq);
    m->index = n - 1;
    py_gc_track((PyObj *)m);
    return (PyObj *)m;
}

static PyObj *reversed_next(PyObj *o)
{
    MultiIter *m = (MultiIter *)o;
    if (m->index < 0 || !m->its[0]) return NULL;
    PyObj *i = py_int_from_i64(m->index);
    PyObj *v = py_getitem(m->its[0], i);
    py_decref(i);
    if (v) {
        m->index--;
        return v;
    }
    if (py_err_matches((PyObj *)&py_exc_IndexError) || py_err_matches((PyObj *)&py_exc_StopIteration)) py_err_clear();
    m->index = -1;
    py_clear(&m->its[0]);
    return NULL;
}

PyType py_reversed_type = {
    .name = "reversed",
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE,
    .csize = sizeof(MultiIter),
    .basicsize = 32,
    .tp_new = reversed_new,
    .tp_dealloc = multi_dealloc,
    .tp_traverse = multi_traverse,
    .tp_iter = iter_self,
    .tp_iternext = reversed_next,
};
