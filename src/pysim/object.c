/* object.c — the `object` type: generic attribute lookup and assignment,
 * instance __dict__, and the defaults every class inherits
 * (repr by address, identity equality and hashing, object() itself).
 */
#include <string.h>

#include "pysim/gc.h"
#include "pysim/obj.h"
#include "pysim/slots.h"
#include "pysim/vm.h"

PyObj **py_object_dict_slot(PyObj *o)
{
    PyType *t = PY_TYPE(o);
    if (t->tpflags & PY_TPF_MANAGED_DICT) return &PY_MANAGED_PRE(o)->dict;
    if (t->dictoffset) return (PyObj **)((char *)o + t->dictoffset);
    return NULL;
}

/* A dict for an instance that has none yet (a subclass of a built-in, or
 * __dict__ deleted): on the class's shared keys when it has them
 * (new_dict_with_shared_keys), else an ordinary dict. */
static PyObj *new_instance_dict(PyType *t)
{
    bool shared = (t->tpflags & (PY_TPF_MANAGED_DICT | PY_TPF_HEAPTYPE)) == (PY_TPF_MANAGED_DICT | PY_TPF_HEAPTYPE);
    PySharedKeys *sk = shared ? ((PyHeapTypeObj *)t)->cached_keys : NULL;
    return sk ? py_dict_new_shared(sk) : py_dict_new();
}

PyObj *py_object_get_dict(PyObj *o)
{
    PyObj **slot = py_object_dict_slot(o);
    if (!slot) return NULL;
    if (!*slot) *slot = new_instance_dict(PY_TYPE(o));
    else py_gc_materialize_dict(*slot); /* gc: asked for, the dict is an object of its own */
    return *slot;
}

PyObj *py_object_default_repr(PyObj *o)
{
    PyType *t = PY_TYPE(o);
    const char *mod = t->module ? py_str_utf8(t->module) : NULL;
    if (mod && strcmp(mod, "builtins"))
        return py_str_format_c("<%s.%s object at 0x%llx>", mod, py_type_qualname(t), (unsigned long long)o->ob_id);
    return py_str_format_c("<%s object at 0x%llx>", py_type_qualname(t), (unsigned long long)o->ob_id);
}

/* PyObject_GenericGetAttr: data descriptor on the type, then the instance
 * dict, then a non-data descriptor or plain class attribute. */
PyObj *py_object_generic_getattr(PyObj *o, PyObj *name)
{
    PyType *t = PY_TYPE(o);
    PyObj *descr = py_type_lookup(t, name);
    PyObj *(*get)(PyObj *, PyObj *, PyObj *) = NULL;
    if (descr) {
        get = PY_TYPE(descr)->tp_descr_get;
        if (get && PY_TYPE(descr)->tp_descr_set) return get(descr, o, (PyObj *)t);
    }
    PyObj **slot = py_object_dict_slot(o);
    if (slot && *slot) {
        PyObj *v = PY_IS_TYPE(name, py_str_type) ? py_dict_getitem_str(*slot, name) : py_dict_getitem(*slot, name);
        if (v) return py_newref(v);
        if (py_err_occurred()) return NULL;
    }
    if (get) return get(descr, o, (PyObj *)t);
    if (descr) return py_newref(descr);
    return py_err_attribute(o, name);
}

int py_object_generic_setattr(PyObj *o, PyObj *name, PyObj *value)
{
    PyType *t = PY_TYPE(o);
    PyObj *descr = py_type_lookup(t, name);
    if (descr && PY_TYPE(descr)->tp_descr_set) return PY_TYPE(descr)->tp_descr_set(descr, o, value);
    PyObj **slot = py_object_dict_slot(o);
    if (!slot) {
        if (descr)
            py_err_format(&py_exc_AttributeError, "'%s' object attribute '%U' is read-only", t->name, name);
        else
            py_err_format(&py_exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
        return -1;
    }
    if (value) {
        if (!*slot) { /* _PyObjectDict_SetItem */
            *slot = new_instance_dict(t);
            if (!*slot) return -1;
        }
        return py_dict_setitem(*slot, name, value);
    }
    if (!*slot || !py_dict_getitem(*slot, name)) {
        if (py_err_occurred()) return -1;
        py_err_attribute(o, name);
        return -1;
    }
    return py_dict_delitem(*slot, name);
}

static PyObj *object_repr(PyObj *o) { return py_object_default_repr(o); }

static PyObj *object_str(PyObj *o)
{
    PyType *t = PY_TYPE(o);
    return t->tp_repr ? t->tp_repr(o) : py_object_default_repr(o);
}

/* 3.12's object hash is the address rotated right by 4 bits. */
static int64_t object_hash(PyObj *o)
{
    uint64_t y = o->ob_id;
    y = (y >> 4) | (y << 60);
    int64_t h = (int64_t)y;
    return h == -1 ? -2 : h;
}

static PyObj *object_richcompare(PyObj *a, PyObj *b, int op)
{
    switch (op) {
    case PY_EQ:
        return py_newref(a == b ? PY_TRUE : PY_NOTIMPL);
    case PY_NE: {
        /* by default __ne__ is the inverse of __eq__ */
        if (!PY_TYPE(a)->tp_richcompare) return py_newref(PY_NOTIMPL);
        PyObj *r = PY_TYPE(a)->tp_richcompare(a, b, PY_EQ);
        if (!r || r == PY_NOTIMPL) return r;
        int t = py_truthy(r);
        py_decref(r);
        if (t < 0) return NULL;
        return py_bool(!t);
    }
    default:
        return py_newref(PY_NOTIMPL);
    }
}

/* Do both __new__ and __init__ come from object (so extra arguments are an
 * error)?  Mirrors excess_args handling in Objects/typeobject.c. */
static bool init_overridden(PyType *t) { return t->tp_init != py_object_type.tp_init; }
static bool new_overridden(PyType *t) { return t->tp_new != py_object_type.tp_new; }

static PyObj *object_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    bool excess = nargs || (kwnames && py_tuple_size(kwnames));
    if (excess) {
        if (new_overridden(type)) {
            py_err_format(&py_exc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
            return NULL;
        }
        if (!init_overridden(type)) {
            py_err_format(&py_exc_TypeError, "%s() takes no arguments", py_type_qualname(type));
            return NULL;
        }
    }
    if (type->tpflags & PY_TPF_TYPE_SUBCLASS && type != &py_object_type) {
        /* a metaclass's instances are classes: type.__new__ does that */
    }
    size_t sim = type->basicsize;
    PyObj *o = py_alloc(type, type->csize, sim);
    if (!o) return NULL;
    if (type->tpflags & PY_TPF_GC) py_gc_track(o);
    /* _PyObject_InitializeDict: the attribute values come with the instance */
    PySharedKeys *sk = (type->tpflags & PY_TPF_HEAPTYPE) ? ((PyHeapTypeObj *)type)->cached_keys : NULL;
    if (sk && (type->tpflags & PY_TPF_MANAGED_DICT)) {
        PyObj *values = py_dict_new_instance_values(sk);
        if (!values) {
            py_decref(o);
            return NULL;
        }
        PY_MANAGED_PRE(o)->dict = values;
    }
    return o;
}

static int object_init(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    bool excess = nargs || (kwnames && py_tuple_size(kwnames));
    if (!excess) return 0;
    PyType *t = PY_TYPE(self);
    if (init_overridden(t)) {
        py_err_format(&py_exc_TypeError,
                      "object.__init__() takes exactly one argument (the instance to initialize)");
        return -1;
    }
    if (!new_overridden(t)) {
        py_err_format(&py_exc_TypeError, "%s() takes no arguments", py_type_qualname(t));
        return -1;
    }
    return 0;
}

static PyObj *object_get_class(PyObj *self) { return py_newref((PyObj *)PY_TYPE(self)); }

static int object_set_class(PyObj *self, PyObj *value)
{
    if (!value) {
        py_err_format(&py_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!PY_TYPE_CHECK(value)) {
        py_err_format(&py_exc_TypeError, "__class__ must be set to a class, not '%s' object", py_type_name(value));
        return -1;
    }
    PyType *nt = (PyType *)value, *ot = PY_TYPE(self);
    if (!(nt->tpflags & PY_TPF_HEAPTYPE) || !(ot->tpflags & PY_TPF_HEAPTYPE) || nt->csize != ot->csize ||
        (nt->tpflags & PY_TPF_MANAGED_DICT) != (ot->tpflags & PY_TPF_MANAGED_DICT)) {
        py_err_format(&py_exc_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    py_incref(nt);
    self->ob_type = nt;
    py_decref(ot);
    return 0;
}

static PyObj *object_get_dict_attr(PyObj *self)
{
    PyObj *d = py_object_get_dict(self);
    if (!d) return py_err_format(&py_exc_AttributeError, "'%s' object has no attribute '__dict__'", py_type_name(self));
    return py_newref(d);
}

static int object_set_dict_attr(PyObj *self, PyObj *value)
{
    PyObj **slot = py_object_dict_slot(self);
    if (!slot) {
        py_err_format(&py_exc_AttributeError, "'%s' object has no attribute '__dict__'", py_type_name(self));
        return -1;
    }
    if (value && !PY_DICT_CHECK(value)) {
        py_err_format(&py_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", py_type_name(value));
        return -1;
    }
    /* (del obj.__dict__ is allowed: a new one is made when next needed) */
    py_xincref(value);
    if (*slot && (*slot)->ob_refcnt > 1) py_gc_materialize_dict(*slot); /* gc: it outlives the instance */
    PyObj *old = *slot;
    *slot = value;
    py_xdecref(old);
    return 0;
}

static PyObj *object_format(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    if (!PY_STR_CHECK(args[0]))
        return py_err_format(&py_exc_TypeError, "__format__() argument must be str, not %s", py_type_name(args[0]));
    if (py_str_len(args[0]) > 0)
        return py_err_format(&py_exc_TypeError, "unsupported format string passed to %s.__format__",
                             py_type_name(self));
    return py_str(self);
}

static PyObj *object_sizeof(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyType *t = PY_TYPE(self);
    size_t n = t->tp_sizeof ? t->tp_sizeof(self) : t->basicsize;
    return py_int_from_i64((int64_t)n);
}

static PyObj *object_dir(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyObj *names = py_dict_new();
    if (!names) return NULL;
    PyObj **slot = py_object_dict_slot(self);
    if (slot && *slot) py_gc_materialize_dict(*slot); /* gc: __dir__ reads self.__dict__ */
    if (slot && *slot && py_dict_update(names, *slot) < 0) goto fail;
    PyObj *mro = PY_TYPE(self)->mro;
    for (size_t i = py_tuple_size(mro); i > 0; i--) {
        PyType *b = (PyType *)py_tuple_item(mro, i - 1);
        if (b->dict && py_dict_update(names, b->dict) < 0) goto fail;
    }
    PyObj *l = py_dict_keys_list(names);
    py_decref(names);
    return l;
fail:
    py_decref(names);
    return NULL;
}

static PyObj *object_reduce_ex(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_unsupported("pickling protocol (__reduce_ex__)");
}

static PyObj *object_getstate(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyObj **slot = py_object_dict_slot(self);
    if (slot && *slot) py_gc_materialize_dict(*slot); /* gc: PyObject_GenericGetDict */
    if (slot && *slot && py_dict_size(*slot)) return py_newref(*slot);
    return py_newref(PY_NONE);
}

static PyObj *object_subclasshook(PyObj *cls, PyObj *const *args, size_t nargs, PyObj *kw)
{
    return py_newref(PY_NOTIMPL);
}

static PyObj *object_init_subclass(PyObj *cls, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (nargs || (kwnames && py_tuple_size(kwnames)))
        return py_err_format(&py_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                             py_type_qualname((PyType *)cls));
    return py_newref(PY_NONE);
}

static const PyMethodDef object_methods[] = {
    {"__format__", object_format, 1, 1, 0},
    {"__sizeof__", object_sizeof, 0, 0, 0},
    {"__dir__", object_dir, 0, 0, 0},
    {"__reduce_ex__", object_reduce_ex, 1, 1, 0},
    {"__reduce__", object_reduce_ex, 0, 0, 0},
    {"__getstate__", object_getstate, 0, 0, 0},
    {"__subclasshook__", object_subclasshook, 0, -1, PY_METH_CLASS | PY_METH_KEYWORDS},
    {"__init_subclass__", object_init_subclass, 0, -1, PY_METH_CLASS | PY_METH_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

static const PyGetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class},
    {NULL, NULL, NULL},
};

/* __dict__ is offered by the types whose instances have one (classes get
 * it from class.c; functions, modules and exceptions from their own files). */
const PyGetSetDef py_dict_attr_getset = {"__dict__", object_get_dict_attr, object_set_dict_attr};

PyType py_object_type = {
    .name = "object",
    .tpflags = PY_TPF_BASETYPE,
    .csize = sizeof(PyObj),
    .basicsize = 16,
    .tp_new = object_new,
    .tp_init = object_init,
    .tp_repr = object_repr,
    .tp_str = object_str,
    .tp_hash = object_hash,
    .tp_richcompare = object_richcompare,
    .tp_getattro = py_object_generic_getattr,
    .tp_setattro = py_object_generic_setattr,
    .methods = object_methods,
    .getset = object_getset,
};
