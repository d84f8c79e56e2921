/* structseq.c — tuples with named fields for C-made records; see
 * structseq.h. */
#include <string.h>

#include "pysim/obj.h"
#include "pysim/structseq.h"
#include "pysim/vm.h"

PyObj *py_structseq_new(PyStructSeqType *t, PyObj *const *values)
{
    size_t n = 0;
    while (t->fields[n]) n++;
    PyType *type = &t->type;
    PyTupleObj *o = (PyTupleObj *)py_alloc(type, sizeof(PyTupleObj) + n * sizeof(PyObj *), 24 + 8 * n);
    if (!o) return NULL;
    o->len = n;
    for (size_t i = 0; i < n; i++) o->items[i] = py_newref(values[i]);
    /* gc: PyStructSequence_New never tracks its objects */
    return (PyObj *)o;
}

PyObj *py_structseq_repr(PyObj *self)
{
    PyStructSeqType *t = (PyStructSeqType *)PY_TYPE(self);
    Buf b = BUF_INIT;
    buf_printf(&b, "%s(", t->type.name);
    for (size_t i = 0; t->fields[i] && i < py_tuple_size(self); i++) {
        PyObj *r = py_repr(py_tuple_item(self, i));
        if (!r) {
            buf_free(&b);
            return NULL;
        }
        buf_printf(&b, "%s%s=%s", i ? ", " : "", t->fields[i], py_str_utf8(r));
        py_decref(r);
    }
    buf_putc(&b, ')');
    return py_str_from_buf(&b);
}

PyObj *py_structseq_getattro(PyObj *self, PyObj *name)
{
    PyStructSeqType *t = (PyStructSeqType *)PY_TYPE(self);
    for (size_t i = 0; t->fields[i] && i < py_tuple_size(self); i++)
        if (py_str_eq_c(name, t->fields[i])) return py_newref(py_tuple_item(self, i));
    return py_object_generic_getattr(self, name);
}
