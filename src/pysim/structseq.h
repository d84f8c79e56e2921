/* structseq.h — named tuples made by C code (sys.version_info,
 * sys.float_info ...): tuples whose items can also be read by name. */
#ifndef MEMGUIDE_PYSIM_STRUCTSEQ_H
#define MEMGUIDE_PYSIM_STRUCTSEQ_H

#include "pysim/object.h"

/* A struct sequence type: a tuple subclass with named fields. The PyType
 * comes first so a PyStructSeqType * is a PyType *. */
typedef struct PyStructSeqType {
    PyType type;
    const char *const *fields; /* NULL-terminated */
} PyStructSeqType;

/* Declares one: PY_STRUCTSEQ_TYPE(name, "sys.version_info", fields). */
#define PY_STRUCTSEQ_TYPE(var, qualname, field_names)                                      \
    PyStructSeqType var = {                                                                \
        .type = {.name = qualname, .base = &py_tuple_type,                                 \
                 .tpflags = PY_TPF_GC | PY_TPF_TUPLE_SUBCLASS,                             \
                 .tp_repr = py_structseq_repr, .tp_getattro = py_structseq_getattro},      \
        .fields = field_names}

/* A NEW instance holding values[0..n) (BORROWED; n = number of fields). */
PyObj *py_structseq_new(PyStructSeqType *t, PyObj *const *values);
PyObj *py_structseq_repr(PyObj *self);
PyObj *py_structseq_getattro(PyObj *self, PyObj *name);

#endif
