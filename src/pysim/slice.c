/* slice.c — slice objects and the index arithmetic every sequence uses
 * (PySlice_Unpack and PySlice_AdjustIndices). */
#include "pysim/obj.h"
#include "pysim/int_impl.h"
#include "pysim/vm.h"

PyObj *py_slice_new(PyObj *start, PyObj *stop, PyObj *step)
{
    PySliceObj *s = (PySliceObj *)py_alloc(&py_slice_type, sizeof(PySliceObj), 40);
    if (!s) return NULL;
    s->start = py_newref(start ? start : PY_NONE);
    s->stop = py_newref(stop ? stop : PY_NONE);
    s->step = py_newref(step ? step : PY_NONE);
    py_gc_track((PyObj *)s);
    return (PyObj *)s;
}

/* An index as int64, saturating beyond (as _PyEval_SliceIndex clamps). */
static int slice_index(PyObj *v, int64_t *out)
{
    if (!PY_TYPE(v)->nb_index) {
        py_err_format(&py_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    PyObj *i = py_number_index(v);
    if (!i) return -1;
    if (!py_int_as_i64(i, out)) *out = py_int_sign(i) < 0 ? -INT64_MAX : INT64_MAX;
    py_decref(i);
    return 0;
}

int py_slice_unpack(PyObj *o, int64_t *start, int64_t *stop, int64_t *step)
{
    PySliceObj *s = (PySliceObj *)o;
    if (s->step == PY_NONE) {
        *step = 1;
    } else {
        if (slice_index(s->step, step) < 0) return -1;
        if (*step == 0) {
            py_err_format(&py_exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INT64_MAX) *step = -INT64_MAX;
    }
    if (s->start == PY_NONE) *start = *step < 0 ? INT64_MAX : 0;
    else if (slice_index(s->start, start) < 0) return -1;
    if (s->stop == PY_NONE) *stop = *step < 0 ? -INT64_MAX : INT64_MAX;
    else if (slice_index(s->stop, stop) < 0) return -1;
    return 0;
}

int64_t py_slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step)
{
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

static void slice_dealloc(PyObj *o)
{
    PySliceObj *s = (PySliceObj *)o;
    py_clear(&s->start);
    py_clear(&s->stop);
    py_clear(&s->step);
}

static int slice_traverse(PyObj *o, PyVisitFn visit, void *arg)
{
    PySliceObj *s = (PySliceObj *)o;
    return visit(s->start, arg) || visit(s->stop, arg) || visit(s->step, arg);
}

static PyObj *slice_repr(PyObj *o)
{
    PySliceObj *s = (PySliceObj *)o;
    return py_str_format_c("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static PyObj *slice_richcompare(PyObj *a, PyObj *b, int op)
{
    if (!PY_IS_TYPE(a, py_slice_type) || !PY_IS_TYPE(b, py_slice_type)) return py_newref(PY_NOTIMPL);
    PySliceObj *x = (PySliceObj *)a, *y = (PySliceObj *)b;
    PyObj *ta = py_tuple_pack(3, x->start, x->stop, x->step), *tb = py_tuple_pack(3, y->start, y->stop, y->step);
    PyObj *r = ta && tb ? py_richcompare(ta, tb, op) : NULL;
    py_xdecref(ta);
    py_xdecref(tb);
    return r;
}

static int64_t slice_hash(PyObj *o)
{
    /* 3.12 slices are unhashable */
    py_err_format(&py_exc_TypeError, "unhashable type: 'slice'");
    return -1;
}

static PyObj *slice_new(PyType *t, PyObj *const *args, size_t nargs, PyObj *kw)
{
    if (py_no_kwargs("slice", kw) < 0) return NULL;
    if (nargs == 0) return py_err_format(&py_exc_TypeError, "slice expected at least 1 argument, got 0");
    if (nargs > 3) return py_err_format(&py_exc_TypeError, "slice expected at most 3 arguments, got %zd", (int64_t)nargs);
    if (nargs == 1) return py_slice_new(NULL, args[0], NULL);
    return py_slice_new(args[0], args[1], nargs > 2 ? args[2] : NULL);
}

static PyObj *slice_indices(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int64_t len, start, stop, step;
    if (py_as_ssize(args[0], &len) < 0) return NULL;
    if (len < 0) return py_err_format(&py_exc_ValueError, "length should not be negative");
    if (py_slice_unpack(self, &start, &stop, &step) < 0) return NULL;
    py_slice_adjust(len, &start, &stop, step);
    PyObj *a = py_int_from_i64(start), *b = py_int_from_i64(stop), *c = py_int_from_i64(step);
    PyObj *r = py_tuple_pack(3, a, b, c);
    py_decref(a);
    py_decref(b);
    py_decref(c);
    return r;
}

static PyObj *get_start(PyObj *o) { return py_newref(((PySliceObj *)o)->start); }
static PyObj *get_stop(PyObj *o) { return py_newref(((PySliceObj *)o)->stop); }
static PyObj *get_step(PyObj *o) { return py_newref(((PySliceObj *)o)->step); }

static const PyMethodDef slice_methods[] = {{"indices", slice_indices, 1, 1, 0}, {NULL, NULL, 0, 0, 0}};
static const PyGetSetDef slice_getset[] = {
    {"start", get_start, NULL}, {"stop", get_stop, NULL}, {"step", get_step, NULL}, {NULL, NULL, NULL}};

PyType py_slice_type = {
    .name = "slice",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(PySliceObj),
    .basicsize = 40,
    .tp_new = slice_new,
    .tp_dealloc = slice_dealloc,
    .tp_traverse = slice_traverse,
    .tp_repr = slice_repr,
    .tp_hash = slice_hash,
    .tp_richcompare = slice_richcompare,
    .methods = slice_methods,
    .getset = slice_getset,
};
