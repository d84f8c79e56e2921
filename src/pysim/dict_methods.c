/* dict_methods.c — the dict type: construction (dict(), dict.fromkeys),
 * the argument forms update() and dict() accept (a mapping, pairs,
 * keywords) and the ** merging of calls and displays, item access with
 * __missing__, repr, equality, the | and |= operators, and the methods
 * (get, setdefault, pop, popitem, update, copy, clear, keys/values/items).
 * The table itself is dict.c's.
 *
 * Every method does what CPython 3.12's Objects/dictobject.c does, in the
 * same order, because the order decides which objects are allocated and
 * freed when (and so their ids) and which error wins.
 */
#include "pysim/dict_impl.h"
#include "pysim/vm.h"

/* ---- the argument forms of update() and dict(), and ** merging ---- */

/* PySequence_Fast(item, ""): item itself when an exact list or tuple,
 * else a NEW list of its items; NULL when it is not iterable. */
static PyObj *seq_fast(PyObj *item)
{
    if (PY_IS_TYPE(item, py_list_type) || PY_IS_TYPE(item, py_tuple_type)) return py_newref(item);
    PyObj *it = py_iter(item);
    if (!it) return NULL;
    PyObj *l = py_sequence_list(it);
    py_decref(it);
    return l;
}

int py_dict_merge_seq2(PyObj *d, PyObj *seq2, bool override)
{
    PyObj *it = py_iter(seq2);
    if (!it) return -1;
    for (int64_t i = 0;; i++) {
        PyObj *item = py_next(it);
        if (!item) {
            if (py_err_occurred()) goto fail;
            break;
        }
        PyObj *fast = seq_fast(item);
        if (!fast) {
            if (py_err_matches((PyObj *)&py_exc_TypeError)) {
                py_err_clear();
                py_err_format(&py_exc_TypeError, "cannot convert dictionary update sequence element #%zd to a sequence",
                              i);
            }
            py_decref(item);
            goto fail;
        }
        bool is_list = PY_IS_TYPE(fast, py_list_type);
        size_t n = is_list ? py_list_size(fast) : py_tuple_size(fast);
        if (n != 2) {
            py_err_format(&py_exc_ValueError, "dictionary update sequence element #%zd has length %zd; 2 is required",
                          i, (int64_t)n);
            py_decref(fast);
            py_decref(item);
            goto fail;
        }
        PyObj *key = py_newref(is_list ? py_list_item(fast, 0) : py_tuple_item(fast, 0));
        PyObj *value = py_newref(is_list ? py_list_item(fast, 1) : py_tuple_item(fast, 1));
        int st = override ? py_dict_setitem(d, key, value) : (py_dict_setdefault(d, key, value) ? 0 : -1);
        py_decref(key);
        py_decref(value);
        py_decref(fast);
        py_decref(item);
        if (st < 0) goto fail;
    }
    py_decref(it);
    return 0;
fail:
    py_decref(it);
    return -1;
}

/* _PyObject_LookupAttr(arg, "keys"): 1, 0 or -1.  With the generic
 * getattr CPython makes no AttributeError for a missing name (it would
 * take a simulated block), so neither do we. */
static int has_keys_method(PyObj *arg)
{
    PyType *t = PY_TYPE(arg);
    if (t->tp_getattro == py_object_generic_getattr && !py_type_lookup(t, PY_ID(keys))) {
        PyObj **slot = py_object_dict_slot(arg);
        if (!slot || !*slot || !py_dict_getitem_str(*slot, PY_ID(keys))) return 0;
    }
    PyObj *func;
    int found = py_getattr_opt(arg, PY_ID(keys), &func);
    if (found > 0) py_decref(func);
    return found;
}

int py_dict_update_arg(PyObj *self, PyObj *arg)
{
    if (PY_IS_TYPE(arg, py_dict_type)) return py_dict_merge(self, arg, 1);
    int found = has_keys_method(arg);
    if (found < 0) return -1;
    if (found) return py_dict_merge(self, arg, 1);
    return py_dict_merge_seq2(self, arg, true);
}

/* _PyObject_FunctionStr as the caller gives it: "f()" or "f". */
static PyObj *function_str(PyObj *fname)
{
    if (!fname) return py_str_from_c("function()");
    size_t n = py_str_nbytes(fname);
    if (n && py_str_utf8(fname)[n - 1] == ')') return py_newref(fname);
    return py_str_format_c("%U()", fname);
}

/* What the evaluator needs for f(**m) (DICT_MERGE: override false, a
 * duplicate keyword is an error naming fname) and for {**m} (DICT_UPDATE:
 * override true, fname unused).  The messages are ceval.c's. */
int py_dict_merge_kwargs(PyObj *d, PyObj *mapping, bool override, PyObj *fname)
{
    if (override) {
        if (py_dict_merge(d, mapping, 1) == 0) return 0;
        if (py_err_matches((PyObj *)&py_exc_AttributeError)) {
            py_err_clear();
            py_err_format(&py_exc_TypeError, "'%s' object is not a mapping", py_type_name(mapping));
        }
        return -1;
    }
    if (py_dict_merge(d, mapping, 2) == 0) return 0;
    if (py_err_matches((PyObj *)&py_exc_AttributeError)) {
        py_err_clear();
        PyObj *fs = function_str(fname);
        if (fs) {
            py_err_format(&py_exc_TypeError, "%U argument after ** must be a mapping, not %s", fs,
                          py_type_name(mapping));
            py_decref(fs);
        }
    } else if (py_err_matches((PyObj *)&py_exc_KeyError)) {
        PyObj *exc = py_err_fetch();
        PyObj *args = ((PyExcObj *)exc)->args;
        if (args && PY_TUPLE_CHECK(args) && py_tuple_size(args) == 1) {
            PyObj *key = py_tuple_item(args, 0);
            PyObj *fs = function_str(fname);
            if (fs) {
                if (!PY_STR_CHECK(key))
                    py_err_format(&py_exc_TypeError, "%U keywords must be strings", fs);
                else
                    py_err_format(&py_exc_TypeError, "%U got multiple values for keyword argument '%S'", fs, key);
                py_decref(fs);
            }
            py_decref(exc);
        } else {
            py_err_restore(exc);
        }
    }
    return -1;
}

/* ---- construction ---- */

/* dict.__new__: an empty dict of type (no arguments looked at). */
static PyObj *dict_tp_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    return py_dict_alloc_type(type);
}

/* The keyword arguments of a call as CPython passes them to a
 * METH_VARARGS|METH_KEYWORDS function: a NEW dict (_PyStack_AsDict), or
 * NULL without an error when there are none. */
static PyObj *kwargs_dict(PyObj *const *kwvalues, PyObj *kwnames)
{
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    if (!nkw) return NULL;
    return py_dict_from_items(PY_TUPLE_ITEMS(kwnames), 1, kwvalues, 1, nkw);
}

/* dict_update_common: update from the positional argument, then from the
 * keywords (merged from their own dict, which a fresh dict clones). */
static int update_common(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (nargs == 1 && py_dict_update_arg(self, args[0]) < 0) return -1;
    if (!kwnames || !py_tuple_size(kwnames)) return 0;
    PyObj *kw = kwargs_dict(args + nargs, kwnames);
    if (!kw) return -1;
    int rc = py_dict_merge(self, kw, 1);
    py_decref(kw);
    return rc;
}

/* dict.__init__.  dict(...) itself is CPython's dict_vectorcall, which sets
 * the keywords one by one instead of merging a keyword dict. */
static int dict_tp_init(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (nargs > 1) {
        py_err_format(&py_exc_TypeError, "dict expected at most 1 argument, got %zd", (int64_t)nargs);
        return -1;
    }
    if (!PY_IS_TYPE(self, py_dict_type)) return update_common(self, args, nargs, kwnames);
    if (nargs == 1 && py_dict_update_arg(self, args[0]) < 0) return -1;
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (py_dict_setitem(self, py_tuple_item(kwnames, i), args[nargs + i]) < 0) return -1;
    return 0;
}

/* ---- slots ---- */

static PyObj *dict_iter(PyObj *self) { return py_dictiter_new(self, &py_dict_keyiter_type); }

static int64_t dict_len(PyObj *self) { return PY_DICT(self)->used; }

static PyObj *dict_subscript(PyObj *self, PyObj *key)
{
    int64_t hash = py_dict_key_hash(key);
    if (hash == -1) return NULL;
    PyObj *value;
    int64_t ix = py_dict_lookup(PY_DICT(self), key, hash, &value);
    if (ix == DKIX_ERROR) return NULL;
    if (ix >= 0) return py_newref(value);
    if (!PY_IS_TYPE(self, py_dict_type)) {
        /* subclasses may supply the value of a missing key */
        bool found;
        PyObj *r = py_call_special(self, PY_ID(__missing__), &key, 1, &found);
        if (found || py_err_occurred()) return r;
    }
    py_err_set_value(&py_exc_KeyError, key);
    return NULL;
}

static int dict_ass_subscript(PyObj *self, PyObj *key, PyObj *value)
{
    return value ? py_dict_setitem(self, key, value) : py_dict_delitem(self, key);
}

static int dict_contains(PyObj *self, PyObj *key) { return py_dict_contains(self, key); }

static PyObj *dict_repr(PyObj *self)
{
    int rc = py_repr_enter(self);
    if (rc != 0) return rc > 0 ? py_str_from_c("{...}") : NULL;
    if (PY_DICT(self)->used == 0) {
        py_repr_leave(self);
        return py_str_from_c("{}");
    }
    Buf b = BUF_INIT;
    buf_putc(&b, '{');
    size_t pos = 0;
    PyObj *key, *value;
    bool first = true;
    /* a repr may change the dict: the position is re-checked every step */
    while (py_dict_next(self, &pos, &key, &value)) {
        py_incref(key);
        py_incref(value);
        if (!first) buf_puts(&b, ", ");
        first = false;
        PyObj *s = py_repr(key);
        if (s) {
            buf_put(&b, py_str_utf8(s), py_str_nbytes(s));
            py_decref(s);
            buf_puts(&b, ": ");
            s = py_repr(value);
        }
        py_decref(key);
        py_decref(value);
        if (!s) {
            py_repr_leave(self);
            buf_free(&b);
            return NULL;
        }
        buf_put(&b, py_str_utf8(s), py_str_nbytes(s));
        py_decref(s);
    }
    buf_putc(&b, '}');
    py_repr_leave(self);
    return py_str_from_buf(&b);
}

/* dict_equal: same length, and every key of a in b with an equal value
 * (identity first: py_richcompare_bool).  1, 0 or -1. */
static int dict_equal(PyDictObj *a, PyDictObj *b)
{
    if (a->used != b->used) return 0;
    for (int64_t i = 0; i < a->keys->nentries; i++) {
        PyDictEntry *ep = &a->keys->entries[i];
        PyObj *aval = ep->value;
        if (!aval) continue;
        PyObj *key = ep->key;
        int64_t hash = ep->hash;
        py_incref(aval);
        py_incref(key);
        PyObj *bval;
        int64_t ix = py_dict_lookup(b, key, hash, &bval);
        if (!bval) {
            py_decref(key);
            py_decref(aval);
            return ix == DKIX_ERROR ? -1 : 0;
        }
        py_incref(bval);
        int cmp = py_richcompare_bool(aval, bval, PY_EQ);
        py_decref(key);
        py_decref(aval);
        py_decref(bval);
        if (cmp <= 0) return cmp;
    }
    return 1;
}

static PyObj *dict_richcompare(PyObj *a, PyObj *b, int op)
{
    if (!PY_DICT_CHECK(a) || !PY_DICT_CHECK(b) || (op != PY_EQ && op != PY_NE)) return py_newref(PY_NOTIMPL);
    int cmp = dict_equal(PY_DICT(a), PY_DICT(b));
    if (cmp < 0) return NULL;
    return py_bool(cmp == (op == PY_EQ));
}

/* a | b: a copy of a (always an exact dict) updated from b. */
static PyObj *dict_binop(PyObj *a, PyObj *b, PyBinOp op)
{
    if (op != PY_OP_OR || !PY_DICT_CHECK(a) || !PY_DICT_CHECK(b)) return py_newref(PY_NOTIMPL);
    PyObj *n = py_dict_copy(a);
    if (!n) return NULL;
    if (py_dict_update_arg(n, b) < 0) {
        py_decref(n);
        return NULL;
    }
    return n;
}

/* a |= b takes whatever update() takes (pairs too). */
static PyObj *dict_inplace(PyObj *a, PyObj *b, PyBinOp op)
{
    if (op != PY_OP_OR) return py_newref(PY_NOTIMPL);
    if (py_dict_update_arg(a, b) < 0) return NULL;
    return py_newref(a);
}

static size_t dict_tp_sizeof(PyObj *self) { return py_dict_sizeof(self); }

static void dict_tp_clear(PyObj *self) { py_dict_clear(self); }

/* ---- methods ---- */

static PyObj *dict_get(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyObj *key = args[0], *dflt = nargs > 1 ? args[1] : PY_NONE;
    int64_t hash = py_dict_key_hash(key);
    if (hash == -1) return NULL;
    PyObj *value;
    if (py_dict_lookup(PY_DICT(self), key, hash, &value) == DKIX_ERROR) return NULL;
    return py_newref(value ? value : dflt);
}

static PyObj *dict_setdefault(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyObj *v = py_dict_setdefault(self, args[0], nargs > 1 ? args[1] : PY_NONE);
    return v ? py_newref(v) : NULL;
}

static PyObj *dict_pop(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    return py_dict_pop_item(self, args[0], nargs > 1 ? args[1] : NULL);
}

static PyObj *dict_popitem(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    return py_dict_popitem(self);
}

static PyObj *dict_keys(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    return py_dictview_new(self, &py_dict_keys_type);
}

static PyObj *dict_values(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    return py_dictview_new(self, &py_dict_values_type);
}

static PyObj *dict_items(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    return py_dictview_new(self, &py_dict_items_type);
}

static PyObj *dict_update(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (update_common(self, args, nargs, kwnames) < 0) return NULL;
    return py_newref(PY_NONE);
}

/* dict.fromkeys(iterable, value=None), a classmethod: cls() filled with
 * the keys.  An exact dict built from a dict or a set gets its final table
 * up front and takes the hashes the source already knows. */
static PyObj *dict_fromkeys(PyObj *cls, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyObj *iterable = args[0], *value = nargs > 1 ? args[1] : PY_NONE;
    PyObj *d = py_call0(cls);
    if (!d) return NULL;
    bool exact = PY_IS_TYPE(d, py_dict_type);
    if (exact && PY_DICT(d)->used == 0) {
        if (PY_IS_TYPE(iterable, py_dict_type)) {
            if (py_dict_resize(PY_DICT(d), py_dict_estimate_log2(PY_DICT(iterable)->used),
                               PY_DICT(iterable)->keys->unicode) < 0)
                goto fail;
            size_t pos = 0;
            PyObj *key;
            int64_t hash;
            while (py_dict_next_hash(iterable, &pos, &key, NULL, &hash))
                if (py_dict_insert(PY_DICT(d), key, hash, value) < 0) goto fail;
            return d;
        }
        if (PY_IS_TYPE(iterable, py_set_type) || PY_IS_TYPE(iterable, py_frozenset_type)) {
            if (py_dict_resize(PY_DICT(d), py_dict_estimate_log2((int64_t)py_set_size(iterable)), false) < 0)
                goto fail;
            size_t pos = 0;
            PyObj *key;
            /* CPython reuses the set's stored hashes; ours are recomputed
             * (the same numbers) */
            while (py_set_next(iterable, &pos, &key)) {
                int64_t hash = py_dict_key_hash(key);
                if (hash == -1 || py_dict_insert(PY_DICT(d), key, hash, value) < 0) goto fail;
            }
            return d;
        }
    }
    PyObj *it = py_iter(iterable);
    if (!it) goto fail;
    PyObj *key;
    while ((key = py_next(it))) {
        int st = exact ? py_dict_setitem(d, key, value) : py_setitem(d, key, value);
        py_decref(key);
        if (st < 0) {
            py_decref(it);
            goto fail;
        }
    }
    py_decref(it);
    if (py_err_occurred()) goto fail;
    return d;
fail:
    py_decref(d);
    return NULL;
}

static PyObj *dict_clear_meth(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    py_dict_clear(self);
    return py_newref(PY_NONE);
}

static PyObj *dict_copy_meth(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    return py_dict_copy(self);
}

static PyObj *dict_reversed(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    return py_dictiter_new(self, &py_dict_revkeyiter_type);
}

static PyObj *dict_sizeof_meth(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    return py_int_from_i64((int64_t)py_dict_sizeof(self));
}

static PyObj *dict_class_getitem(PyObj *cls, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    return py_genericalias_class_getitem(cls, args, nargs, kwnames); /* genericalias.c */
}

static const PyMethodDef dict_methods[] = {
    {"__sizeof__", dict_sizeof_meth, 0, 0, 0},
    {"get", dict_get, 1, 2, 0},
    {"setdefault", dict_setdefault, 1, 2, 0},
    {"pop", dict_pop, 1, 2, 0},
    {"popitem", dict_popitem, 0, 0, 0},
    {"keys", dict_keys, 0, 0, 0},
    {"items", dict_items, 0, 0, 0},
    {"values", dict_values, 0, 0, 0},
    {"update", dict_update, 0, 1, PY_METH_KEYWORDS},
    {"fromkeys", dict_fromkeys, 1, 2, PY_METH_CLASS},
    {"clear", dict_clear_meth, 0, 0, 0},
    {"copy", dict_copy_meth, 0, 0, 0},
    {"__reversed__", dict_reversed, 0, 0, 0},
    {"__class_getitem__", dict_class_getitem, 1, 1, PY_METH_CLASS},
    {NULL, NULL, 0, 0, 0},
};

PyType py_dict_type = {
    .name = "dict",
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE | PY_TPF_DICT_SUBCLASS,
    .csize = sizeof(PyDictObj),
    .basicsize = PY_DICT_BASICSIZE,
    .tp_new = dict_tp_new,
    .tp_init = dict_tp_init,
    .tp_dealloc = py_dict_dealloc,
    .tp_traverse = py_dict_traverse,
    .tp_clear = dict_tp_clear,
    .tp_sizeof = dict_tp_sizeof,
    .tp_repr = dict_repr,
    .tp_richcompare = dict_richcompare,
    .tp_iter = dict_iter,
    .sq_length = dict_len,
    .mp_subscript = dict_subscript,
    .mp_ass_subscript = dict_ass_subscript,
    .sq_contains = dict_contains,
    .nb_binop = dict_binop,
    .nb_inplace = dict_inplace,
    .nb_fwd = PY_OPBIT(PY_OP_OR),
    .nb_rev = PY_OPBIT(PY_OP_OR),
    .nb_inp = PY_OPBIT(PY_OP_OR),
    .methods = dict_methods,
};
