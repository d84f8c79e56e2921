/* none.c — None, NotImplemented and Ellipsis: static immortal singletons
 * of their own types. */
#include "pysim/heap.h"
#include "pysim/obj.h"
#include "pysim/vm.h"

PyObj py_none_obj, py_notimpl_obj, py_ellipsis_obj;

static PyObj *none_repr(PyObj *o) { return py_str_from_c("None"); }
static int none_bool(PyObj *o) { return 0; }
static PyObj *none_new(PyType *t, PyObj *const *args, size_t nargs, PyObj *kw)
{
    if (nargs || (kw && py_tuple_size(kw))) return py_err_format(&py_exc_TypeError, "NoneType takes no arguments");
    return PY_NONE;
}

PyType py_none_type = {
    .name = "NoneType",
    .csize = sizeof(PyObj),
    .basicsize = 16,
    .tp_new = none_new,
    .tp_repr = none_repr,
    .nb_bool = none_bool,
};

static PyObj *notimpl_repr(PyObj *o) { return py_str_from_c("NotImplemented"); }
static PyObj *notimpl_new(PyType *t, PyObj *const *args, size_t nargs, PyObj *kw)
{
    if (nargs || (kw && py_tuple_size(kw)))
        return py_err_format(&py_exc_TypeError, "NotImplementedType takes no arguments");
    return PY_NOTIMPL;
}

PyType py_notimpl_type = {
    .name = "NotImplementedType",
    .csize = sizeof(PyObj),
    .basicsize = 16,
    .tp_new = notimpl_new,
    .tp_repr = notimpl_repr,
};

static PyObj *ellipsis_repr(PyObj *o) { return py_str_from_c("Ellipsis"); }
static PyObj *ellipsis_new(PyType *t, PyObj *const *args, size_t nargs, PyObj *kw)
{
    if (nargs || (kw && py_tuple_size(kw))) return py_err_format(&py_exc_TypeError, "ellipsis takes no arguments");
    return PY_ELLIPSIS;
}

PyType py_ellipsis_type = {
    .name = "ellipsis",
    .csize = sizeof(PyObj),
    .basicsize = 16,
    .tp_new = ellipsis_new,
    .tp_repr = ellipsis_repr,
};

void py_none_init_statics(PyVM *vm)
{
    py_init_static(&py_none_obj, &py_none_type, 16);
    py_init_static(&py_notimpl_obj, &py_notimpl_type, 16);
    py_init_static(&py_ellipsis_obj, &py_ellipsis_type, 16);
    py_none_obj.ob_id = heap_singleton_addr(HEAP_AT_NONE);
    py_notimpl_obj.ob_id = heap_singleton_addr(HEAP_AT_NOTIMPLEMENTED);
    py_ellipsis_obj.ob_id = heap_singleton_addr(HEAP_AT_ELLIPSIS);
}
