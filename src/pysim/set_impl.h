/* set_impl.h — what set.c (the hash table) and set_methods.c (the Python
 * surface) share: the object layout and the table operations, named after
 * their counterparts in CPython 3.12's Objects/setobject.c.  Not for other
 * files: they use the set API of obj.h.
 *
 * Invariants of a PySetObj (as CPython's):
 *  - table is smalltable (8 slots) or a C array of mask + 1 slots, a power
 *    of two, whose simulated block (16 bytes a slot) is at table_addr;
 *  - a slot is unused (key NULL, hash 0), active (key owned, hash its hash)
 *    or dummy (key PY_SET_DUMMY, hash -1, left by a deletion);
 *  - fill counts active + dummy slots, used the active ones, and
 *    fill <= 3/5 of the table after every insertion (one slot stays unused,
 *    so every probe sequence ends).
 */
#ifndef MEMGUIDE_PYSIM_SET_IMPL_H
#define MEMGUIDE_PYSIM_SET_IMPL_H

#include "pysim/obj.h"

#define PY_SET_MINSIZE 8

typedef struct PySetEntry {
    PyObj *key;   /* NULL, PY_SET_DUMMY or an owned reference */
    int64_t hash; /* the key's hash (0 unused, -1 dummy) */
} PySetEntry;

typedef struct PySetObj {
    PyObj ob;
    int64_t fill;        /* active + dummy slots */
    int64_t used;        /* active slots: len(set) */
    int64_t mask;        /* slots - 1 */
    PySetEntry *table;   /* smalltable or a malloc'ed array */
    int64_t hash;        /* frozenset: cached hash, -1 until computed */
    int64_t finger;      /* where pop() looks next */
    uint64_t table_addr; /* simulated block of a malloc'ed table, else 0 */
    PySetEntry smalltable[PY_SET_MINSIZE];
} PySetObj;

/* The key of deleted slots: a C sentinel, never seen by Python code. */
extern PyObj py_set_dummy_obj;
#define PY_SET_DUMMY (&py_set_dummy_obj)

/* sizeof(PySetObject) in CPython 3.12 (getsizeof adds the GC header). */
#define PY_SET_BASICSIZE 200

static inline PySetObj *py_set_cast(PyObj *o) { return (PySetObj *)o; }
static inline bool py_set_check_exact(PyObj *o) { return PY_IS_TYPE(o, py_set_type); }
static inline bool py_frozenset_check_exact(PyObj *o) { return PY_IS_TYPE(o, py_frozenset_type); }
static inline bool py_set_check(PyObj *o) { return py_isinstance_c(o, &py_set_type); }

/* make_new_set: a NEW empty set of `type` (set, frozenset or a subclass),
 * tracked by the collector, updated from iterable when it is not NULL. */
PyObj *py_set_make(PyType *type, PyObj *iterable);
/* make_new_set_basetype: the same with a subclass replaced by set or
 * frozenset (what set operations return). */
PyObj *py_set_make_basetype(PyType *type, PyObj *iterable);

/* The table (set_add_entry, set_contains_entry, set_discard_entry ...).
 * Keys are BORROWED; the table takes its own references.
 * add/contains/discard by key compute the hash (TypeError when
 * unhashable); *_entry variants take a known hash.
 * contains: 1/0/-1; discard: 1 found, 0 absent, -1 error. */
int py_set_add_entry(PySetObj *so, PyObj *key, int64_t hash);
int py_set_add_key(PySetObj *so, PyObj *key);
int py_set_contains_entry(PySetObj *so, PyObj *key, int64_t hash);
int py_set_contains_key(PySetObj *so, PyObj *key);
int py_set_discard_entry(PySetObj *so, PyObj *key, int64_t hash);
int py_set_discard_key(PySetObj *so, PyObj *key);
/* set_table_resize: rebuilds the table with the smallest size > minused. */
int py_set_table_resize(PySetObj *so, int64_t minused);
/* set_clear_internal: empties the set back to its small table. */
void py_set_clear_internal(PySetObj *so);
/* set_next: the next active slot at or after *pos (advancing *pos), or
 * false at the end.  The entry is BORROWED and valid until the set changes. */
bool py_set_next_entry(PySetObj *so, size_t *pos, PySetEntry **entry);
/* set_update_internal: adds every item of other (a set's slots directly,
 * a dict's keys, or any iterable's items). */
int py_set_update_internal(PySetObj *so, PyObj *other);
/* set_merge: adds the keys of other (any set or frozenset). */
int py_set_merge(PySetObj *so, PyObj *other);
/* set_swap_bodies: exchanges the contents (and simulated tables) of a, b. */
void py_set_swap_bodies(PySetObj *a, PySetObj *b);
/* The `in` test with CPython's retry: a set key that is unhashable is
 * looked up as a frozenset of its items (set_contains_key + retry). */
int py_set_contains_retry(PySetObj *so, PyObj *key);
/* discard with the same retry: 1 found, 0 absent, -1 error. */
int py_set_discard_retry(PySetObj *so, PyObj *key);
/* frozenset_hash (cached in so->hash). */
int64_t py_frozenset_hash(PyObj *o);

/* The lifecycle slots set and frozenset share: release the keys (in slot
 * order) and the table; visit the keys; empty the set. */
void py_set_tp_dealloc(PyObj *o);
int py_set_tp_traverse(PyObj *o, PyVisitFn visit, void *arg);
void py_set_tp_clear(PyObj *o);

/* ---- entry points for the rest of the simulator (proposed for obj.h) ---- */

/* _PySet_NextEntry: py_set_next with the stored hash of the key, for code
 * that, like CPython's, must not call __hash__ again (dict.fromkeys(set)). */
bool py_set_next_hash(PyObj *set, size_t *pos, PyObj **key, int64_t *hash);

#endif
