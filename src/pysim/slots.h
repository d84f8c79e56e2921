/* slots.h — dunder methods ⇄ type slots.
 *
 * Built-in types implement dunders as C slots; slots.c shows them in the
 * type's dict as wrapper descriptors (object.__repr__, int.__add__).
 * Classes implement dunders as Python functions; slots.c points their
 * slots at dispatchers that call those functions.  One table (slotdefs)
 * drives both directions.
 */
#ifndef MEMGUIDE_PYSIM_SLOTS_H
#define MEMGUIDE_PYSIM_SLOTS_H

#include "pysim/object.h"

/* Adds wrapper descriptors for the slots t itself defines (vm init). */
void py_slots_add_wrappers(PyType *t);
/* Points every slot of heap type t at what its MRO defines. */
void py_slots_fixup(PyType *t);
/* Registers t as a subclass of its bases (for __subclasses__ and updates). */
void py_slots_register_subclass(PyType *t);
void py_slots_forget_subclass(PyType *t);
PyObj *py_slots_subclasses_list(PyType *t); /* NEW list */
void py_slots_free_static_sublist(PyType *t);
/* At startup: the (empty) subclass dicts of the built-in types python3.12
 * starts with subclasses of, so a first subclass allocates no dict. */
void py_slots_preload_subclass_dicts(PyObj *builtins);

/* The builtin `__new__` of a type: T.__new__(cls, ...) */
PyObj *py_new_wrapper(PyType *t);           /* NEW */
PyObj *py_descr_new_classmethod(PyType *owner, const PyMethodDef *def); /* NEW */
PyObj *py_staticmethod_new(PyObj *callable);   /* NEW */
PyObj *py_classmethod_new(PyObj *callable);    /* NEW */
PyObj *py_mappingproxy_new(PyObj *dict);       /* NEW read-only view */

/* Reports an exception raised inside __del__ and the like, as CPython's
 * "Exception ignored in: ..." message on stderr. */
void py_write_unraisable(PyObj *where);

#endif
