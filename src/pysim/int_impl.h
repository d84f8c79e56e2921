/* int_impl.h — what int.c shares with the other numeric files (float.c,
 * int_methods.c, builtins); not for general use. */
#ifndef MEMGUIDE_PYSIM_INT_IMPL_H
#define MEMGUIDE_PYSIM_INT_IMPL_H

#include "base/buf.h"
#include "pysim/object.h"

struct PyVM;

/* Raises the exception for a bigint.h error code (message from msg when
 * non-empty).  Returns NULL. */
PyObj *py_int_raise(int code, Buf *msg);
/* a op b for two ints (exact or subclasses): NEW. */
PyObj *py_int_binop_exact(PyObj *a, PyObj *b, PyBinOp op);
/* <0, 0, >0 */
int py_int_compare(PyObj *a, PyObj *b);
/* Does comparison result c (<0, 0, >0) satisfy op? */
bool py_cmp_result(int c, int op);
int64_t py_int_hash(PyObj *o);
/* Makes the small ints and the two bools of a run (vm init). */
void py_int_init_statics(struct PyVM *vm);

extern const PyMethodDef py_int_methods[];
extern const PyGetSetDef py_int_getset[];

#endif
