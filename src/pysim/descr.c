/* descr.c — the descriptor classes a program can name: staticmethod,
 * classmethod, property and super, plus mappingproxy (type.__dict__).
 */
#include <string.h>

#include "pysim/eval.h"
#include "pysim/obj.h"
#include "pysim/slots.h"
#include "pysim/vm.h"

/* ---- staticmethod and classmethod share one layout ---- */

static PyObj *wrapper_new(PyType *t, PyObj *callable)
{
    PyStaticMethodObj *s = (PyStaticMethodObj *)py_alloc(t, t->csize, t->basicsize);
    if (!s) return NULL;
    s->callable = py_newref(callable);
    py_gc_track((PyObj *)s);
    return (PyObj *)s;
}

PyObj *py_staticmethod_new(PyObj *callable) { return wrapper_new(&py_staticmethod_type, callable); }
PyObj *py_classmethod_new(PyObj *callable) { return wrapper_new(&py_classmethod_type, callable); }

static PyObj *sm_tp_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (py_no_kwargs(type->name, kwnames) < 0) return NULL;
    if (nargs != 1)
        return py_err_format(&py_exc_TypeError, "%s expected 1 argument, got %zd", type->name, (int64_t)nargs);
    return wrapper_new(type, args[0]);
}

static int sm_init(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames) { return 0; }

static void sm_dealloc(PyObj *self)
{
    PyStaticMethodObj *s = (PyStaticMethodObj *)self;
    py_clear(&s->callable);
    py_clear(&s->dict);
}

static int sm_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyStaticMethodObj *s = (PyStaticMethodObj *)self;
    return (s->callable && visit(s->callable, arg)) || (s->dict && visit(s->dict, arg));
}

static PyObj *sm_get(PyObj *self, PyObj *obj, PyObj *type) { return py_newref(((PyStaticMethodObj *)self)->callable); }

static PyObj *sm_call(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    return py_call(((PyStaticMethodObj *)self)->callable, args, nargs, kwnames);
}

static PyObj *cm_get(PyObj *self, PyObj *obj, PyObj *type)
{
    if (!type) type = (PyObj *)PY_TYPE(obj);
    return py_method_new(((PyStaticMethodObj *)self)->callable, type);
}

static PyObj *sm_get_func(PyObj *self) { return py_newref(((PyStaticMethodObj *)self)->callable); }

static PyObj *sm_repr(PyObj *self)
{
    PyObj *r = py_repr(((PyStaticMethodObj *)self)->callable);
    if (!r) return NULL;
    PyObj *s = py_str_format_c("<%s(%U)>", py_type_name(self), r);
    py_decref(r);
    return s;
}

static PyObj *sm_getattro(PyObj *self, PyObj *name)
{
    /* __name__, __doc__ ... come from the wrapped callable (3.10+) */
    PyObj *r = py_object_generic_getattr(self, name);
    if (r || !py_err_matches((PyObj *)&py_exc_AttributeError)) return r;
    if (py_str_eq_c(name, "__name__") || py_str_eq_c(name, "__qualname__") || py_str_eq_c(name, "__doc__") ||
        py_str_eq_c(name, "__module__")) {
        py_err_clear();
        return py_getattr(((PyStaticMethodObj *)self)->callable, name);
    }
    return NULL;
}

static const PyGetSetDef sm_getset[] = {
    {"__func__", sm_get_func, NULL},
    {"__wrapped__", sm_get_func, NULL},
    {NULL, NULL, NULL},
};

PyType py_staticmethod_type = {
    .name = "staticmethod",
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE,
    .csize = sizeof(PyStaticMethodObj),
    .basicsize = 32,
    .dictoffset = offsetof(PyStaticMethodObj, dict),
    .tp_new = sm_tp_new,
    .tp_init = sm_init,
    .tp_dealloc = sm_dealloc,
    .tp_traverse = sm_traverse,
    .tp_repr = sm_repr,
    .tp_call = sm_call,
    .tp_getattro = sm_getattro,
    .tp_descr_get = sm_get,
    .getset = sm_getset,
};

PyType py_classmethod_type = {
    .name = "classmethod",
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE,
    .csize = sizeof(PyStaticMethodObj),
    .basicsize = 32,
    .dictoffset = offsetof(PyStaticMethodObj, dict),
    .tp_new = sm_tp_new,
    .tp_init = sm_init,
    .tp_dealloc = sm_dealloc,
    .tp_traverse = sm_traverse,
    .tp_repr = sm_repr,
    .tp_getattro = sm_getattro,
    .tp_descr_get = cm_get,
    .getset = sm_getset,
};

/* ---- property ---- */

static PyObj *property_tp_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyPropertyObj *p = (PyPropertyObj *)py_alloc(type, type->csize, type->basicsize);
    if (!p) return NULL;
    py_gc_track((PyObj *)p);
    return (PyObj *)p;
}

static int property_init(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    PyObj *v[4];
    if (py_parse_args("property", args, nargs, kwnames, names, 4, 0, 0, v) < 0) return -1;
    PyPropertyObj *p = (PyPropertyObj *)self;
    PyObj **slots[4] = {&p->fget, &p->fset, &p->fdel, &p->doc};
    for (int i = 0; i < 4; i++) {
        PyObj *x = v[i] == PY_NONE ? NULL : v[i];
        py_xincref(x);
        py_setref(slots[i], x);
    }
    if (!p->doc && p->fget) {
        PyObj *d = NULL;
        if (py_getattr_opt(p->fget, PY_ID(__doc__), &d) < 0) return -1;
        if (d == PY_NONE) py_clear(&d);
        p->doc = d;
    }
    return 0;
}

static void property_dealloc(PyObj *self)
{
    PyPropertyObj *p = (PyPropertyObj *)self;
    py_clear(&p->fget);
    py_clear(&p->fset);
    py_clear(&p->fdel);
    py_clear(&p->doc);
    py_clear(&p->name);
}

static int property_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyPropertyObj *p = (PyPropertyObj *)self;
    PyObj *refs[] = {p->fget, p->fset, p->fdel, p->doc, p->name};
    for (int i = 0; i < 5; i++)
        if (refs[i] && visit(refs[i], arg)) return 1;
    return 0;
}

/* The "property 'x' of 'A' object has no setter" messages of 3.12. */
static PyObj *property_err(PyPropertyObj *p, PyObj *obj, const char *what)
{
    if (p->name)
        return py_err_format(&py_exc_AttributeError, "property %R of '%s' object %s", p->name, py_type_name(obj), what);
    return py_err_format(&py_exc_AttributeError, "property of '%s' object %s", py_type_name(obj), what);
}

static PyObj *property_get(PyObj *self, PyObj *obj, PyObj *type)
{
    PyPropertyObj *p = (PyPropertyObj *)self;
    if (!obj) return py_newref(self);
    if (!p->fget) return property_err(p, obj, "has no getter");
    return py_call1(p->fget, obj);
}

static int property_set(PyObj *self, PyObj *obj, PyObj *value)
{
    PyPropertyObj *p = (PyPropertyObj *)self;
    PyObj *f = value ? p->fset : p->fdel;
    if (!f) {
        property_err(p, obj, value ? "has no setter" : "has no deleter");
        return -1;
    }
    PyObj *r = value ? py_call2(f, obj, value) : py_call1(f, obj);
    if (!r) return -1;
    py_decref(r);
    return 0;
}

/* property.getter/setter/deleter: a copy with one function replaced. */
static PyObj *property_copy(PyObj *self, int which, PyObj *f)
{
    PyPropertyObj *p = (PyPropertyObj *)self;
    PyObj *fs[3] = {p->fget, p->fset, p->fdel};
    fs[which] = f;
    PyObj *args[4] = {fs[0] ? fs[0] : PY_NONE, fs[1] ? fs[1] : PY_NONE, fs[2] ? fs[2] : PY_NONE,
                      p->doc ? p->doc : PY_NONE};
    PyObj *np = py_call((PyObj *)PY_TYPE(self), args, 4, NULL);
    if (np && p->name && PY_TYPE(np) == &py_property_type) ((PyPropertyObj *)np)->name = py_newref(p->name);
    return np;
}

static PyObj *property_getter(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return property_copy(self, 0, a[0]); }
static PyObj *property_setter(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return property_copy(self, 1, a[0]); }
static PyObj *property_deleter(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return property_copy(self, 2, a[0]); }

static PyObj *property_set_name(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyPropertyObj *p = (PyPropertyObj *)self;
    py_incref(a[1]);
    py_setref(&p->name, a[1]);
    return py_newref(PY_NONE);
}

#define PROP_FIELD(f)                                                  \
    static PyObj *property_get_##f(PyObj *self)                        \
    {                                                                  \
        PyObj *v = ((PyPropertyObj *)self)->f;                         \
        return py_newref(v ? v : PY_NONE);                             \
    }
PROP_FIELD(fget)
PROP_FIELD(fset)
PROP_FIELD(fdel)
PROP_FIELD(doc)

static const PyMethodDef property_methods[] = {
    {"getter", property_getter, 1, 1, 0},
    {"setter", property_setter, 1, 1, 0},
    {"deleter", property_deleter, 1, 1, 0},
    {"__set_name__", property_set_name, 2, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

static const PyGetSetDef property_getset[] = {
    {"fget", property_get_fget, NULL},
    {"fset", property_get_fset, NULL},
    {"fdel", property_get_fdel, NULL},
    {"__doc__", property_get_doc, NULL},
    {NULL, NULL, NULL},
};

PyType py_property_type = {
    .name = "property",
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE,
    .csize = sizeof(PyPropertyObj),
    .basicsize = 64, /* propertyobject: five pointers and getter_doc */
    .tp_new = property_tp_new,
    .tp_init = property_init,
    .tp_dealloc = property_dealloc,
    .tp_traverse = property_traverse,
    .tp_descr_get = property_get,
    .tp_descr_set = property_set,
    .methods = property_methods,
    .getset = property_getset,
};

/* ---- super ---- */

static PyObj *super_tp_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PySuperObj *s = (PySuperObj *)py_alloc(type, type->csize, type->basicsize);
    if (!s) return NULL;
    py_gc_track((PyObj *)s);
    return (PyObj *)s;
}

/* type(obj) or obj itself when it is a subclass: super()'s second argument. */
static PyType *super_check(PyType *type, PyObj *obj)
{
    if (PY_TYPE_CHECK(obj) && py_type_is_subtype((PyType *)obj, type)) return (PyType *)obj;
    if (py_type_is_subtype(PY_TYPE(obj), type)) return PY_TYPE(obj);
    py_err_format(&py_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int super_init(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (py_no_kwargs("super", kwnames) < 0) return -1;
    PyObj *type, *obj = NULL;
    if (nargs == 0) {
        if (py_eval_zero_arg_super(&type, &obj) < 0) return -1;
    } else {
        type = args[0];
        obj = nargs > 1 ? args[1] : NULL;
        if (nargs > 2) {
            py_err_format(&py_exc_TypeError, "super() expected at most 2 arguments, got %zd", (int64_t)nargs);
            return -1;
        }
    }
    if (!PY_TYPE_CHECK(type)) {
        py_err_format(&py_exc_TypeError, "super() argument 1 must be a type, not %s", py_type_name(type));
        return -1;
    }
    PySuperObj *s = (PySuperObj *)self;
    PyType *ot = NULL;
    if (obj == PY_NONE) obj = NULL;
    if (obj) {
        ot = super_check((PyType *)type, obj);
        if (!ot) return -1;
    }
    PyObj *old_t = (PyObj *)s->type, *old_o = s->obj, *old_ot = (PyObj *)s->obj_type;
    s->type = (PyType *)py_newref(type);
    s->obj = obj ? py_newref(obj) : NULL;
    s->obj_type = ot ? (PyType *)py_newref((PyObj *)ot) : NULL;
    py_xdecref(old_t);
    py_xdecref(old_o);
    py_xdecref(old_ot);
    return 0;
}

static void super_dealloc(PyObj *self)
{
    PySuperObj *s = (PySuperObj *)self;
    PyObj *t = (PyObj *)s->type, *ot = (PyObj *)s->obj_type;
    s->type = NULL;
    s->obj_type = NULL;
    py_xdecref(t);
    py_xdecref(ot);
    py_clear(&s->obj);
}

static int super_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PySuperObj *s = (PySuperObj *)self;
    return (s->type && visit((PyObj *)s->type, arg)) || (s->obj && visit(s->obj, arg)) ||
           (s->obj_type && visit((PyObj *)s->obj_type, arg));
}

static PyObj *super_getattro(PyObj *self, PyObj *name)
{
    PySuperObj *s = (PySuperObj *)self;
    if (s->obj_type && !py_str_eq_c(name, "__class__")) {
        PyObj *mro = s->obj_type->mro;
        size_t n = py_tuple_size(mro), i = 0;
        while (i < n && py_tuple_item(mro, i) != (PyObj *)s->type) i++;
        for (i++; i < n; i++) {
            PyType *b = (PyType *)py_tuple_item(mro, i);
            PyObj *v = b->dict ? py_dict_getitem_str(b->dict, name) : NULL;
            if (!v) continue;
            if (PY_TYPE(v)->tp_descr_get) {
                PyObj *inst = s->obj == (PyObj *)s->obj_type ? NULL : s->obj;
                return PY_TYPE(v)->tp_descr_get(v, inst, (PyObj *)s->obj_type);
            }
            return py_newref(v);
        }
    }
    PyObj *r = py_object_generic_getattr(self, name);
    if (!r && py_err_matches((PyObj *)&py_exc_AttributeError)) {
        py_err_clear();
        py_err_format(&py_exc_AttributeError, "'super' object has no attribute '%U'", name);
    }
    return r;
}

static PyObj *super_repr(PyObj *self)
{
    PySuperObj *s = (PySuperObj *)self;
    if (s->obj_type)
        return py_str_format_c("<super: <class '%s'>, <%s object>>", s->type ? s->type->name : "NULL",
                               s->obj_type->name);
    return py_str_format_c("<super: <class '%s'>, NULL>", s->type ? s->type->name : "NULL");
}

static PyObj *super_get_thisclass(PyObj *self)
{
    PyObj *t = (PyObj *)((PySuperObj *)self)->type;
    return py_newref(t ? t : PY_NONE);
}

static const PyGetSetDef super_getset[] = {
    {"__thisclass__", super_get_thisclass, NULL},
    {NULL, NULL, NULL},
};

PyType py_super_type = {
    .name = "super",
    .tpflags = PY_TPF_GC | PY_TPF_BASETYPE,
    .csize = sizeof(PySuperObj),
    .basicsize = 40,
    .tp_new = super_tp_new,
    .tp_init = super_init,
    .tp_dealloc = super_dealloc,
    .tp_traverse = super_traverse,
    .tp_repr = super_repr,
    .tp_getattro = super_getattro,
    .getset = super_getset,
};

/* ---- mappingproxy: a read-only view of a class's namespace ---- */

typedef struct PyMappingProxyObj {
    PyObj ob;
    PyObj *mapping;
} PyMappingProxyObj;

PyType py_mappingproxy_type;

PyObj *py_mappingproxy_new(PyObj *dict)
{
    PyMappingProxyObj *m = (PyMappingProxyObj *)py_alloc(&py_mappingproxy_type, sizeof *m, 32);
    if (!m) return NULL;
    m->mapping = py_newref(dict);
    py_gc_track((PyObj *)m);
    return (PyObj *)m;
}

static void mp_dealloc(PyObj *self) { py_clear(&((PyMappingProxyObj *)self)->mapping); }
static int mp_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    return visit(((PyMappingProxyObj *)self)->mapping, arg);
}
static PyObj *mp_getitem(PyObj *self, PyObj *key) { return py_getitem(((PyMappingProxyObj *)self)->mapping, key); }
static int64_t mp_len(PyObj *self) { return py_len(((PyMappingProxyObj *)self)->mapping); }
static int mp_contains(PyObj *self, PyObj *key) { return py_contains(((PyMappingProxyObj *)self)->mapping, key); }
static PyObj *mp_iter(PyObj *self) { return py_iter(((PyMappingProxyObj *)self)->mapping); }
static PyObj *mp_richcompare(PyObj *a, PyObj *b, int op)
{
    return py_richcompare(((PyMappingProxyObj *)a)->mapping, b, op);
}
static PyObj *mp_repr(PyObj *self)
{
    PyObj *r = py_repr(((PyMappingProxyObj *)self)->mapping);
    if (!r) return NULL;
    PyObj *s = py_str_format_c("mappingproxy(%U)", r);
    py_decref(r);
    return s;
}

static PyObj *mp_forward(PyObj *self, const char *name, PyObj *const *args, size_t nargs)
{
    return py_call_method(((PyMappingProxyObj *)self)->mapping, py_intern_c(name), args, nargs, NULL);
}
static PyObj *mp_keys(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return mp_forward(self, "keys", a, n); }
static PyObj *mp_values(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return mp_forward(self, "values", a, n); }
static PyObj *mp_items(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return mp_forward(self, "items", a, n); }
static PyObj *mp_get(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return mp_forward(self, "get", a, n); }
static PyObj *mp_copy(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return mp_forward(self, "copy", a, n); }

static const PyMethodDef mp_methods[] = {
    {"keys", mp_keys, 0, 0, 0},
    {"values", mp_values, 0, 0, 0},
    {"items", mp_items, 0, 0, 0},
    {"get", mp_get, 1, 2, 0},
    {"copy", mp_copy, 0, 0, 0},
    {"__class_getitem__", py_genericalias_class_getitem, 1, 1, PY_METH_CLASS}, /* genericalias.c */
    {NULL, NULL, 0, 0, 0},
};

PyType py_mappingproxy_type = {
    .name = "mappingproxy",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(PyMappingProxyObj),
    .basicsize = 24,
    .tp_dealloc = mp_dealloc,
    .tp_traverse = mp_traverse,
    .tp_repr = mp_repr,
    .tp_richcompare = mp_richcompare,
    .tp_iter = mp_iter,
    .sq_length = mp_len,
    .mp_subscript = mp_getitem,
    .sq_contains = mp_contains,
    .methods = mp_methods,
};
