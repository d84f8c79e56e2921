/* str_impl.h — what str.c shares with str_methods.c, str_format.c and the
 * other text types; not for general use. */
#ifndef MEMGUIDE_PYSIM_STR_IMPL_H
#define MEMGUIDE_PYSIM_STR_IMPL_H

#include "pysim/obj.h"

struct PyVM;

/* A NEW str of type t (str or a subclass) from UTF-8 text. */
PyObj *py_str_new_typed(PyType *t, const char *utf8, size_t n);
/* A NEW str that is never one of the cached one-character strings (only
 * '' is shared): what CPython's functions that build a string from scratch
 * return (str(5), upper(), ''.join ...). */
PyObj *py_str_new_fresh(const char *utf8, size_t n);
/* Byte offset of code point index i (clamped to [0, len]). */
size_t py_str_offset(PyObj *s, int64_t i);
/* s[start:stop] for 0 <= start <= stop <= len: NEW (s itself when whole). */
PyObj *py_str_substr(PyObj *s, int64_t start, int64_t stop);
/* CPython's hash of a byte string (SipHash-1-3, zero key; 0 for empty). */
int64_t py_hash_bytes(const unsigned char *p, size_t n);
/* str(obj, encoding, errors) for a bytes-like obj: NEW (str_methods.c). */
PyObj *py_str_decode_object(PyObj *obj, PyObj *encoding, PyObj *errors);
/* '' and the one-character strings of a run (vm init / fini). */
void py_str_init_statics(struct PyVM *vm);
void py_str_free_statics(struct PyVM *vm);

/* The static identifier object for a one-letter literal, when 3.12 has
 * one (BORROWED, immortal), or NULL. */
PyObj *py_str_literal_letter(char c);

extern const PyMethodDef py_str_methods[];  /* str_methods.c */
extern PyType py_str_ascii_iter_type;

#endif
