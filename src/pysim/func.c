/* func.c — callables and descriptors: Python functions, bound methods,
 * built-in functions and methods, method/getset descriptors, cells.
 *
 * Calling a Python function (binding arguments into a frame and running
 * the body) is the evaluator's job (eval.h: py_eval_function_call); this
 * file owns the objects.
 */
#include <stdio.h>
#include <string.h>

#include "pysim/compile.h"
#include "pysim/eval.h"
#include "pysim/obj.h"
#include "pysim/slots.h"
#include "pysim/vm.h"

/* ---- Python functions ---- */

PyObj *py_function_new(CodeInfo *code, PyObj *globals, PyObj *qualname)
{
    PyFuncObj *f = (PyFuncObj *)py_alloc(&py_function_type, sizeof(PyFuncObj), 144);
    if (!f) return NULL;
    f->code = code;
    f->code_obj = py_newref(code->code_obj);
    f->globals = py_newref(globals);
    PyObj *b = py_dict_getitem_str(globals, PY_ID(__builtins__));
    if (b && PY_IS_TYPE(b, py_module_type)) b = py_module_dict(b);
    f->builtins = py_newref(b && PY_DICT_CHECK(b) ? b : py_vm->builtins);
    f->name = py_newref(code->name);
    f->qualname = py_newref(qualname ? qualname : code->name);
    PyObj *m = py_dict_getitem_str(globals, PY_ID(__name__));
    f->module = py_newref(m ? m : PY_NONE);
    f->doc = py_newref(code->doc ? code->doc : PY_NONE);
    py_gc_track((PyObj *)f);
    return (PyObj *)f;
}

static void func_dealloc(PyObj *self)
{
    PyFuncObj *f = (PyFuncObj *)self;
    py_clear(&f->code_obj);
    py_clear(&f->globals);
    py_clear(&f->builtins);
    py_clear(&f->name);
    py_clear(&f->qualname);
    py_clear(&f->module);
    py_clear(&f->doc);
    py_clear(&f->defaults);
    py_clear(&f->kwdefaults);
    py_clear(&f->closure);
    py_clear(&f->dict);
    py_clear(&f->annotations);
}

static int func_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyFuncObj *f = (PyFuncObj *)self;
    /* gc: CPython 3.12's func_traverse order */
    PyObj *refs[] = {f->code_obj, f->globals, f->builtins, f->module, f->defaults, f->kwdefaults,
                     f->doc, f->name, f->dict, f->closure, f->annotations, f->qualname};
    for (size_t i = 0; i < sizeof refs / sizeof *refs; i++)
        if (refs[i] && visit(refs[i], arg)) return 1;
    return 0;
}

static void func_clear(PyObj *self)
{
    PyFuncObj *f = (PyFuncObj *)self;
    py_clear(&f->globals);
    py_clear(&f->defaults);
    py_clear(&f->kwdefaults);
    py_clear(&f->closure);
    py_clear(&f->dict);
    py_clear(&f->annotations);
}

static PyObj *func_repr(PyObj *self)
{
    PyFuncObj *f = (PyFuncObj *)self;
    return py_str_format_c("<function %U at 0x%llx>", f->qualname, (unsigned long long)self->ob_id);
}

static PyObj *func_call(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    return py_eval_function_call((PyFuncObj *)self, args, nargs, kwnames);
}

static PyObj *func_get(PyObj *self, PyObj *obj, PyObj *type)
{
    if (!obj) return py_newref(self);
    return py_method_new(self, obj);
}

#define FUNC_FIELD_GET(field, none_if_null)                            \
    static PyObj *func_get_##field(PyObj *self)                        \
    {                                                                  \
        PyObj *v = ((PyFuncObj *)self)->field;                         \
        return py_newref(v ? v : PY_NONE);                             \
    }
FUNC_FIELD_GET(name, 0)
FUNC_FIELD_GET(qualname, 0)
FUNC_FIELD_GET(module, 0)
FUNC_FIELD_GET(doc, 0)
FUNC_FIELD_GET(defaults, 1)
FUNC_FIELD_GET(kwdefaults, 1)
FUNC_FIELD_GET(closure, 1)
FUNC_FIELD_GET(globals, 0)
FUNC_FIELD_GET(code_obj, 0)

static int func_set_str(PyObj **slot, PyObj *v, const char *what)
{
    if (!v || !PY_STR_CHECK(v)) {
        py_err_format(&py_exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    py_incref(v);
    py_setref(slot, v);
    return 0;
}
static int func_set_name(PyObj *self, PyObj *v) { return func_set_str(&((PyFuncObj *)self)->name, v, "__name__"); }
static int func_set_qualname(PyObj *self, PyObj *v)
{
    return func_set_str(&((PyFuncObj *)self)->qualname, v, "__qualname__");
}
static int func_set_doc(PyObj *self, PyObj *v)
{
    py_incref(v ? v : PY_NONE);
    py_setref(&((PyFuncObj *)self)->doc, v ? v : PY_NONE);
    return 0;
}
static int func_set_module(PyObj *self, PyObj *v)
{
    py_incref(v ? v : PY_NONE);
    py_setref(&((PyFuncObj *)self)->module, v ? v : PY_NONE);
    return 0;
}
static int func_set_defaults(PyObj *self, PyObj *v)
{
    if (v == PY_NONE) v = NULL;
    if (v && !PY_TUPLE_CHECK(v)) {
        py_err_format(&py_exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    py_xincref(v);
    py_setref(&((PyFuncObj *)self)->defaults, v);
    return 0;
}
static int func_set_kwdefaults(PyObj *self, PyObj *v)
{
    if (v == PY_NONE) v = NULL;
    if (v && !PY_DICT_CHECK(v)) {
        py_err_format(&py_exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    py_xincref(v);
    py_setref(&((PyFuncObj *)self)->kwdefaults, v);
    return 0;
}
static PyObj *func_get_annotations(PyObj *self)
{
    PyFuncObj *f = (PyFuncObj *)self;
    if (!f->annotations) f->annotations = py_dict_new();
    return py_newref(f->annotations);
}
static PyObj *func_get_dict(PyObj *self)
{
    PyFuncObj *f = (PyFuncObj *)self;
    if (!f->dict) f->dict = py_dict_new();
    return py_newref(f->dict);
}

static const PyGetSetDef func_getset[] = {
    {"__name__", func_get_name, func_set_name},
    {"__qualname__", func_get_qualname, func_set_qualname},
    {"__module__", func_get_module, func_set_module},
    {"__doc__", func_get_doc, func_set_doc},
    {"__defaults__", func_get_defaults, func_set_defaults},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults},
    {"__closure__", func_get_closure, NULL},
    {"__globals__", func_get_globals, NULL},
    {"__code__", func_get_code_obj, NULL},
    {"__annotations__", func_get_annotations, NULL},
    {"__dict__", func_get_dict, NULL},
    {NULL, NULL, NULL},
};

PyType py_function_type = {
    .name = "function",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(PyFuncObj),
    .basicsize = 144,
    .dictoffset = offsetof(PyFuncObj, dict),
    .tp_dealloc = func_dealloc,
    .tp_traverse = func_traverse,
    .tp_clear = func_clear,
    .tp_repr = func_repr,
    .tp_call = func_call,
    .tp_descr_get = func_get,
    .getset = func_getset,
};

/* ---- bound methods ---- */

PyObj *py_method_new(PyObj *func, PyObj *self)
{
    PyMethodObj *m = (PyMethodObj *)py_alloc(&py_method_type, sizeof(PyMethodObj), 48);
    if (!m) return NULL;
    m->func = py_newref(func);
    m->self = py_newref(self);
    py_gc_track((PyObj *)m);
    return (PyObj *)m;
}

static void method_dealloc(PyObj *self)
{
    PyMethodObj *m = (PyMethodObj *)self;
    py_clear(&m->func);
    py_clear(&m->self);
}

static int method_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyMethodObj *m = (PyMethodObj *)self;
    return visit(m->func, arg) || visit(m->self, arg);
}

static PyObj *method_call(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyMethodObj *m = (PyMethodObj *)self;
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    PyObj *small[16];
    PyObj **stack = nargs + nkw + 1 <= 16 ? small : xmalloc((nargs + nkw + 1) * sizeof *stack);
    stack[0] = m->self;
    if (nargs + nkw) memcpy(stack + 1, args, (nargs + nkw) * sizeof *args);
    PyObj *r = py_call(m->func, stack, nargs + 1, kwnames);
    if (stack != small) free(stack);
    return r;
}

static PyObj *method_repr(PyObj *self)
{
    PyMethodObj *m = (PyMethodObj *)self;
    PyObj *name = NULL;
    if (py_getattr_opt(m->func, PY_ID(__qualname__), &name) <= 0 || !PY_STR_CHECK(name)) {
        py_xdecref(name);
        name = NULL;
        if (py_err_occurred()) return NULL;
        if (py_getattr_opt(m->func, PY_ID(__name__), &name) < 0) return NULL;
    }
    PyObj *sr = py_repr(m->self);
    if (!sr) {
        py_xdecref(name);
        return NULL;
    }
    PyObj *r = py_str_format_c("<bound method %s of %U>", name ? py_str_utf8(name) : "?", sr);
    py_xdecref(name);
    py_decref(sr);
    return r;
}

static PyObj *method_richcompare(PyObj *a, PyObj *b, int op)
{
    if ((op != PY_EQ && op != PY_NE) || PY_TYPE(b) != &py_method_type) return py_newref(PY_NOTIMPL);
    PyMethodObj *x = (PyMethodObj *)a, *y = (PyMethodObj *)b;
    int eq = x->self == y->self ? py_eq(x->func, y->func) : 0;
    if (eq < 0) return NULL;
    return py_bool(op == PY_EQ ? eq : !eq);
}

static int64_t method_hash(PyObj *self)
{
    PyMethodObj *m = (PyMethodObj *)self;
    int64_t a = (int64_t)(m->self->ob_id >> 4), b = py_hash(m->func);
    if (b == -1) return -1;
    int64_t h = a ^ b;
    return h == -1 ? -2 : h;
}

static PyObj *method_getattro(PyObj *self, PyObj *name)
{
    PyObj *descr = py_type_lookup(PY_TYPE(self), name);
    if (descr) {
        if (PY_TYPE(descr)->tp_descr_get) return PY_TYPE(descr)->tp_descr_get(descr, self, (PyObj *)PY_TYPE(self));
        return py_newref(descr);
    }
    return py_getattr(((PyMethodObj *)self)->func, name);
}

static PyObj *method_get_func(PyObj *self) { return py_newref(((PyMethodObj *)self)->func); }
static PyObj *method_get_self(PyObj *self) { return py_newref(((PyMethodObj *)self)->self); }

static const PyGetSetDef method_getset[] = {
    {"__func__", method_get_func, NULL},
    {"__self__", method_get_self, NULL},
    {NULL, NULL, NULL},
};

PyType py_method_type = {
    .name = "method",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(PyMethodObj),
    .basicsize = 48,
    .tp_dealloc = method_dealloc,
    .tp_traverse = method_traverse,
    .tp_repr = method_repr,
    .tp_hash = method_hash,
    .tp_richcompare = method_richcompare,
    .tp_call = method_call,
    .tp_getattro = method_getattro,
    .getset = method_getset,
};

/* ---- built-in functions and methods ---- */

int py_check_arity(const char *fname, size_t nargs, int min, int max)
{
    if ((int64_t)nargs >= min && (max < 0 || (int64_t)nargs <= max)) return 0;
    if (max == 0)
        py_err_format(&py_exc_TypeError, "%s() takes no arguments (%zd given)", fname, (int64_t)nargs);
    else if (min == 1 && max == 1)
        py_err_format(&py_exc_TypeError, "%s() takes exactly one argument (%zd given)", fname, (int64_t)nargs);
    else if (min == max)
        py_err_format(&py_exc_TypeError, "%s expected %d argument%s, got %zd", fname, min, min == 1 ? "" : "s",
                      (int64_t)nargs);
    else if ((int64_t)nargs < min)
        py_err_format(&py_exc_TypeError, "%s expected at least %d argument%s, got %zd", fname, min,
                      min == 1 ? "" : "s", (int64_t)nargs);
    else
        py_err_format(&py_exc_TypeError, "%s expected at most %d argument%s, got %zd", fname, max,
                      max == 1 ? "" : "s", (int64_t)nargs);
    return -1;
}

PyObj *py_cmethod_call(const PyMethodDef *def, const char *qual, PyObj *self, PyObj *const *args, size_t nargs,
                       PyObj *kwnames)
{
    char fname[128];
    if (kwnames && py_tuple_size(kwnames) && !(def->flags & PY_METH_KEYWORDS)) {
        if (qual) snprintf(fname, sizeof fname, "%s.%s", qual, def->name);
        else snprintf(fname, sizeof fname, "%s", def->name);
        return py_err_format(&py_exc_TypeError, "%s() takes no keyword arguments", fname);
    }
    if ((int64_t)nargs < def->min_args || (def->max_args >= 0 && (int64_t)nargs > def->max_args)) {
        if (qual && (def->max_args == 0 || (def->min_args == 1 && def->max_args == 1)))
            snprintf(fname, sizeof fname, "%s.%s", qual, def->name);
        else
            snprintf(fname, sizeof fname, "%s", def->name);
        py_check_arity(fname, nargs, def->min_args, def->max_args);
        return NULL;
    }
    return def->fn(self, args, nargs, kwnames);
}

PyObj *py_cfunction_new(const PyMethodDef *def, PyObj *self, const char *qual)
{
    PyCFuncObj *f = (PyCFuncObj *)py_alloc(&py_cfunction_type, sizeof(PyCFuncObj), 56);
    if (!f) return NULL;
    f->def = def;
    f->self = self ? py_newref(self) : NULL;
    f->qual = qual;
    py_gc_track((PyObj *)f);
    return (PyObj *)f;
}

static void cfunc_dealloc(PyObj *self) { py_clear(&((PyCFuncObj *)self)->self); }

static int cfunc_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyCFuncObj *f = (PyCFuncObj *)self;
    return f->self ? visit(f->self, arg) : 0;
}

static PyObj *cfunc_call(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyCFuncObj *f = (PyCFuncObj *)self;
    return py_cmethod_call(f->def, f->qual, f->self, args, nargs, kwnames);
}

static PyObj *cfunc_repr(PyObj *self)
{
    PyCFuncObj *f = (PyCFuncObj *)self;
    if (!f->self || PY_IS_TYPE(f->self, py_module_type))
        return py_str_format_c("<built-in function %s>", f->def->name);
    if (PY_TYPE_CHECK(f->self) && !strcmp(f->def->name, "__new__"))
        return py_str_format_c("<built-in method __new__ of type object at 0x%llx>",
                               (unsigned long long)f->self->ob_id);
    return py_str_format_c("<built-in method %s of %s object at 0x%llx>", f->def->name, py_type_name(f->self),
                           (unsigned long long)f->self->ob_id);
}

static PyObj *cfunc_get_name(PyObj *self) { return py_str_from_c(((PyCFuncObj *)self)->def->name); }
static PyObj *cfunc_get_qualname(PyObj *self)
{
    PyCFuncObj *f = (PyCFuncObj *)self;
    if (f->qual && f->self && !PY_IS_TYPE(f->self, py_module_type))
        return py_str_format_c("%s.%s", f->qual, f->def->name);
    return py_str_from_c(f->def->name);
}
static PyObj *cfunc_get_self(PyObj *self)
{
    PyObj *s = ((PyCFuncObj *)self)->self;
    return py_newref(s ? s : PY_NONE);
}
static PyObj *cfunc_get_module(PyObj *self)
{
    PyCFuncObj *f = (PyCFuncObj *)self;
    if (f->self && PY_IS_TYPE(f->self, py_module_type)) return py_newref(((PyModuleObj *)f->self)->name);
    return py_newref(PY_NONE);
}

static PyObj *cfunc_richcompare(PyObj *a, PyObj *b, int op)
{
    if ((op != PY_EQ && op != PY_NE) || PY_TYPE(b) != &py_cfunction_type) return py_newref(PY_NOTIMPL);
    PyCFuncObj *x = (PyCFuncObj *)a, *y = (PyCFuncObj *)b;
    bool eq = x->def == y->def && x->self == y->self;
    return py_bool(op == PY_EQ ? eq : !eq);
}

static const PyGetSetDef cfunc_getset[] = {
    {"__name__", cfunc_get_name, NULL},
    {"__qualname__", cfunc_get_qualname, NULL},
    {"__self__", cfunc_get_self, NULL},
    {"__module__", cfunc_get_module, NULL},
    {NULL, NULL, NULL},
};

PyType py_cfunction_type = {
    .name = "builtin_function_or_method",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(PyCFuncObj),
    .basicsize = 56,
    .tp_dealloc = cfunc_dealloc,
    .tp_traverse = cfunc_traverse,
    .tp_repr = cfunc_repr,
    .tp_richcompare = cfunc_richcompare,
    .tp_call = cfunc_call,
    .getset = cfunc_getset,
};

/* ---- method descriptors (list.append) ---- */

static PyObj *descr_new(PyType *type, PyType *owner, const void *def, const char *name)
{
    PyDescrObj *d = (PyDescrObj *)py_alloc(type, sizeof(PyDescrObj), type->basicsize);
    if (!d) return NULL;
    d->owner = owner;
    py_incref((PyObj *)owner); /* d_type is a strong reference (a class's descriptors keep it alive) */
    d->def = def;
    d->name = py_newref(py_intern_c(name));
    py_gc_track((PyObj *)d); /* gc: descriptors are containers in CPython */
    return (PyObj *)d;
}

PyObj *py_descr_new_method(PyType *owner, const PyMethodDef *def)
{
    return descr_new(&py_method_descr_type, owner, def, def->name);
}

PyObj *py_descr_new_classmethod(PyType *owner, const PyMethodDef *def)
{
    return descr_new(&py_classmethod_descr_type, owner, def, def->name);
}

PyObj *py_descr_new_getset(PyType *owner, const PyGetSetDef *def)
{
    return descr_new(&py_getset_descr_type, owner, def, def->name);
}

static void descr_dealloc(PyObj *self)
{
    PyDescrObj *d = (PyDescrObj *)self;
    py_clear(&d->name);
    PyObj *owner = (PyObj *)d->owner;
    d->owner = NULL;
    py_xdecref(owner);
}

/* gc: descr_traverse visits d_type */
static int descr_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyDescrObj *d = (PyDescrObj *)self;
    return d->owner ? visit((PyObj *)d->owner, arg) : 0;
}

static PyObj *mdescr_call(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyDescrObj *d = (PyDescrObj *)self;
    const PyMethodDef *def = d->def;
    if (nargs < 1)
        return py_err_format(&py_exc_TypeError, "unbound method %s.%s() needs an argument", d->owner->name,
                             def->name);
    if (!py_isinstance_c(args[0], d->owner))
        return py_err_format(&py_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                             def->name, d->owner->name, py_type_name(args[0]));
    return py_cmethod_call(def, d->owner->name, args[0], args + 1, nargs - 1, kwnames);
}

static PyObj *mdescr_get(PyObj *self, PyObj *obj, PyObj *type)
{
    PyDescrObj *d = (PyDescrObj *)self;
    if (!obj) return py_newref(self);
    if (!py_isinstance_c(obj, d->owner))
        return py_err_format(&py_exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                             d->name, d->owner->name, py_type_name(obj));
    return py_cfunction_new(d->def, obj, d->owner->name);
}

static PyObj *mdescr_repr(PyObj *self)
{
    PyDescrObj *d = (PyDescrObj *)self;
    return py_str_format_c("<method '%s' of '%s' objects>", py_str_utf8(d->name), d->owner->name);
}

static PyObj *descr_get_name(PyObj *self) { return py_newref(((PyDescrObj *)self)->name); }
static PyObj *descr_get_objclass(PyObj *self) { return py_newref((PyObj *)((PyDescrObj *)self)->owner); }
static PyObj *descr_get_qualname(PyObj *self)
{
    PyDescrObj *d = (PyDescrObj *)self;
    return py_str_format_c("%s.%U", d->owner->name, d->name);
}

static const PyGetSetDef descr_getset[] = {
    {"__name__", descr_get_name, NULL},
    {"__qualname__", descr_get_qualname, NULL},
    {"__objclass__", descr_get_objclass, NULL},
    {NULL, NULL, NULL},
};

PyType py_method_descr_type = {
    .name = "method_descriptor",
    .tpflags = PY_TPF_GC, /* gc: tracked, as CPython's descr_traverse types */
    .csize = sizeof(PyDescrObj),
    .basicsize = 56,
    .tp_dealloc = descr_dealloc,
    .tp_traverse = descr_traverse,
    .tp_repr = mdescr_repr,
    .tp_call = mdescr_call,
    .tp_descr_get = mdescr_get,
    .getset = descr_getset,
};

static PyObj *cmdescr_get(PyObj *self, PyObj *obj, PyObj *type)
{
    PyDescrObj *d = (PyDescrObj *)self;
    if (!type) type = (PyObj *)PY_TYPE(obj);
    return py_cfunction_new(d->def, type, d->owner->name);
}

static PyObj *cmdescr_call(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyDescrObj *d = (PyDescrObj *)self;
    if (nargs < 1 || !PY_TYPE_CHECK(args[0]))
        return py_err_format(&py_exc_TypeError, "descriptor '%U' for type '%s' needs a type", d->name, d->owner->name);
    return py_cmethod_call(d->def, d->owner->name, args[0], args + 1, nargs - 1, kwnames);
}

static PyObj *cmdescr_repr(PyObj *self)
{
    PyDescrObj *d = (PyDescrObj *)self;
    return py_str_format_c("<method '%s' of '%s' objects>", py_str_utf8(d->name), d->owner->name);
}

PyType py_classmethod_descr_type = {
    .name = "classmethod_descriptor",
    .tpflags = PY_TPF_GC, /* gc */
    .csize = sizeof(PyDescrObj),
    .basicsize = 56,
    .tp_dealloc = descr_dealloc,
    .tp_traverse = descr_traverse,
    .tp_repr = cmdescr_repr,
    .tp_call = cmdescr_call,
    .tp_descr_get = cmdescr_get,
    .getset = descr_getset,
};

static PyObj *gsdescr_get(PyObj *self, PyObj *obj, PyObj *type)
{
    PyDescrObj *d = (PyDescrObj *)self;
    if (!obj) return py_newref(self);
    if (!py_isinstance_c(obj, d->owner))
        return py_err_format(&py_exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                             d->name, d->owner->name, py_type_name(obj));
    return ((const PyGetSetDef *)d->def)->get(obj);
}

static int gsdescr_set(PyObj *self, PyObj *obj, PyObj *value)
{
    PyDescrObj *d = (PyDescrObj *)self;
    const PyGetSetDef *g = d->def;
    if (!g->set) {
        py_err_format(&py_exc_AttributeError, "attribute '%U' of '%s' objects is not writable", d->name,
                      d->owner->name);
        return -1;
    }
    return g->set(obj, value);
}

static PyObj *gsdescr_repr(PyObj *self)
{
    PyDescrObj *d = (PyDescrObj *)self;
    return py_str_format_c("<attribute '%s' of '%s' objects>", py_str_utf8(d->name), d->owner->name);
}

PyType py_getset_descr_type = {
    .name = "getset_descriptor",
    .tpflags = PY_TPF_GC, /* gc */
    .csize = sizeof(PyDescrObj),
    .basicsize = 48, /* PyGetSetDescrObject */
    .tp_dealloc = descr_dealloc,
    .tp_traverse = descr_traverse,
    .tp_repr = gsdescr_repr,
    .tp_descr_get = gsdescr_get,
    .tp_descr_set = gsdescr_set,
    .getset = descr_getset,
};

/* ---- T.__new__ ---- */

static PyObj *tp_new_wrapper(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyType *t = (PyType *)self;
    if (nargs < 1)
        return py_err_format(&py_exc_TypeError, "%s.__new__(): not enough arguments", t->name);
    PyObj *sub = args[0];
    if (!PY_TYPE_CHECK(sub))
        return py_err_format(&py_exc_TypeError, "%s.__new__(X): X is not a type object (%s)", t->name,
                             py_type_name(sub));
    if (!py_type_is_subtype((PyType *)sub, t))
        return py_err_format(&py_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name,
                             ((PyType *)sub)->name, ((PyType *)sub)->name, t->name);
    return t->tp_new((PyType *)sub, args + 1, nargs - 1, kwnames);
}

static const PyMethodDef tp_new_def = {"__new__", tp_new_wrapper, 0, -1, PY_METH_KEYWORDS};

PyObj *py_new_wrapper(PyType *t) { return py_cfunction_new(&tp_new_def, (PyObj *)t, t->name); }

/* ---- cells ---- */

PyObj *py_cell_new(PyObj *value)
{
    PyCellObj *c = (PyCellObj *)py_alloc(&py_cell_type, sizeof(PyCellObj), 24);
    if (!c) return NULL;
    c->ref = value ? py_newref(value) : NULL;
    py_gc_track((PyObj *)c);
    return (PyObj *)c;
}

static void cell_dealloc(PyObj *self) { py_clear(&((PyCellObj *)self)->ref); }

static int cell_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyObj *r = ((PyCellObj *)self)->ref;
    return r ? visit(r, arg) : 0;
}

static void cell_clear(PyObj *self) { py_clear(&((PyCellObj *)self)->ref); }

static PyObj *cell_repr(PyObj *self)
{
    PyObj *r = ((PyCellObj *)self)->ref;
    if (!r) return py_str_format_c("<cell at 0x%llx: empty>", (unsigned long long)self->ob_id);
    return py_str_format_c("<cell at 0x%llx: %s object at 0x%llx>", (unsigned long long)self->ob_id,
                           py_type_name(r), (unsigned long long)r->ob_id);
}

static PyObj *cell_get_contents(PyObj *self)
{
    PyObj *r = ((PyCellObj *)self)->ref;
    if (!r) return py_err_format(&py_exc_ValueError, "Cell is empty");
    return py_newref(r);
}

static int cell_set_contents(PyObj *self, PyObj *v)
{
    py_xincref(v);
    py_setref(&((PyCellObj *)self)->ref, v);
    return 0;
}

static const PyGetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL},
};

PyType py_cell_type = {
    .name = "cell",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(PyCellObj),
    .basicsize = 24,
    .tp_dealloc = cell_dealloc,
    .tp_traverse = cell_traverse,
    .tp_clear = cell_clear,
    .tp_repr = cell_repr,
    .getset = cell_getset,
};
