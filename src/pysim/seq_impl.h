/* seq_impl.h — helpers the sequence types (tuple, list, range, str,
 * bytes) share; not for general use. */
#ifndef MEMGUIDE_PYSIM_SEQ_IMPL_H
#define MEMGUIDE_PYSIM_SEQ_IMPL_H

#include "pysim/obj.h"

/* Lexicographic comparison of two item arrays (list and tuple richcompare). */
PyObj *py_seq_richcompare(PyObj *const *a, size_t na, PyObj *const *b, size_t nb, int op);
/* The count of `seq * count`: OverflowError beyond int64. */
int py_seq_repeat_count(PyObj *count, int64_t *n);
/* An iterator over a list or tuple that re-reads the length at each step. */
PyObj *py_seq_fast_iter_new(PyType *itertype, PyObj *seq);
/* seq.count(x) and seq.index(x[, start[, end]]) over an item array. */
PyObj *py_seq_count(PyObj *const *items, size_t n, PyObj *x);
PyObj *py_seq_index(PyObj *const *items, size_t n, PyObj *const *args, size_t nargs, const char *notfound);
/* Clamps index arguments the way CPython's slice-like start/end do. */
int py_seq_index_arg(PyObj *o, int64_t len, int64_t *out);

#endif
