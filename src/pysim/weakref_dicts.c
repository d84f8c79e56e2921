/* weakref_dicts.c — WeakValueDictionary, WeakKeyDictionary and WeakSet,
 * the containers of Lib/weakref.py and Lib/_weakrefset.py, simulated in C
 * on the same data structure CPython's classes use: a plain dict (or set)
 * `data` holding weak references whose callback, bound to a weak
 * reference to the container, removes the entry when the referent dies.
 *
 * Approximations (see docs/fidelity.md): keys(), values(), items() and
 * iteration return an iterator over a snapshot list rather than a
 * generator (so entries dying during the iteration are seen alive until
 * it ends); the _pending_removals / _iterating machinery is not needed and
 * not simulated; the set algebra of WeakSet beyond |= is not provided.
 *
 * Invariant: data only holds weak references made here (KeyedRef values
 * for WeakValueDictionary, callback references as keys or items for the
 * other two); a dead one is removed by its callback.
 */
#include <string.h>

#include "pysim/gc.h"
#include "pysim/obj.h"
#include "pysim/vm.h"
#include "pysim/weakref.h"
#include "pysim/weakref_impl.h"

typedef struct WeakContainerObj {
    PyObj ob;
    PyObj *data;   /* dict, or set for WeakSet */
    PyObj *remove; /* the callback of the references in data */
} WeakContainerObj;

#define WC(o) ((WeakContainerObj *)(o))

extern PyType py_weakref_wvd_type, py_weakref_wkd_type, py_weakref_weakset_type;

static int wc_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    return (WC(self)->data && visit(WC(self)->data, arg)) || (WC(self)->remove && visit(WC(self)->remove, arg));
}

static void wc_clear(PyObj *self)
{
    py_clear(&WC(self)->data);
    py_clear(&WC(self)->remove);
}

static PyObj *wc_alloc(PyType *type, const PyMethodDef *remove_def, bool set)
{
    PyObj *self = py_alloc(type, type->csize, type->basicsize);
    if (!self) return NULL;
    py_gc_track(self);
    WC(self)->remove = py_weakref_bound_callback(remove_def, self);
    WC(self)->data = set ? py_set_new(NULL) : py_dict_new();
    if (!WC(self)->remove || !WC(self)->data) py_clear(&self);
    return self;
}

static PyObj *wc_repr(PyObj *self)
{
    /* "<%s at %#x>" % (self.__class__.__name__, id(self)) */
    return py_str_format_c("<%U at 0x%llx>", PY_TYPE(self)->name_obj, (unsigned long long)self->ob_id);
}

/* An iterator over a NEW list (consumed). */
static PyObj *iter_of(PyObj *list)
{
    if (!list) return NULL;
    PyObj *it = py_iter(list);
    py_decref(list);
    return it;
}

static PyObj *weak_ref(PyObj *o, PyObj *callback)
{
    return py_weakref_new_ref(&py_weakref_ref_type, o, callback);
}

/* ====================================================================
 * WeakValueDictionary */

/* remove(wr): the value of entry wr.key died. */
static PyObj *wvd_remove(PyObj *selfref, PyObj *const *args, size_t n, PyObj *k)
{
    PyObj *self = py_weakref_callback_owner(selfref);
    if (self && WC(self)->data && py_isinstance_c(args[0], &py_weakref_keyedref_type)) {
        PyObj *key = py_weakref_keyed_key(args[0]);
        /* _remove_dead_weakref: only if the entry is still a dead reference */
        PyObj *v = key ? py_dict_getitem(WC(self)->data, key) : NULL;
        if (v && py_weakref_check(v) && !py_weakref_get(v) && py_dict_delitem(WC(self)->data, key) < 0) return NULL;
        if (py_err_occurred()) return NULL;
    }
    return py_newref(PY_NONE);
}

static const PyMethodDef wvd_remove_def = {"remove", wvd_remove, 1, 1, 0};

static int wvd_set(PyObj *self, PyObj *key, PyObj *value)
{
    PyObj *r = py_weakref_keyed_new(value, WC(self)->remove, key);
    if (!r) return -1;
    int rc = py_dict_setitem(WC(self)->data, key, r);
    py_decref(r);
    return rc;
}

/* The live value for key (BORROWED), NULL without error if absent or dead. */
static PyObj *wvd_lookup(PyObj *self, PyObj *key)
{
    PyObj *wr = py_dict_getitem(WC(self)->data, key);
    return wr ? py_weakref_get(wr) : NULL;
}

static int wvd_update_from(PyObj *self, PyObj *other)
{
    PyObj *items = NULL;
    if (PY_DICT_CHECK(other)) {
        items = py_dict_copy(other);
    } else {
        PyObj *has = NULL;
        int found = py_getattr_opt(other, PY_ID(items), &has);
        if (found < 0) return -1;
        py_xdecref(has);
        if (found) {
            PyObj *f = py_call_method(other, PY_ID(items), NULL, 0, NULL);
            if (!f) return -1;
            PyObj *l = py_sequence_list(f);
            py_decref(f);
            if (!l) return -1;
            items = py_dict_new();
            for (size_t i = 0; items && i < py_list_size(l); i++) {
                PyObj *kv = py_list_item(l, i);
                if (PY_TUPLE_CHECK(kv) && py_tuple_size(kv) == 2 &&
                    py_dict_setitem(items, py_tuple_item(kv, 0), py_tuple_item(kv, 1)) == 0)
                    continue;
                py_clear(&items);
            }
            py_decref(l);
            if (!items) return -1;
        } else {
            PyObj *arg = other;
            items = py_call((PyObj *)&py_dict_type, &arg, 1, NULL);
        }
    }
    if (!items) return -1;
    size_t pos = 0;
    PyObj *k, *v;
    int rc = 0;
    while (rc == 0 && py_dict_next(items, &pos, &k, &v)) rc = wvd_set(self, k, v);
    py_decref(items);
    return rc;
}

static int wvd_update_kw(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    for (size_t i = 0; kwnames && i < py_tuple_size(kwnames); i++)
        if (wvd_set(self, py_tuple_item(kwnames, i), args[nargs + i]) < 0) return -1;
    return 0;
}

static PyObj *wvd_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    return wc_alloc(type, &wvd_remove_def, false);
}

static int wvd_init(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (nargs > 1) {
        py_err_format(&py_exc_TypeError, "WeakValueDictionary.__init__() takes from 1 to 2 positional arguments but %zd were given",
                      (int64_t)nargs + 1);
        return -1;
    }
    if (nargs && wvd_update_from(self, args[0]) < 0) return -1;
    return wvd_update_kw(self, args, nargs, kwnames);
}

static PyObj *wvd_getitem(PyObj *self, PyObj *key)
{
    PyObj *wr = py_dict_getitem(WC(self)->data, key);
    PyObj *o = wr ? py_weakref_get(wr) : NULL;
    if (o) return py_newref(o);
    if (!py_err_occurred()) py_err_set_value(&py_exc_KeyError, key);
    return NULL;
}

static int wvd_ass(PyObj *self, PyObj *key, PyObj *value)
{
    if (value) return wvd_set(self, key, value);
    return py_dict_delitem(WC(self)->data, key);
}

static int64_t wc_len(PyObj *self)
{
    return PY_DICT_CHECK(WC(self)->data) ? (int64_t)py_dict_size(WC(self)->data) : (int64_t)py_set_size(WC(self)->data);
}

static int wvd_contains(PyObj *self, PyObj *key)
{
    PyObj *o = wvd_lookup(self, key);
    if (!o && py_err_occurred()) return -1;
    return o != NULL;
}

/* A NEW list of what the live entries of a weak dict give: 'k' keys,
 * 'v' values, 'i' (key, value) tuples, 'r' the references.  The data
 * dict maps key -> weakref(value) for a WeakValueDictionary and
 * weakref(key) -> value for a WeakKeyDictionary (weak_keys). */
static PyObj *weak_dict_snapshot(PyObj *self, char what, bool weak_keys)
{
    PyObj *l = py_list_new(0);
    size_t pos = 0;
    PyObj *dk, *dv;
    while (l && py_dict_next(WC(self)->data, &pos, &dk, &dv)) {
        PyObj *wr = weak_keys ? dk : dv;
        PyObj *k = weak_keys ? py_weakref_get(dk) : dk, *v = weak_keys ? dv : py_weakref_get(dv);
        if ((!k || !v) && what != 'r') continue;
        PyObj *item = what == 'k' ? py_newref(k) : what == 'v' ? py_newref(v) : what == 'r' ? py_newref(wr)
                                                                                            : py_tuple_pack(2, k, v);
        if (!item || py_list_append(l, item) < 0) py_clear(&l);
        py_xdecref(item);
    }
    return l;
}

static PyObj *wvd_snapshot(PyObj *self, char what) { return weak_dict_snapshot(self, what, false); }

static PyObj *wvd_iter(PyObj *self) { return iter_of(wvd_snapshot(self, 'k')); }

static PyObj *wvd_keys(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return iter_of(wvd_snapshot(self, 'k')); }
static PyObj *wvd_values(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return iter_of(wvd_snapshot(self, 'v')); }
static PyObj *wvd_items(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return iter_of(wvd_snapshot(self, 'i')); }
static PyObj *wvd_valuerefs(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return wvd_snapshot(self, 'r'); }
static PyObj *wvd_itervaluerefs(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return iter_of(wvd_snapshot(self, 'r'));
}

static PyObj *wvd_get(PyObj *self, PyObj *const *args, size_t nargs, PyObj *k)
{
    PyObj *o = wvd_lookup(self, args[0]);
    if (!o && py_err_occurred()) return NULL;
    return py_newref(o ? o : nargs > 1 ? args[1] : PY_NONE);
}

static PyObj *wvd_pop(PyObj *self, PyObj *const *args, size_t nargs, PyObj *k)
{
    PyObj *wr = NULL;
    if (py_dict_pop(WC(self)->data, args[0], &wr) < 0) return NULL;
    PyObj *o = wr ? py_weakref_get(wr) : NULL;
    if (o) py_incref(o);
    py_xdecref(wr);
    if (o) return o;
    if (nargs > 1) return py_newref(args[1]);
    return py_err_set_value(&py_exc_KeyError, args[0]);
}

static PyObj *wvd_popitem(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    for (;;) {
        PyObj *keys = py_dict_keys_list(WC(self)->data);
        if (!keys) return NULL;
        size_t len = py_list_size(keys);
        if (!len) {
            py_decref(keys);
            return py_err_format(&py_exc_KeyError, "popitem(): dictionary is empty");
        }
        PyObj *key = py_newref(py_list_item(keys, len - 1));
        py_decref(keys);
        PyObj *wr = NULL;
        if (py_dict_pop(WC(self)->data, key, &wr) < 0) {
            py_decref(key);
            return NULL;
        }
        PyObj *o = wr ? py_weakref_get(wr) : NULL;
        PyObj *r = o ? py_tuple_pack(2, key, o) : NULL;
        py_xdecref(wr);
        py_decref(key);
        if (r) return r;
    }
}

static PyObj *wvd_setdefault(PyObj *self, PyObj *const *args, size_t nargs, PyObj *k)
{
    PyObj *o = wvd_lookup(self, args[0]);
    if (o) return py_newref(o);
    if (py_err_occurred()) return NULL;
    PyObj *dflt = nargs > 1 ? args[1] : PY_NONE;
    if (wvd_set(self, args[0], dflt) < 0) return NULL;
    return py_newref(dflt);
}

static PyObj *wvd_update(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (nargs > 1) return py_err_format(&py_exc_TypeError, "update() takes from 1 to 2 positional arguments but %zd were given",
                                        (int64_t)nargs + 1);
    if (nargs && args[0] != PY_NONE && wvd_update_from(self, args[0]) < 0) return NULL;
    if (wvd_update_kw(self, args, nargs, kwnames) < 0) return NULL;
    return py_newref(PY_NONE);
}

static PyObj *wvd_copy(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyObj *items = wvd_snapshot(self, 'i');
    if (!items) return NULL;
    PyObj *c = wvd_new(PY_TYPE(self), NULL, 0, NULL);
    for (size_t i = 0; c && i < py_list_size(items); i++) {
        PyObj *kv = py_list_item(items, i);
        if (wvd_set(c, py_tuple_item(kv, 0), py_tuple_item(kv, 1)) < 0) py_clear(&c);
    }
    py_decref(items);
    return c;
}

/* MutableMapping.clear: popitem until empty. */
static PyObj *wc_dict_clear(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    while (py_dict_size(WC(self)->data)) {
        PyObj *keys = py_dict_keys_list(WC(self)->data);
        if (!keys) return NULL;
        PyObj *key = py_newref(py_list_item(keys, py_list_size(keys) - 1));
        py_decref(keys);
        int rc = py_dict_delitem(WC(self)->data, key);
        py_decref(key);
        if (rc < 0) return NULL;
    }
    return py_newref(PY_NONE);
}

/* Mapping.__eq__: dict(self.items()) == dict(other.items()). */
static PyObj *mapping_as_dict(PyObj *o)
{
    if (PY_DICT_CHECK(o)) return py_newref(o);
    PyObj *items = py_call_method(o, PY_ID(items), NULL, 0, NULL);
    if (!items) return NULL;
    PyObj *d = py_call((PyObj *)&py_dict_type, &items, 1, NULL);
    py_decref(items);
    return d;
}

static PyObj *mapping_richcompare(PyObj *a, PyObj *b, int op)
{
    bool mapping = PY_DICT_CHECK(b) || py_isinstance_c(b, &py_weakref_wvd_type) || py_isinstance_c(b, &py_weakref_wkd_type);
    if ((op != PY_EQ && op != PY_NE) || !mapping) return py_newref(PY_NOTIMPL);
    PyObj *x = mapping_as_dict(a), *y = x ? mapping_as_dict(b) : NULL;
    PyObj *r = y ? py_richcompare(x, y, op) : NULL;
    py_xdecref(x);
    py_xdecref(y);
    return r;
}

static const PyMethodDef wvd_methods[] = {
    {"get", wvd_get, 1, 2, 0},
    {"keys", wvd_keys, 0, 0, 0},
    {"values", wvd_values, 0, 0, 0},
    {"items", wvd_items, 0, 0, 0},
    {"valuerefs", wvd_valuerefs, 0, 0, 0},
    {"itervaluerefs", wvd_itervaluerefs, 0, 0, 0},
    {"pop", wvd_pop, 1, 2, 0},
    {"popitem", wvd_popitem, 0, 0, 0},
    {"setdefault", wvd_setdefault, 1, 2, 0},
    {"update", wvd_update, 0, -1, PY_METH_KEYWORDS},
    {"copy", wvd_copy, 0, 0, 0},
    {"__copy__", wvd_copy, 0, 0, 0},
    {"clear", wc_dict_clear, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

/* Instances are plain class instances in CPython: 48 bytes with the GC
 * header and the pre-header. */
#define WC_SLOTS \
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE | PY_TPF_MANAGED_WEAKREF | PY_TPF_WEAKREFABLE, \
    .csize = sizeof(WeakContainerObj), \
    .basicsize = 16, \
    .tp_dealloc = wc_clear, \
    .tp_traverse = wc_traverse, \
    .tp_clear = wc_clear

PyType py_weakref_wvd_type = {
    .name = "WeakValueDictionary", /* module weakref (py_weakref_add_dicts) */
    WC_SLOTS,
    .tp_new = wvd_new,
    .tp_init = wvd_init,
    .tp_repr = wc_repr,
    .tp_richcompare = mapping_richcompare,
    .tp_iter = wvd_iter,
    .sq_length = wc_len,
    .mp_subscript = wvd_getitem,
    .mp_ass_subscript = wvd_ass,
    .sq_contains = wvd_contains,
    .methods = wvd_methods,
};

/* ====================================================================
 * WeakKeyDictionary */

/* remove(k): the key of entry k died. */
static PyObj *wkd_remove(PyObj *selfref, PyObj *const *args, size_t n, PyObj *k)
{
    PyObj *self = py_weakref_callback_owner(selfref);
    if (self && WC(self)->data) {
        PyObj *v = NULL;
        if (py_dict_pop(WC(self)->data, args[0], &v) < 0) py_err_clear();
        py_xdecref(v);
    }
    return py_newref(PY_NONE);
}

static const PyMethodDef wkd_remove_def = {"remove", wkd_remove, 1, 1, 0};

static int wkd_set(PyObj *self, PyObj *key, PyObj *value)
{
    PyObj *r = weak_ref(key, WC(self)->remove);
    if (!r) return -1;
    int rc = py_dict_setitem(WC(self)->data, r, value);
    py_decref(r);
    return rc;
}

static int wkd_update_from(PyObj *self, PyObj *other)
{
    PyObj *d = PY_DICT_CHECK(other) ? py_newref(other) : py_call((PyObj *)&py_dict_type, &other, 1, NULL);
    if (!d) return -1;
    size_t pos = 0;
    PyObj *k, *v;
    int rc = 0;
    while (rc == 0 && py_dict_next(d, &pos, &k, &v)) rc = wkd_set(self, k, v);
    py_decref(d);
    return rc;
}

static PyObj *wkd_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    return wc_alloc(type, &wkd_remove_def, false);
}

static int wkd_init(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"dict"};
    PyObj *v[1];
    if (py_parse_args("WeakKeyDictionary.__init__", args, nargs, kwnames, names, 1, 0, 0, v) < 0) return -1;
    return v[0] && v[0] != PY_NONE ? wkd_update_from(self, v[0]) : 0;
}

static PyObj *wkd_getitem(PyObj *self, PyObj *key)
{
    PyObj *r = weak_ref(key, NULL);
    if (!r) return NULL;
    PyObj *v = py_getitem(WC(self)->data, r);
    py_decref(r);
    return v;
}

static int wkd_ass(PyObj *self, PyObj *key, PyObj *value)
{
    if (value) return wkd_set(self, key, value);
    PyObj *r = weak_ref(key, NULL);
    if (!r) return -1;
    int rc = py_dict_delitem(WC(self)->data, r);
    py_decref(r);
    return rc;
}

static int wc_contains_ref(PyObj *self, PyObj *key)
{
    PyObj *r = weak_ref(key, NULL);
    if (!r) {
        if (!py_err_matches((PyObj *)&py_exc_TypeError)) return -1;
        py_err_clear();
        return 0;
    }
    int rc = PY_DICT_CHECK(WC(self)->data) ? py_dict_contains(WC(self)->data, r) : py_set_contains(WC(self)->data, r);
    py_decref(r);
    return rc;
}

static PyObj *wkd_snapshot(PyObj *self, char what) { return weak_dict_snapshot(self, what, true); }

static PyObj *wkd_iter(PyObj *self) { return iter_of(wkd_snapshot(self, 'k')); }
static PyObj *wkd_keys(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return iter_of(wkd_snapshot(self, 'k')); }
static PyObj *wkd_values(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return iter_of(wkd_snapshot(self, 'v')); }
static PyObj *wkd_items(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return iter_of(wkd_snapshot(self, 'i')); }
static PyObj *wkd_keyrefs(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return wkd_snapshot(self, 'r'); }

static PyObj *wkd_get(PyObj *self, PyObj *const *args, size_t nargs, PyObj *k)
{
    PyObj *r = weak_ref(args[0], NULL);
    if (!r) return NULL;
    PyObj *v = py_dict_getitem(WC(self)->data, r);
    py_decref(r);
    if (!v && py_err_occurred()) return NULL;
    return py_newref(v ? v : nargs > 1 ? args[1] : PY_NONE);
}

static PyObj *wkd_pop(PyObj *self, PyObj *const *args, size_t nargs, PyObj *k)
{
    PyObj *r = weak_ref(args[0], NULL);
    if (!r) return NULL;
    PyObj *v = NULL;
    int found = py_dict_pop(WC(self)->data, r, &v);
    if (found == 0) {
        if (nargs > 1) v = py_newref(args[1]);
        else py_err_set_value(&py_exc_KeyError, r);
    }
    py_decref(r);
    return v;
}

static PyObj *wkd_popitem(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    for (;;) {
        PyObj *keys = py_dict_keys_list(WC(self)->data);
        if (!keys) return NULL;
        size_t len = py_list_size(keys);
        if (!len) {
            py_decref(keys);
            return py_err_format(&py_exc_KeyError, "popitem(): dictionary is empty");
        }
        PyObj *wr = py_newref(py_list_item(keys, len - 1));
        py_decref(keys);
        PyObj *v = NULL;
        if (py_dict_pop(WC(self)->data, wr, &v) < 0) {
            py_decref(wr);
            return NULL;
        }
        PyObj *o = py_weakref_get(wr);
        PyObj *r = o && v ? py_tuple_pack(2, o, v) : NULL;
        py_xdecref(v);
        py_decref(wr);
        if (r) return r;
    }
}

static PyObj *wkd_setdefault(PyObj *self, PyObj *const *args, size_t nargs, PyObj *k)
{
    PyObj *r = weak_ref(args[0], WC(self)->remove);
    if (!r) return NULL;
    PyObj *dflt = nargs > 1 ? args[1] : PY_NONE;
    PyObj *v = py_dict_getitem(WC(self)->data, r);
    if (!v && !py_err_occurred() && py_dict_setitem(WC(self)->data, r, dflt) == 0) v = dflt;
    py_decref(r);
    return v ? py_newref(v) : NULL;
}

static PyObj *wkd_update(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (nargs > 1) return py_err_format(&py_exc_TypeError, "update() takes from 1 to 2 positional arguments but %zd were given",
                                        (int64_t)nargs + 1);
    if (nargs && args[0] != PY_NONE && wkd_update_from(self, args[0]) < 0) return NULL;
    for (size_t i = 0; kwnames && i < py_tuple_size(kwnames); i++)
        if (wkd_set(self, py_tuple_item(kwnames, i), args[nargs + i]) < 0) return NULL;
    return py_newref(PY_NONE);
}

static PyObj *wkd_copy(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyObj *items = wkd_snapshot(self, 'i');
    if (!items) return NULL;
    PyObj *c = wkd_new(PY_TYPE(self), NULL, 0, NULL);
    for (size_t i = 0; c && i < py_list_size(items); i++) {
        PyObj *kv = py_list_item(items, i);
        if (wkd_set(c, py_tuple_item(kv, 0), py_tuple_item(kv, 1)) < 0) py_clear(&c);
    }
    py_decref(items);
    return c;
}

static const PyMethodDef wkd_methods[] = {
    {"get", wkd_get, 1, 2, 0},
    {"keys", wkd_keys, 0, 0, 0},
    {"values", wkd_values, 0, 0, 0},
    {"items", wkd_items, 0, 0, 0},
    {"keyrefs", wkd_keyrefs, 0, 0, 0},
    {"pop", wkd_pop, 1, 2, 0},
    {"popitem", wkd_popitem, 0, 0, 0},
    {"setdefault", wkd_setdefault, 1, 2, 0},
    {"update", wkd_update, 0, -1, PY_METH_KEYWORDS},
    {"copy", wkd_copy, 0, 0, 0},
    {"__copy__", wkd_copy, 0, 0, 0},
    {"clear", wc_dict_clear, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

PyType py_weakref_wkd_type = {
    .name = "WeakKeyDictionary",
    WC_SLOTS,
    .tp_new = wkd_new,
    .tp_init = wkd_init,
    .tp_repr = wc_repr,
    .tp_richcompare = mapping_richcompare,
    .tp_iter = wkd_iter,
    .sq_length = wc_len,
    .mp_subscript = wkd_getitem,
    .mp_ass_subscript = wkd_ass,
    .sq_contains = wc_contains_ref,
    .methods = wkd_methods,
};

/* ====================================================================
 * WeakSet */

static PyObj *ws_remove_cb(PyObj *selfref, PyObj *const *args, size_t n, PyObj *k)
{
    PyObj *self = py_weakref_callback_owner(selfref);
    if (self && WC(self)->data && py_set_discard(WC(self)->data, args[0]) < 0) return NULL;
    return py_newref(PY_NONE);
}

static const PyMethodDef ws_remove_def = {"_remove", ws_remove_cb, 1, 1, 0};

static int ws_add_item(PyObj *self, PyObj *item)
{
    PyObj *r = weak_ref(item, WC(self)->remove);
    if (!r) return -1;
    int rc = py_set_add(WC(self)->data, r);
    py_decref(r);
    return rc;
}

static int ws_update_from(PyObj *self, PyObj *other)
{
    PyObj *it = py_iter(other);
    if (!it) return -1;
    PyObj *x;
    int rc = 0;
    while (rc == 0 && (x = py_next(it))) {
        rc = ws_add_item(self, x);
        py_decref(x);
    }
    py_decref(it);
    return rc == 0 && py_err_occurred() ? -1 : rc;
}

static PyObj *ws_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    return wc_alloc(type, &ws_remove_def, true);
}

static int ws_init(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"data"};
    PyObj *v[1];
    if (py_parse_args("WeakSet.__init__", args, nargs, kwnames, names, 1, 0, 0, v) < 0) return -1;
    return v[0] && v[0] != PY_NONE ? ws_update_from(self, v[0]) : 0;
}

static PyObj *ws_snapshot(PyObj *self)
{
    PyObj *l = py_list_new(0);
    size_t pos = 0;
    PyObj *wr;
    while (l && py_set_next(WC(self)->data, &pos, &wr)) {
        PyObj *o = py_weakref_get(wr);
        if (o && py_list_append(l, o) < 0) py_clear(&l);
    }
    return l;
}

static PyObj *ws_iter(PyObj *self) { return iter_of(ws_snapshot(self)); }

static PyObj *ws_add(PyObj *self, PyObj *const *args, size_t n, PyObj *k)
{
    return ws_add_item(self, args[0]) < 0 ? NULL : py_newref(PY_NONE);
}

static PyObj *ws_clear(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return py_call_method(WC(self)->data, py_intern_c("clear"), NULL, 0, NULL);
}

static PyObj *ws_discard_or_remove(PyObj *self, PyObj *item, bool must)
{
    PyObj *r = weak_ref(item, NULL);
    if (!r) return NULL;
    PyObj *res = py_call_method(WC(self)->data, py_intern_c(must ? "remove" : "discard"), &r, 1, NULL);
    py_decref(r);
    return res;
}

static PyObj *ws_discard(PyObj *self, PyObj *const *args, size_t n, PyObj *k)
{
    return ws_discard_or_remove(self, args[0], false);
}

static PyObj *ws_remove(PyObj *self, PyObj *const *args, size_t n, PyObj *k)
{
    return ws_discard_or_remove(self, args[0], true);
}

static PyObj *ws_update(PyObj *self, PyObj *const *args, size_t n, PyObj *k)
{
    return ws_update_from(self, args[0]) < 0 ? NULL : py_newref(PY_NONE);
}

static PyObj *ws_copy(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return py_call1((PyObj *)PY_TYPE(self), self);
}

static PyObj *ws_pop(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    for (;;) {
        if (!py_set_size(WC(self)->data)) return py_err_format(&py_exc_KeyError, "pop from empty WeakSet");
        PyObj *r = py_call_method(WC(self)->data, py_intern_c("pop"), NULL, 0, NULL);
        if (!r) return NULL;
        PyObj *o = py_weakref_get(r);
        if (o) py_incref(o);
        py_decref(r);
        if (o) return o;
    }
}

static PyObj *ws_repr(PyObj *self) { return py_repr(WC(self)->data); }

static PyObj *ws_inplace(PyObj *a, PyObj *b, PyBinOp op)
{
    if (op != PY_OP_OR || !py_isinstance_c(a, &py_weakref_weakset_type)) return py_newref(PY_NOTIMPL);
    if (ws_update_from(a, b) < 0) return NULL;
    return py_newref(a);
}

/* __eq__: the same set of references as set(map(ref, other)). */
static PyObj *ws_richcompare(PyObj *a, PyObj *b, int op)
{
    if ((op != PY_EQ && op != PY_NE) || !py_isinstance_c(b, PY_TYPE(a))) return py_newref(PY_NOTIMPL);
    PyObj *other = py_set_new(NULL);
    PyObj *items = other ? ws_snapshot(b) : NULL;
    for (size_t i = 0; items && i < py_list_size(items); i++) {
        PyObj *r = weak_ref(py_list_item(items, i), NULL);
        if (!r || py_set_add(other, r) < 0) py_clear(&items);
        py_xdecref(r);
    }
    PyObj *res = items ? py_richcompare(WC(a)->data, other, op) : NULL;
    py_xdecref(items);
    py_xdecref(other);
    return res;
}

static const PyMethodDef ws_methods[] = {
    {"add", ws_add, 1, 1, 0},
    {"clear", ws_clear, 0, 0, 0},
    {"copy", ws_copy, 0, 0, 0},
    {"pop", ws_pop, 0, 0, 0},
    {"remove", ws_remove, 1, 1, 0},
    {"discard", ws_discard, 1, 1, 0},
    {"update", ws_update, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

PyType py_weakref_weakset_type = {
    .name = "WeakSet", /* module _weakrefset */
    WC_SLOTS,
    .tp_new = ws_new,
    .tp_init = ws_init,
    .tp_repr = ws_repr,
    .tp_richcompare = ws_richcompare,
    .tp_iter = ws_iter,
    .sq_length = wc_len,
    .sq_contains = wc_contains_ref,
    .nb_inplace = ws_inplace,
    .nb_inp = PY_OPBIT(PY_OP_OR),
    .methods = ws_methods,
};

int py_weakref_add_dicts(PyObj *d)
{
    PyType *types[] = {&py_weakref_wvd_type, &py_weakref_wkd_type, &py_weakref_weakset_type};
    const char *names[] = {"WeakValueDictionary", "WeakKeyDictionary", "WeakSet"};
    for (int i = 0; i < 3; i++) {
        py_weakref_ready_class(types[i], i == 2 ? "_weakrefset" : "weakref");
        if (py_dict_setitem(d, py_intern_c(names[i]), (PyObj *)types[i]) < 0) return -1;
    }
    return 0;
}
