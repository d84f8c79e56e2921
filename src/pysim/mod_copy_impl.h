/* mod_copy_impl.h — what the two files of the copy module share:
 * mod_copy.c (copy, deepcopy, _reconstruct, the module) and
 * mod_copy_reduce.c (the reduce protocol copy.py relies on).  Not for other
 * files.
 */
#ifndef MEMGUIDE_PYSIM_MOD_COPY_IMPL_H
#define MEMGUIDE_PYSIM_MOD_COPY_IMPL_H

#include <stdbool.h>

#include "pysim/object.h"

/* How the first item of a reduction is called. */
typedef enum {
    PY_COPY_CALL,      /* func(*args) */
    PY_COPY_NEWOBJ,    /* copyreg.__newobj__: cls.__new__(cls, *args[1:]) */
    PY_COPY_NEWOBJ_EX, /* copyreg.__newobj_ex__: cls.__new__(cls, *args, **kwargs) */
} PyCopyReduceKind;

/* copy.py's reduction step for x: x.__reduce_ex__(4) (object's own one
 * emulated, with the reductions CPython's built-in types have), else
 * x.__reduce__(), else copy.Error from module's namespace
 * ("un(deep)copyable" when deep).  Returns 1 with a NEW tuple of 2 to 5
 * items (func, args, state, listiter, dictiter) in *rv and how to call
 * func in *kind; 0 when the reduction is a str (x is its own copy); -1
 * with an exception set (or a stop for objects memguide cannot reduce). */
int py_copy_reduce(PyObj *module, PyObj *x, bool deep, PyObj **rv, PyCopyReduceKind *kind);

#endif
