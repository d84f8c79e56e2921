/* weakref.h — weak references (CPython 3.12's Objects/weakrefobject.c):
 * the weakref.ReferenceType / ProxyType / CallableProxyType objects and
 * the per-object lists they are linked in.
 *
 * Where the list lives: CPython keeps it in a slot of the referent
 * (tp_weaklistoffset, or the pre-header of class instances); memguide
 * keeps every list head in one table keyed by the referent, and marks the
 * referent PY_OBF_HAS_WEAKREFS so that only objects with weak references
 * pay for the lookup.  The observable order (newest callback first, the
 * basic reference reused) is CPython's.
 */
#ifndef MEMGUIDE_PYSIM_WEAKREF_H
#define MEMGUIDE_PYSIM_WEAKREF_H

#include <stdbool.h>
#include <stdint.h>

#include "pysim/heap.h"
#include "pysim/object.h"

typedef struct PyWeakrefObj {
    PyObj ob;
    PyObj *object;          /* the referent (not counted); NULL once cleared */
    PyObj *callback;        /* owned, or NULL */
    int64_t hash;           /* -1 until computed */
    struct PyWeakrefObj *prev, *next; /* the referent's list */
} PyWeakrefObj;

extern PyType py_weakref_ref_type, py_weakref_proxy_type, py_weakref_callable_proxy_type;

/* Can objects of type t be weakly referenced (tp_weaklistoffset != 0)? */
bool py_weakref_type_supports(const PyType *t);
/* Is o a weak reference or proxy (PyWeakref_Check)? */
bool py_weakref_check(PyObj *o);

/* weakref.ref(o, callback) / weakref.proxy(o, callback): NEW; callback
 * may be NULL or None.  TypeError "cannot create weak reference to 'T'
 * object" when o's type does not support them. */
PyObj *py_weakref_new_ref(PyType *type, PyObj *o, PyObj *callback);
PyObj *py_weakref_new_proxy(PyObj *o, PyObj *callback);
/* The referent of a live weak reference, or NULL: BORROWED. */
static inline PyObj *py_weakref_get(PyObj *wr) { return ((PyWeakrefObj *)wr)->object; }

/* ref.__hash__ (the referent's hash, kept once computed; -1 on error)
 * and ref.__eq__ as a C truth value (1/0/-1). */
int64_t py_weakref_hash(PyObj *wr);
int py_weakref_equal(PyObj *a, PyObj *b);

/* getweakrefcount(o) and getweakrefs(o) (NEW list). */
int64_t py_weakref_count(PyObj *o);
PyObj *py_weakref_list(PyObj *o);

/* PyObject_ClearWeakRefs: o is being deallocated (count 0); clears every
 * weak reference to it and calls the callbacks of those still alive,
 * newest first.  Called from heap.c's dealloc, as each type's dealloc does
 * in CPython. */
void py_weakref_clear_all(PyObj *o);
/* For the collector: the first weak reference to o (BORROWED, or NULL),
 * and _PyWeakref_ClearRef (the reference is dead; its callback stays). */
PyObj *py_weakref_first(PyObj *o);
void py_weakref_clear_ref(PyObj *wr);

/* weakref.finalize's atexit function (finalize._exitfunc): the live
 * finalizers marked atexit run, newest first; after it none runs any
 * more.  Called by vm_end_program where CPython runs atexit functions. */
void py_weakref_atexit(void);

/* Releases the table of lists (heap_fini; every weak reference is gone). */
void py_weakref_table_free(Heap *h);

#endif
