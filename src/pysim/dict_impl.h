/* dict_impl.h — what dict.c (the table), dict_methods.c (the dict type)
 * and dict_views.c (views and iterators) share: the layout of a dict and
 * the table operations, named after their counterparts in CPython 3.12's
 * Objects/dictobject.c.  Other files use the dict API of obj.h (and the
 * few extra entry points at the end of this header).
 *
 * Invariants of a PyDictObj (CPython's combined table; split tables for
 * instances are not modelled: instance dicts are ordinary dicts):
 *  - keys is the shared, never-written empty table (py_dict_empty_keys) or
 *    a table owned by this dict alone;
 *  - a table has 1 << log2_size index slots holding DKIX_EMPTY, DKIX_DUMMY
 *    (a deleted entry: probe sequences go past it) or an entry number;
 *    entries[0 .. nentries) are in insertion order, a deleted one has key
 *    and value NULL; usable + nentries <= USABLE_FRACTION(table size);
 *  - used counts the live entries (len(d)); every live entry owns its key
 *    and value;
 *  - `unicode` (CPython's DICT_KEYS_UNICODE) holds while every key ever
 *    stored is an exact str; such tables are smaller in CPython (16-byte
 *    entries), which is why the flag exists here: it decides sizes;
 *  - addr is the table's simulated block (CPython's PyDictKeysObject), 0
 *    for the empty table.
 */
#ifndef MEMGUIDE_PYSIM_DICT_IMPL_H
#define MEMGUIDE_PYSIM_DICT_IMPL_H

#include "pysim/obj.h"

/* Index slot values; lookup results (>= 0: an entry number). */
#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)

#define PY_DICT_LOG_MINSIZE 3
/* sizeof(PyDictObj) in CPython 3.12 (getsizeof adds the GC header). */
#define PY_DICT_BASICSIZE 48
/* sizeof(dictiterobject) and sizeof(_PyDictViewObject). */
#define PY_DICTITER_BASICSIZE 56
#define PY_DICTVIEW_BASICSIZE 24

typedef struct PyDictEntry {
    PyObj *key;    /* owned; NULL for a deleted entry */
    PyObj *value;  /* owned; NULL for a deleted entry */
    int64_t hash;  /* the key's hash */
} PyDictEntry;

typedef struct PyDictKeys {
    uint8_t log2_size;   /* the index table has 1 << log2_size slots */
    bool unicode;        /* every key an exact str (16-byte entries in CPython) */
    int64_t usable;      /* entries that can still be appended */
    int64_t nentries;    /* entries appended so far, deleted ones included */
    uint64_t addr;       /* simulated block; 0 for the empty table */
    int64_t *indices;    /* [1 << log2_size] */
    PyDictEntry *entries;/* [USABLE_FRACTION(1 << log2_size)] */
} PyDictKeys;

struct PyDictObj {
    PyObj ob;
    int64_t used;        /* live entries: len(d) */
    PyDictKeys *keys;    /* &py_dict_empty_keys or owned */
    /* A split table (an instance's attributes, 3.12): its keys follow the
     * class's shared keys, its values live in a separate simulated block,
     * and its own C table has no simulated block (dict_split.c). */
    PySharedKeys *shared;   /* NULL for a combined table */
    uint64_t values_addr;   /* the values block */
    size_t values_size;     /* its slots (shared_keys_usable_size at its making) */
};

/* The keys an instance dict shares with its class (CPython's
 * ht_cached_keys, a split PyDictKeysObject): names in order, at most
 * PY_SHARED_KEYS_MAX of them. */
#define PY_SHARED_KEYS_MAX 30
struct PySharedKeys {
    size_t refs;                          /* the class and each split dict */
    PyObj *names[PY_SHARED_KEYS_MAX];     /* owned, interned */
    int n;                                /* dk_nentries */
    int usable;                           /* dk_usable */
    uint64_t addr;                        /* its simulated block */
};

/* Every empty dict shares it (CPython's Py_EMPTY_KEYS); never written. */
extern PyDictKeys py_dict_empty_keys;

#define PY_DICT(o) ((PyDictObj *)(o))

/* The hash of a dict key: the cached one of an exact str, else hash(). */
static inline int64_t py_dict_key_hash(PyObj *key)
{
    if (PY_IS_TYPE(key, py_str_type)) {
        int64_t h = ((PyStrObj *)key)->hash;
        return h != -1 ? h : py_str_hash(key);
    }
    return py_hash(key);
}

/* ---- dict.c: the table ---- */

/* _Py_dict_lookup: the entry number of key (*value BORROWED), DKIX_EMPTY
 * (*value NULL) or DKIX_ERROR when a comparison raised. */
int64_t py_dict_lookup(PyDictObj *d, PyObj *key, int64_t hash, PyObj **value);
/* insertdict / insert_to_emptydict: d[key] = value for a known hash.
 * key and value BORROWED.  0 or -1. */
int py_dict_insert(PyDictObj *d, PyObj *key, int64_t hash, PyObj *value);
/* dictresize: a new table of 1 << log2_size slots (unicode if requested and
 * the old one was), entries compacted.  0 or -1 (MemoryError). */
int py_dict_resize(PyDictObj *d, uint8_t log2_size, bool unicode);
/* insertion_resize: a table with room to grow (GROWTH_RATE, used * 3). */
int py_dict_insertion_resize(PyDictObj *d, bool unicode);
/* estimate_log2_keysize: a table that takes n entries without growing. */
uint8_t py_dict_estimate_log2(int64_t n);
/* delitem for a known hash: KeyError(key) if absent.  0 or -1. */
int py_dict_del_known(PyDictObj *d, PyObj *key, int64_t hash);
/* _PyDict_Pop: NEW value, or NEW dflt when absent and dflt != NULL, else
 * KeyError(key).  An empty dict does not even hash the key. */
PyObj *py_dict_pop_item(PyObj *d, PyObj *key, PyObj *dflt);
/* PyDict_SetDefault: BORROWED value now stored under key, or NULL. */
PyObj *py_dict_setdefault(PyObj *d, PyObj *key, PyObj *dflt);
/* popitem(): NEW (key, value) tuple of the last entry. */
PyObj *py_dict_popitem(PyObj *d);
/* dict_merge: a.update(b) for a mapping b (override 1), keeping a's values
 * (0), or raising KeyError(key) on a duplicate (2, for f(**m)).  0 or -1. */
int py_dict_merge(PyObj *a, PyObj *b, int override);
/* _PyDict_Next: like py_dict_next, with the stored hash. */
bool py_dict_next_hash(PyObj *d, size_t *pos, PyObj **key, PyObj **value, int64_t *hash);
/* The C struct of a NEW dict of `type` made by dict.__new__ (exact dicts:
 * a fresh block that returns to the dict free list when freed). */
PyObj *py_dict_alloc_type(PyType *type);
/* The bytes CPython reports for d (dict.__sizeof__). */
size_t py_dict_sizeof(PyObj *d);
/* Type slots the dict type and its subclasses use. */
void py_dict_dealloc(PyObj *d);
int py_dict_traverse(PyObj *d, PyVisitFn visit, void *arg);

/* ---- dict_split.c: split tables ---- */

/* A C-only table big enough for any split dict (no simulated block). */
PyDictKeys *py_dict_keys_new_c(void);
/* Before d[key] = value on a split table whose key is absent: keeps the
 * table split (adding key to the shared keys when there is room) or turns
 * it combined, as insertdict would.  0 or -1. */
int py_dict_split_prepare_insert(PyDictObj *d, PyObj *key);
/* The split table's end (turned combined, cleared or freed): its values
 * block and its reference to the shared keys go. */
void py_dict_split_end(PyDictObj *d);
/* getsizeof of a split table: the object and its values. */
size_t py_dict_split_sizeof(const PyDictObj *d);
/* PyDict_Copy of a split table: a split copy with values of its own. */
PyObj *py_dict_split_copy(PyDictObj *d);
/* The simulated bytes of a values block of n slots (new_values). */
size_t py_dict_values_bytes(size_t n);

/* ---- dict_methods.c ---- */

/* dict_update_arg: update from a dict, an object with keys(), or an
 * iterable of pairs.  0 or -1. */
int py_dict_update_arg(PyObj *self, PyObj *arg);
/* PyDict_MergeFromSeq2 with CPython's messages (override false: keep the
 * values already there, as setdefault does).  0 or -1. */
int py_dict_merge_seq2(PyObj *d, PyObj *seq, bool override);

/* ---- dict_views.c ---- */

/* A NEW keys/values/items view of d. */
PyObj *py_dictview_new(PyObj *d, PyType *type);
/* A NEW iterator of d of one of the six iterator types. */
PyObj *py_dictiter_new(PyObj *d, PyType *type);

#endif
