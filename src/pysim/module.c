/* module.c — module objects and `import` of the simulated modules.
 *
 * Only modules memguide simulates can be imported (sys, math, copy, gc,
 * builtins ...).  A name from CPython's standard library that is not
 * simulated stops the run as unsupported; any other name raises
 * ModuleNotFoundError, as CPython would.
 */
#include <string.h>

#include "pysim/modules.h"
#include "pysim/obj.h"
#include "pysim/vm.h"

PyObj *py_module_new(const char *name)
{
    PyModuleObj *m = (PyModuleObj *)py_alloc(&py_module_type, sizeof(PyModuleObj), 56);
    if (!m) return NULL;
    m->name = py_intern_c(name);
    m->dict = py_dict_new();
    py_dict_setitem(m->dict, PY_ID(__name__), m->name);
    py_dict_setitem(m->dict, PY_ID(__doc__), PY_NONE);
    py_dict_setitem(m->dict, PY_ID(__package__), PY_NONE);
    py_dict_setitem(m->dict, PY_ID(__loader__), PY_NONE);
    py_dict_setitem(m->dict, PY_ID(__spec__), PY_NONE);
    py_gc_track((PyObj *)m);
    return (PyObj *)m;
}

void py_module_add_functions(PyObj *module, const PyMethodDef *defs)
{
    /* messages name them "sys.getrefcount()"; builtins go unqualified */
    const char *qual = py_str_utf8(((PyModuleObj *)module)->name);
    if (!strcmp(qual, "builtins")) qual = NULL;
    for (const PyMethodDef *d = defs; d->name; d++) {
        PyObj *f = py_cfunction_new(d, module, qual);
        py_dict_setitem(py_module_dict(module), py_intern_c(d->name), f);
        py_decref(f);
    }
}

static void module_dealloc(PyObj *o)
{
    PyModuleObj *m = (PyModuleObj *)o;
    py_clear(&m->dict);
    py_clear(&m->name);
}

static int module_traverse(PyObj *o, PyVisitFn v, void *a)
{
    PyModuleObj *m = (PyModuleObj *)o;
    return (m->dict && v(m->dict, a)) || (m->name && v(m->name, a));
}

static void module_clear(PyObj *o) { py_clear(&((PyModuleObj *)o)->dict); }

static PyObj *module_repr(PyObj *o)
{
    PyModuleObj *m = (PyModuleObj *)o;
    if (py_str_eq_c(m->name, "__main__") || py_str_eq_c(m->name, "builtins") || py_str_eq_c(m->name, "sys") ||
        py_str_eq_c(m->name, "gc") || py_str_eq_c(m->name, "_weakref"))
        return py_str_format_c("<module '%U' (built-in)>", m->name);
    return py_str_format_c("<module '%U' (frozen)>", m->name);
}

static PyObj *module_getattro(PyObj *o, PyObj *name)
{
    PyModuleObj *m = (PyModuleObj *)o;
    PyObj *descr = py_type_lookup(PY_TYPE(o), name);
    if (descr && PY_TYPE(descr)->tp_descr_get && PY_TYPE(descr)->tp_descr_set)
        return PY_TYPE(descr)->tp_descr_get(descr, o, (PyObj *)PY_TYPE(o));
    PyObj *v = m->dict ? py_dict_getitem_str(m->dict, name) : NULL;
    if (v) return py_newref(v);
    if (descr) {
        if (PY_TYPE(descr)->tp_descr_get) return PY_TYPE(descr)->tp_descr_get(descr, o, (PyObj *)PY_TYPE(o));
        return py_newref(descr);
    }
    return py_err_attribute(o, name);
}

static int module_setattro(PyObj *o, PyObj *name, PyObj *value)
{
    PyModuleObj *m = (PyModuleObj *)o;
    if (value) return py_dict_setitem(m->dict, name, value);
    if (!py_dict_getitem_str(m->dict, name)) {
        py_err_attribute(o, name);
        return -1;
    }
    return py_dict_delitem(m->dict, name);
}

static PyObj *module_get_dict(PyObj *o) { return py_newref(((PyModuleObj *)o)->dict); }

static PyObj *module_dir(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return py_dict_keys_list(((PyModuleObj *)self)->dict);
}

static const PyMethodDef module_methods[] = {{"__dir__", module_dir, 0, 0, 0}, {NULL, NULL, 0, 0, 0}};
static const PyGetSetDef module_getset[] = {{"__dict__", module_get_dict, NULL}, {NULL, NULL, NULL}};

PyType py_module_type = {
    .name = "module",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(PyModuleObj),
    .basicsize = 56,
    .tp_dealloc = module_dealloc,
    .tp_traverse = module_traverse,
    .tp_clear = module_clear,
    .tp_repr = module_repr,
    .tp_getattro = module_getattro,
    .tp_setattro = module_setattro,
    .methods = module_methods,
    .getset = module_getset,
};

/* ---- import ---- */

typedef struct ModuleEntry {
    const char *name;
    PyObj *(*init)(void); /* NEW module */
} ModuleEntry;

static const ModuleEntry simulated[] = {
    {"sys", py_mod_sys_init},
    {"math", py_mod_math_init},
    {"copy", py_mod_copy_init},
    {"gc", py_mod_gc_init}, {"weakref", py_mod_weakref_init}, {"_weakref", py_mod__weakref_init}, /* gc, weakref */
    {NULL, NULL},
};

/* Standard-library modules a lesson might import that memguide does not
 * simulate: importing them is reported as unsupported, not as missing. */
static const char *const stdlib_names[] = {
    "abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "builtins_", "calendar", "cmath",
    "collections", "contextlib", "csv", "ctypes", "dataclasses", "datetime", "decimal", "dis", "enum",
    "fractions", "functools", "gc", "hashlib", "heapq", "inspect", "io", "itertools", "json", "logging",
    "operator", "os", "pathlib", "pickle", "pprint", "queue", "random", "re", "shutil", "statistics",
    "string", "struct", "subprocess", "sysconfig", "tempfile", "textwrap", "threading", "time", "timeit",
    "tracemalloc", "types", "typing", "unittest", "urllib", "uuid", "warnings", "weakref", "zoneinfo", NULL,
};

PyObj *py_import(PyObj *name)
{
    PyObj *m = py_dict_getitem(py_vm->modules, name);
    if (m) return py_newref(m);
    if (py_err_occurred()) return NULL;
    const char *n = py_str_utf8(name);
    for (const ModuleEntry *e = simulated; e->name; e++) {
        if (strcmp(e->name, n)) continue;
        m = e->init();
        if (!m) return NULL;
        if (py_dict_setitem(py_vm->modules, name, m) < 0) {
            py_decref(m);
            return NULL;
        }
        return m;
    }
    const char *dot = strchr(n, '.');
    size_t head = dot ? (size_t)(dot - n) : strlen(n);
    for (const char *const *s = stdlib_names; *s; s++)
        if (strlen(*s) == head && !strncmp(*s, n, head)) return py_unsupported("import of module '%s'", n);
    PyObj *e = py_str_format_c("No module named '%s'", n);
    if (!e) return NULL;
    PyObj *exc = py_call1((PyObj *)&py_exc_ModuleNotFoundError, e);
    py_decref(e);
    if (!exc) return NULL;
    ((PyExcObj *)exc)->name = py_newref(name);
    py_err_set_object(exc);
    py_decref(exc);
    return NULL;
}
