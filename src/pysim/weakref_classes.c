/* weakref_classes.c — the small classes of Lib/weakref.py, simulated in C
 * with the same observable behaviour: KeyedRef (a reference carrying a
 * key), WeakMethod (a reference to a bound method that dies with its
 * object or its function) and finalize (a function called once when an
 * object dies, or at exit).
 *
 * Invariants: finalize._registry (a dict in the finalize type's dict, as
 * in CPython) maps every live finalizer to its _Info; a finalizer leaves
 * it when it is called, detached or its object dies; after
 * py_weakref_atexit has run, no finalizer calls its function any more.
 */
#include <string.h>

#include "pysim/gc.h"
#include "pysim/obj.h"
#include "pysim/slots.h"
#include "pysim/vm.h"
#include "pysim/weakref.h"
#include "pysim/weakref_impl.h"

/* ---- KeyedRef: class KeyedRef(ref), __slots__ = ("key",) ---- */

typedef struct KeyedRefObj {
    PyWeakrefObj base;
    PyObj *key;
} KeyedRefObj;

static PyObj *keyedref_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (kwnames && py_tuple_size(kwnames))
        return py_err_format(&py_exc_TypeError, "KeyedRef.__new__() got an unexpected keyword argument '%U'",
                             py_tuple_item(kwnames, 0));
    if (nargs != 3)
        return py_err_format(&py_exc_TypeError, "KeyedRef.__new__() takes 4 positional arguments but %zd were given",
                             (int64_t)nargs + 1);
    PyObj *r = py_weakref_new_ref(type, args[0], args[1]);
    if (r) ((KeyedRefObj *)r)->key = py_newref(args[2]);
    return r;
}

static int keyedref_init(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames) { return 0; }

static PyObj *keyedref_get_key(PyObj *self)
{
    PyObj *k = ((KeyedRefObj *)self)->key;
    if (!k) return py_err_format(&py_exc_AttributeError, "'KeyedRef' object has no attribute 'key'");
    return py_newref(k);
}

static int keyedref_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyObj *k = ((KeyedRefObj *)self)->key;
    if (k && visit(k, arg)) return 1;
    return py_weakref_ref_type.tp_traverse(self, visit, arg);
}

static void keyedref_clear(PyObj *self)
{
    py_clear(&((KeyedRefObj *)self)->key);
    py_weakref_ref_type.tp_clear(self);
}

static const PyGetSetDef keyedref_getset[] = {{"key", keyedref_get_key, NULL}, {NULL, NULL, NULL}};

PyType py_weakref_keyedref_type = {
    .name = "KeyedRef", /* a Python class of module weakref (py_weakref_add_classes) */
    .base = &py_weakref_ref_type,
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE,
    .csize = sizeof(KeyedRefObj),
    .basicsize = 72,
    .tp_new = keyedref_new,
    .tp_init = keyedref_init,
    .tp_dealloc = keyedref_clear,
    .tp_traverse = keyedref_traverse,
    .tp_clear = keyedref_clear,
    .getset = keyedref_getset,
};

PyObj *py_weakref_keyed_new(PyObj *o, PyObj *callback, PyObj *key)
{
    PyObj *r = py_weakref_new_ref(&py_weakref_keyedref_type, o, callback);
    if (r) ((KeyedRefObj *)r)->key = py_newref(key);
    return r;
}

PyObj *py_weakref_keyed_key(PyObj *r) { return ((KeyedRefObj *)r)->key; }

/* ---- a callback bound to a weak reference to its owner ----
 * CPython's closures over `selfref = ref(self)`: the owner is not kept
 * alive by its own callback. */
PyObj *py_weakref_bound_callback(const PyMethodDef *def, PyObj *owner)
{
    PyObj *selfref = py_weakref_new_ref(&py_weakref_ref_type, owner, NULL);
    if (!selfref) return NULL;
    PyObj *f = py_cfunction_new(def, selfref, NULL);
    py_decref(selfref);
    return f;
}

/* The owner of a bound callback (BORROWED), or NULL once it is gone. */
PyObj *py_weakref_callback_owner(PyObj *selfref) { return py_weakref_get(selfref); }

/* ---- WeakMethod ---- */

typedef struct WeakMethodObj {
    PyWeakrefObj base;
    PyObj *func_ref, *meth_type, *alive;
    PyObj *user_callback; /* the closure's `callback` */
} WeakMethodObj;

extern PyType py_weakref_weakmethod_type;

/* _cb(arg): the object or the function died. */
static PyObj *weakmethod_cb(PyObj *selfref, PyObj *const *args, size_t n, PyObj *k)
{
    WeakMethodObj *self = (WeakMethodObj *)py_weakref_get(selfref);
    if (!self || self->alive != PY_TRUE) return py_newref(PY_NONE);
    py_setref(&self->alive, py_newref(PY_FALSE));
    if (self->user_callback && self->user_callback != PY_NONE) {
        py_incref(self);
        PyObj *r = py_call1(self->user_callback, (PyObj *)self);
        py_decref(self);
        return r;
    }
    return py_newref(PY_NONE);
}

static const PyMethodDef weakmethod_cb_def = {"_cb", weakmethod_cb, 1, 1, 0};

static PyObj *weakmethod_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"meth", "callback"};
    PyObj *v[2];
    if (py_parse_args("__new__", args, nargs, kwnames, names, 2, 0, 1, v) < 0) return NULL;
    PyObj *obj = NULL, *func = NULL;
    if (py_getattr_opt(v[0], PY_ID(__self__), &obj) <= 0 || py_getattr_opt(v[0], py_intern_c("__func__"), &func) <= 0) {
        py_xdecref(obj);
        if (py_err_occurred() && !py_err_matches((PyObj *)&py_exc_AttributeError)) return NULL;
        py_err_clear();
        return py_err_format(&py_exc_TypeError, "argument should be a bound method, not %R", (PyObj *)PY_TYPE(v[0]));
    }
    WeakMethodObj *self = (WeakMethodObj *)py_weakref_new_ref(type, obj, NULL);
    PyObj *cb = self ? py_weakref_bound_callback(&weakmethod_cb_def, (PyObj *)self) : NULL;
    if (cb) {
        self->base.callback = py_newref(cb);
        self->user_callback = v[1] ? py_newref(v[1]) : NULL;
        self->func_ref = py_weakref_new_ref(&py_weakref_ref_type, func, cb);
        self->meth_type = py_newref((PyObj *)PY_TYPE(v[0]));
        self->alive = py_newref(PY_TRUE);
        if (!self->func_ref) py_clear(&self);
    } else if (self) {
        py_clear(&self);
    }
    py_xdecref(cb);
    py_decref(obj);
    py_decref(func);
    return (PyObj *)self;
}

static int weakmethod_init(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames) { return 0; }

static PyObj *weakmethod_call(PyObj *s, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    WeakMethodObj *self = (WeakMethodObj *)s;
    if (nargs) return py_err_format(&py_exc_TypeError, "weakref expected 0 arguments, got %zd", (int64_t)nargs);
    PyObj *obj = py_weakref_get(s);
    PyObj *func = self->func_ref ? py_weakref_get(self->func_ref) : NULL;
    if (!obj || !func) return py_newref(PY_NONE);
    if (self->meth_type == (PyObj *)&py_method_type) return py_method_new(func, obj);
    return py_call2(self->meth_type, func, obj);
}

static PyObj *weakmethod_richcompare(PyObj *a, PyObj *b, int op)
{
    if ((op != PY_EQ && op != PY_NE) || !py_isinstance_c(b, &py_weakref_weakmethod_type))
        return py_newref(PY_NOTIMPL);
    WeakMethodObj *x = (WeakMethodObj *)a, *y = (WeakMethodObj *)b;
    bool eq;
    if (x->alive != PY_TRUE || y->alive != PY_TRUE) {
        eq = a == b;
    } else {
        int r = py_weakref_equal(a, b);
        if (r < 0) return NULL;
        if (r) {
            r = py_weakref_equal(x->func_ref, y->func_ref);
            if (r < 0) return NULL;
        }
        eq = r != 0;
    }
    return py_bool(op == PY_EQ ? eq : !eq);
}

static int weakmethod_traverse(PyObj *s, PyVisitFn visit, void *arg)
{
    WeakMethodObj *self = (WeakMethodObj *)s;
    PyObj *refs[] = {self->func_ref, self->meth_type, self->alive, self->user_callback};
    for (size_t i = 0; i < 4; i++)
        if (refs[i] && visit(refs[i], arg)) return 1;
    return py_weakref_ref_type.tp_traverse(s, visit, arg);
}

static void weakmethod_clear(PyObj *s)
{
    WeakMethodObj *self = (WeakMethodObj *)s;
    py_clear(&self->func_ref);
    py_clear(&self->meth_type);
    py_clear(&self->alive);
    py_clear(&self->user_callback);
    py_weakref_ref_type.tp_clear(s);
}

PyType py_weakref_weakmethod_type = {
    .name = "WeakMethod",
    .base = &py_weakref_ref_type,
    /* __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__") */
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE | PY_TPF_MANAGED_WEAKREF | PY_TPF_WEAKREFABLE,
    .csize = sizeof(WeakMethodObj),
    .basicsize = 88,
    .tp_new = weakmethod_new,
    .tp_init = weakmethod_init,
    .tp_dealloc = weakmethod_clear,
    .tp_traverse = weakmethod_traverse,
    .tp_clear = weakmethod_clear,
    .tp_call = weakmethod_call,
    .tp_richcompare = weakmethod_richcompare,
    .tp_hash = py_weakref_hash,
};

/* ---- finalize ---- */

typedef struct InfoObj {
    PyObj ob;
    PyObj *weakref, *func, *args, *kwargs, *atexit, *index;
} InfoObj;

static int info_traverse(PyObj *s, PyVisitFn visit, void *arg)
{
    InfoObj *i = (InfoObj *)s;
    PyObj *refs[] = {i->weakref, i->func, i->args, i->kwargs, i->atexit, i->index};
    for (size_t k = 0; k < 6; k++)
        if (refs[k] && visit(refs[k], arg)) return 1;
    return 0;
}

static void info_clear(PyObj *s)
{
    InfoObj *i = (InfoObj *)s;
    py_clear(&i->weakref);
    py_clear(&i->func);
    py_clear(&i->args);
    py_clear(&i->kwargs);
    py_clear(&i->atexit);
    py_clear(&i->index);
}

static PyType info_type = {
    .name = "_Info",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(InfoObj),
    .basicsize = 64, /* __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index") */
    .tp_dealloc = info_clear,
    .tp_traverse = info_traverse,
    .tp_clear = info_clear,
};

extern PyType py_weakref_finalize_type;

/* The finalize class's attributes: _registry (dict), _shutdown,
 * _dirty, _registered_with_atexit (bools), _index_iter (a counter). */
static PyObj *fin_attr(const char *name) { return py_dict_getitem_c(py_weakref_finalize_type.dict, name); }

static void fin_set(const char *name, PyObj *v)
{
    if (py_dict_setitem_c(py_weakref_finalize_type.dict, name, v) < 0) py_err_clear();
}

static PyObj *registry(void) { return fin_attr("_registry"); }

static bool fin_flag(const char *name) { return fin_attr(name) == PY_TRUE; }

static PyObj *finalize_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyObj *o = py_alloc(type, type->csize, type->basicsize);
    if (o) py_gc_track(o);
    return o;
}

static int finalize_init(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (nargs < 2) {
        static const char *const missing[] = {"'obj' and 'func'", "'func'"};
        py_err_format(&py_exc_TypeError, "finalize.__init__() missing %d required positional argument%s: %s",
                      (int)(2 - nargs), nargs == 1 ? "" : "s", missing[nargs]);
        return -1;
    }
    if (!fin_flag("_registered_with_atexit")) fin_set("_registered_with_atexit", PY_TRUE);
    InfoObj *info = (InfoObj *)py_alloc(&info_type, sizeof(InfoObj), info_type.basicsize);
    if (!info) return -1;
    py_gc_track((PyObj *)info);
    info->weakref = py_weakref_new_ref(&py_weakref_ref_type, args[0], self);
    if (!info->weakref) {
        py_decref(info);
        return -1;
    }
    info->func = py_newref(args[1]);
    info->args = py_tuple_from_array(args + 2, nargs - 2);
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    if (nkw) {
        info->kwargs = py_dict_new();
        for (size_t i = 0; i < nkw; i++) py_dict_setitem(info->kwargs, py_tuple_item(kwnames, i), args[nargs + i]);
    } else {
        info->kwargs = py_newref(PY_NONE);
    }
    info->atexit = py_newref(PY_TRUE);
    PyObj *idx = fin_attr("_index_iter");
    int64_t n = 0;
    if (idx) py_int_as_i64(idx, &n);
    info->index = py_int_from_i64(n);
    PyObj *next = py_int_from_i64(n + 1);
    fin_set("_index_iter", next);
    py_decref(next);
    int rc = py_dict_setitem(registry(), self, (PyObj *)info);
    py_decref(info);
    fin_set("_dirty", PY_TRUE);
    return rc;
}

/* The registry's info for self (BORROWED) or NULL. */
static InfoObj *info_of(PyObj *self)
{
    PyObj *reg = registry();
    return reg ? (InfoObj *)py_dict_getitem(reg, self) : NULL;
}

static PyObj *call_info(InfoObj *info)
{
    PyObj *kw = info->kwargs;
    if (kw == PY_NONE || !py_dict_size(kw)) return py_call(info->func, PY_TUPLE_ITEMS(info->args), py_tuple_size(info->args), NULL);
    size_t na = py_tuple_size(info->args), nk = py_dict_size(kw);
    PyObj **stack = xmalloc((na + nk + 1) * sizeof *stack);
    for (size_t i = 0; i < na; i++) stack[i] = py_tuple_item(info->args, i);
    PyObj *names = py_tuple_new(nk);
    size_t pos = 0, i = 0;
    PyObj *k, *v;
    while (py_dict_next(kw, &pos, &k, &v)) {
        PyTupleObj *t = (PyTupleObj *)names;
        t->items[i] = py_newref(k);
        stack[na + i++] = v;
    }
    PyObj *r = py_call(info->func, stack, na, names);
    py_decref(names);
    free(stack);
    return r;
}

/* __call__(self, _=None): pops the entry and calls the function once. */
static PyObj *finalize_call(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (py_check_arity("__call__", nargs, 0, 1) < 0) return NULL;
    PyObj *reg = registry();
    PyObj *info = NULL;
    if (reg && py_dict_pop(reg, self, &info) < 0) return NULL;
    if (!info) return py_newref(PY_NONE);
    PyObj *r = fin_flag("_shutdown") ? py_newref(PY_NONE) : call_info((InfoObj *)info);
    py_decref(info);
    return r;
}

/* (obj, func, args, kwargs) of a live finalizer, NEW, or NULL (no error). */
static PyObj *peek_tuple(InfoObj *info)
{
    PyObj *obj = info ? py_weakref_get(info->weakref) : NULL;
    if (!obj) return NULL;
    PyObj *kw = info->kwargs == PY_NONE ? py_dict_new() : py_newref(info->kwargs);
    PyObj *t = py_tuple_pack(4, obj, info->func, info->args, kw);
    py_decref(kw);
    return t;
}

static PyObj *finalize_peek(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyObj *t = peek_tuple(info_of(self));
    return t ? t : py_newref(PY_NONE);
}

static PyObj *finalize_detach(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyObj *t = peek_tuple(info_of(self));
    if (!t) return py_newref(PY_NONE);
    PyObj *info = NULL;
    if (py_dict_pop(registry(), self, &info) < 0) {
        py_decref(t);
        return NULL;
    }
    if (!info) {
        py_decref(t);
        return py_newref(PY_NONE);
    }
    py_decref(info);
    return t;
}

static PyObj *finalize_get_alive(PyObj *self) { return py_bool(info_of(self) != NULL); }

static PyObj *finalize_get_atexit(PyObj *self)
{
    InfoObj *info = info_of(self);
    return py_newref(info ? info->atexit : PY_FALSE);
}

static int finalize_set_atexit(PyObj *self, PyObj *value)
{
    if (!value) {
        py_err_format(&py_exc_AttributeError, "can't delete attribute");
        return -1;
    }
    InfoObj *info = info_of(self);
    if (!info) return 0;
    int t = py_truthy(value);
    if (t < 0) return -1;
    py_setref(&info->atexit, py_bool(t));
    return 0;
}

static PyObj *finalize_repr(PyObj *self)
{
    InfoObj *info = info_of(self);
    PyObj *obj = info ? py_weakref_get(info->weakref) : NULL;
    /* '<%s object at %#x; for %r at %#x>' with type names */
    PyObj *name = PY_TYPE(self)->name_obj;
    if (!obj) return py_str_format_c("<%U object at 0x%llx; dead>", name, (unsigned long long)self->ob_id);
    return py_str_format_c("<%U object at 0x%llx; for %R at 0x%llx>", name, (unsigned long long)self->ob_id,
                           PY_TYPE(obj)->name_obj, (unsigned long long)obj->ob_id);
}

static const PyMethodDef finalize_methods[] = {
    {"detach", finalize_detach, 0, 0, 0},
    {"peek", finalize_peek, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

static const PyGetSetDef finalize_getset[] = {
    {"alive", finalize_get_alive, NULL},
    {"atexit", finalize_get_atexit, finalize_set_atexit},
    {NULL, NULL, NULL},
};

PyType py_weakref_finalize_type = {
    .name = "finalize",
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE,
    .csize = sizeof(PyObj),
    .basicsize = 16, /* __slots__ = () */
    .tp_new = finalize_new,
    .tp_init = finalize_init,
    .tp_repr = finalize_repr,
    .tp_call = finalize_call,
    .methods = finalize_methods,
    .getset = finalize_getset,
};

/* _select_for_exit: the live finalizers marked atexit, oldest first
 * (NEW list). */
static PyObj *select_for_exit(void)
{
    PyObj *l = py_list_new(0), *reg = registry();
    size_t pos = 0;
    PyObj *f, *i;
    while (l && reg && py_dict_next(reg, &pos, &f, &i)) {
        InfoObj *info = (InfoObj *)i;
        if (info->atexit != PY_TRUE) continue;
        /* insertion by index keeps the list sorted, oldest first */
        int64_t idx = 0;
        py_int_as_i64(info->index, &idx);
        size_t at = py_list_size(l);
        while (at > 0) {
            int64_t other = 0;
            InfoObj *oi = info_of(py_list_item(l, at - 1));
            if (oi) py_int_as_i64(oi->index, &other);
            if (other <= idx) break;
            at--;
        }
        py_list_append(l, f);
        PyObj **items = PY_LIST_ITEMS(l);
        memmove(items + at + 1, items + at, (py_list_size(l) - 1 - at) * sizeof *items);
        items[at] = f;
    }
    return l;
}

void py_weakref_atexit(void)
{
    if (!(py_weakref_finalize_type.tpflags & PY_TPF_READY) || !fin_flag("_registered_with_atexit")) return;
    PyObj *reg = registry();
    bool reenable = false;
    if (reg && py_dict_size(reg)) {
        if (py_gc_is_enabled()) {
            reenable = true;
            py_gc_set_enabled(false);
        }
        PyObj *pending = NULL;
        for (;;) {
            if (py_stopping()) break;
            if (!pending || fin_flag("_dirty")) {
                py_xdecref(pending);
                pending = select_for_exit();
                fin_set("_dirty", PY_FALSE);
            }
            if (!pending || !py_list_size(pending)) break;
            size_t n = py_list_size(pending);
            PyObj *f = PY_LIST_ITEMS(pending)[n - 1];
            py_list_resize(pending, n - 1);
            PyObj *r = py_call0(f);
            if (r) {
                py_decref(r);
            } else if (!py_stopping()) {
                /* sys.excepthook */
                PyObj *exc = py_err_fetch();
                Buf b = BUF_INIT;
                py_print_exception(&b, exc);
                vm_write_err(b.p, b.len);
                buf_free(&b);
                py_decref(exc);
            }
            py_decref(f);
        }
        py_xdecref(pending);
    }
    fin_set("_shutdown", PY_TRUE);
    if (reenable) py_gc_set_enabled(true);
}

/* ---- registration ---- */

/* Readies a class of Lib/weakref.py simulated in C: its tp_name is the
 * bare class name, its __module__ the Python module's (set on every
 * import, as the interned name belongs to the run). */
void py_weakref_ready_class(PyType *t, const char *module)
{
    if (!(t->tpflags & PY_TPF_READY)) py_type_ready_late(t);
    t->module = py_intern_c(module);
}

static int add_type(PyObj *d, const char *name, PyType *t)
{
    py_weakref_ready_class(t, "weakref");
    return py_dict_setitem(d, py_intern_c(name), (PyObj *)t);
}

int py_weakref_add_classes(PyObj *d)
{
    if (add_type(d, "KeyedRef", &py_weakref_keyedref_type) < 0 ||
        add_type(d, "WeakMethod", &py_weakref_weakmethod_type) < 0 ||
        add_type(d, "finalize", &py_weakref_finalize_type) < 0)
        return -1;
    py_weakref_ready_class(&info_type, "weakref");
    if (!fin_attr("_registry")) {
        PyObj *reg = py_dict_new();
        PyObj *zero = py_int_from_i64(0);
        fin_set("_registry", reg);
        fin_set("_shutdown", PY_FALSE);
        fin_set("_dirty", PY_FALSE);
        fin_set("_registered_with_atexit", PY_FALSE);
        fin_set("_index_iter", zero);
        fin_set("_Info", (PyObj *)&info_type);
        py_decref(reg);
        py_decref(zero);
    }
    return py_weakref_add_dicts(d);
}
