/* weakref_impl.h — what the weakref module's files share (mod_weakref.c,
 * weakref_classes.c, weakref_dicts.c); not for others. */
#ifndef MEMGUIDE_PYSIM_WEAKREF_IMPL_H
#define MEMGUIDE_PYSIM_WEAKREF_IMPL_H

#include "pysim/object.h"

extern PyType py_weakref_keyedref_type, py_weakref_weakmethod_type, py_weakref_finalize_type;

/* Adds KeyedRef, WeakMethod, finalize (weakref_classes.c), then
 * WeakValueDictionary, WeakKeyDictionary and WeakSet (weakref_dicts.c,
 * py_weakref_add_dicts) to the weakref module's dict d. */
int py_weakref_add_classes(PyObj *d);
int py_weakref_add_dicts(PyObj *d);
/* Readies a static type standing for a Python class of module `module`. */
void py_weakref_ready_class(PyType *t, const char *module);

/* KeyedRef(o, callback, key): NEW; and its key (BORROWED). */
PyObj *py_weakref_keyed_new(PyObj *o, PyObj *callback, PyObj *key);
PyObj *py_weakref_keyed_key(PyObj *r);

/* A NEW builtin function for def whose self is a weak reference to owner
 * (CPython's closures over `selfref = ref(self)`); in the function,
 * py_weakref_callback_owner(self) is the owner (BORROWED) or NULL. */
PyObj *py_weakref_bound_callback(const PyMethodDef *def, PyObj *owner);
PyObj *py_weakref_callback_owner(PyObj *selfref);

#endif
