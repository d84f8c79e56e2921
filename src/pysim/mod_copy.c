/* mod_copy.c — the copy module of CPython 3.12: copy.copy, copy.deepcopy
 * and copy.Error, following Lib/copy.py step by step (the reduce protocol
 * it falls back on is in mod_copy_reduce.c).
 *
 * Invariants:
 *  - Dispatch is copy.py's: exact-type tables of atomic types and of
 *    list/dict/set/bytearray (copy) or list/tuple/dict/method (deepcopy),
 *    then classes, then __copy__ / __deepcopy__, then the reduction and
 *    _reconstruct.  What would need pickling support memguide lacks stops
 *    the run as unsupported, never a guess.
 *  - Objects are made in copy.py's order, and so are the Python objects
 *    copy.py itself keeps while it works (the memo dict keyed by id()
 *    ints, the keep-alive list, the list a tuple is deep-copied into, the
 *    reduce tuples), so the ids of the copies and of what is allocated
 *    afterwards match CPython's.  Short-lived helpers (bound methods,
 *    iterators, the generator of _reconstruct, the KeyError of
 *    _keep_alive) are not simulated.
 *  - copy.py's Python frames count against the recursion limit, so a too
 *    deep structure raises RecursionError where CPython does.
 */
#include "pysim/mod_copy_impl.h"
#include "pysim/modules.h"
#include "pysim/obj.h"
#include "pysim/vm.h"

/* The deepest nesting of copy.py frames followed in C, a guard for the C
 * stack: the recursion limit (at most 100000 in memguide) comes first. */
#define COPY_MAX_NESTING 100000

typedef struct Copier {
    PyObj *module; /* BORROWED: the copy module (its globals, for Error) */
    PyObj *memo;   /* BORROWED dict for deepcopy, NULL for copy */
    int nesting;
} Copier;

static PyObj *deep(Copier *c, PyObj *x);

/* ---- small helpers ---- */

/* copy.py's functions are Python functions: each call is a frame. */
static int enter_frame(Copier *c)
{
    if (py_vm->depth >= py_vm->recursion_limit) {
        py_err_format(&py_exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    if (++c->nesting > COPY_MAX_NESTING) {
        c->nesting--;
        py_stop_limit("copy nested more than %d levels deep", COPY_MAX_NESTING);
        return -1;
    }
    py_vm->depth++;
    return 0;
}

static void leave_frame(Copier *c)
{
    py_vm->depth--;
    c->nesting--;
}

/* id(o): a NEW int, as every call to id() makes one. */
static PyObj *id_of(PyObj *o) { return py_int_from_i64((int64_t)o->ob_id); }

/* memo[id(x)] = y */
static int memo_set_id(Copier *c, PyObj *x, PyObj *y)
{
    PyObj *k = id_of(x);
    if (!k) return -1;
    int rc = py_dict_setitem(c->memo, k, y);
    py_decref(k);
    return rc;
}

/* for key, value in ...: one item split in two (NEW refs), with CPython's
 * unpacking messages, and no objects made on the way (UNPACK_SEQUENCE). */
static int unpack2(PyObj *item, PyObj **k, PyObj **v)
{
    PyObj *got[3] = {NULL, NULL, NULL};
    size_t n = 0;
    if (PY_IS_TYPE(item, py_tuple_type) || PY_IS_TYPE(item, py_list_type)) {
        bool t = PY_IS_TYPE(item, py_tuple_type);
        size_t len = t ? py_tuple_size(item) : py_list_size(item);
        for (; n < len && n < 3; n++) got[n] = py_newref(t ? py_tuple_item(item, n) : py_list_item(item, n));
    } else {
        PyObj *it = py_iter(item);
        if (!it) {
            if (py_err_matches((PyObj *)&py_exc_TypeError)) {
                py_err_clear();
                py_err_format(&py_exc_TypeError, "cannot unpack non-iterable %s object", py_type_name(item));
            }
            return -1;
        }
        while (n < 3 && (got[n] = py_next(it))) n++;
        py_decref(it);
    }
    if (!py_err_occurred() && n == 2) {
        *k = got[0];
        *v = got[1];
        return 0;
    }
    if (!py_err_occurred()) {
        if (n < 2) py_err_format(&py_exc_ValueError, "not enough values to unpack (expected 2, got %d)", (int)n);
        else py_err_format(&py_exc_ValueError, "too many values to unpack (expected 2)");
    }
    for (size_t i = 0; i < n; i++) py_decref(got[i]);
    return -1;
}

/* Binds a call as a Python function with parameters names[0..nparams),
 * the first nrequired without defaults (copy(x), deepcopy(x, memo=None,
 * _nil=[])).  out[] gets BORROWED values or NULL. */
static int bind_args(const char *fname, PyObj *const *args, size_t nargs, PyObj *kwnames, const char *const *names,
                     int nparams, int nrequired, PyObj **out)
{
    for (int i = 0; i < nparams; i++) out[i] = i < (int)nargs ? args[i] : NULL;
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        PyObj *kn = py_tuple_item(kwnames, k);
        int j = 0;
        while (j < nparams && !py_str_eq_c(kn, names[j])) j++;
        if (j == nparams) {
            py_err_format(&py_exc_TypeError, "%s() got an unexpected keyword argument '%U'", fname, kn);
            return -1;
        }
        if (out[j]) {
            py_err_format(&py_exc_TypeError, "%s() got multiple values for argument '%s'", fname, names[j]);
            return -1;
        }
        out[j] = args[nargs + k];
    }
    if (nargs > (size_t)nparams) {
        if (nparams == nrequired)
            py_err_format(&py_exc_TypeError, "%s() takes %d positional argument%s but %zd were given", fname,
                          nparams, nparams == 1 ? "" : "s", (int64_t)nargs);
        else
            py_err_format(&py_exc_TypeError, "%s() takes from %d to %d positional arguments but %zd were given",
                          fname, nrequired, nparams, (int64_t)nargs);
        return -1;
    }
    for (int i = 0; i < nrequired; i++)
        if (!out[i]) {
            py_err_format(&py_exc_TypeError, "%s() missing 1 required positional argument: '%s'", fname, names[i]);
            return -1;
        }
    return 0;
}

/* ---- _reconstruct ---- */

/* "f() argument after * must be an iterable" names f as CPython does. */
static PyObj *not_iterable_args(PyObj *func, PyObj *args)
{
    PyObj *q = py_getattr(func, PY_ID(__qualname__)), *m = q ? py_getattr(func, PY_ID(__module__)) : NULL;
    py_err_clear();
    if (q && PY_STR_CHECK(q) && m && PY_STR_CHECK(m) && !py_str_eq_c(m, "builtins"))
        py_err_format(&py_exc_TypeError, "%U.%U() argument after * must be an iterable, not %s", m, q,
                      py_type_name(args));
    else if (q && PY_STR_CHECK(q))
        py_err_format(&py_exc_TypeError, "%U() argument after * must be an iterable, not %s", q, py_type_name(args));
    else
        py_err_format(&py_exc_TypeError, "argument after * must be an iterable, not %s", py_type_name(args));
    py_xdecref(q);
    py_xdecref(m);
    return NULL;
}

/* The items of args for func(*args), deep-copied for a deep copy (copy.py's
 * generator): a malloc'ed array of NEW references in *out, their number
 * returned (-1 on error).  C memory: CPython makes no object here that
 * outlives the call either. */
static int64_t call_args(Copier *c, PyObj *func, PyObj *args, PyObj ***out)
{
    int truth = c->memo ? py_truthy(args) : 0;
    if (truth < 0) return -1;
    PyObj *it = py_iter(args), *item;
    if (!it) {
        if (!truth && py_err_matches((PyObj *)&py_exc_TypeError)) {
            py_err_clear();
            not_iterable_args(func, args);
        }
        return -1;
    }
    size_t n = 0, cap = 4;
    PyObj **v = xmalloc(cap * sizeof *v);
    while ((item = py_next(it))) {
        PyObj *copied = truth ? deep(c, item) : py_newref(item);
        py_decref(item);
        if (!copied) break;
        if (n == cap) v = xrealloc(v, (cap *= 2) * sizeof *v);
        v[n++] = copied;
    }
    py_decref(it);
    if (py_err_occurred()) {
        while (n) py_decref(v[--n]);
        free(v);
        return -1;
    }
    *out = v;
    return (int64_t)n;
}

/* y.__setstate__(state), or the __dict__ / __slots__ update. */
static int set_state(PyObj *y, PyObj *state)
{
    PyObj *setter;
    int r = py_getattr_opt(y, py_intern_c("__setstate__"), &setter);
    if (r < 0) return -1;
    if (r > 0) {
        PyObj *res = py_call1(setter, state);
        py_decref(setter);
        py_xdecref(res);
        return res ? 0 : -1;
    }
    PyObj *slotstate = NULL;
    if (PY_TUPLE_CHECK(state) && py_tuple_size(state) == 2) {
        slotstate = py_tuple_item(state, 1);
        state = py_tuple_item(state, 0);
    }
    if (state != PY_NONE) {
        PyObj *d = py_getattr(y, PY_ID(__dict__));
        PyObj *res = d ? py_call_method(d, py_intern_c("update"), &state, 1, NULL) : NULL;
        py_xdecref(d);
        if (!res) return -1;
        py_decref(res);
    }
    if (slotstate && slotstate != PY_NONE) {
        PyObj *items = py_call_method(slotstate, PY_ID(items), NULL, 0, NULL);
        PyObj *it = items ? py_iter(items) : NULL, *item;
        py_xdecref(items);
        if (!it) return -1;
        while ((item = py_next(it))) {
            PyObj *k, *v;
            r = unpack2(item, &k, &v);
            py_decref(item);
            if (r == 0) {
                r = py_setattr(y, k, v);
                py_decref(k);
                py_decref(v);
            }
            if (r < 0) break;
        }
        py_decref(it);
        if (py_err_occurred()) return -1;
    }
    return 0;
}

/* for item in listiter: y.append(item); for key, value in dictiter: y[key] = value */
static int add_items(Copier *c, PyObj *y, PyObj *iterable, bool pairs)
{
    PyObj *it = py_iter(iterable), *item;
    if (!it) return -1;
    int rc = 0;
    while (rc == 0 && (item = py_next(it))) {
        if (!pairs) {
            PyObj *v = c->memo ? deep(c, item) : py_newref(item), *r = NULL;
            if (v) r = py_call_method(y, PY_ID(append), &v, 1, NULL);
            py_xdecref(v);
            rc = r ? 0 : -1;
            py_xdecref(r);
        } else {
            PyObj *k, *v, *dk = NULL, *dv = NULL;
            rc = unpack2(item, &k, &v);
            if (rc == 0) {
                dk = c->memo ? deep(c, k) : py_newref(k);
                dv = dk ? (c->memo ? deep(c, v) : py_newref(v)) : NULL;
                rc = dv ? py_setitem(y, dk, dv) : -1;
                py_decref(k);
                py_decref(v);
            }
            py_xdecref(dk);
            py_xdecref(dv);
        }
        py_decref(item);
    }
    py_decref(it);
    return rc < 0 || py_err_occurred() ? -1 : 0;
}

/* copy.py's _reconstruct(x, memo, func, args, state, listiter, dictiter). */
static PyObj *reconstruct(Copier *c, PyObj *x, PyObj *rv, PyCopyReduceKind kind)
{
    if (enter_frame(c) < 0) return NULL;
    size_t n = py_tuple_size(rv);
    PyObj *func = py_tuple_item(rv, 0), *args = py_tuple_item(rv, 1);
    PyObj *state = n > 2 ? py_tuple_item(rv, 2) : PY_NONE;
    PyObj *listiter = n > 3 ? py_tuple_item(rv, 3) : PY_NONE, *dictiter = n > 4 ? py_tuple_item(rv, 4) : PY_NONE;
    PyObj *y = NULL, **cargs = NULL;
    int64_t nc = call_args(c, func, args, &cargs);
    if (nc < 0) goto out;
    if (kind == PY_COPY_CALL) {
        y = py_call(func, cargs, (size_t)nc, NULL);
    } else if (nc == 0 || (kind == PY_COPY_NEWOBJ_EX && nc != 3)) {
        py_unsupported("copyreg.__newobj__ with arguments not made by object.__reduce_ex__");
    } else if (enter_frame(c) == 0) { /* copyreg.__newobj__ / __newobj_ex__ */
        PyObj *cls = cargs[0], *newfn = py_getattr(cls, PY_ID(__new__));
        if (newfn && kind == PY_COPY_NEWOBJ) {
            y = py_call(newfn, cargs, (size_t)nc, NULL);
        } else if (newfn) {
            PyObj *pos = cargs[1], *kw = cargs[2];
            if (!PY_TUPLE_CHECK(pos) || !PY_DICT_CHECK(kw)) {
                py_unsupported("copyreg.__newobj_ex__ with arguments that are not a tuple and a dict");
            } else {
                size_t np = py_tuple_size(pos), nk = py_dict_size(kw), i = 0, pos_i = 0;
                PyObj **vec = xmalloc((1 + np + nk) * sizeof *vec), *names = py_tuple_new(nk), *k, *v;
                vec[0] = cls;
                for (size_t j = 0; j < np; j++) vec[1 + j] = py_tuple_item(pos, j);
                while (names && py_dict_next(kw, &pos_i, &k, &v)) {
                    vec[1 + np + i] = v;
                    PY_TUPLE_ITEMS(names)[i++] = py_newref(k);
                }
                if (names) y = py_call(newfn, vec, 1 + np, names);
                py_xdecref(names);
                free(vec);
            }
        }
        py_xdecref(newfn);
        leave_frame(c);
    }
    for (int64_t i = 0; i < nc; i++) py_decref(cargs[i]);
    free(cargs);
    if (!y) goto out;
    if (c->memo && memo_set_id(c, x, y) < 0) goto fail;
    if (state != PY_NONE) {
        PyObj *s = c->memo ? deep(c, state) : py_newref(state);
        int rc = s ? set_state(y, s) : -1;
        py_xdecref(s);
        if (rc < 0) goto fail;
    }
    if (listiter != PY_NONE && add_items(c, y, listiter, false) < 0) goto fail;
    if (dictiter != PY_NONE && add_items(c, y, dictiter, true) < 0) goto fail;
out:
    leave_frame(c);
    return y;
fail:
    py_clear(&y);
    goto out;
}

/* ---- copy.copy ---- */

/* _copy_dispatch's immutable types: copied as themselves. */
static bool copy_atomic(PyType *t)
{
    return t == &py_none_type || t == &py_int_type || t == &py_float_type || t == &py_complex_type ||
           t == &py_bool_type || t == &py_str_type || t == &py_tuple_type || t == &py_bytes_type ||
           t == &py_frozenset_type || t == &py_type_type || t == &py_range_type || t == &py_slice_type ||
           t == &py_property_type || t == &py_cfunction_type || t == &py_ellipsis_type ||
           t == &py_notimpl_type || t == &py_function_type || t == &py_code_type;
}

static PyObj *shallow(Copier *c, PyObj *x)
{
    PyType *cls = PY_TYPE(x);
    if (copy_atomic(cls)) return py_newref(x);
    if (cls == &py_list_type || cls == &py_dict_type || cls == &py_set_type || cls == &py_bytearray_type) {
        PyObj *m = py_dict_getitem_str(cls->dict, PY_ID(copy)); /* list.copy(x) ... */
        return m ? py_call1(m, x) : py_unsupported("%s.copy()", cls->name);
    }
    if (PY_TYPE_CHECK(x)) return py_newref(x); /* a class */
    PyObj *copier, *rv;
    int r = py_getattr_opt((PyObj *)cls, PY_ID(__copy__), &copier);
    if (r < 0) return NULL;
    if (r > 0 && copier != PY_NONE) {
        PyObj *y = py_call1(copier, x);
        py_decref(copier);
        return y;
    }
    py_xdecref(copier);
    PyCopyReduceKind kind;
    r = py_copy_reduce(c->module, x, c->memo != NULL, &rv, &kind);
    if (r <= 0) return r < 0 ? NULL : py_newref(x);
    PyObj *y = reconstruct(c, x, rv, kind);
    py_decref(rv);
    return y;
}

static PyObj *copy_copy(PyObj *module, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"x"};
    PyObj *x;
    if (bind_args("copy", args, nargs, kwnames, names, 1, 1, &x) < 0) return NULL;
    Copier c = {module, NULL, 0};
    if (enter_frame(&c) < 0) return NULL;
    PyObj *y = shallow(&c, x);
    leave_frame(&c);
    return y;
}

/* ---- copy.deepcopy ---- */

/* _deepcopy_dispatch's atomic types. */
static bool deep_atomic(PyType *t)
{
    return t == &py_none_type || t == &py_ellipsis_type || t == &py_notimpl_type || t == &py_int_type ||
           t == &py_float_type || t == &py_complex_type || t == &py_bool_type || t == &py_bytes_type ||
           t == &py_str_type || t == &py_code_type || t == &py_type_type || t == &py_range_type ||
           t == &py_cfunction_type || t == &py_function_type || t == &py_property_type;
}

/* _deepcopy_list: the new list is in the memo before its items are copied,
 * so a list containing itself copies to one containing itself. */
static PyObj *deep_list(Copier *c, PyObj *x)
{
    if (enter_frame(c) < 0) return NULL;
    PyObj *y = py_list_new(0);
    if (y && memo_set_id(c, x, y) < 0) py_clear(&y);
    for (size_t i = 0; y && i < py_list_size(x); i++) {
        PyObj *a = py_newref(py_list_item(x, i)), *v = deep(c, a);
        py_decref(a);
        if (!v || py_list_append(y, v) < 0) py_clear(&y);
        py_xdecref(v);
    }
    leave_frame(c);
    return y;
}

/* _deepcopy_tuple: copies the items into a list first; the tuple itself
 * is returned when no item changed (and is never memoized). */
static PyObj *deep_tuple(Copier *c, PyObj *x)
{
    if (enter_frame(c) < 0) return NULL;
    PyObj *items = py_list_new(0), *y = NULL;
    for (size_t i = 0; items && i < py_tuple_size(x); i++) {
        PyObj *v = deep(c, py_tuple_item(x, i));
        if (!v || py_list_append(items, v) < 0) py_clear(&items);
        py_xdecref(v);
    }
    if (items) {
        PyObj *k = id_of(x); /* try: return memo[id(x)] */
        PyObj *known = k ? py_dict_getitem(c->memo, k) : NULL;
        bool looked = k && !py_err_occurred();
        py_xdecref(k);
        if (known) {
            y = py_newref(known);
        } else if (looked) {
            bool same = true;
            for (size_t i = 0; i < py_tuple_size(x); i++) same &= py_tuple_item(x, i) == py_list_item(items, i);
            y = same ? py_newref(x) : py_list_as_tuple(items);
        }
        py_decref(items);
    }
    leave_frame(c);
    return y;
}

/* _deepcopy_dict: y[deepcopy(key)] = deepcopy(value), value first. */
static PyObj *deep_dict(Copier *c, PyObj *x)
{
    if (enter_frame(c) < 0) return NULL;
    PyObj *y = py_dict_new(), *k, *v;
    if (y && memo_set_id(c, x, y) < 0) py_clear(&y);
    size_t pos = 0, size = py_dict_size(x);
    while (y && py_dict_next(x, &pos, &k, &v)) {
        py_incref(k);
        py_incref(v);
        PyObj *dv = deep(c, v), *dk = dv ? deep(c, k) : NULL;
        if (!dk || py_dict_setitem(y, dk, dv) < 0) py_clear(&y);
        py_xdecref(dk);
        py_xdecref(dv);
        py_decref(k);
        py_decref(v);
        if (y && py_dict_size(x) != size) {
            py_err_format(&py_exc_RuntimeError, "dictionary changed size during iteration");
            py_clear(&y);
        }
    }
    leave_frame(c);
    return y;
}

/* _keep_alive: memo[id(memo)] lists the originals copied, so that their
 * ids stay unique while the memo lives. */
static int keep_alive(Copier *c, PyObj *x)
{
    if (enter_frame(c) < 0) return -1;
    int rc = -1;
    PyObj *k = id_of(c->memo); /* try: memo[id(memo)].append(x) */
    PyObj *l = k ? py_dict_getitem(c->memo, k) : NULL;
    bool looked = k && !py_err_occurred();
    py_xdecref(k);
    if (l) {
        PyObj *r = py_call_method(l, PY_ID(append), &x, 1, NULL);
        rc = r ? 0 : -1;
        py_xdecref(r);
    } else if (looked) { /* except KeyError: memo[id(memo)] = [x] */
        l = py_list_from_array(&x, 1);
        k = l ? id_of(c->memo) : NULL;
        rc = k ? py_dict_setitem(c->memo, k, l) : -1;
        py_xdecref(k);
        py_xdecref(l);
    }
    leave_frame(c);
    return rc;
}

static PyObj *deep(Copier *c, PyObj *x)
{
    if (enter_frame(c) < 0) return NULL;
    PyObj *d = id_of(x), *y = NULL;
    if (!d) goto out;
    PyObj *known = py_dict_getitem(c->memo, d);
    if (known || py_err_occurred()) {
        y = known ? py_newref(known) : NULL;
        goto out;
    }
    PyType *cls = PY_TYPE(x);
    if (deep_atomic(cls)) {
        y = py_newref(x);
    } else if (cls == &py_list_type) {
        y = deep_list(c, x);
    } else if (cls == &py_tuple_type) {
        y = deep_tuple(c, x);
    } else if (cls == &py_dict_type) {
        y = deep_dict(c, x);
    } else if (cls == &py_method_type) { /* type(x)(x.__func__, deepcopy(x.__self__)) */
        if (enter_frame(c) == 0) {
            PyMethodObj *m = (PyMethodObj *)x;
            PyObj *self = deep(c, m->self);
            y = self ? py_method_new(m->func, self) : NULL;
            py_xdecref(self);
            leave_frame(c);
        }
    } else if (PY_TYPE_CHECK(x)) {
        y = py_newref(x);
    } else {
        PyObj *copier, *rv;
        int found = py_getattr_opt(x, PY_ID(__deepcopy__), &copier);
        if (found > 0 && copier != PY_NONE) {
            y = py_call1(copier, c->memo);
        } else if (found >= 0) {
            PyCopyReduceKind kind;
            int r = py_copy_reduce(c->module, x, c->memo != NULL, &rv, &kind);
            if (r == 0) y = py_newref(x);
            if (r > 0) {
                y = reconstruct(c, x, rv, kind);
                py_decref(rv);
            }
        }
        if (found > 0) py_decref(copier);
    }
    if (y && y != x) {
        /* memo[d] = y: d is a new int equal to the key already there, if any */
        if (py_dict_setitem(c->memo, d, y) < 0 || keep_alive(c, x) < 0) py_clear(&y);
    }
out:
    py_xdecref(d);
    leave_frame(c);
    return y;
}

static PyObj *copy_deepcopy(PyObj *module, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"x", "memo", "_nil"};
    PyObj *v[3];
    if (bind_args("deepcopy", args, nargs, kwnames, names, 3, 1, v) < 0) return NULL;
    Copier c = {module, NULL, 0};
    PyObj *memo = v[1] && v[1] != PY_NONE ? py_newref(v[1]) : py_dict_new();
    if (!memo) return NULL;
    if (!PY_IS_TYPE(memo, py_dict_type)) {
        /* memo.get(d, _nil): the AttributeError of a non-mapping is real */
        PyObj *get = py_getattr(memo, PY_ID(get));
        if (get) {
            py_decref(get);
            py_unsupported("copy.deepcopy() with a memo that is not a dict");
        }
        py_decref(memo);
        return NULL;
    }
    c.memo = memo;
    PyObj *y = deep(&c, v[0]); /* deep() is the deepcopy frame itself */
    py_decref(memo);
    return y;
}

/* ---- the module ---- */

static const PyMethodDef copy_defs[] = {
    {"copy", copy_copy, 0, -1, PY_METH_KEYWORDS},
    {"deepcopy", copy_deepcopy, 0, -1, PY_METH_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

/* Names looked up while copying, interned once at import as CPython's are
 * (so a copy never allocates them). */
static const char *const copy_names[] = {
    "Error", "__reduce_ex__", "__reduce__", "__getstate__", "__setstate__", "__getnewargs__",
    "__getnewargs_ex__", "__slotnames__", "getattr", "update", NULL,
};

PyObj *py_mod_copy_init(void)
{
    for (const char *const *n = copy_names; *n; n++) py_intern_c(*n);
    PyObj *m = py_module_new("copy");
    if (!m) return NULL;
    PyObj *d = py_module_dict(m);
    /* class Error(Exception): pass */
    PyObj *ns = py_dict_new(), *bases = py_tuple_pack(1, (PyObj *)&py_exc_Exception), *err = NULL;
    if (ns && bases && py_dict_setitem(ns, PY_ID(__module__), py_intern_c("copy")) == 0 &&
        py_dict_setitem(ns, PY_ID(__qualname__), py_intern_c("Error")) == 0)
        err = py_type_new_class(&py_type_type, py_intern_c("Error"), bases, ns, NULL);
    py_xdecref(ns);
    py_xdecref(bases);
    if (!err) goto fail;
    py_dict_setitem(d, py_intern_c("Error"), err);
    py_dict_setitem(d, py_intern_c("error"), err);
    py_decref(err);
    PyObj *all[3] = {py_intern_c("Error"), py_intern_c("copy"), py_intern_c("deepcopy")};
    PyObj *all_list = py_list_from_array(all, 3);
    if (!all_list) goto fail;
    py_dict_setitem(d, py_intern_c("__all__"), all_list);
    py_decref(all_list);
    for (const PyMethodDef *def = copy_defs; def->name; def++) {
        PyObj *f = py_cfunction_new(def, m, "copy");
        if (!f) goto fail;
        py_dict_setitem(d, py_intern_c(def->name), f);
        py_decref(f);
    }
    return m;
fail:
    py_decref(m);
    return NULL;
}
