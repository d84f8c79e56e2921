/* dict_split.c — instance attributes as CPython 3.12 keeps them: the
 * class's shared keys (at most 30 names, 768 bytes), a values block per
 * instance, and split dicts that use both.  What is modelled is what a
 * program can observe: the blocks' sizes and when they are made and freed
 * (ids), sys.getsizeof of __dict__, and when a split dict turns combined.
 *
 * Invariant: a split PyDictObj keeps its entries in a C-only table (no
 * simulated block); every key it holds is one of its shared keys' names.
 */
#include <string.h>

#include "pysim/dict_impl.h"
#include "pysim/vm.h"

/* _PyDict_NewKeysForClass: a 64-slot unicode table, "usable" set to the
 * 30-key maximum (it shrinks by one with each new instance). */
#define SHARED_KEYS_BYTES 768

PySharedKeys *py_shared_keys_new(void)
{
    uint64_t addr = heap_sim_alloc(&py_vm->heap, SHARED_KEYS_BYTES);
    if (!addr) {
        py_err_no_memory();
        return NULL;
    }
    PySharedKeys *sk = xcalloc(1, sizeof *sk);
    sk->refs = 1;
    sk->usable = PY_SHARED_KEYS_MAX;
    sk->addr = addr;
    return sk;
}

void py_shared_keys_release(PySharedKeys *sk)
{
    if (!sk || --sk->refs) return;
    for (int i = 0; i < sk->n; i++) py_decref(sk->names[i]);
    heap_sim_free(&py_vm->heap, sk->addr, SHARED_KEYS_BYTES);
    free(sk);
}

size_t py_dict_values_bytes(size_t n)
{
    size_t prefix = (n + 2 + 7) & ~(size_t)7; /* _Py_SIZE_ROUND_UP(size + 2, 8) */
    return prefix + n * sizeof(PyObj *);
}

/* new_values(shared_keys_usable_size(keys)) for dict d. */
static int attach_values(PyDictObj *d, PySharedKeys *sk)
{
    size_t n = (size_t)(sk->n + sk->usable);
    uint64_t addr = heap_sim_alloc(&py_vm->heap, py_dict_values_bytes(n));
    if (!addr) {
        py_err_no_memory();
        return -1;
    }
    sk->refs++;
    d->shared = sk;
    d->values_addr = addr;
    d->values_size = n;
    return 0;
}

void py_dict_split_end(PyDictObj *d)
{
    PySharedKeys *sk = d->shared;
    if (!sk) return;
    heap_sim_free(&py_vm->heap, d->values_addr, py_dict_values_bytes(d->values_size));
    d->shared = NULL;
    d->values_addr = 0;
    d->values_size = 0;
    py_shared_keys_release(sk);
}

PyObj *py_dict_new_instance_values(PySharedKeys *sk)
{
    /* init_inline_values: each new instance takes one from usable */
    if (sk->usable > 1) sk->usable--;
    PyDictObj *d = (PyDictObj *)py_alloc_unplaced(&py_dict_type, sizeof(PyDictObj));
    d->keys = &py_dict_empty_keys;
    if (attach_values(d, sk) < 0) {
        py_decref((PyObj *)d);
        return NULL;
    }
    d->keys = py_dict_keys_new_c();
    return (PyObj *)d;
}

PyObj *py_dict_new_shared(PySharedKeys *sk)
{
    /* new_dict_with_shared_keys: the values first, then the object */
    PyDictObj *d = (PyDictObj *)py_alloc_unplaced(&py_dict_type, sizeof(PyDictObj));
    d->keys = &py_dict_empty_keys;
    if (attach_values(d, sk) < 0 || py_place((PyObj *)d, PY_DICT_BASICSIZE, HEAP_FL_DICT) < 0) {
        py_decref((PyObj *)d);
        return NULL;
    }
    d->keys = py_dict_keys_new_c();
    return (PyObj *)d;
}

int py_dict_place_values(PyObj *d)
{
    if (!(d->ob_flags & PY_OBF_INSTANCE_VALUES)) return 0;
    return py_place(d, PY_DICT_BASICSIZE, HEAP_FL_DICT);
}

static int shared_index(const PySharedKeys *sk, PyObj *key)
{
    for (int i = 0; i < sk->n; i++)
        if (sk->names[i] == key || py_str_eq(sk->names[i], key)) return i;
    return -1;
}

int py_dict_split_prepare_insert(PyDictObj *d, PyObj *key)
{
    PySharedKeys *sk = d->shared;
    if (!PY_IS_TYPE(key, py_str_type)) /* insertion_resize(mp, 0): a general table */
        return py_dict_insertion_resize(d, false);
    if (shared_index(sk, key) >= 0) return 0;
    if (sk->usable > 0) { /* insert_into_dictkeys: one more shared name */
        sk->names[sk->n++] = py_newref(key);
        sk->usable--;
        return 0;
    }
    /* the shared keys are full: the values become a dict object if they
     * were not one yet, and it turns combined (insertion_resize) */
    if (py_dict_place_values((PyObj *)d) < 0) return -1;
    return py_dict_insertion_resize(d, true);
}

size_t py_dict_split_sizeof(const PyDictObj *d)
{
    return PY_DICT_BASICSIZE + (size_t)(d->shared->n + d->shared->usable) * sizeof(PyObj *);
}

PyObj *py_dict_split_copy(PyDictObj *mp)
{
    /* the values block first, then an object not from the free list */
    PyDictObj *c = (PyDictObj *)py_alloc_unplaced(&py_dict_type, sizeof(PyDictObj));
    c->keys = &py_dict_empty_keys;
    if (attach_values(c, mp->shared) < 0 || py_place((PyObj *)c, PY_DICT_BASICSIZE, HEAP_FL_NONE) < 0) {
        py_decref((PyObj *)c);
        return NULL;
    }
    c->keys = py_dict_keys_new_c();
    size_t pos = 0;
    PyObj *k, *v;
    int64_t h;
    while (py_dict_next_hash((PyObj *)mp, &pos, &k, &v, &h)) {
        if (py_dict_insert(c, k, h, v) < 0) {
            py_decref((PyObj *)c);
            return NULL;
        }
    }
    if (mp->ob.ob_flags & PY_OBF_GC_TRACKED) py_gc_track((PyObj *)c);
    return (PyObj *)c;
}
