/* set_methods.c — set and frozenset as Python sees them: constructors,
 * methods, operators, comparison, repr, and the set iterator; each follows
 * its namesake in CPython 3.12's Objects/setobject.c, including which
 * temporary sets it builds and in what order it inserts (that decides the
 * iteration order of the result).
 *
 * Invariant: operations producing a new set give set or frozenset (never a
 * subclass) of the left operand's kind, as make_new_set_basetype does; only
 * `copy()` of an exact frozenset and `frozenset(f)` return an existing one.
 */
#include "pysim/dict_impl.h"
#include "pysim/gc.h"
#include "pysim/set_impl.h"
#include "pysim/vm.h"

#define SO(o) py_set_cast((PyObj *)(o))

static PyObj *none(void) { return py_newref(PY_NONE); }

/* set_copy: a new set (or frozenset) with the same slots. */
static PyObj *set_copy_of(PyObj *so) { return py_set_make_basetype(PY_TYPE(so), so); }

/* ---- the algebra (each returns a NEW set or NULL) ---- */

/* set_intersection: new set of the items of so also in other. */
static PyObj *set_intersection(PyObj *so, PyObj *other)
{
    if (so == other) return set_copy_of(so);
    PyObj *result = py_set_make_basetype(PY_TYPE(so), NULL);
    if (!result) return NULL;

    if (PY_ANYSET_CHECK(other)) {
        /* walk the smaller set, look up in the larger */
        if (SO(other)->used > SO(so)->used) {
            PyObj *tmp = so;
            so = other;
            other = tmp;
        }
        size_t pos = 0;
        PySetEntry *entry;
        while (py_set_next_entry(SO(other), &pos, &entry)) {
            PyObj *key = py_newref(entry->key);
            int64_t hash = entry->hash;
            int rv = py_set_contains_entry(SO(so), key, hash);
            if (rv > 0) rv = py_set_add_entry(SO(result), key, hash) ? -1 : 1;
            py_decref(key);
            if (rv < 0) {
                py_decref(result);
                return NULL;
            }
        }
        return result;
    }

    PyObj *it = py_iter(other);
    if (!it) {
        py_decref(result);
        return NULL;
    }
    PyObj *key;
    while ((key = py_next(it)) != NULL) {
        int64_t hash = py_hash(key);
        int rv = hash == -1 ? -1 : py_set_contains_entry(SO(so), key, hash);
        if (rv > 0) {
            if (py_set_add_entry(SO(result), key, hash)) {
                rv = -1;
            } else if (SO(result)->used >= SO(so)->used) {
                /* every item of so is in: nothing more can be added */
                py_decref(key);
                break;
            }
        }
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

/* set_difference_update_internal: removes the items of other from so. */
static int set_difference_update_internal(PyObj *so, PyObj *other)
{
    if (so == other) {
        py_set_clear_internal(SO(so));
        return 0;
    }
    if (PY_ANYSET_CHECK(other)) {
        /* other much larger: only its common part matters */
        if ((SO(other)->used >> 3) > SO(so)->used) {
            other = set_intersection(so, other);
            if (!other) return -1;
        } else {
            py_incref(other);
        }
        size_t pos = 0;
        PySetEntry *entry;
        while (py_set_next_entry(SO(other), &pos, &entry)) {
            PyObj *key = py_newref(entry->key);
            int rv = py_set_discard_entry(SO(so), key, entry->hash);
            py_decref(key);
            if (rv < 0) {
                py_decref(other);
                return -1;
            }
        }
        py_decref(other);
    } else {
        PyObj *it = py_iter(other);
        if (!it) return -1;
        PyObj *key;
        while ((key = py_next(it)) != NULL) {
            int rv = py_set_discard_key(SO(so), key);
            py_decref(key);
            if (rv < 0) {
                py_decref(it);
                return -1;
            }
        }
        py_decref(it);
        if (py_err_occurred()) return -1;
    }
    /* more than a quarter dummies: rebuild without them */
    PySetObj *s = SO(so);
    if ((size_t)(s->fill - s->used) <= (size_t)s->mask / 4) return 0;
    return py_set_table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static PyObj *set_copy_and_difference(PyObj *so, PyObj *other)
{
    PyObj *result = set_copy_of(so);
    if (!result) return NULL;
    if (set_difference_update_internal(result, other) == 0) return result;
    py_decref(result);
    return NULL;
}

/* set_difference: new set of the items of so not in other. */
static PyObj *set_difference(PyObj *so, PyObj *other)
{
    int64_t other_size;
    bool is_dict = PY_IS_TYPE(other, py_dict_type);
    if (PY_ANYSET_CHECK(other)) other_size = SO(other)->used;
    else if (is_dict) other_size = (int64_t)py_dict_size(other);
    else return set_copy_and_difference(so, other);

    /* so much larger than other: copy it and remove other's items */
    if ((SO(so)->used >> 2) > other_size) return set_copy_and_difference(so, other);

    PyObj *result = py_set_make_basetype(PY_TYPE(so), NULL);
    if (!result) return NULL;
    size_t pos = 0;
    PySetEntry *entry;
    while (py_set_next_entry(SO(so), &pos, &entry)) {
        PyObj *key = py_newref(entry->key);
        int64_t hash = entry->hash;
        int rv;
        if (is_dict) {
            /* _PyDict_Contains_KnownHash: the set's stored hash, no __hash__ call */
            PyObj *value;
            int64_t ix = py_dict_lookup(PY_DICT(other), key, hash, &value);
            rv = ix == DKIX_ERROR ? -1 : ix >= 0 && value != NULL;
        } else {
            rv = py_set_contains_entry(SO(other), key, hash);
        }
        if (rv == 0) rv = py_set_add_entry(SO(result), key, hash) ? -1 : 0;
        py_decref(key);
        if (rv < 0) {
            py_decref(result);
            return NULL;
        }
    }
    return result;
}

/* Toggles key in so: removed when present, added when absent. */
static int toggle(PyObj *so, PyObj *key, int64_t hash)
{
    py_incref(key);
    int rv = py_set_discard_entry(SO(so), key, hash);
    if (rv == 0) rv = py_set_add_entry(SO(so), key, hash);
    else if (rv > 0) rv = 0;
    py_decref(key);
    return rv;
}

/* set_symmetric_difference_update */
static int set_symmetric_difference_update(PyObj *so, PyObj *other)
{
    if (so == other) {
        py_set_clear_internal(SO(so));
        return 0;
    }
    if (PY_IS_TYPE(other, py_dict_type)) {
        size_t pos = 0;
        PyObj *key;
        int64_t hash;
        while (py_dict_next_hash(other, &pos, &key, NULL, &hash))
            if (toggle(so, key, hash) < 0) return -1;
        return 0;
    }
    PyObj *otherset = PY_ANYSET_CHECK(other) ? py_newref(other) : py_set_make_basetype(PY_TYPE(so), other);
    if (!otherset) return -1;
    size_t pos = 0;
    PySetEntry *entry;
    while (py_set_next_entry(SO(otherset), &pos, &entry)) {
        if (toggle(so, entry->key, entry->hash) < 0) {
            py_decref(otherset);
            return -1;
        }
    }
    py_decref(otherset);
    return 0;
}

/* set_symmetric_difference: other's items as a new set, toggled by so's. */
static PyObj *set_symmetric_difference(PyObj *so, PyObj *other)
{
    PyObj *result = py_set_make_basetype(PY_TYPE(so), other);
    if (!result) return NULL;
    if (set_symmetric_difference_update(result, so) < 0) {
        py_decref(result);
        return NULL;
    }
    return result;
}

/* set_issubset: 1, 0 or -1. */
static int set_issubset(PyObj *so, PyObj *other)
{
    if (!PY_ANYSET_CHECK(other)) {
        PyObj *tmp = set_intersection(so, other);
        if (!tmp) return -1;
        int r = SO(tmp)->used == SO(so)->used;
        py_decref(tmp);
        return r;
    }
    if (SO(so)->used > SO(other)->used) return 0;
    size_t pos = 0;
    PySetEntry *entry;
    while (py_set_next_entry(SO(so), &pos, &entry)) {
        PyObj *key = py_newref(entry->key);
        int rv = py_set_contains_entry(SO(other), key, entry->hash);
        py_decref(key);
        if (rv <= 0) return rv;
    }
    return 1;
}

/* set_issuperset: 1, 0 or -1. */
static int set_issuperset(PyObj *so, PyObj *other)
{
    if (PY_ANYSET_CHECK(other)) return set_issubset(other, so);
    PyObj *it = py_iter(other);
    if (!it) return -1;
    PyObj *key;
    while ((key = py_next(it)) != NULL) {
        int rv = py_set_contains_key(SO(so), key);
        py_decref(key);
        if (rv <= 0) {
            py_decref(it);
            return rv;
        }
    }
    py_decref(it);
    return py_err_occurred() ? -1 : 1;
}

static PyObj *bool_or_null(int r) { return r < 0 ? NULL : py_bool(r); }

/* ---- methods ---- */

static PyObj *set_add(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_set_add_key(SO(self), args[0]) ? NULL : none();
}

static PyObj *set_clear(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    py_set_clear_internal(SO(self));
    return none();
}

static PyObj *set_copy(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw) { return set_copy_of(self); }

static PyObj *frozenset_copy(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    if (py_frozenset_check_exact(self)) return py_newref(self);
    return set_copy_of(self);
}

static PyObj *set_discard(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_set_discard_retry(SO(self), args[0]) < 0 ? NULL : none();
}

static PyObj *set_remove(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    int rv = py_set_discard_retry(SO(self), args[0]);
    if (rv < 0) return NULL;
    /* KeyError(key): a tuple key stays one argument */
    if (rv == 0) return py_err_set_value(&py_exc_KeyError, args[0]);
    return none();
}

static PyObj *set_pop(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PySetObj *so = SO(self);
    if (so->used == 0) return py_err_format(&py_exc_KeyError, "pop from an empty set");
    /* the finger keeps repeated pops from rescanning the emptied front */
    PySetEntry *entry = so->table + (so->finger & so->mask);
    PySetEntry *limit = so->table + so->mask;
    while (entry->key == NULL || entry->key == PY_SET_DUMMY) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    PyObj *key = entry->key; /* the table's reference passes to the caller */
    entry->key = PY_SET_DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

static PyObj *set_update(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    for (size_t i = 0; i < nargs; i++)
        if (py_set_update_internal(SO(self), args[i])) return NULL;
    return none();
}

static PyObj *set_union(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyObj *result = set_copy_of(self);
    if (!result) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (args[i] == self) continue;
        if (py_set_update_internal(SO(result), args[i])) {
            py_decref(result);
            return NULL;
        }
    }
    return result;
}

static PyObj *intersection_multi(PyObj *self, PyObj *const *args, size_t nargs)
{
    if (nargs == 0) return set_copy_of(self);
    PyObj *result = py_newref(self);
    for (size_t i = 0; i < nargs; i++) {
        PyObj *newresult = set_intersection(result, args[i]);
        if (!newresult) {
            py_decref(result);
            return NULL;
        }
        py_setref(&result, newresult);
    }
    return result;
}

static PyObj *set_intersection_multi(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return intersection_multi(self, args, nargs);
}

/* Replaces the contents of self with those of tmp (stolen). */
static void take_body(PyObj *self, PyObj *tmp)
{
    py_set_swap_bodies(SO(self), SO(tmp));
    py_decref(tmp);
}

static PyObj *set_intersection_update_multi(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyObj *tmp = intersection_multi(self, args, nargs);
    if (!tmp) return NULL;
    take_body(self, tmp);
    return none();
}

static PyObj *set_difference_multi(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    if (nargs == 0) return set_copy_of(self);
    PyObj *result = set_difference(self, args[0]);
    if (!result) return NULL;
    for (size_t i = 1; i < nargs; i++) {
        if (set_difference_update_internal(result, args[i])) {
            py_decref(result);
            return NULL;
        }
    }
    return result;
}

static PyObj *set_difference_update(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    for (size_t i = 0; i < nargs; i++)
        if (set_difference_update_internal(self, args[i])) return NULL;
    return none();
}

static PyObj *set_symmetric_difference_m(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return set_symmetric_difference(self, args[0]);
}

static PyObj *set_symmetric_difference_update_m(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return set_symmetric_difference_update(self, args[0]) < 0 ? NULL : none();
}

static PyObj *set_isdisjoint(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyObj *so = self, *other = args[0];
    if (so == other) return py_bool(SO(so)->used == 0);
    if (py_set_check_exact(other) || py_frozenset_check_exact(other)) {
        if (SO(other)->used > SO(so)->used) {
            PyObj *tmp = so;
            so = other;
            other = tmp;
        }
        size_t pos = 0;
        PySetEntry *entry;
        while (py_set_next_entry(SO(other), &pos, &entry)) {
            PyObj *key = py_newref(entry->key);
            int rv = py_set_contains_entry(SO(so), key, entry->hash);
            py_decref(key);
            if (rv != 0) return rv < 0 ? NULL : py_newref(PY_FALSE);
        }
        return py_newref(PY_TRUE);
    }
    PyObj *it = py_iter(other);
    if (!it) return NULL;
    PyObj *key;
    while ((key = py_next(it)) != NULL) {
        int rv = py_set_contains_key(SO(so), key);
        py_decref(key);
        if (rv != 0) {
            py_decref(it);
            return rv < 0 ? NULL : py_newref(PY_FALSE);
        }
    }
    py_decref(it);
    return py_err_occurred() ? NULL : py_newref(PY_TRUE);
}

static PyObj *set_issubset_m(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return bool_or_null(set_issubset(self, args[0]));
}

static PyObj *set_issuperset_m(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return bool_or_null(set_issuperset(self, args[0]));
}

/* __reduce__: (type(s), (list(s),), state), state the instance __dict__
 * when it has entries, else None. */
static PyObj *set_reduce(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyObj *keys = py_sequence_list(self);
    if (!keys) return NULL;
    PyObj *cargs = py_tuple_pack(1, keys);
    py_decref(keys);
    if (!cargs) return NULL;
    PyObj **dict = py_object_dict_slot(self);
    if (dict && *dict) py_gc_materialize_dict(*dict); /* gc: __reduce__ reads self.__dict__ */
    PyObj *state = dict && *dict && py_dict_size(*dict) ? *dict : PY_NONE;
    PyObj *r = py_tuple_pack(3, (PyObj *)PY_TYPE(self), cargs, state);
    py_decref(cargs);
    return r;
}

static size_t set_sizeof(PyObj *self)
{
    PySetObj *so = SO(self);
    size_t n = PY_TYPE(self)->basicsize;
    if (so->table != so->smalltable) n += (size_t)(so->mask + 1) * sizeof(PySetEntry);
    return n;
}

static PyObj *set_sizeof_m(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_int_from_i64((int64_t)set_sizeof(self));
}

static PyObj *set_class_getitem(PyObj *cls, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_genericalias_class_getitem(cls, args, nargs, kw); /* genericalias.c */
}

/* ---- slots ---- */

static int64_t set_len(PyObj *self) { return SO(self)->used; }

static int set_contains(PyObj *self, PyObj *key) { return py_set_contains_retry(SO(self), key); }

static PyObj *set_repr(PyObj *self)
{
    PySetObj *so = SO(self);
    const char *tname = PY_TYPE(self)->name;
    int status = py_repr_enter(self);
    if (status != 0) return status < 0 ? NULL : py_str_format_c("%s(...)", tname);
    if (!so->used) {
        py_repr_leave(self);
        return py_str_format_c("%s()", tname);
    }
    /* CPython's way, temporaries included: repr(list(s))[1:-1] in braces */
    PyObj *result = NULL, *inner = NULL;
    PyObj *keys = py_sequence_list(self);
    if (keys) {
        PyObj *listrepr = py_repr(keys);
        py_decref(keys);
        if (listrepr) {
            inner = py_str_new(py_str_utf8(listrepr) + 1, py_str_nbytes(listrepr) - 2);
            py_decref(listrepr);
        }
    }
    if (inner) {
        if (py_set_check_exact(self)) result = py_str_format_c("{%U}", inner);
        else result = py_str_format_c("%s({%U})", tname, inner);
        py_decref(inner);
    }
    py_repr_leave(self);
    return result;
}

static PyObj *set_richcompare(PyObj *v, PyObj *w, int op)
{
    if (!PY_ANYSET_CHECK(w)) return py_newref(PY_NOTIMPL);
    PySetObj *a = SO(v), *b = SO(w);
    switch (op) {
    case PY_EQ:
        if (a->used != b->used) return py_newref(PY_FALSE);
        /* two frozensets with known, different hashes differ */
        if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return py_newref(PY_FALSE);
        return bool_or_null(set_issubset(v, w));
    case PY_NE: {
        PyObj *r = set_richcompare(v, w, PY_EQ);
        if (!r) return NULL;
        int t = py_truthy(r);
        py_decref(r);
        return t < 0 ? NULL : py_bool(!t);
    }
    case PY_LE: return bool_or_null(set_issubset(v, w));
    case PY_GE: return bool_or_null(set_issuperset(v, w));
    case PY_LT:
        if (a->used >= b->used) return py_newref(PY_FALSE);
        return bool_or_null(set_issubset(v, w));
    case PY_GT:
        if (a->used <= b->used) return py_newref(PY_FALSE);
        return bool_or_null(set_issuperset(v, w));
    }
    return py_newref(PY_NOTIMPL);
}

/* set_or: a copy of a updated with b. */
static PyObj *set_or(PyObj *a, PyObj *b)
{
    PyObj *result = set_copy_of(a);
    if (!result || a == b) return result;
    if (py_set_update_internal(SO(result), b)) {
        py_decref(result);
        return NULL;
    }
    return result;
}

/* | & - ^ between two sets of either kind; anything else is NotImplemented
 * (so `{1} | [2]` is abstract.c's TypeError). */
static PyObj *set_binop(PyObj *a, PyObj *b, PyBinOp op)
{
    if (!PY_ANYSET_CHECK(a) || !PY_ANYSET_CHECK(b)) return py_newref(PY_NOTIMPL);
    switch (op) {
    case PY_OP_SUB: return set_difference(a, b);
    case PY_OP_AND: return set_intersection(a, b);
    case PY_OP_XOR: return set_symmetric_difference(a, b);
    case PY_OP_OR: return set_or(a, b);
    default: return py_newref(PY_NOTIMPL);
    }
}

/* |= &= -= ^= of set (frozenset has none: it falls back to the binop). */
static PyObj *set_inplace(PyObj *a, PyObj *b, PyBinOp op)
{
    if (!PY_ANYSET_CHECK(b)) return py_newref(PY_NOTIMPL);
    int rv;
    switch (op) {
    case PY_OP_OR: rv = py_set_update_internal(SO(a), b); break;
    case PY_OP_SUB: rv = set_difference_update_internal(a, b); break;
    case PY_OP_XOR: rv = set_symmetric_difference_update(a, b); break;
    case PY_OP_AND: {
        PyObj *tmp = set_intersection(a, b);
        if (!tmp) return NULL;
        take_body(a, tmp);
        rv = 0;
        break;
    }
    default: return py_newref(PY_NOTIMPL);
    }
    return rv < 0 ? NULL : py_newref(a);
}

/* ---- construction ---- */

static bool has_kwargs(PyObj *kwnames) { return kwnames && py_tuple_size(kwnames) > 0; }

static PyObj *set_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if ((type == &py_set_type || type->tp_init == py_set_type.tp_init) && has_kwargs(kwnames))
        return py_err_format(&py_exc_TypeError, "set() takes no keyword arguments");
    /* the items come in __init__ */
    return py_set_make(type, NULL);
}

static int set_init(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (has_kwargs(kwnames)) {
        py_err_format(&py_exc_TypeError, "set() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        py_err_format(&py_exc_TypeError, "%s expected at most 1 argument, got %zd", PY_TYPE(self)->name,
                      (int64_t)nargs);
        return -1;
    }
    PySetObj *so = SO(self);
    if (so->fill) py_set_clear_internal(so);
    so->hash = -1;
    return nargs ? py_set_update_internal(so, args[0]) : 0;
}

static PyObj *frozenset_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if ((type == &py_frozenset_type || type->tp_init == py_frozenset_type.tp_init) && has_kwargs(kwnames))
        return py_err_format(&py_exc_TypeError, "frozenset() takes no keyword arguments");
    if (nargs > 1)
        return py_err_format(&py_exc_TypeError, "%s expected at most 1 argument, got %zd", type->name,
                             (int64_t)nargs);
    PyObj *iterable = nargs ? args[0] : NULL;
    /* frozenset(f) is f; frozenset() is a new object in 3.12 */
    if (type == &py_frozenset_type && iterable && py_frozenset_check_exact(iterable)) return py_newref(iterable);
    return py_set_make(type, iterable);
}

/* ---- the iterator ---- */

typedef struct SetIterObj {
    PyObj ob;
    PyObj *si_set;   /* NULL once exhausted */
    int64_t si_used; /* len(set) when iteration started; -1 after a change */
    size_t si_pos;
    int64_t len;     /* items left, for __length_hint__ */
} SetIterObj;

static PyObj *set_iter(PyObj *self)
{
    SetIterObj *si = (SetIterObj *)py_alloc(&py_set_iter_type, sizeof(SetIterObj), 48);
    if (!si) return NULL;
    si->si_set = py_newref(self);
    si->si_used = SO(self)->used;
    si->si_pos = 0;
    si->len = SO(self)->used;
    py_gc_track((PyObj *)si);
    return (PyObj *)si;
}

static PyObj *setiter_next(PyObj *self)
{
    SetIterObj *si = (SetIterObj *)self;
    PyObj *so = si->si_set;
    if (!so) return NULL;
    if (si->si_used != SO(so)->used) {
        si->si_used = -1; /* stays failed */
        return py_err_format(&py_exc_RuntimeError, "Set changed size during iteration");
    }
    PySetEntry *entry;
    if (!py_set_next_entry(SO(so), &si->si_pos, &entry)) {
        py_clear(&si->si_set);
        return NULL;
    }
    si->len--;
    return py_newref(entry->key);
}

static PyObj *setiter_iter(PyObj *self) { return py_newref(self); }

static void setiter_dealloc(PyObj *self) { py_clear(&((SetIterObj *)self)->si_set); }

static int setiter_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyObj *so = ((SetIterObj *)self)->si_set;
    return so ? visit(so, arg) : 0;
}

static PyObj *setiter_length_hint(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    SetIterObj *si = (SetIterObj *)self;
    int64_t len = si->si_set && si->si_used == SO(si->si_set)->used ? si->len : 0;
    return py_int_from_i64(len);
}

static const PyMethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

PyType py_set_iter_type = {
    .name = "set_iterator",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(SetIterObj),
    .basicsize = 48,
    .tp_dealloc = setiter_dealloc,
    .tp_traverse = setiter_traverse,
    .tp_iter = setiter_iter,
    .tp_iternext = setiter_next,
    .methods = setiter_methods,
};

/* ---- the types ---- */

#define SET_OPS (PY_OPBIT(PY_OP_SUB) | PY_OPBIT(PY_OP_AND) | PY_OPBIT(PY_OP_XOR) | PY_OPBIT(PY_OP_OR))

static const PyMethodDef set_methods[] = {
    {"add", set_add, 1, 1, 0},
    {"clear", set_clear, 0, 0, 0},
    {"copy", set_copy, 0, 0, 0},
    {"discard", set_discard, 1, 1, 0},
    {"difference", set_difference_multi, 0, -1, 0},
    {"difference_update", set_difference_update, 0, -1, 0},
    {"intersection", set_intersection_multi, 0, -1, 0},
    {"intersection_update", set_intersection_update_multi, 0, -1, 0},
    {"isdisjoint", set_isdisjoint, 1, 1, 0},
    {"issubset", set_issubset_m, 1, 1, 0},
    {"issuperset", set_issuperset_m, 1, 1, 0},
    {"pop", set_pop, 0, 0, 0},
    {"__reduce__", set_reduce, 0, 0, 0},
    {"remove", set_remove, 1, 1, 0},
    {"__sizeof__", set_sizeof_m, 0, 0, 0},
    {"symmetric_difference", set_symmetric_difference_m, 1, 1, 0},
    {"symmetric_difference_update", set_symmetric_difference_update_m, 1, 1, 0},
    {"union", set_union, 0, -1, 0},
    {"update", set_update, 0, -1, 0},
    {"__class_getitem__", set_class_getitem, 1, 1, PY_METH_CLASS},
    {NULL, NULL, 0, 0, 0},
};

static const PyMethodDef frozenset_methods[] = {
    {"copy", frozenset_copy, 0, 0, 0},
    {"difference", set_difference_multi, 0, -1, 0},
    {"intersection", set_intersection_multi, 0, -1, 0},
    {"isdisjoint", set_isdisjoint, 1, 1, 0},
    {"issubset", set_issubset_m, 1, 1, 0},
    {"issuperset", set_issuperset_m, 1, 1, 0},
    {"__reduce__", set_reduce, 0, 0, 0},
    {"__sizeof__", set_sizeof_m, 0, 0, 0},
    {"symmetric_difference", set_symmetric_difference_m, 1, 1, 0},
    {"union", set_union, 0, -1, 0},
    {"__class_getitem__", set_class_getitem, 1, 1, PY_METH_CLASS},
    {NULL, NULL, 0, 0, 0},
};

PyType py_set_type = {
    .name = "set",
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE,
    .csize = sizeof(PySetObj),
    .basicsize = PY_SET_BASICSIZE,
    .tp_new = set_new,
    .tp_init = set_init,
    .tp_dealloc = py_set_tp_dealloc,
    .tp_traverse = py_set_tp_traverse,
    .tp_clear = py_set_tp_clear,
    .tp_sizeof = set_sizeof,
    .tp_repr = set_repr,
    .tp_richcompare = set_richcompare,
    .tp_iter = set_iter,
    .sq_length = set_len,
    .sq_contains = set_contains,
    .nb_binop = set_binop,
    .nb_inplace = set_inplace,
    .nb_fwd = SET_OPS,
    .nb_rev = SET_OPS,
    .nb_inp = SET_OPS,
    .methods = set_methods,
};

PyType py_frozenset_type = {
    .name = "frozenset",
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE,
    .csize = sizeof(PySetObj),
    .basicsize = PY_SET_BASICSIZE,
    .tp_new = frozenset_new,
    .tp_dealloc = py_set_tp_dealloc,
    .tp_traverse = py_set_tp_traverse,
    .tp_clear = py_set_tp_clear,
    .tp_sizeof = set_sizeof,
    .tp_repr = set_repr,
    .tp_hash = py_frozenset_hash,
    .tp_richcompare = set_richcompare,
    .tp_iter = set_iter,
    .sq_length = set_len,
    .sq_contains = set_contains,
    .nb_binop = set_binop,
    .nb_fwd = SET_OPS,
    .nb_rev = SET_OPS,
    .methods = frozenset_methods,
};
