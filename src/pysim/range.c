/* range.c — range objects (start, stop, step and length kept as ints, so
 * huge ranges work as in CPython) and their iterators (int64 fast path:
 * range_iterator; longrange_iterator beyond). */
#include "pysim/int_impl.h"
#include "pysim/obj.h"
#include "pysim/vm.h"

static PyObj *ibin(PyObj *a, PyObj *b, PyBinOp op) { return py_int_binop_exact(a, b, op); }

/* len(range(start, stop, step)) as an int object. */
static PyObj *compute_length(PyObj *start, PyObj *stop, PyObj *step)
{
    PyObj *zero = py_int_from_i64(0), *one = py_int_from_i64(1);
    bool neg = py_int_sign(step) < 0;
    PyObj *lo = neg ? stop : start, *hi = neg ? start : stop;
    PyObj *astep = neg ? ibin(zero, step, PY_OP_SUB) : py_newref(step);
    PyObj *r;
    if (py_int_compare(lo, hi) >= 0) {
        r = py_newref(zero);
    } else {
        /* (hi - lo - 1) // step + 1 */
        PyObj *d = ibin(hi, lo, PY_OP_SUB);
        PyObj *d1 = ibin(d, one, PY_OP_SUB);
        PyObj *q = ibin(d1, astep, PY_OP_FLOORDIV);
        r = ibin(q, one, PY_OP_ADD);
        py_decref(d);
        py_decref(d1);
        py_decref(q);
    }
    py_decref(astep);
    return r;
}

PyObj *py_range_new(PyObj *start, PyObj *stop, PyObj *step)
{
    PyRangeObj *r = (PyRangeObj *)py_alloc(&py_range_type, sizeof(PyRangeObj), 48);
    if (!r) return NULL;
    r->start = py_newref(start);
    r->stop = py_newref(stop);
    r->step = py_newref(step);
    r->length = compute_length(start, stop, step);
    return (PyObj *)r;
}

static PyObj *range_tp_new(PyType *t, PyObj *const *args, size_t nargs, PyObj *kw)
{
    if (py_no_kwargs("range", kw) < 0) return NULL;
    if (nargs == 0) return py_err_format(&py_exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3) return py_err_format(&py_exc_TypeError, "range expected at most 3 arguments, got %zd", (int64_t)nargs);
    PyObj *v[3];
    for (size_t i = 0; i < nargs; i++) {
        v[i] = py_number_index(args[i]);
        if (!v[i]) {
            for (size_t j = 0; j < i; j++) py_decref(v[j]);
            return NULL;
        }
    }
    PyObj *start, *stop, *step;
    if (nargs == 1) {
        start = py_int_from_i64(0);
        stop = v[0];
        step = py_int_from_i64(1);
    } else {
        start = v[0];
        stop = v[1];
        step = nargs == 3 ? v[2] : py_int_from_i64(1);
    }
    PyObj *r = NULL;
    if (py_int_sign(step) == 0) py_err_format(&py_exc_ValueError, "range() arg 3 must not be zero");
    else r = py_range_new(start, stop, step);
    py_decref(start);
    py_decref(stop);
    py_decref(step);
    return r;
}

static void range_dealloc(PyObj *o)
{
    PyRangeObj *r = (PyRangeObj *)o;
    py_clear(&r->start);
    py_clear(&r->stop);
    py_clear(&r->step);
    py_clear(&r->length);
}

static PyObj *range_repr(PyObj *o)
{
    PyRangeObj *r = (PyRangeObj *)o;
    int64_t step;
    if (py_int_as_i64(r->step, &step) && step == 1) return py_str_format_c("range(%R, %R)", r->start, r->stop);
    return py_str_format_c("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static int64_t range_len(PyObj *o)
{
    int64_t n;
    if (!py_int_as_i64(((PyRangeObj *)o)->length, &n)) {
        py_err_format(&py_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}

static int range_bool(PyObj *o) { return py_int_sign(((PyRangeObj *)o)->length) != 0; }

/* start + i * step for an int i (0 <= i < len). */
static PyObj *range_item(PyRangeObj *r, PyObj *i)
{
    PyObj *m = ibin(i, r->step, PY_OP_MUL);
    PyObj *v = ibin(r->start, m, PY_OP_ADD);
    py_decref(m);
    return v;
}

static PyObj *range_subscript(PyObj *o, PyObj *key)
{
    PyRangeObj *r = (PyRangeObj *)o;
    if (PY_IS_TYPE(key, py_slice_type)) {
        /* a slice of a range is a range */
        int64_t len, start, stop, step;
        if (!py_int_as_i64(r->length, &len)) return py_unsupported("slicing a range longer than 2**63");
        if (py_slice_unpack(key, &start, &stop, &step) < 0) return NULL;
        int64_t n = py_slice_adjust(len, &start, &stop, step);
        (void)n;
        /* compute_slice: start and stop are the adjusted indices mapped
         * through the range, the step multiplies */
        PyObj *s = py_int_from_i64(start), *e = py_int_from_i64(stop), *st = py_int_from_i64(step);
        PyObj *nstart = range_item(r, s), *nstop = range_item(r, e);
        PyObj *nstep = ibin(r->step, st, PY_OP_MUL);
        PyObj *res = py_range_new(nstart, nstop, nstep);
        py_decref(s);
        py_decref(e);
        py_decref(st);
        py_decref(nstart);
        py_decref(nstop);
        py_decref(nstep);
        return res;
    }
    if (!PY_TYPE(key)->nb_index)
        return py_err_format(&py_exc_TypeError, "range indices must be integers or slices, not %s", py_type_name(key));
    PyObj *i = py_number_index(key);
    if (!i) return NULL;
    if (py_int_sign(i) < 0) {
        PyObj *j = ibin(i, r->length, PY_OP_ADD);
        py_decref(i);
        i = j;
    }
    if (py_int_sign(i) < 0 || py_int_compare(i, r->length) >= 0) {
        py_decref(i);
        return py_err_format(&py_exc_IndexError, "range object index out of range");
    }
    PyObj *v = range_item(r, i);
    py_decref(i);
    return v;
}

/* Is int x in the range?  (arithmetic, not iteration) */
static bool range_has_int(PyRangeObj *r, PyObj *x)
{
    bool neg = py_int_sign(r->step) < 0;
    int lo = py_int_compare(x, r->start), hi = py_int_compare(x, r->stop);
    if (neg ? (lo > 0 || hi <= 0) : (lo < 0 || hi >= 0)) return false;
    PyObj *d = ibin(x, r->start, PY_OP_SUB);
    PyObj *m = ibin(d, r->step, PY_OP_MOD);
    bool in = py_int_sign(m) == 0;
    py_decref(d);
    py_decref(m);
    return in;
}

static int range_contains(PyObj *o, PyObj *x)
{
    PyRangeObj *r = (PyRangeObj *)o;
    if (PY_IS_TYPE(x, py_int_type) || PY_IS_TYPE(x, py_bool_type)) return range_has_int(r, x);
    PyObj *it = py_iter(o);
    if (!it) return -1;
    PyObj *y;
    while ((y = py_next(it))) {
        int eq = py_richcompare_bool(y, x, PY_EQ);
        py_decref(y);
        if (eq) {
            py_decref(it);
            return eq;
        }
    }
    py_decref(it);
    return py_err_occurred() ? -1 : 0;
}

static PyObj *range_richcompare(PyObj *a, PyObj *b, int op)
{
    if (!PY_IS_TYPE(b, py_range_type) || (op != PY_EQ && op != PY_NE)) return py_newref(PY_NOTIMPL);
    PyRangeObj *x = (PyRangeObj *)a, *y = (PyRangeObj *)b;
    bool eq;
    if (py_int_compare(x->length, y->length)) eq = false;
    else if (py_int_sign(x->length) == 0) eq = true;
    else if (py_int_compare(x->start, y->start)) eq = false;
    else {
        int64_t one;
        eq = (py_int_as_i64(x->length, &one) && one == 1) || py_int_compare(x->step, y->step) == 0;
    }
    return py_bool(op == PY_EQ ? eq : !eq);
}

static int64_t range_hash(PyObj *o)
{
    PyRangeObj *r = (PyRangeObj *)o;
    PyObj *t;
    int64_t one = 0;
    if (py_int_sign(r->length) == 0) t = py_tuple_pack(3, r->length, PY_NONE, PY_NONE);
    else if (py_int_as_i64(r->length, &one) && one == 1) t = py_tuple_pack(3, r->length, r->start, PY_NONE);
    else t = py_tuple_pack(3, r->length, r->start, r->step);
    if (!t) return -1;
    int64_t h = py_hash(t);
    py_decref(t);
    return h;
}

/* ---- iterators ---- */

typedef struct RangeIter {
    PyObj ob;
    int64_t next, step, left;
    PyObj *bstart, *bstep, *bleft; /* the long form */
} RangeIter;

static PyObj *make_iter(PyObj *start, PyObj *step, PyObj *len)
{
    int64_t s, st, n;
    bool small = py_int_as_i64(start, &s) && py_int_as_i64(step, &st) && py_int_as_i64(len, &n);
    if (small) {
        /* the last value must fit too */
        int64_t last;
        if (n > 0 && (__builtin_mul_overflow(n - 1, st, &last) || __builtin_add_overflow(s, last, &last))) small = false;
    }
    /* both 40 bytes in 3.12: _PyRangeIterObject lost its index field
     * (start, step, len), longrangeiterobject holds start, step, len */
    RangeIter *it = (RangeIter *)py_alloc(small ? &py_range_iter_type : &py_longrange_iter_type, sizeof(RangeIter), 40);
    if (!it) return NULL;
    if (small) {
        it->next = s;
        it->step = st;
        it->left = n;
    } else {
        it->bstart = py_newref(start);
        it->bstep = py_newref(step);
        it->bleft = py_newref(len);
    }
    return (PyObj *)it;
}

static PyObj *range_iter(PyObj *o)
{
    PyRangeObj *r = (PyRangeObj *)o;
    return make_iter(r->start, r->step, r->length);
}

static PyObj *rangeiter_next(PyObj *o)
{
    RangeIter *it = (RangeIter *)o;
    if (it->left <= 0) return NULL;
    int64_t v = it->next;
    it->left--;
    if (it->left) it->next += it->step;
    return py_int_from_i64(v);
}

static PyObj *longiter_next(PyObj *o)
{
    RangeIter *it = (RangeIter *)o;
    if (py_int_sign(it->bleft) <= 0) return NULL;
    PyObj *v = py_newref(it->bstart);
    PyObj *one = py_int_from_i64(1);
    py_setref(&it->bleft, ibin(it->bleft, one, PY_OP_SUB));
    py_setref(&it->bstart, ibin(it->bstart, it->bstep, PY_OP_ADD));
    return v;
}

static void longiter_dealloc(PyObj *o)
{
    RangeIter *it = (RangeIter *)o;
    py_clear(&it->bstart);
    py_clear(&it->bstep);
    py_clear(&it->bleft);
}

static PyObj *iter_self(PyObj *o) { return py_newref(o); }

static PyObj *rangeiter_length_hint(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    RangeIter *it = (RangeIter *)self;
    if (PY_TYPE(self) == &py_range_iter_type) return py_int_from_i64(it->left > 0 ? it->left : 0);
    return py_newref(it->bleft);
}

static const PyMethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

PyType py_range_iter_type = {
    .name = "range_iterator",
    .csize = sizeof(RangeIter),
    .basicsize = 40,
    .tp_iter = iter_self,
    .tp_iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

PyType py_longrange_iter_type = {
    .name = "longrange_iterator",
    .csize = sizeof(RangeIter),
    .basicsize = 40,
    .tp_dealloc = longiter_dealloc,
    .tp_iter = iter_self,
    .tp_iternext = longiter_next,
    .methods = rangeiter_methods,
};

/* ---- methods ---- */

static PyObj *range_reversed(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyRangeObj *r = (PyRangeObj *)self;
    PyObj *one = py_int_from_i64(1);
    PyObj *lm1 = ibin(r->length, one, PY_OP_SUB);
    PyObj *last = py_int_sign(r->length) > 0 ? range_item(r, lm1) : py_newref(r->start);
    PyObj *zero = py_int_from_i64(0);
    PyObj *nstep = ibin(zero, r->step, PY_OP_SUB);
    PyObj *it = make_iter(last, nstep, r->length);
    py_decref(lm1);
    py_decref(last);
    py_decref(nstep);
    return it;
}

static PyObj *range_count(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    if (PY_IS_TYPE(a[0], py_int_type) || PY_IS_TYPE(a[0], py_bool_type))
        return py_int_from_i64(range_has_int((PyRangeObj *)self, a[0]));
    int64_t c = 0;
    PyObj *it = py_iter(self);
    if (!it) return NULL;
    PyObj *y;
    while ((y = py_next(it))) {
        int eq = py_richcompare_bool(y, a[0], PY_EQ);
        py_decref(y);
        if (eq < 0) {
            py_decref(it);
            return NULL;
        }
        c += eq;
    }
    py_decref(it);
    return py_err_occurred() ? NULL : py_int_from_i64(c);
}

static PyObj *range_index(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyRangeObj *r = (PyRangeObj *)self;
    if ((PY_IS_TYPE(a[0], py_int_type) || PY_IS_TYPE(a[0], py_bool_type)) && range_has_int(r, a[0])) {
        PyObj *d = ibin(a[0], r->start, PY_OP_SUB);
        PyObj *q = ibin(d, r->step, PY_OP_FLOORDIV);
        py_decref(d);
        return q;
    }
    if (!PY_INT_CHECK(a[0])) {
        int64_t i = 0;
        PyObj *it = py_iter(self);
        if (!it) return NULL;
        PyObj *y;
        while ((y = py_next(it))) {
            int eq = py_richcompare_bool(y, a[0], PY_EQ);
            py_decref(y);
            if (eq) {
                py_decref(it);
                return eq < 0 ? NULL : py_int_from_i64(i);
            }
            i++;
        }
        py_decref(it);
        if (py_err_occurred()) return NULL;
    }
    if (PY_IS_TYPE(a[0], py_int_type) || PY_IS_TYPE(a[0], py_bool_type))
        return py_err_format(&py_exc_ValueError, "%R is not in range", a[0]);
    return py_err_format(&py_exc_ValueError, "sequence.index(x): x not in sequence");
}

static PyObj *get_start(PyObj *o) { return py_newref(((PyRangeObj *)o)->start); }
static PyObj *get_stop(PyObj *o) { return py_newref(((PyRangeObj *)o)->stop); }
static PyObj *get_step(PyObj *o) { return py_newref(((PyRangeObj *)o)->step); }

static const PyMethodDef range_methods[] = {
    {"__reversed__", range_reversed, 0, 0, 0},
    {"count", range_count, 1, 1, 0},
    {"index", range_index, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static const PyGetSetDef range_getset[] = {
    {"start", get_start, NULL}, {"stop", get_stop, NULL}, {"step", get_step, NULL}, {NULL, NULL, NULL}};

PyType py_range_type = {
    .name = "range",
    .csize = sizeof(PyRangeObj),
    .basicsize = 48,
    .tp_new = range_tp_new,
    .tp_dealloc = range_dealloc,
    .tp_repr = range_repr,
    .tp_hash = range_hash,
    .tp_richcompare = range_richcompare,
    .tp_iter = range_iter,
    .sq_length = range_len,
    .mp_subscript = range_subscript,
    .sq_contains = range_contains,
    .nb_bool = range_bool,
    .methods = range_methods,
    .getset = range_getset,
};
