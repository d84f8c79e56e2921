/* set.c — the hash table behind set and frozenset, as CPython 3.12's
 * Objects/setobject.c builds it, and the set API of obj.h.
 *
 * The table is open addressing over 16-byte slots: the probe starts at
 * hash & mask, looks at up to LINEAR_PROBES following slots when they fit
 * before the end of the table, then jumps by the perturbation recurrence
 * i = i*5 + 1 + (perturb >>= 5).  Growth, re-insertion order on resize,
 * dummies and the small table are CPython's, so iteration order (and with
 * it every printed set) and sys.getsizeof match.  The separately allocated
 * table is also a simulated block of CPython's size, so ids of later
 * objects follow CPython's allocator.
 *
 * Invariants: see set_impl.h.  Every function that runs Python code (a
 * key's __eq__ or __hash__) re-reads the table afterwards: that code may
 * have changed the set.
 */
#include <stdlib.h>
#include <string.h>

#include "pysim/dict_impl.h"
#include "pysim/set_impl.h"
#include "pysim/vm.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

PyObj py_set_dummy_obj = {
    .ob_type = &py_object_type,
    .ob_refcnt = PY_IMMORTAL_REFCNT,
    .ob_flags = PY_OBF_IMMORTAL | PY_OBF_STATIC,
};

/* ---- probing ---- */

/* set_lookkey: the slot holding key, or the unused slot that ends its
 * probe sequence; NULL when a comparison raised. */
static PySetEntry *set_lookkey(PySetObj *so, PyObj *key, int64_t hash)
{
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        PySetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) return entry;
            if (entry->hash == hash) {
                PyObj *startkey = entry->key;
                if (startkey == key) return entry;
                if (PY_IS_TYPE(startkey, py_str_type) && PY_IS_TYPE(key, py_str_type) &&
                    py_str_eq(startkey, key))
                    return entry;
                PySetEntry *table = so->table;
                py_incref(startkey);
                int cmp = py_richcompare_bool(startkey, key, PY_EQ);
                py_decref(startkey);
                if (cmp < 0) return NULL;
                /* the comparison may have rebuilt or changed the table */
                if (table != so->table || entry->key != startkey) goto restart;
                if (cmp > 0) return entry;
                mask = (size_t)so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* set_insert_clean: puts a key known to be absent into a table without
 * dummies (resizing, copying); no comparisons, no reference changes. */
static void set_insert_clean(PySetEntry *table, size_t mask, PyObj *key, int64_t hash)
{
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        PySetEntry *entry = &table[i];
        if (entry->key == NULL) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

/* ---- the table's memory ---- */

static void table_release(PySetObj *so, PySetEntry *table, int64_t mask, uint64_t addr)
{
    if (table == so->smalltable) return;
    heap_sim_free(&py_vm->heap, addr, (size_t)(mask + 1) * sizeof(PySetEntry));
    free(table);
}

int py_set_table_resize(PySetObj *so, int64_t minused)
{
    size_t newsize = PY_SET_MINSIZE;
    while (newsize <= (size_t)minused) newsize <<= 1;

    PySetEntry *oldtable = so->table;
    int64_t oldmask = so->mask;
    uint64_t oldaddr = so->table_addr;
    bool old_malloced = oldtable != so->smalltable;
    PySetEntry small_copy[PY_SET_MINSIZE];
    PySetEntry *newtable;
    uint64_t newaddr = 0;

    if (newsize == PY_SET_MINSIZE) {
        /* a large table shrinking, or a small one purged of dummies */
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0;
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        newaddr = heap_sim_alloc(&py_vm->heap, newsize * sizeof(PySetEntry));
        if (!newaddr) {
            py_err_no_memory();
            return -1;
        }
        newtable = xmalloc(newsize * sizeof(PySetEntry));
    }

    memset(newtable, 0, newsize * sizeof(PySetEntry));
    so->mask = (int64_t)newsize - 1;
    so->table = newtable;
    so->table_addr = newaddr;

    /* re-insert in slot order: this decides the new iteration order */
    size_t newmask = newsize - 1;
    if (so->fill == so->used) {
        for (PySetEntry *e = oldtable; e <= oldtable + oldmask; e++)
            if (e->key != NULL) set_insert_clean(newtable, newmask, e->key, e->hash);
    } else {
        so->fill = so->used;
        for (PySetEntry *e = oldtable; e <= oldtable + oldmask; e++)
            if (e->key != NULL && e->key != PY_SET_DUMMY) set_insert_clean(newtable, newmask, e->key, e->hash);
    }
    if (old_malloced) table_release(so, oldtable, oldmask, oldaddr);
    return 0;
}

/* ---- insertion, lookup, deletion ---- */

int py_set_add_entry(PySetObj *so, PyObj *key, int64_t hash)
{
    /* held across the comparisons, which might otherwise free the key */
    py_incref(key);
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    PySetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                PyObj *startkey = entry->key;
                if (startkey == key) goto found_active;
                if (PY_IS_TYPE(startkey, py_str_type) && PY_IS_TYPE(key, py_str_type) &&
                    py_str_eq(startkey, key))
                    goto found_active;
                PySetEntry *table = so->table;
                py_incref(startkey);
                int cmp = py_richcompare_bool(startkey, key, PY_EQ);
                py_decref(startkey);
                if (cmp > 0) goto found_active;
                if (cmp < 0) goto comparison_error;
                if (table != so->table || entry->key != startkey) goto restart;
                mask = (size_t)so->mask;
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }

found_unused_or_dummy:
    if (freeslot == NULL) goto found_unused;
    /* a comparison may have reused the dummy meanwhile (3.13's guard) */
    if (freeslot->hash != -1) goto restart;
    so->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return 0;

found_unused:
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3) return 0;
    return py_set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);

found_active:
    py_decref(key);
    return 0;

comparison_error:
    py_decref(key);
    return -1;
}

/* The hash of a key; str caches its own (CPython reads it directly). */
static int64_t key_hash(PyObj *key) { return py_hash(key); }

int py_set_add_key(PySetObj *so, PyObj *key)
{
    int64_t hash = key_hash(key);
    if (hash == -1) return -1;
    return py_set_add_entry(so, key, hash);
}

int py_set_contains_entry(PySetObj *so, PyObj *key, int64_t hash)
{
    PySetEntry *entry = set_lookkey(so, key, hash);
    if (!entry) return -1;
    return entry->key != NULL;
}

int py_set_contains_key(PySetObj *so, PyObj *key)
{
    int64_t hash = key_hash(key);
    if (hash == -1) return -1;
    return py_set_contains_entry(so, key, hash);
}

int py_set_discard_entry(PySetObj *so, PyObj *key, int64_t hash)
{
    PySetEntry *entry = set_lookkey(so, key, hash);
    if (!entry) return -1;
    if (entry->key == NULL) return 0;
    PyObj *old = entry->key;
    entry->key = PY_SET_DUMMY;
    entry->hash = -1;
    so->used--;
    py_decref(old);
    return 1;
}

int py_set_discard_key(PySetObj *so, PyObj *key)
{
    int64_t hash = key_hash(key);
    if (hash == -1) return -1;
    return py_set_discard_entry(so, key, hash);
}

/* A set used as a key is retried as a frozenset with the same items
 * (set_contains, set_remove, set_discard). */
static bool retry_as_frozenset(PyObj *key)
{
    if (!py_set_check(key) || !py_err_matches((PyObj *)&py_exc_TypeError)) return false;
    py_err_clear();
    return true;
}

int py_set_contains_retry(PySetObj *so, PyObj *key)
{
    int rv = py_set_contains_key(so, key);
    if (rv < 0 && retry_as_frozenset(key)) {
        PyObj *tmp = py_set_make(&py_frozenset_type, key);
        if (!tmp) return -1;
        rv = py_set_contains_key(so, tmp);
        py_decref(tmp);
    }
    return rv;
}

int py_set_discard_retry(PySetObj *so, PyObj *key)
{
    int rv = py_set_discard_key(so, key);
    if (rv < 0 && retry_as_frozenset(key)) {
        PyObj *tmp = py_set_make(&py_frozenset_type, key);
        if (!tmp) return -1;
        rv = py_set_discard_key(so, tmp);
        py_decref(tmp);
    }
    return rv;
}

static void set_empty_to_minsize(PySetObj *so)
{
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->fill = 0;
    so->used = 0;
    so->mask = PY_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->table_addr = 0;
    so->hash = -1;
}

void py_set_clear_internal(PySetObj *so)
{
    PySetEntry *table = so->table;
    int64_t mask = so->mask, fill = so->fill, used = so->used;
    uint64_t addr = so->table_addr;
    bool malloced = table != so->smalltable;
    PySetEntry small_copy[PY_SET_MINSIZE];

    /* Empty the set first: the decrefs below may run code that looks at
     * it (a key's __del__). */
    if (malloced) {
        set_empty_to_minsize(so);
    } else if (fill > 0) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
        set_empty_to_minsize(so);
    }
    for (PySetEntry *e = table; used > 0; e++) {
        if (e->key && e->key != PY_SET_DUMMY) {
            used--;
            py_decref(e->key);
        }
    }
    if (malloced) {
        heap_sim_free(&py_vm->heap, addr, (size_t)(mask + 1) * sizeof(PySetEntry));
        free(table);
    }
}

bool py_set_next_entry(PySetObj *so, size_t *pos, PySetEntry **entry)
{
    size_t i = *pos;
    size_t mask = (size_t)so->mask;
    while (i <= mask && (so->table[i].key == NULL || so->table[i].key == PY_SET_DUMMY)) i++;
    *pos = i + 1;
    if (i > mask) return false;
    *entry = &so->table[i];
    return true;
}

/* ---- bulk updates ---- */

int py_set_merge(PySetObj *so, PyObj *otherset)
{
    PySetObj *other = py_set_cast(otherset);
    if (other == so || other->used == 0) return 0;
    /* one big resize first rather than several while inserting */
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (py_set_table_resize(so, (so->used + other->used) * 2) != 0) return -1;
    }
    PySetEntry *so_entry = so->table, *other_entry = other->table;

    /* an empty table of the same size, no dummies: copy slot by slot */
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (int64_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            PyObj *key = other_entry->key;
            if (key != NULL) {
                so_entry->key = py_newref(key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }

    /* an empty table: no duplicates possible, so no comparisons */
    if (so->fill == 0) {
        size_t newmask = (size_t)so->mask;
        so->fill = other->used;
        so->used = other->used;
        for (int64_t i = other->mask + 1; i > 0; i--, other_entry++) {
            PyObj *key = other_entry->key;
            if (key != NULL && key != PY_SET_DUMMY)
                set_insert_clean(so->table, newmask, py_newref(key), other_entry->hash);
        }
        return 0;
    }

    for (int64_t i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        PyObj *key = other_entry->key;
        if (key != NULL && key != PY_SET_DUMMY) {
            if (py_set_add_entry(so, key, other_entry->hash)) return -1;
        }
    }
    return 0;
}

static int set_update_dict(PySetObj *so, PyObj *dict)
{
    int64_t dictsize = (int64_t)py_dict_size(dict);
    if ((so->fill + dictsize) * 5 >= so->mask * 3) {
        if (py_set_table_resize(so, (so->used + dictsize) * 2) != 0) return -1;
    }
    /* the hashes the dict stored: no __hash__ call, as in CPython */
    size_t pos = 0;
    PyObj *key;
    int64_t hash;
    while (py_dict_next_hash(dict, &pos, &key, NULL, &hash))
        if (py_set_add_entry(so, key, hash)) return -1;
    return 0;
}

int py_set_update_internal(PySetObj *so, PyObj *other)
{
    if (PY_ANYSET_CHECK(other)) return py_set_merge(so, other);
    if (PY_IS_TYPE(other, py_dict_type)) return set_update_dict(so, other);
    PyObj *it = py_iter(other);
    if (!it) return -1;
    PyObj *key;
    while ((key = py_next(it)) != NULL) {
        if (py_set_add_key(so, key)) {
            py_decref(it);
            py_decref(key);
            return -1;
        }
        py_decref(key);
    }
    py_decref(it);
    return py_err_occurred() ? -1 : 0;
}

void py_set_swap_bodies(PySetObj *a, PySetObj *b)
{
    int64_t t;
    t = a->fill, a->fill = b->fill, b->fill = t;
    t = a->used, a->used = b->used, b->used = t;
    t = a->mask, a->mask = b->mask, b->mask = t;
    uint64_t addr = a->table_addr;
    a->table_addr = b->table_addr;
    b->table_addr = addr;

    bool a_small = a->table == a->smalltable, b_small = b->table == b->smalltable;
    PySetEntry *u = a_small ? b->smalltable : a->table;
    a->table = b_small ? a->smalltable : b->table;
    b->table = u;
    if (a_small || b_small) {
        PySetEntry tab[PY_SET_MINSIZE];
        memcpy(tab, a->smalltable, sizeof tab);
        memcpy(a->smalltable, b->smalltable, sizeof tab);
        memcpy(b->smalltable, tab, sizeof tab);
    }
    if (py_isinstance_c((PyObj *)a, &py_frozenset_type) && py_isinstance_c((PyObj *)b, &py_frozenset_type)) {
        t = a->hash, a->hash = b->hash, b->hash = t;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

/* ---- creation ---- */

PyObj *py_set_make(PyType *type, PyObj *iterable)
{
    PySetObj *so = (PySetObj *)py_alloc(type, type->csize, type->basicsize);
    if (!so) return NULL;
    so->fill = 0;
    so->used = 0;
    so->mask = PY_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    so->table_addr = 0;
    /* tp_alloc tracks at once in 3.12 */
    py_gc_track((PyObj *)so);
    if (iterable != NULL && py_set_update_internal(so, iterable)) {
        py_decref(so);
        return NULL;
    }
    return (PyObj *)so;
}

PyObj *py_set_make_basetype(PyType *type, PyObj *iterable)
{
    if (type != &py_set_type && type != &py_frozenset_type)
        type = py_type_is_subtype(type, &py_set_type) ? &py_set_type : &py_frozenset_type;
    return py_set_make(type, iterable);
}

/* ---- frozenset hash ---- */

/* Spreads the bits of nearby hashes (small ints) over the word. */
static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

int64_t py_frozenset_hash(PyObj *o)
{
    PySetObj *so = py_set_cast(o);
    if (so->hash != -1) return so->hash;
    /* CPython xors every slot in and then takes out the unused and dummy
     * ones; xor over the active slots is the same number. */
    uint64_t hash = 0;
    for (int64_t i = 0; i <= so->mask; i++) {
        PySetEntry *e = &so->table[i];
        if (e->key && e->key != PY_SET_DUMMY) hash ^= shuffle_bits((uint64_t)e->hash);
    }
    hash ^= ((uint64_t)so->used + 1) * 1927868237ull;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923ull;
    if (hash == (uint64_t)-1) hash = 590923713ull;
    so->hash = (int64_t)hash;
    return so->hash;
}

/* ---- the lifecycle slots (shared by set and frozenset) ---- */

void py_set_tp_dealloc(PyObj *o)
{
    PySetObj *so = py_set_cast(o);
    /* keys in slot order, then the table (the object itself is heap.c's) */
    int64_t used = so->used;
    for (PySetEntry *e = so->table; used > 0; e++) {
        if (e->key && e->key != PY_SET_DUMMY) {
            used--;
            py_decref(e->key);
        }
    }
    if (so->table != so->smalltable) table_release(so, so->table, so->mask, so->table_addr);
    so->table = so->smalltable;
    so->table_addr = 0;
    so->fill = so->used = 0;
}

int py_set_tp_traverse(PyObj *o, PyVisitFn visit, void *arg)
{
    PySetObj *so = py_set_cast(o);
    size_t pos = 0;
    PySetEntry *e;
    while (py_set_next_entry(so, &pos, &e))
        if (visit(e->key, arg)) return 1;
    return 0;
}

void py_set_tp_clear(PyObj *o) { py_set_clear_internal(py_set_cast(o)); }

/* ---- the obj.h API ---- */

PyObj *py_set_new(PyObj *iterable) { return py_set_make(&py_set_type, iterable); }

PyObj *py_frozenset_new(PyObj *iterable) { return py_set_make(&py_frozenset_type, iterable); }

int py_set_add(PyObj *set, PyObj *key) { return py_set_add_key(py_set_cast(set), key); }

int py_set_contains(PyObj *set, PyObj *key) { return py_set_contains_retry(py_set_cast(set), key); }

int py_set_discard(PyObj *set, PyObj *key) { return py_set_discard_key(py_set_cast(set), key); }

size_t py_set_size(PyObj *set) { return (size_t)py_set_cast(set)->used; }

bool py_set_next(PyObj *set, size_t *pos, PyObj **key) { return py_set_next_hash(set, pos, key, NULL); }

bool py_set_next_hash(PyObj *set, size_t *pos, PyObj **key, int64_t *hash)
{
    PySetEntry *e;
    if (!py_set_next_entry(py_set_cast(set), pos, &e)) return false;
    *key = e->key;
    if (hash) *hash = e->hash;
    return true;
}

int py_set_update(PyObj *set, PyObj *iterable) { return py_set_update_internal(py_set_cast(set), iterable); }
