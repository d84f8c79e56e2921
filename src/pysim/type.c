/* type.c — type objects: readying the built-in types, attribute lookup
 * along the MRO, and classes made by `class` statements.
 *
 * Invariants: every type's mro is a tuple starting with the type itself;
 * a heap type's slots always agree with the dunders its MRO defines
 * (slots.c recomputes them whenever a dunder is assigned).
 */
#include <stdio.h>
#include <string.h>

#include "pysim/obj.h"
#include "pysim/slots.h"
#include "pysim/vm.h"

bool py_type_is_subtype(const PyType *a, const PyType *b)
{
    if (a == b) return true;
    PyObj *mro = a->mro;
    if (mro) {
        size_t n = py_tuple_size(mro);
        for (size_t i = 0; i < n; i++)
            if ((PyType *)py_tuple_item(mro, i) == b) return true;
        return false;
    }
    for (a = a->base; a; a = a->base)
        if (a == b) return true;
    return b == &py_object_type;
}

PyObj *py_type_lookup(PyType *t, PyObj *name)
{
    PyObj *mro = t->mro;
    if (!mro) return t->dict ? py_dict_getitem_str(t->dict, name) : NULL;
    size_t n = py_tuple_size(mro);
    for (size_t i = 0; i < n; i++) {
        PyType *b = (PyType *)py_tuple_item(mro, i);
        if (!b->dict) continue;
        PyObj *v = py_dict_getitem_str(b->dict, name);
        if (v) return v;
    }
    return NULL;
}

const char *py_type_name(PyObj *o) { return PY_TYPE(o)->name; }

const char *py_type_qualname(PyType *t)
{
    return t->qualname ? py_str_utf8(t->qualname) : t->name;
}

/* ---- readying static types ---- */

static PyObj *make_mro_single(PyType *t)
{
    size_t n = 1;
    for (PyType *b = t->base; b; b = b->base) n++;
    PyObj *mro = py_tuple_new(n);
    size_t i = 0;
    for (PyType *b = t; b; b = b->base) {
        py_incref(b);
        PY_TUPLE_ITEMS(mro)[i++] = (PyObj *)b;
    }
    return mro;
}

/* Slots a type without its own takes from its base (CPython's inherit_slots). */
static void inherit_slots(PyType *t, PyType *b)
{
#define INHERIT(slot) if (!t->slot) t->slot = b->slot
    INHERIT(tp_new);
    INHERIT(tp_dealloc);
    INHERIT(tp_init);
    INHERIT(tp_traverse);
    INHERIT(tp_clear);
    INHERIT(tp_sizeof);
    INHERIT(tp_repr);
    INHERIT(tp_str);
    if (!t->tp_richcompare && !t->tp_hash) {
        t->tp_richcompare = b->tp_richcompare;
        t->tp_hash = b->tp_hash;
    }
    INHERIT(tp_getattro);
    INHERIT(tp_setattro);
    INHERIT(tp_descr_get);
    INHERIT(tp_descr_set);
    INHERIT(tp_call);
    INHERIT(tp_iter);
    INHERIT(tp_iternext);
    INHERIT(sq_length);
    INHERIT(mp_subscript);
    INHERIT(mp_ass_subscript);
    INHERIT(sq_contains);
    INHERIT(nb_binop);
    INHERIT(nb_inplace);
    INHERIT(nb_ternary_pow);
    INHERIT(nb_unary);
    INHERIT(nb_bool);
    INHERIT(nb_index);
    INHERIT(nb_int);
    INHERIT(nb_float);
#undef INHERIT
    if (!t->dictoffset) t->dictoffset = b->dictoffset;
    if (!t->basicsize) t->basicsize = b->basicsize;
    if (!t->csize) t->csize = b->csize;
    t->tpflags |= b->tpflags & (PY_TPF_INT_SUBCLASS | PY_TPF_STR_SUBCLASS | PY_TPF_TUPLE_SUBCLASS |
                                PY_TPF_LIST_SUBCLASS | PY_TPF_DICT_SUBCLASS | PY_TPF_EXC_SUBCLASS |
                                PY_TPF_TYPE_SUBCLASS);
}

static void add_methods(PyType *t)
{
    for (const PyMethodDef *m = t->methods; m && m->name; m++) {
        PyObj *name = py_intern_c(m->name);
        if (py_dict_getitem_str(t->dict, name)) continue;
        PyObj *d;
        if (m->flags & PY_METH_STATIC) {
            PyObj *f = py_cfunction_new(m, NULL, t->name);
            d = py_staticmethod_new(f);
            py_decref(f);
        } else if (m->flags & PY_METH_CLASS) {
            d = py_descr_new_classmethod(t, m);
        } else {
            d = py_descr_new_method(t, m);
        }
        py_dict_setitem(t->dict, name, d);
        py_decref(d);
    }
    for (const PyGetSetDef *g = t->getset; g && g->name; g++) {
        PyObj *name = py_intern_c(g->name);
        if (py_dict_getitem_str(t->dict, name)) continue;
        PyObj *d = py_descr_new_getset(t, g);
        py_dict_setitem(t->dict, name, d);
        py_decref(d);
    }
}

void py_type_ready(PyType *t)
{
    if (t->tpflags & PY_TPF_READY) return;
    t->ob.ob_type = &py_type_type;
    t->ob.ob_refcnt = PY_IMMORTAL_REFCNT;
    t->ob.ob_flags |= PY_OBF_IMMORTAL | PY_OBF_STATIC;
    t->ob.ob_id = heap_static_addr(&py_vm->heap, 416, HEAP_ALIGN); /* sizeof(PyTypeObject) */
    t->ob.ob_simsize = 416;
    if (!t->base && t != &py_object_type) t->base = &py_object_type;
    if (t->base) {
        py_type_ready(t->base);
        inherit_slots(t, t->base);
    }
    t->name_obj = py_intern_c(strrchr(t->name, '.') ? strrchr(t->name, '.') + 1 : t->name);
    t->mro = make_mro_single(t);
    t->bases = t->base ? py_tuple_pack(1, (PyObj *)t->base) : py_tuple_new(0);
    t->dict = py_dict_new();
    add_methods(t);
    py_slots_add_wrappers(t);
    if (t->tp_new && !py_dict_getitem_str(t->dict, PY_ID(__new__))) {
        PyObj *f = py_new_wrapper(t);
        py_dict_setitem(t->dict, PY_ID(__new__), f);
        py_decref(f);
    }
    if (!t->tp_hash && t->tp_richcompare && !py_dict_getitem_str(t->dict, PY_ID(__hash__)))
        py_dict_setitem(t->dict, PY_ID(__hash__), PY_NONE);
    /* docstrings are not simulated: every type shows __doc__ = None */
    if (!py_dict_getitem_str(t->dict, PY_ID(__doc__))) py_dict_setitem(t->dict, PY_ID(__doc__), PY_NONE);
    t->tpflags |= PY_TPF_READY | PY_TPF_IMMUTABLE;
}

void py_type_unready(PyType *t)
{
    if (!(t->tpflags & PY_TPF_READY)) return;
    PyObj *d = t->dict, *mro = t->mro, *bases = t->bases;
    t->dict = t->mro = t->bases = NULL;
    py_xdecref(d);
    py_xdecref(mro);
    py_xdecref(bases);
    t->name_obj = NULL;
    t->module = NULL; /* weakref: a module name set for the run (weakref_classes.c) */
    t->tpflags &= ~(uint32_t)PY_TPF_READY;
}

/* ---- the type type: repr, call, attributes ---- */

static PyObj *type_repr(PyObj *self)
{
    PyType *t = (PyType *)self;
    if (t->module && !py_str_eq_c(t->module, "builtins"))
        return py_str_format_c("<class '%s.%s'>", py_str_utf8(t->module), py_type_qualname(t));
    return py_str_format_c("<class '%s'>", py_type_qualname(t));
}

/* Whether calling t goes through type_call with its arguments packed
 * (_PyObject_MakeTpCall): classes, and the built-in types that have no
 * vectorcall in 3.12 (int, str, bytes, complex, bytearray, property,
 * staticmethod, classmethod; measured: the first `str(5)` after a full
 * collection adds one to gc.get_count(), `float(5)` does not), and type
 * itself, whose vectorcall only answers type(x). */
static bool packs_call_args(const PyType *t)
{
    return (t->tpflags & PY_TPF_HEAPTYPE) || t == &py_type_type || t == &py_int_type || t == &py_str_type || t == &py_bytes_type ||
           t == &py_complex_type || t == &py_bytearray_type || t == &py_property_type ||
           t == &py_staticmethod_type || t == &py_classmethod_type;
}

static PyObj *type_call(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyType *t = (PyType *)self;
    if (t == &py_type_type && nargs == 1 && !kwnames) return py_newref((PyObj *)PY_TYPE(args[0]));
    if (!t->tp_new)
        return py_err_format(&py_exc_TypeError, "cannot create '%s' instances", py_type_qualname(t));
    /* Classes have no vectorcall in 3.12: the call packs the positional
     * arguments into a tuple (and keywords into a dict) first, which shows
     * in the arguments' reference counts and in the heap. */
    PyObj *packed = NULL, *kwpacked = NULL;
    if (packs_call_args(t)) {
        if (nargs) packed = py_tuple_from_array(args, nargs);
        if (kwnames && py_tuple_size(kwnames)) {
            kwpacked = py_dict_new();
            for (size_t i = 0; kwpacked && i < py_tuple_size(kwnames); i++)
                py_dict_setitem(kwpacked, py_tuple_item(kwnames, i), args[nargs + i]);
        }
    }
    PyObj *obj = t->tp_new(t, args, nargs, kwnames);
    if (obj && py_type_is_subtype(PY_TYPE(obj), t)) {
        PyType *ot = PY_TYPE(obj);
        if (ot->tp_init && ot->tp_init(obj, args, nargs, kwnames) < 0) py_clear(&obj);
    }
    py_xdecref(packed);
    py_xdecref(kwpacked);
    return obj;
}

/* type.__getattribute__: data descriptors of the metatype, then the class's
 * own MRO (binding with descr_get(None, cls)), then the metatype. */
static PyObj *type_getattro(PyObj *self, PyObj *name)
{
    PyType *t = (PyType *)self;
    if (!(t->tpflags & PY_TPF_READY)) py_type_ready_late(t);
    PyType *meta = PY_TYPE(self);
    PyObj *meta_attr = py_type_lookup(meta, name);
    if (meta_attr && PY_TYPE(meta_attr)->tp_descr_get && PY_TYPE(meta_attr)->tp_descr_set)
        return PY_TYPE(meta_attr)->tp_descr_get(meta_attr, self, (PyObj *)meta);
    PyObj *attr = py_type_lookup(t, name);
    if (attr) {
        if (PY_TYPE(attr)->tp_descr_get) return PY_TYPE(attr)->tp_descr_get(attr, NULL, self);
        return py_newref(attr);
    }
    if (meta_attr) {
        if (PY_TYPE(meta_attr)->tp_descr_get)
            return PY_TYPE(meta_attr)->tp_descr_get(meta_attr, self, (PyObj *)meta);
        return py_newref(meta_attr);
    }
    return py_err_attribute(self, name);
}

static int type_setattro(PyObj *self, PyObj *name, PyObj *value)
{
    PyType *t = (PyType *)self;
    if (!(t->tpflags & PY_TPF_HEAPTYPE)) {
        py_err_format(&py_exc_TypeError, "cannot set %R attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    PyType *meta = PY_TYPE(self);
    PyObj *meta_attr = py_type_lookup(meta, name);
    if (meta_attr && PY_TYPE(meta_attr)->tp_descr_set)
        return PY_TYPE(meta_attr)->tp_descr_set(meta_attr, self, value);
    if (value) {
        if (py_dict_setitem(t->dict, name, value) < 0) return -1;
    } else {
        if (!py_dict_getitem_str(t->dict, name)) {
            py_err_format(&py_exc_AttributeError, "type object '%s' has no attribute '%U'",
                          py_type_qualname(t), name);
            return -1;
        }
        if (py_dict_delitem(t->dict, name) < 0) return -1;
    }
    const char *s = py_str_utf8(name);
    size_t n = py_str_nbytes(name);
    if (n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_')
        py_type_update_slots(t, name);
    return 0;
}

static int type_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyType *t = (PyType *)self;
    if (!(t->tpflags & PY_TPF_HEAPTYPE)) return 0;
    PyObj *refs[] = {t->dict, t->mro, t->bases, (PyObj *)t->base, t->name_obj, t->qualname, t->module,
                     ((PyHeapTypeObj *)t)->slots};
    for (size_t i = 0; i < sizeof refs / sizeof *refs; i++)
        if (refs[i] && visit(refs[i], arg)) return 1;
    return 0;
}

static void type_clear(PyObj *self)
{
    PyType *t = (PyType *)self;
    py_clear(&t->dict);
    py_clear(&t->mro);
    py_clear(&t->bases);
}

static void type_dealloc(PyObj *self)
{
    PyType *t = (PyType *)self;
    py_slots_forget_subclass(t);
    py_clear(&t->dict);
    py_clear(&t->mro);
    py_clear(&t->bases);
    PyType *base = t->base;
    t->base = NULL;
    py_xdecref(base);
    py_clear(&t->name_obj);
    py_clear(&t->qualname);
    py_clear(&t->module);
    py_clear(&((PyHeapTypeObj *)t)->slots);
    py_shared_keys_release(((PyHeapTypeObj *)t)->cached_keys);
    ((PyHeapTypeObj *)t)->cached_keys = NULL;
}

static PyObj *type_get_name(PyObj *self) { return py_newref(((PyType *)self)->name_obj); }
static PyObj *type_get_qualname(PyObj *self)
{
    PyType *t = (PyType *)self;
    return py_newref(t->qualname ? t->qualname : t->name_obj);
}
static PyObj *type_get_module(PyObj *self)
{
    PyType *t = (PyType *)self;
    if (t->module) return py_newref(t->module);
    /* a static type named "module.Name" belongs to that module */
    const char *dot = strrchr(t->name, '.');
    if (dot) return py_str_new(t->name, (size_t)(dot - t->name));
    return py_newref(py_intern_c("builtins"));
}
static PyObj *type_get_mro(PyObj *self) { return py_newref(((PyType *)self)->mro); }
static PyObj *type_get_bases(PyObj *self) { return py_newref(((PyType *)self)->bases); }
static PyObj *type_get_base(PyObj *self)
{
    PyType *b = ((PyType *)self)->base;
    return py_newref(b ? (PyObj *)b : PY_NONE);
}
static PyObj *type_get_dict(PyObj *self) { return py_mappingproxy_new(((PyType *)self)->dict); }
/* CPython's tp_basicsize and tp_itemsize, which lessons print beside
 * sys.getsizeof.  memguide's basicsize is where sys.getsizeof starts, which
 * is CPython's tp_basicsize except for str (whose getsizeof starts from the
 * compact ASCII header, 40, not sizeof(PyUnicodeObject), 64) and type
 * (sizeof(PyHeapTypeObject) and sizeof(PyMemberDef) for its slots).  A zero
 * itemsize is inherited from the base, as inherit_special does. */
static PyObj *type_get_basicsize(PyObj *self)
{
    PyType *t = (PyType *)self;
    size_t n = t->basicsize;
    if (py_type_is_subtype(t, &py_str_type)) n = 64;
    else if (py_type_is_subtype(t, &py_type_type)) n = 920;
    return py_int_from_i64((int64_t)n);
}
static PyObj *type_get_itemsize(PyObj *self)
{
    for (PyType *t = (PyType *)self; t; t = t->base) {
        if (t == &py_type_type) return py_int_from_i64(40);
        if (t->itemsize) return py_int_from_i64((int64_t)t->itemsize);
    }
    return py_int_from_i64(0);
}
static PyObj *type_get_doc(PyObj *self)
{
    PyObj *d = py_dict_getitem_str(((PyType *)self)->dict, PY_ID(__doc__));
    return py_newref(d ? d : PY_NONE);
}

static int type_set_name(PyObj *self, PyObj *v)
{
    PyType *t = (PyType *)self;
    if (!(t->tpflags & PY_TPF_HEAPTYPE) || !v || !PY_STR_CHECK(v)) {
        py_err_format(&py_exc_TypeError, "can only assign string to %s.__name__", t->name);
        return -1;
    }
    py_incref(v);
    py_setref(&t->name_obj, v);
    t->name = py_str_utf8(v);
    return 0;
}

static int type_set_qualname(PyObj *self, PyObj *v)
{
    PyType *t = (PyType *)self;
    if (!(t->tpflags & PY_TPF_HEAPTYPE) || !v || !PY_STR_CHECK(v)) {
        py_err_format(&py_exc_TypeError, "can only assign string to %s.__qualname__", t->name);
        return -1;
    }
    py_incref(v);
    py_setref(&t->qualname, v);
    return 0;
}

static PyObj *type_mro_method(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyObj *mro = ((PyType *)self)->mro;
    return py_list_from_array(PY_TUPLE_ITEMS(mro), py_tuple_size(mro));
}

/* dir(C): the names of C and its bases (type.__dir__). */
static int merge_class_dict(PyObj *names, PyType *t, int depth)
{
    if (t->dict && py_dict_update(names, t->dict) < 0) return -1;
    for (size_t i = 0; t->bases && i < py_tuple_size(t->bases) && depth < 100; i++)
        if (merge_class_dict(names, (PyType *)py_tuple_item(t->bases, i), depth + 1) < 0) return -1;
    return 0;
}

static PyObj *type_dir(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyObj *names = py_dict_new();
    if (!names) return NULL;
    if (merge_class_dict(names, (PyType *)self, 0) < 0) {
        py_decref(names);
        return NULL;
    }
    PyObj *l = py_dict_keys_list(names);
    py_decref(names);
    return l;
}

static PyObj *type_subclasses_method(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_slots_subclasses_list((PyType *)self);
}

static size_t type_sizeof(PyObj *self)
{
    PyType *t = (PyType *)self;
    if (!(t->tpflags & PY_TPF_HEAPTYPE)) return 416; /* sizeof(PyTypeObject) */
    /* sizeof(PyHeapTypeObject), plus the keys its instances' dicts share
     * (_PyDict_NewKeysForClass: 64 one-byte indices and 42 entries) */
    return 920 + (((PyHeapTypeObj *)t)->cached_keys ? 768 : 0);
}

static PyObj *type_new(PyType *meta, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (nargs == 1 && !kwnames) return py_newref((PyObj *)PY_TYPE(args[0]));
    if (nargs != 3)
        return py_err_format(&py_exc_TypeError, "type() takes 1 or 3 arguments");
    if (!PY_STR_CHECK(args[0]))
        return py_err_format(&py_exc_TypeError, "type.__new__() argument 1 must be str, not %T", args[0]);
    if (!PY_TUPLE_CHECK(args[1]))
        return py_err_format(&py_exc_TypeError, "type.__new__() argument 2 must be tuple, not %T", args[1]);
    if (!PY_DICT_CHECK(args[2]))
        return py_err_format(&py_exc_TypeError, "type.__new__() argument 3 must be dict, not %T", args[2]);
    /* keywords go to __init_subclass__ */
    PyObj *kw = NULL;
    if (kwnames && py_tuple_size(kwnames)) {
        kw = py_dict_new();
        for (size_t i = 0; i < py_tuple_size(kwnames); i++)
            py_dict_setitem(kw, py_tuple_item(kwnames, i), args[nargs + i]);
    }
    PyObj *cls = py_type_new_class(meta, args[0], args[1], args[2], kw);
    py_xdecref(kw);
    return cls;
}

static int type_init(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (nargs != 1 && nargs != 3) {
        py_err_format(&py_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static PyObj *type_instancecheck(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_bool(py_isinstance_c(args[0], (PyType *)self));
}

static PyObj *type_subclasscheck(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    if (!PY_TYPE_CHECK(args[0]))
        return py_err_format(&py_exc_TypeError, "issubclass() arg 1 must be a class");
    return py_bool(py_type_is_subtype((PyType *)args[0], (PyType *)self));
}

static const PyMethodDef type_methods[] = {
    {"mro", type_mro_method, 0, 0, 0},
    {"__dir__", type_dir, 0, 0, 0},
    {"__subclasses__", type_subclasses_method, 0, 0, 0},
    {"__instancecheck__", type_instancecheck, 1, 1, 0},
    {"__subclasscheck__", type_subclasscheck, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static const PyGetSetDef type_getset[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__basicsize__", type_get_basicsize, NULL},
    {"__itemsize__", type_get_itemsize, NULL},
    {"__doc__", type_get_doc, NULL},
    {NULL, NULL, NULL},
};

PyType py_type_type = {
    .name = "type",
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE | PY_TPF_TYPE_SUBCLASS,
    .csize = sizeof(PyHeapTypeObj),
    .basicsize = 904,
    .tp_new = type_new,
    .tp_init = type_init,
    .tp_dealloc = type_dealloc,
    .tp_traverse = type_traverse,
    .tp_clear = type_clear,
    .tp_sizeof = type_sizeof,
    .tp_repr = type_repr,
    .tp_call = type_call,
    .tp_getattro = type_getattro,
    .tp_setattro = type_setattro,
    .methods = type_methods,
    .getset = type_getset,
};
