/* dict.c — the dict's hash table, CPython 3.12's compact dict: lookup,
 * insertion, deletion, resizing, iteration, copying and merging from a
 * mapping, and the dict API of obj.h.  The dict type (methods, repr,
 * comparison, the argument forms of update() and ** merging) is in
 * dict_methods.c, views and iterators in dict_views.c.
 *
 * The table follows Objects/dictobject.c step by step, because its
 * decisions are visible to a program: insertion order; sys.getsizeof (a
 * 48-byte object plus a separately allocated keys block: 32 bytes of header,
 * an index table of 1/2/4/8-byte slots, and entries of 24 bytes, 16 when
 * every key is an exact str); and the ids of later objects, since the keys
 * block is allocated from and returned to the emulated pymalloc (8-slot
 * all-str blocks through CPython's keys free list) exactly when CPython
 * does it.  C memory (PyDictKeys) mirrors each simulated block one to one.
 *
 * Invariants: see dict_impl.h.  Besides, a dict's keys are never the empty
 * table while used > 0, and a comparison run during a lookup (user __eq__)
 * may change the dict: lookups then start over, as CPython's do.
 */
#include <stdlib.h>
#include <string.h>

#include "pysim/dict_impl.h"
#include "pysim/vm.h"

#define PERTURB_SHIFT 5
/* At most two thirds of the index slots hold entries. */
#define USABLE_FRACTION(n) (((n) << 1) / 3)

static int64_t empty_indices[1] = {DKIX_EMPTY};

/* CPython's Py_EMPTY_KEYS: one index slot (mask 0), nothing usable, so the
 * first insertion always makes a real table. */
PyDictKeys py_dict_empty_keys = {
    .log2_size = 0,
    .unicode = true,
    .usable = 0,
    .nentries = 0,
    .addr = 0,
    .indices = empty_indices,
    .entries = NULL,
};

#define EMPTY_KEYS (&py_dict_empty_keys)

/* ---- the keys block ---- */

/* _PyDict_KeysSize: header, index table, entries. */
static size_t keys_simsize(uint8_t log2_size, bool unicode)
{
    size_t usable = USABLE_FRACTION((size_t)1 << log2_size);
    int log2_bytes = log2_size < 8    ? log2_size
                     : log2_size < 16 ? log2_size + 1
                     : log2_size < 32 ? log2_size + 2
                                      : log2_size + 3;
    return 32 + ((size_t)1 << log2_bytes) + usable * (unicode ? 16 : 24);
}

/* CPython keeps freed 8-slot all-str keys blocks on a free list of their own
 * and takes new 8-slot all-str blocks from it. */
static bool keys_use_freelist(uint8_t log2_size, bool unicode)
{
    return log2_size == PY_DICT_LOG_MINSIZE && unicode;
}

/* The C side of a table: indices and entries in one allocation. */
static PyDictKeys *keys_alloc_c(uint8_t log2_size)
{
    size_t size = (size_t)1 << log2_size, usable = USABLE_FRACTION(size);
    PyDictKeys *k = xmalloc(sizeof *k + size * sizeof(int64_t) + usable * sizeof(PyDictEntry));
    k->log2_size = log2_size;
    k->indices = (int64_t *)(k + 1);
    k->entries = (PyDictEntry *)(k->indices + size);
    return k;
}

/* new_keys_object: an empty table, or NULL with MemoryError. */
static PyDictKeys *keys_new(uint8_t log2_size, bool unicode)
{
    if (log2_size >= 48) {
        py_err_no_memory();
        return NULL;
    }
    Heap *h = &py_vm->heap;
    size_t sim = keys_simsize(log2_size, unicode);
    uint64_t addr = keys_use_freelist(log2_size, unicode) ? heap_sim_alloc_fl(h, sim, HEAP_FL_DICTKEYS)
                                                          : heap_sim_alloc(h, sim);
    if (!addr) {
        py_err_no_memory();
        return NULL;
    }
    PyDictKeys *k = keys_alloc_c(log2_size);
    size_t size = (size_t)1 << log2_size, usable = USABLE_FRACTION(size);
    k->unicode = unicode;
    k->usable = (int64_t)usable;
    k->nentries = 0;
    k->addr = addr;
    for (size_t i = 0; i < size; i++) k->indices[i] = DKIX_EMPTY;
    memset(k->entries, 0, usable * sizeof(PyDictEntry));
    return k;
}

#define SPLIT_KEYS_LOG2 6

PyDictKeys *py_dict_keys_new_c(void)
{
    /* 64 slots, 42 usable: room for the 30 shared keys and some churn.
     * Every instance of a class makes one, so freed ones are reused: a
     * C-side saving only, invisible to the simulated heap. */
    uint8_t log2 = SPLIT_KEYS_LOG2;
    PyVM *vm = py_vm;
    PyDictKeys *k = vm->nspare_split_keys ? vm->spare_split_keys[--vm->nspare_split_keys] : keys_alloc_c(log2);
    size_t size = (size_t)1 << log2, usable = USABLE_FRACTION(size);
    k->unicode = true;
    k->usable = (int64_t)usable;
    k->nentries = 0;
    k->addr = 0;
    for (size_t i = 0; i < size; i++) k->indices[i] = DKIX_EMPTY;
    memset(k->entries, 0, usable * sizeof(PyDictEntry));
    return k;
}

/* Frees the block of a table whose entries were moved or released. */
static void keys_free_block(PyDictKeys *k)
{
    if (k == EMPTY_KEYS) return;
    if (!k->addr) { /* a split table's C-only keys */
        PyVM *vm = py_vm;
        int cap = (int)(sizeof vm->spare_split_keys / sizeof *vm->spare_split_keys);
        if (k->log2_size == SPLIT_KEYS_LOG2 && vm->nspare_split_keys < cap) vm->spare_split_keys[vm->nspare_split_keys++] = k;
        else free(k);
        return;
    }
    Heap *h = &py_vm->heap;
    size_t sim = keys_simsize(k->log2_size, k->unicode);
    if (keys_use_freelist(k->log2_size, k->unicode)) heap_sim_free_fl(h, k->addr, sim, HEAP_FL_DICTKEYS);
    else heap_sim_free(h, k->addr, sim);
    free(k);
}

/* free_keys_object: drops the entries (key, then value, in entry order),
 * then the block.  k is detached from its dict already. */
static void keys_release(PyDictKeys *k)
{
    if (k == EMPTY_KEYS) return;
    for (int64_t i = 0; i < k->nentries; i++) {
        py_xdecref(k->entries[i].key);
        py_xdecref(k->entries[i].value);
    }
    keys_free_block(k);
}

/* clone_combined_dict_keys: a copy of the whole block (dummies included)
 * owning new references.  PyObject_Malloc, never the keys free list. */
static PyDictKeys *keys_clone(const PyDictKeys *orig)
{
    size_t sim = keys_simsize(orig->log2_size, orig->unicode);
    uint64_t addr = heap_sim_alloc(&py_vm->heap, sim);
    if (!addr) {
        py_err_no_memory();
        return NULL;
    }
    PyDictKeys *k = keys_alloc_c(orig->log2_size);
    size_t size = (size_t)1 << orig->log2_size;
    k->unicode = orig->unicode;
    k->usable = orig->usable;
    k->nentries = orig->nentries;
    k->addr = addr;
    memcpy(k->indices, orig->indices, size * sizeof(int64_t));
    memcpy(k->entries, orig->entries, USABLE_FRACTION(size) * sizeof(PyDictEntry));
    for (int64_t i = 0; i < k->nentries; i++) {
        if (k->entries[i].value) {
            py_incref(k->entries[i].key);
            py_incref(k->entries[i].value);
        }
    }
    return k;
}

/* ---- sizes ---- */

/* calculate_log2_keysize, with CPython 3.12's exact rounding: the bit
 * arithmetic makes small requests whose bit 3 is clear round up one size
 * further (1..7 give 16 slots, 16 gives 32), which is why copying a sparse
 * dict can give a bigger table than building it item by item. */
static uint8_t calculate_log2_keysize(int64_t minsize)
{
    uint64_t m = ((((uint64_t)minsize) | 8) - 1) | 7;
    uint8_t bits = 0;
    while (m) {
        bits++;
        m >>= 1;
    }
    return bits;
}

uint8_t py_dict_estimate_log2(int64_t n) { return calculate_log2_keysize((n * 3 + 1) / 2); }

/* ---- probing ---- */

static inline size_t keys_mask(const PyDictKeys *k) { return ((size_t)1 << k->log2_size) - 1; }

/* The index slot that holds entry number ix (lookdict_index). */
static size_t lookdict_index(const PyDictKeys *k, int64_t hash, int64_t ix)
{
    size_t mask = keys_mask(k), perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        if (k->indices[i] == ix) return i;
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

/* find_empty_slot: the first free or dummy slot along hash's probe path. */
static size_t find_empty_slot(const PyDictKeys *k, int64_t hash)
{
    size_t mask = keys_mask(k), perturb = (size_t)hash, i = (size_t)hash & mask;
    while (k->indices[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
    return i;
}

/* unicodekeys_lookup_unicode: an exact str in an all-str table; no Python
 * code runs (identity, then hash, then the text). */
static int64_t lookup_str(const PyDictKeys *k, PyObj *key, int64_t hash)
{
    size_t mask = keys_mask(k), perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        int64_t ix = k->indices[i];
        if (ix >= 0) {
            PyObj *ek = k->entries[ix].key;
            if (ek == key || (k->entries[ix].hash == hash && py_str_eq(ek, key))) return ix;
        } else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

int64_t py_dict_lookup(PyDictObj *d, PyObj *key, int64_t hash, PyObj **value)
{
    bool skey = PY_IS_TYPE(key, py_str_type);
restart:;
    PyDictKeys *k = d->keys;
    if (skey && k->unicode) {
        int64_t ix = lookup_str(k, key, hash);
        *value = ix >= 0 ? k->entries[ix].value : NULL;
        return ix;
    }
    size_t mask = keys_mask(k), perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        int64_t ix = k->indices[i];
        if (ix == DKIX_EMPTY) break;
        if (ix >= 0) {
            PyDictEntry *ep = &k->entries[ix];
            if (ep->key == key) {
                *value = ep->value;
                return ix;
            }
            if (ep->hash == hash) {
                if (skey && PY_IS_TYPE(ep->key, py_str_type)) {
                    if (py_str_eq(ep->key, key)) {
                        *value = ep->value;
                        return ix;
                    }
                } else {
                    /* a Python __eq__ may run and change the dict */
                    PyObj *start = py_newref(ep->key);
                    int cmp = py_richcompare_bool(start, key, PY_EQ);
                    bool changed = d->keys != k || ix >= k->nentries || k->entries[ix].key != start;
                    py_decref(start);
                    if (cmp < 0) {
                        *value = NULL;
                        return DKIX_ERROR;
                    }
                    if (changed) goto restart;
                    if (cmp > 0) {
                        *value = k->entries[ix].value;
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
    *value = NULL;
    return DKIX_EMPTY;
}

/* ---- resizing ---- */

int py_dict_resize(PyDictObj *d, uint8_t log2_size, bool unicode)
{
    PyDictKeys *old = d->keys;
    if (!old->unicode) unicode = false;
    PyDictKeys *k = keys_new(log2_size, unicode);
    if (!k) return -1;
    int64_t n = d->used;
    /* entries keep their order, deleted ones squeezed out; the references
     * move from the old table to the new one */
    if (old->nentries == n) {
        if (n) memcpy(k->entries, old->entries, (size_t)n * sizeof(PyDictEntry));
    } else {
        const PyDictEntry *ep = old->entries;
        for (int64_t i = 0; i < n; i++) {
            while (!ep->value) ep++;
            k->entries[i] = *ep++;
        }
    }
    for (int64_t i = 0; i < n; i++) k->indices[find_empty_slot(k, k->entries[i].hash)] = i;
    d->keys = k;
    keys_free_block(old);
    k->usable -= n;
    k->nentries = n;
    /* a split table resized is combined: its values move into the table */
    if (d->shared) py_dict_split_end(d);
    return 0;
}

/* A split table whose C keys ran out of room (keys deleted and added
 * again): the same entries in a fresh C-only table, still split. */
static void compact_split(PyDictObj *d)
{
    PyDictKeys *old = d->keys, *k = py_dict_keys_new_c();
    int64_t n = 0;
    for (int64_t i = 0; i < old->nentries; i++)
        if (old->entries[i].value) k->entries[n++] = old->entries[i];
    for (int64_t i = 0; i < n; i++) k->indices[find_empty_slot(k, k->entries[i].hash)] = i;
    k->usable -= n;
    k->nentries = n;
    d->keys = k;
    keys_free_block(old);
}

/* insertion_resize: room for growth, GROWTH_RATE = used * 3. */
int py_dict_insertion_resize(PyDictObj *d, bool unicode)
{
    return py_dict_resize(d, calculate_log2_keysize(d->used * 3), unicode);
}
#define insertion_resize py_dict_insertion_resize

/* ---- insertion ---- */

/* _PyObject_GC_MAY_BE_TRACKED */
static bool may_be_tracked(PyObj *o)
{
    if (!(o->ob_flags & PY_OBF_GC)) return false;
    if (PY_IS_TYPE(o, py_tuple_type)) return (o->ob_flags & PY_OBF_GC_TRACKED) != 0;
    return true;
}

/* MAINTAIN_TRACKING: a dict is tracked by the collector only once it holds
 * something that could be part of a cycle (gc.is_tracked({}) is False). */
static void maintain_tracking(PyDictObj *d, PyObj *key, PyObj *value)
{
    if (!(d->ob.ob_flags & PY_OBF_GC_TRACKED) && (may_be_tracked(key) || may_be_tracked(value)))
        py_gc_track((PyObj *)d);
}

/* insert_to_emptydict: the first key gets an 8-slot table. */
static int insert_to_empty(PyDictObj *d, PyObj *key, int64_t hash, PyObj *value)
{
    PyDictKeys *k = keys_new(PY_DICT_LOG_MINSIZE, PY_IS_TYPE(key, py_str_type));
    if (!k) return -1;
    d->keys = k;
    maintain_tracking(d, key, value);
    k->indices[(size_t)hash & 7] = 0;
    k->entries[0] = (PyDictEntry){py_newref(key), py_newref(value), hash};
    d->used++;
    k->usable--;
    k->nentries++;
    return 0;
}

/* Appends a key known to be absent, growing the table when it is full. */
static int insert_absent(PyDictObj *d, PyObj *key, int64_t hash, PyObj *value)
{
    /* (a comparison during the lookup may have cleared or rebuilt the table) */
    if (d->keys == EMPTY_KEYS) return insert_to_empty(d, key, hash, value);
    if (d->keys->unicode && !PY_IS_TYPE(key, py_str_type) && insertion_resize(d, false) < 0) return -1;
    if (d->shared && d->keys->usable <= 0) compact_split(d);
    if (d->keys->usable <= 0 && insertion_resize(d, true) < 0) return -1;
    PyDictKeys *k = d->keys;
    k->indices[find_empty_slot(k, hash)] = k->nentries;
    k->entries[k->nentries] = (PyDictEntry){py_newref(key), py_newref(value), hash};
    maintain_tracking(d, key, value);
    d->used++;
    k->usable--;
    k->nentries++;
    return 0;
}

int py_dict_insert(PyDictObj *d, PyObj *key, int64_t hash, PyObj *value)
{
    if (d->shared && py_dict_split_prepare_insert(d, key) < 0) return -1;
    if (d->keys == EMPTY_KEYS) return insert_to_empty(d, key, hash, value);
    /* the first key that is not an exact str turns the table general,
     * at the size the current count asks for, before the lookup */
    if (d->keys->unicode && !PY_IS_TYPE(key, py_str_type) && insertion_resize(d, false) < 0) return -1;
    PyObj *old;
    int64_t ix = py_dict_lookup(d, key, hash, &old);
    if (ix == DKIX_ERROR) return -1;
    if (ix == DKIX_EMPTY) return insert_absent(d, key, hash, value);
    maintain_tracking(d, key, value);
    /* an existing key keeps its place and its key object; only the value
     * changes, the old one released last (its __del__ may run) */
    if (old != value) {
        d->keys->entries[ix].value = py_newref(value);
        py_decref(old);
    }
    return 0;
}

PyObj *py_dict_setdefault(PyObj *o, PyObj *key, PyObj *dflt)
{
    PyDictObj *d = PY_DICT(o);
    int64_t hash = py_dict_key_hash(key);
    if (hash == -1) return NULL;
    if (d->keys == EMPTY_KEYS) return insert_to_empty(d, key, hash, dflt) < 0 ? NULL : dflt;
    if (d->keys->unicode && !PY_IS_TYPE(key, py_str_type) && insertion_resize(d, false) < 0) return NULL;
    PyObj *value;
    int64_t ix = py_dict_lookup(d, key, hash, &value);
    if (ix == DKIX_ERROR) return NULL;
    if (ix >= 0) return value;
    return insert_absent(d, key, hash, dflt) < 0 ? NULL : dflt;
}

/* ---- deletion ---- */

/* delitem_common: the slot becomes a dummy, the entry a hole; the key is
 * released first, then (unless the caller takes it) the value. */
static PyObj *delitem_common(PyDictObj *d, int64_t hash, int64_t ix, bool keep_value)
{
    PyDictKeys *k = d->keys;
    size_t pos = lookdict_index(k, hash, ix);
    d->used--;
    k->indices[pos] = DKIX_DUMMY;
    PyObj *okey = k->entries[ix].key, *oval = k->entries[ix].value;
    k->entries[ix] = (PyDictEntry){NULL, NULL, 0};
    py_decref(okey);
    if (keep_value) return oval;
    py_decref(oval);
    return NULL;
}

static void raise_key_error(PyObj *key) { py_err_set_value(&py_exc_KeyError, key); }

int py_dict_del_known(PyDictObj *d, PyObj *key, int64_t hash)
{
    PyObj *old;
    int64_t ix = py_dict_lookup(d, key, hash, &old);
    if (ix == DKIX_ERROR) return -1;
    if (ix == DKIX_EMPTY) {
        raise_key_error(key);
        return -1;
    }
    delitem_common(d, hash, ix, false);
    return 0;
}

PyObj *py_dict_pop_item(PyObj *o, PyObj *key, PyObj *dflt)
{
    PyDictObj *d = PY_DICT(o);
    if (d->used == 0) {
        if (dflt) return py_newref(dflt);
        raise_key_error(key);
        return NULL;
    }
    int64_t hash = py_dict_key_hash(key);
    if (hash == -1) return NULL;
    PyObj *old;
    int64_t ix = py_dict_lookup(d, key, hash, &old);
    if (ix == DKIX_ERROR) return NULL;
    if (ix == DKIX_EMPTY) {
        if (dflt) return py_newref(dflt);
        raise_key_error(key);
        return NULL;
    }
    return delitem_common(d, hash, ix, true);
}

PyObj *py_dict_popitem(PyObj *o)
{
    PyDictObj *d = PY_DICT(o);
    /* the result tuple comes first, as in CPython (it decides ids) */
    PyObj *res = py_tuple_new(2);
    if (!res) return NULL;
    if (d->used == 0) {
        py_decref(res);
        py_err_format(&py_exc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    /* a split table is combined first, at the shared keys' size */
    if (d->shared && py_dict_resize(d, 6, true) < 0) {
        py_decref(res);
        return NULL;
    }
    PyDictKeys *k = d->keys;
    int64_t i = k->nentries - 1;
    while (i >= 0 && !k->entries[i].value) i--;
    PyDictEntry e = k->entries[i];
    k->entries[i] = (PyDictEntry){NULL, NULL, 0};
    k->indices[lookdict_index(k, e.hash, i)] = DKIX_DUMMY;
    PY_TUPLE_ITEMS(res)[0] = e.key;
    PY_TUPLE_ITEMS(res)[1] = e.value;
    /* usable does not grow back: the dummy still occupies its slot */
    k->nentries = i;
    d->used--;
    return res;
}

/* ---- iteration ---- */

bool py_dict_next_hash(PyObj *o, size_t *pos, PyObj **key, PyObj **value, int64_t *hash)
{
    const PyDictKeys *k = PY_DICT(o)->keys;
    int64_t i = (int64_t)*pos, n = k->nentries;
    while (i < n && !k->entries[i].value) i++;
    if (i >= n) return false;
    if (key) *key = k->entries[i].key;
    if (value) *value = k->entries[i].value;
    if (hash) *hash = k->entries[i].hash;
    *pos = (size_t)i + 1;
    return true;
}

bool py_dict_next(PyObj *d, size_t *pos, PyObj **key, PyObj **value)
{
    return py_dict_next_hash(d, pos, key, value, NULL);
}

/* ---- making dicts ---- */

/* new_dict: the object from the dict free list, owning keys (released if
 * the object cannot be made).  Not tracked: PyDict_New's dicts start
 * untracked. */
static PyObj *new_dict(PyDictKeys *keys, int64_t used)
{
    PyDictObj *d =
        (PyDictObj *)py_alloc_fl(&py_dict_type, sizeof(PyDictObj), PY_DICT_BASICSIZE, HEAP_FL_DICT);
    if (!d) {
        keys_release(keys);
        return NULL;
    }
    d->keys = keys;
    d->used = used;
    return (PyObj *)d;
}

PyObj *py_dict_new(void) { return new_dict(EMPTY_KEYS, 0); }

PyObj *py_dict_new_presized(size_t n, bool unicode)
{
    const uint8_t log2_max_presize = 17;
    if (n <= (size_t)USABLE_FRACTION(8)) return py_dict_new();
    /* no huge tables up front: very large displays grow as they fill */
    uint8_t log2 = n > (size_t)USABLE_FRACTION((size_t)1 << log2_max_presize) ? log2_max_presize
                                                                               : py_dict_estimate_log2((int64_t)n);
    PyDictKeys *k = keys_new(log2, unicode);
    if (!k) return NULL;
    return new_dict(k, 0);
}

PyObj *py_dict_from_items(PyObj *const *keys, size_t kstep, PyObj *const *values, size_t vstep, size_t n)
{
    bool unicode = true;
    for (size_t i = 0; i < n; i++) {
        if (!PY_IS_TYPE(keys[i * kstep], py_str_type)) {
            unicode = false;
            break;
        }
    }
    PyObj *d = py_dict_new_presized(n, unicode);
    if (!d) return NULL;
    for (size_t i = 0; i < n; i++) {
        if (py_dict_setitem(d, keys[i * kstep], values[i * vstep]) < 0) {
            py_decref(d);
            return NULL;
        }
    }
    return d;
}

PyObj *py_dict_alloc_type(PyType *type)
{
    PyObj *o;
    if (type == &py_dict_type) {
        /* dict() allocates a fresh block (tp_alloc), yet the object joins
         * the dict free list when it dies, like every exact dict: hide the
         * free list while allocating, keep it as the object's list */
        Heap *h = &py_vm->heap;
        size_t saved = h->nfreelist[HEAP_FL_DICT];
        h->nfreelist[HEAP_FL_DICT] = 0;
        o = py_alloc_fl(type, sizeof(PyDictObj), PY_DICT_BASICSIZE, HEAP_FL_DICT);
        h->nfreelist[HEAP_FL_DICT] = saved;
    } else {
        o = py_alloc(type, type->csize, type->basicsize);
    }
    if (!o) return NULL;
    PY_DICT(o)->keys = EMPTY_KEYS;
    PY_DICT(o)->used = 0;
    /* exact dicts start untracked, instances of subclasses tracked */
    if (type != &py_dict_type) py_gc_track(o);
    return o;
}

PyObj *py_dict_copy(PyObj *o)
{
    PyDictObj *mp = PY_DICT(o);
    if (mp->used == 0) return py_dict_new();
    if (mp->shared && PY_TYPE(o)->tp_iter == py_dict_type.tp_iter) return py_dict_split_copy(mp);
    /* a compact enough table is cloned whole (same size, same dummies) */
    if (PY_TYPE(o)->tp_iter == py_dict_type.tp_iter && mp->used >= (mp->keys->nentries * 2) / 3) {
        PyDictKeys *k = keys_clone(mp->keys);
        if (!k) return NULL;
        PyObj *n = new_dict(k, mp->used);
        if (n && (o->ob_flags & PY_OBF_GC_TRACKED)) py_gc_track(n);
        return n;
    }
    PyObj *copy = py_dict_new();
    if (!copy) return NULL;
    if (py_dict_merge(copy, o, 1) < 0) {
        py_decref(copy);
        return NULL;
    }
    return copy;
}

/* ---- merging ---- */

/* PyMapping_Keys: a list of the keys of any mapping. */
static PyObj *mapping_keys(PyObj *o)
{
    if (PY_IS_TYPE(o, py_dict_type)) return py_dict_keys_list(o);
    PyObj *out = py_call_method(o, PY_ID(keys), NULL, 0, NULL);
    if (!out || PY_IS_TYPE(out, py_list_type)) return out;
    PyObj *it = py_iter(out);
    if (!it) {
        if (py_err_matches((PyObj *)&py_exc_TypeError)) {
            py_err_clear();
            py_err_format(&py_exc_TypeError, "%s.keys() returned a non-iterable (type %s)", py_type_name(o),
                          py_type_name(out));
        }
        py_decref(out);
        return NULL;
    }
    py_decref(out);
    PyObj *l = py_sequence_list(it);
    py_decref(it);
    return l;
}

/* The fast path of dict_merge: b is a dict whose iteration is dict's. */
static int merge_from_dict(PyDictObj *mp, PyDictObj *other, int override)
{
    if (other == mp || other->used == 0) return 0;
    if (mp->used == 0) {
        override = 1;
        PyDictKeys *ok = other->keys;
        /* a clean table, just allocated or small: clone it */
        if (other->used == ok->nentries &&
            (ok->log2_size == PY_DICT_LOG_MINSIZE ||
             (int64_t)USABLE_FRACTION(((size_t)1 << ok->log2_size) / 2) < other->used)) {
            PyDictKeys *k = keys_clone(ok);
            if (!k) return -1;
            PyDictKeys *old = mp->keys;
            mp->keys = k;
            mp->used = other->used;
            keys_release(old);
            if ((other->ob.ob_flags & PY_OBF_GC_TRACKED) && !(mp->ob.ob_flags & PY_OBF_GC_TRACKED))
                py_gc_track((PyObj *)mp);
            return 0;
        }
    }
    /* one big resize up front, expecting few overlapping keys */
    if ((int64_t)USABLE_FRACTION((size_t)1 << mp->keys->log2_size) < other->used &&
        py_dict_resize(mp, py_dict_estimate_log2(mp->used + other->used), other->keys->unicode) < 0)
        return -1;
    int64_t orig_size = other->keys->nentries;
    size_t pos = 0;
    PyObj *key, *value;
    int64_t hash;
    while (py_dict_next_hash((PyObj *)other, &pos, &key, &value, &hash)) {
        py_incref(key);
        py_incref(value);
        int err = 0;
        if (override == 1) {
            err = py_dict_insert(mp, key, hash, value);
        } else {
            PyObj *cur;
            int64_t ix = py_dict_lookup(mp, key, hash, &cur);
            if (ix == DKIX_ERROR) {
                err = -1;
            } else if (ix == DKIX_EMPTY) {
                err = py_dict_insert(mp, key, hash, value);
            } else if (override != 0) {
                raise_key_error(key);
                err = -1;
            }
        }
        py_decref(value);
        py_decref(key);
        if (err) return -1;
        if (orig_size != other->keys->nentries) {
            py_err_format(&py_exc_RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

int py_dict_merge(PyObj *a, PyObj *b, int override)
{
    if (PY_DICT_CHECK(b) && PY_TYPE(b)->tp_iter == py_dict_type.tp_iter)
        return merge_from_dict(PY_DICT(a), PY_DICT(b), override);
    /* any other mapping: keys() first, then b[key] for each */
    PyObj *keys = mapping_keys(b);
    if (!keys) return -1;
    PyObj *it = py_iter(keys);
    py_decref(keys);
    if (!it) return -1;
    PyObj *key;
    while ((key = py_next(it))) {
        if (override != 1) {
            int st = py_dict_contains(a, key);
            if (st != 0) {
                if (st > 0) {
                    if (override == 0) {
                        py_decref(key);
                        continue;
                    }
                    raise_key_error(key);
                }
                py_decref(key);
                py_decref(it);
                return -1;
            }
        }
        PyObj *value = py_getitem(b, key);
        int st = value ? py_dict_setitem(a, key, value) : -1;
        py_decref(key);
        py_xdecref(value);
        if (st < 0) {
            py_decref(it);
            return -1;
        }
    }
    py_decref(it);
    return py_err_occurred() ? -1 : 0;
}

/* ---- the obj.h API ---- */

PyObj *py_dict_getitem(PyObj *d, PyObj *key)
{
    int64_t hash = py_dict_key_hash(key);
    if (hash == -1) return NULL;
    PyObj *value;
    py_dict_lookup(PY_DICT(d), key, hash, &value);
    return value;
}

PyObj *py_dict_getitem_str(PyObj *d, PyObj *key)
{
    PyStrObj *s = (PyStrObj *)key;
    int64_t hash = s->hash != -1 ? s->hash : py_str_hash(key);
    PyDictKeys *k = PY_DICT(d)->keys;
    if (k->unicode) {
        int64_t ix = lookup_str(k, key, hash);
        return ix >= 0 ? k->entries[ix].value : NULL;
    }
    PyObj *value;
    py_dict_lookup(PY_DICT(d), key, hash, &value);
    return value;
}

PyObj *py_dict_getitem_c(PyObj *d, const char *key)
{
    PyObj *k = py_str_from_c(key);
    if (!k) return NULL;
    PyObj *v = py_dict_getitem(d, k);
    py_decref(k);
    return v;
}

int py_dict_setitem(PyObj *d, PyObj *key, PyObj *value)
{
    int64_t hash = py_dict_key_hash(key);
    if (hash == -1) return -1;
    return py_dict_insert(PY_DICT(d), key, hash, value);
}

int py_dict_setitem_c(PyObj *d, const char *key, PyObj *value)
{
    /* PyDict_SetItemString interns the key */
    PyObj *k = py_intern_c(key);
    if (!k) return -1;
    return py_dict_setitem(d, k, value);
}

int py_dict_delitem(PyObj *d, PyObj *key)
{
    int64_t hash = py_dict_key_hash(key);
    if (hash == -1) return -1;
    return py_dict_del_known(PY_DICT(d), key, hash);
}

int py_dict_pop(PyObj *d, PyObj *key, PyObj **out)
{
    *out = NULL;
    if (PY_DICT(d)->used == 0) return 0;
    int64_t hash = py_dict_key_hash(key);
    if (hash == -1) return -1;
    PyObj *old;
    int64_t ix = py_dict_lookup(PY_DICT(d), key, hash, &old);
    if (ix == DKIX_ERROR) return -1;
    if (ix == DKIX_EMPTY) return 0;
    *out = delitem_common(PY_DICT(d), hash, ix, true);
    return 1;
}

int py_dict_contains(PyObj *d, PyObj *key)
{
    int64_t hash = py_dict_key_hash(key);
    if (hash == -1) return -1;
    PyObj *value;
    int64_t ix = py_dict_lookup(PY_DICT(d), key, hash, &value);
    if (ix == DKIX_ERROR) return -1;
    return ix >= 0;
}

size_t py_dict_size(PyObj *d) { return (size_t)PY_DICT(d)->used; }

int py_dict_update(PyObj *d, PyObj *other) { return py_dict_update_arg(d, other); }

void py_dict_clear(PyObj *o)
{
    PyDictObj *d = PY_DICT(o);
    PyDictKeys *old = d->keys;
    if (old == EMPTY_KEYS) return;
    /* the dict is empty before any key or value is released */
    d->keys = EMPTY_KEYS;
    d->used = 0;
    keys_release(old);
    if (d->shared) py_dict_split_end(d);
}

PyObj *py_dict_keys_list(PyObj *o)
{
    for (;;) {
        int64_t n = PY_DICT(o)->used;
        PyObj *l = py_list_new((size_t)n);
        if (!l) return NULL;
        if (n != PY_DICT(o)->used) { /* the allocation changed the dict (a __del__): again */
            py_decref(l);
            continue;
        }
        size_t pos = 0, j = 0;
        PyObj *key;
        while (py_dict_next(o, &pos, &key, NULL)) PY_LIST_ITEMS(l)[j++] = py_newref(key);
        return l;
    }
}

/* ---- the type's memory slots (dict_methods.c puts them in the type) ---- */

size_t py_dict_sizeof(PyObj *o)
{
    if (PY_DICT(o)->shared) return py_dict_split_sizeof(PY_DICT(o));
    const PyDictKeys *k = PY_DICT(o)->keys;
    size_t n = PY_TYPE(o)->basicsize;
    if (k != EMPTY_KEYS) n += keys_simsize(k->log2_size, k->unicode);
    return n;
}

void py_dict_dealloc(PyObj *o)
{
    PyDictObj *d = PY_DICT(o);
    PyDictKeys *k = d->keys;
    d->keys = EMPTY_KEYS;
    d->used = 0;
    keys_release(k);
    if (d->shared) py_dict_split_end(d);
}

int py_dict_traverse(PyObj *o, PyVisitFn visit, void *arg)
{
    const PyDictKeys *k = PY_DICT(o)->keys;
    for (int64_t i = 0; i < k->nentries; i++) {
        const PyDictEntry *e = &k->entries[i];
        if (!e->value) continue;
        if (visit(e->value, arg)) return 1;
        if (!k->unicode && visit(e->key, arg)) return 1;
    }
    return 0;
}

void py_dict_maybe_untrack(PyObj *o)
{
    if (!PY_IS_TYPE(o, py_dict_type) || !(o->ob_flags & PY_OBF_GC_TRACKED)) return;
    const PyDictKeys *k = PY_DICT(o)->keys;
    for (int64_t i = 0; i < k->nentries; i++) {
        const PyDictEntry *e = &k->entries[i];
        if (!e->value) continue;
        if (may_be_tracked(e->value) || (!k->unicode && may_be_tracked(e->key))) return;
    }
    py_gc_untrack(o);
}
