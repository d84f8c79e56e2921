/* dict_views.c — dict_keys, dict_values and dict_items (live views of a
 * dict: len, in, iteration, reversed(), set operations on keys and items,
 * comparison with sets, `mapping`), and the six iterators over a dict
 * (forward and reverse, over keys, values or items).
 *
 * Invariants: a view owns a reference to its dict and nothing else.  An
 * iterator owns its dict until it is exhausted (then drops it, for good),
 * remembers the dict's length when it started (a different length raises
 * "dictionary changed size during iteration", for ever after) and how many
 * items remain (more than that: "dictionary keys changed during
 * iteration").  An items iterator owns one result tuple that it refills
 * while nobody else holds it, as CPython's does, so `for k, v in
 * d.items()` allocates no tuples.
 */
#include "pysim/dict_impl.h"
#include "pysim/slots.h"
#include "pysim/vm.h"

/* ---- iterators ---- */

typedef struct PyDictIterObj {
    PyObj ob;
    PyObj *dict;     /* owned; NULL once exhausted */
    int64_t used;    /* len(dict) when the iteration started; -1 after a change */
    int64_t pos;     /* next entry to look at */
    PyObj *result;   /* owned (items iterators): the reusable 2-tuple */
    int64_t len;     /* items not yet produced */
} PyDictIterObj;

static bool is_reverse(const PyType *t)
{
    return t == &py_dict_revkeyiter_type || t == &py_dict_revvalueiter_type || t == &py_dict_revitemiter_type;
}

PyObj *py_dictiter_new(PyObj *d, PyType *type)
{
    PyDictIterObj *di = (PyDictIterObj *)py_alloc(type, sizeof(PyDictIterObj), PY_DICTITER_BASICSIZE);
    if (!di) return NULL;
    di->dict = py_newref(d);
    di->used = PY_DICT(d)->used;
    di->len = PY_DICT(d)->used;
    di->pos = is_reverse(type) ? PY_DICT(d)->keys->nentries - 1 : 0;
    if (type == &py_dict_itemiter_type || type == &py_dict_revitemiter_type) {
        di->result = py_tuple_pack(2, PY_NONE, PY_NONE);
        if (!di->result) {
            py_decref(di);
            return NULL;
        }
    }
    py_gc_track((PyObj *)di);
    return (PyObj *)di;
}

static void dictiter_dealloc(PyObj *self)
{
    PyDictIterObj *di = (PyDictIterObj *)self;
    py_clear(&di->dict);
    py_clear(&di->result);
}

static int dictiter_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyDictIterObj *di = (PyDictIterObj *)self;
    return (di->dict && visit(di->dict, arg)) || (di->result && visit(di->result, arg));
}

static PyObj *iter_self(PyObj *self) { return py_newref(self); }

/* Ends the iteration: the dict is released; NULL without an error. */
static PyObj *exhausted(PyDictIterObj *di)
{
    py_clear(&di->dict);
    return NULL;
}

/* The (key, value) result: the iterator's own tuple refilled when only the
 * iterator holds it, else a new one. */
static PyObj *item_result(PyDictIterObj *di, PyObj *key, PyObj *value)
{
    PyObj *r = di->result;
    if (r->ob_refcnt == 1) {
        PyObj *okey = PY_TUPLE_ITEMS(r)[0], *ovalue = PY_TUPLE_ITEMS(r)[1];
        PY_TUPLE_ITEMS(r)[0] = py_newref(key);
        PY_TUPLE_ITEMS(r)[1] = py_newref(value);
        py_incref(r);
        py_decref(okey);
        py_decref(ovalue);
        py_gc_track(r);
        return r;
    }
    r = py_tuple_new(2);
    if (!r) return NULL;
    PY_TUPLE_ITEMS(r)[0] = py_newref(key);
    PY_TUPLE_ITEMS(r)[1] = py_newref(value);
    return r;
}

/* The forward iterators: the next live entry at or after pos. */
static PyObj *dictiter_next(PyObj *self)
{
    PyDictIterObj *di = (PyDictIterObj *)self;
    PyObj *d = di->dict;
    if (!d) return NULL;
    if (di->used != PY_DICT(d)->used) {
        py_err_format(&py_exc_RuntimeError, "dictionary changed size during iteration");
        di->used = -1; /* sticky */
        return NULL;
    }
    const PyDictKeys *k = PY_DICT(d)->keys;
    int64_t i = di->pos, n = k->nentries;
    while (i < n && !k->entries[i].value) i++;
    if (i >= n) return exhausted(di);
    if (di->len == 0) {
        /* as many items as at the start, yet another one: keys replaced */
        py_err_format(&py_exc_RuntimeError, "dictionary keys changed during iteration");
        return exhausted(di);
    }
    di->pos = i + 1;
    di->len--;
    const PyDictEntry *e = &k->entries[i];
    PyType *t = PY_TYPE(self);
    if (t == &py_dict_keyiter_type) return py_newref(e->key);
    if (t == &py_dict_valueiter_type) return py_newref(e->value);
    return item_result(di, e->key, e->value);
}

/* The reverse iterators: the previous live entry at or before pos. */
static PyObj *dictreviter_next(PyObj *self)
{
    PyDictIterObj *di = (PyDictIterObj *)self;
    PyObj *d = di->dict;
    if (!d) return NULL;
    if (di->used != PY_DICT(d)->used) {
        py_err_format(&py_exc_RuntimeError, "dictionary changed size during iteration");
        di->used = -1;
        return NULL;
    }
    const PyDictKeys *k = PY_DICT(d)->keys;
    int64_t i = di->pos;
    /* (entries past nentries are holes too: popitem() shrinks the table) */
    while (i >= 0 && (i >= k->nentries || !k->entries[i].value)) i--;
    if (i < 0) return exhausted(di);
    di->pos = i - 1;
    di->len--;
    const PyDictEntry *e = &k->entries[i];
    PyType *t = PY_TYPE(self);
    if (t == &py_dict_revkeyiter_type) return py_newref(e->key);
    if (t == &py_dict_revvalueiter_type) return py_newref(e->value);
    return item_result(di, e->key, e->value);
}

/* __length_hint__ */
static PyObj *dictiter_len(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyDictIterObj *di = (PyDictIterObj *)self;
    int64_t len = 0;
    if (di->dict && di->used == PY_DICT(di->dict)->used) len = di->len;
    return py_int_from_i64(len);
}

static const PyMethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_len, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

#define DICTITER_TYPE(cname, pyname, next)         \
    PyType cname = {                               \
        .name = pyname,                            \
        .tpflags = PY_TPF_GC,                      \
        .csize = sizeof(PyDictIterObj),            \
        .basicsize = PY_DICTITER_BASICSIZE,        \
        .tp_dealloc = dictiter_dealloc,            \
        .tp_traverse = dictiter_traverse,          \
        .tp_iter = iter_self,                      \
        .tp_iternext = next,                       \
        .methods = dictiter_methods,               \
    }

DICTITER_TYPE(py_dict_keyiter_type, "dict_keyiterator", dictiter_next);
DICTITER_TYPE(py_dict_valueiter_type, "dict_valueiterator", dictiter_next);
DICTITER_TYPE(py_dict_itemiter_type, "dict_itemiterator", dictiter_next);
DICTITER_TYPE(py_dict_revkeyiter_type, "dict_reversekeyiterator", dictreviter_next);
DICTITER_TYPE(py_dict_revvalueiter_type, "dict_reversevalueiterator", dictreviter_next);
DICTITER_TYPE(py_dict_revitemiter_type, "dict_reverseitemiterator", dictreviter_next);

/* ---- views ---- */

typedef struct PyDictViewObj {
    PyObj ob;
    PyObj *dict; /* owned */
} PyDictViewObj;

#define VIEW_DICT(v) (((PyDictViewObj *)(v))->dict)

static bool is_setview(PyObj *o) { return PY_IS_TYPE(o, py_dict_keys_type) || PY_IS_TYPE(o, py_dict_items_type); }

PyObj *py_dictview_new(PyObj *d, PyType *type)
{
    PyDictViewObj *v = (PyDictViewObj *)py_alloc(type, sizeof(PyDictViewObj), PY_DICTVIEW_BASICSIZE);
    if (!v) return NULL;
    v->dict = py_newref(d);
    py_gc_track((PyObj *)v);
    return (PyObj *)v;
}

static void dictview_dealloc(PyObj *self) { py_clear(&((PyDictViewObj *)self)->dict); }

static int dictview_traverse(PyObj *self, PyVisitFn visit, void *arg) { return visit(VIEW_DICT(self), arg); }

static int64_t dictview_len(PyObj *self) { return PY_DICT(VIEW_DICT(self))->used; }

static PyObj *dictview_mapping(PyObj *self) { return py_mappingproxy_new(VIEW_DICT(self)); }

static const PyGetSetDef dictview_getset[] = {
    {"mapping", dictview_mapping, NULL},
    {NULL, NULL, NULL},
};

/* dict_keys(['a', 'b']): the type name and the repr of list(view). */
static PyObj *dictview_repr(PyObj *self)
{
    int rc = py_repr_enter(self);
    if (rc != 0) return rc > 0 ? py_str_from_c("...") : NULL;
    PyObj *result = NULL;
    PyObj *seq = py_sequence_list(self);
    if (seq) {
        result = py_str_format_c("%s(%R)", PY_TYPE(self)->name, seq);
        py_decref(seq);
    }
    py_repr_leave(self);
    return result;
}

static PyObj *keys_iter(PyObj *self) { return py_dictiter_new(VIEW_DICT(self), &py_dict_keyiter_type); }
static PyObj *values_iter(PyObj *self) { return py_dictiter_new(VIEW_DICT(self), &py_dict_valueiter_type); }
static PyObj *items_iter(PyObj *self) { return py_dictiter_new(VIEW_DICT(self), &py_dict_itemiter_type); }

static PyObj *keys_reversed(PyObj *self, PyObj *const *a, size_t n, PyObj *kw)
{
    return py_dictiter_new(VIEW_DICT(self), &py_dict_revkeyiter_type);
}
static PyObj *values_reversed(PyObj *self, PyObj *const *a, size_t n, PyObj *kw)
{
    return py_dictiter_new(VIEW_DICT(self), &py_dict_revvalueiter_type);
}
static PyObj *items_reversed(PyObj *self, PyObj *const *a, size_t n, PyObj *kw)
{
    return py_dictiter_new(VIEW_DICT(self), &py_dict_revitemiter_type);
}

static int keys_contains(PyObj *self, PyObj *key) { return py_dict_contains(VIEW_DICT(self), key); }

/* (key, value) in items: the key's value compared with ==. */
static int items_contains(PyObj *self, PyObj *obj)
{
    if (!PY_TUPLE_CHECK(obj) || py_tuple_size(obj) != 2) return 0;
    PyObj *found = py_dict_getitem(VIEW_DICT(self), py_tuple_item(obj, 0));
    if (!found) return py_err_occurred() ? -1 : 0;
    py_incref(found);
    int r = py_richcompare_bool(found, py_tuple_item(obj, 1), PY_EQ);
    py_decref(found);
    return r;
}

static int view_contains(PyObj *view, PyObj *item)
{
    return PY_IS_TYPE(view, py_dict_keys_type) ? keys_contains(view, item) : items_contains(view, item);
}

/* Is every item of self in other?  1, 0, -1. */
static int all_contained_in(PyObj *self, PyObj *other)
{
    PyObj *it = py_iter(self);
    if (!it) return -1;
    int ok = 1;
    for (;;) {
        PyObj *next = py_next(it);
        if (!next) {
            if (py_err_occurred()) ok = -1;
            break;
        }
        ok = py_contains(other, next);
        py_decref(next);
        if (ok <= 0) break;
    }
    py_decref(it);
    return ok;
}

/* Keys and items views compare with sets and set-like views by content. */
static PyObj *dictview_richcompare(PyObj *self, PyObj *other, int op)
{
    if (!PY_ANYSET_CHECK(other) && !is_setview(other)) return py_newref(PY_NOTIMPL);
    int64_t len_self = py_len(self);
    if (len_self < 0) return NULL;
    int64_t len_other = py_len(other);
    if (len_other < 0) return NULL;
    int ok = 0;
    switch (op) {
    case PY_NE:
    case PY_EQ:
        if (len_self == len_other) ok = all_contained_in(self, other);
        if (op == PY_NE && ok >= 0) ok = !ok;
        break;
    case PY_LT:
        if (len_self < len_other) ok = all_contained_in(self, other);
        break;
    case PY_LE:
        if (len_self <= len_other) ok = all_contained_in(self, other);
        break;
    case PY_GT:
        if (len_self > len_other) ok = all_contained_in(other, self);
        break;
    case PY_GE:
        if (len_self >= len_other) ok = all_contained_in(other, self);
        break;
    }
    if (ok < 0) return NULL;
    return py_bool(ok);
}

/* ---- set operations: the result is always a new set ---- */

/* dictviews_to_set: set(self), straight from the dict for a keys view. */
static PyObj *view_to_set(PyObj *self)
{
    PyObj *src = self;
    if (PY_IS_TYPE(self, py_dict_keys_type) && PY_IS_TYPE(VIEW_DICT(self), py_dict_type)) src = VIEW_DICT(self);
    return py_set_new(src);
}

/* set(self).method(other) */
static PyObj *set_then_call(PyObj *self, PyObj *other, const char *method)
{
    PyObj *result = view_to_set(self);
    if (!result) return NULL;
    PyObj *tmp = py_call_method(result, py_intern_c(method), &other, 1, NULL);
    if (!tmp) {
        py_decref(result);
        return NULL;
    }
    py_decref(tmp);
    return result;
}

/* _PyDictView_Intersect: iterates the smaller side, or lets a bigger set
 * do it (set.intersection). */
static PyObj *view_and(PyObj *self, PyObj *other)
{
    if (!is_setview(self)) {
        PyObj *t = other;
        other = self;
        self = t;
    }
    int64_t len_self = dictview_len(self);
    if (PY_IS_TYPE(other, py_set_type)) {
        int64_t len_other = py_len(other);
        if (len_other < 0) return NULL;
        if (len_self <= len_other) return py_call_method(other, py_intern_c("intersection"), &self, 1, NULL);
    }
    if (is_setview(other) && dictview_len(other) > len_self) {
        PyObj *t = other;
        other = self;
        self = t;
    }
    PyObj *result = py_set_new(NULL);
    if (!result) return NULL;
    PyObj *it = py_iter(other);
    if (!it) {
        py_decref(result);
        return NULL;
    }
    PyObj *key;
    while ((key = py_next(it))) {
        int rv = view_contains(self, key);
        if (rv > 0) rv = py_set_add(result, key) < 0 ? -1 : 1;
        py_decref(key);
        if (rv < 0) {
            py_decref(it);
            py_decref(result);
            return NULL;
        }
    }
    py_decref(it);
    if (py_err_occurred()) {
        py_decref(result);
        return NULL;
    }
    return result;
}

static PyObj *view_or(PyObj *self, PyObj *other)
{
    PyObj *result = view_to_set(self);
    if (!result) return NULL;
    if (py_set_update(result, other) < 0) {
        py_decref(result);
        return NULL;
    }
    return result;
}

/* items ^ items: pairs of one side only, compared by value without
 * building sets of the (possibly unhashable) values. */
static PyObj *items_xor(PyObj *self, PyObj *other)
{
    PyObj *d2 = VIEW_DICT(other);
    PyObj *temp = py_dict_copy(VIEW_DICT(self));
    if (!temp) return NULL;
    PyObj *result = py_set_new(NULL);
    if (!result) {
        py_decref(temp);
        return NULL;
    }
    size_t pos = 0;
    PyObj *key, *val2;
    int64_t hash;
    while (py_dict_next_hash(d2, &pos, &key, &val2, &hash)) {
        py_incref(key);
        py_incref(val2);
        PyObj *val1;
        int err = 0;
        int64_t ix = py_dict_lookup(PY_DICT(temp), key, hash, &val1);
        int to_delete = 0;
        if (ix == DKIX_ERROR) {
            err = -1;
        } else if (val1) {
            py_incref(val1);
            to_delete = py_richcompare_bool(val1, val2, PY_EQ);
            py_decref(val1);
            if (to_delete < 0) err = -1;
        }
        if (!err) {
            if (to_delete) {
                err = py_dict_del_known(PY_DICT(temp), key, hash);
            } else {
                PyObj *pair = py_tuple_pack(2, key, val2);
                err = pair ? py_set_add(result, pair) : -1;
                py_xdecref(pair);
            }
        }
        py_decref(key);
        py_decref(val2);
        if (err < 0) {
            py_decref(temp);
            py_decref(result);
            return NULL;
        }
    }
    PyObj *remaining = py_dictview_new(temp, &py_dict_items_type);
    int err = remaining ? py_set_update(result, remaining) : -1;
    py_decref(temp);
    py_xdecref(remaining);
    if (err < 0) {
        py_decref(result);
        return NULL;
    }
    return result;
}

static PyObj *view_xor(PyObj *self, PyObj *other)
{
    if (PY_IS_TYPE(self, py_dict_items_type) && PY_IS_TYPE(other, py_dict_items_type)) return items_xor(self, other);
    return set_then_call(self, other, "symmetric_difference_update");
}

/* The operators of keys and items views (either operand may be the view;
 * like CPython, the left operand is turned into the set). */
static PyObj *dictview_binop(PyObj *a, PyObj *b, PyBinOp op)
{
    switch (op) {
    case PY_OP_SUB: return set_then_call(a, b, "difference_update");
    case PY_OP_AND: return view_and(a, b);
    case PY_OP_OR: return view_or(a, b);
    case PY_OP_XOR: return view_xor(a, b);
    default: return py_newref(PY_NOTIMPL);
    }
}

#define VIEW_OPS (PY_OPBIT(PY_OP_SUB) | PY_OPBIT(PY_OP_AND) | PY_OPBIT(PY_OP_OR) | PY_OPBIT(PY_OP_XOR))

static PyObj *dictview_isdisjoint(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyObj *other = args[0];
    if (self == other) return py_bool(dictview_len(self) == 0);
    /* iterate the shorter side when both know their length cheaply */
    if (PY_ANYSET_CHECK(other) || is_setview(other)) {
        int64_t len_self = dictview_len(self);
        int64_t len_other = py_len(other);
        if (len_other < 0) return NULL;
        if (len_other > len_self) {
            PyObj *t = other;
            other = self;
            self = t;
        }
    }
    PyObj *it = py_iter(other);
    if (!it) return NULL;
    PyObj *item;
    while ((item = py_next(it))) {
        int contains = py_contains(self, item);
        py_decref(item);
        if (contains < 0) {
            py_decref(it);
            return NULL;
        }
        if (contains) {
            py_decref(it);
            return py_bool(false);
        }
    }
    py_decref(it);
    if (py_err_occurred()) return NULL;
    return py_bool(true);
}

static const PyMethodDef keys_methods[] = {
    {"isdisjoint", dictview_isdisjoint, 1, 1, 0},
    {"__reversed__", keys_reversed, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

static const PyMethodDef items_methods[] = {
    {"isdisjoint", dictview_isdisjoint, 1, 1, 0},
    {"__reversed__", items_reversed, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

static const PyMethodDef values_methods[] = {
    {"__reversed__", values_reversed, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

PyType py_dict_keys_type = {
    .name = "dict_keys",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(PyDictViewObj),
    .basicsize = PY_DICTVIEW_BASICSIZE,
    .tp_dealloc = dictview_dealloc,
    .tp_traverse = dictview_traverse,
    .tp_repr = dictview_repr,
    .tp_richcompare = dictview_richcompare,
    .tp_iter = keys_iter,
    .sq_length = dictview_len,
    .sq_contains = keys_contains,
    .nb_binop = dictview_binop,
    .nb_fwd = VIEW_OPS,
    .nb_rev = VIEW_OPS,
    .methods = keys_methods,
    .getset = dictview_getset,
};

PyType py_dict_items_type = {
    .name = "dict_items",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(PyDictViewObj),
    .basicsize = PY_DICTVIEW_BASICSIZE,
    .tp_dealloc = dictview_dealloc,
    .tp_traverse = dictview_traverse,
    .tp_repr = dictview_repr,
    .tp_richcompare = dictview_richcompare,
    .tp_iter = items_iter,
    .sq_length = dictview_len,
    .sq_contains = items_contains,
    .nb_binop = dictview_binop,
    .nb_fwd = VIEW_OPS,
    .nb_rev = VIEW_OPS,
    .methods = items_methods,
    .getset = dictview_getset,
};

PyType py_dict_values_type = {
    .name = "dict_values",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(PyDictViewObj),
    .basicsize = PY_DICTVIEW_BASICSIZE,
    .tp_dealloc = dictview_dealloc,
    .tp_traverse = dictview_traverse,
    .tp_repr = dictview_repr,
    .tp_iter = values_iter,
    .sq_length = dictview_len,
    .methods = values_methods,
    .getset = dictview_getset,
};
