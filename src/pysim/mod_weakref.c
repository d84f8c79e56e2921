/* mod_weakref.c — the _weakref built-in module and the weakref module:
 * ref, proxy, getweakrefcount, getweakrefs and the reference types.  The
 * Python-level classes of Lib/weakref.py (WeakMethod, finalize,
 * WeakValueDictionary, WeakKeyDictionary, WeakSet) are simulated in
 * weakref_classes.c and weakref_dicts.c.
 *
 * Invariant: both modules share the same type objects; importing weakref
 * makes its classes ready first (they are static types readied late).
 */
#include <string.h>

#include "pysim/modules.h"
#include "pysim/obj.h"
#include "pysim/vm.h"
#include "pysim/weakref.h"
#include "pysim/weakref_impl.h"

static PyObj *w_getweakrefcount(PyObj *self, PyObj *const *args, size_t n, PyObj *k)
{
    return py_int_from_i64(py_weakref_count(args[0]));
}

static PyObj *w_getweakrefs(PyObj *self, PyObj *const *args, size_t n, PyObj *k)
{
    return py_weakref_list(args[0]);
}

static PyObj *w_proxy(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    if (kwnames && py_tuple_size(kwnames))
        return py_err_format(&py_exc_TypeError, "_weakref.proxy() takes no keyword arguments");
    if (py_check_arity("proxy", nargs, 1, 2) < 0) return NULL;
    return py_weakref_new_proxy(args[0], nargs > 1 ? args[1] : NULL);
}

/* _weakref._remove_dead_weakref(dict, key): deletes dict[key] if it is a
 * dead weak reference. */
static PyObj *w_remove_dead(PyObj *self, PyObj *const *args, size_t n, PyObj *k)
{
    if (!PY_DICT_CHECK(args[0]))
        return py_err_format(&py_exc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s",
                             py_type_name(args[0]));
    PyObj *v = py_dict_getitem(args[0], args[1]);
    if (!v) {
        if (py_err_occurred()) return NULL;
        return py_newref(PY_NONE);
    }
    if (py_weakref_check(v) && !py_weakref_get(v) && py_dict_delitem(args[0], args[1]) < 0) return NULL;
    return py_newref(PY_NONE);
}

static const PyMethodDef weakref_defs[] = {
    {"getweakrefcount", w_getweakrefcount, 1, 1, 0},
    {"getweakrefs", w_getweakrefs, 1, 1, 0},
    {"proxy", w_proxy, 0, -1, PY_METH_KEYWORDS},
    {"_remove_dead_weakref", w_remove_dead, 2, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

static void ready(PyType *t)
{
    if (!(t->tpflags & PY_TPF_READY)) py_type_ready_late(t);
}

static void add(PyObj *d, const char *name, PyObj *v)
{
    py_dict_setitem(d, py_intern_c(name), v);
}

static PyObj *make_module(const char *name, bool full)
{
    ready(&py_weakref_ref_type);
    ready(&py_weakref_proxy_type);
    ready(&py_weakref_callable_proxy_type);
    PyObj *m = py_module_new(name);
    if (!m) return NULL;
    PyObj *d = py_module_dict(m);
    for (const PyMethodDef *def = weakref_defs; def->name; def++) {
        if (full && def->name[0] == '_') continue;
        PyObj *f = py_cfunction_new(def, m, "_weakref");
        if (!f) goto fail;
        add(d, def->name, f);
        py_decref(f);
    }
    add(d, "ref", (PyObj *)&py_weakref_ref_type);
    add(d, "ReferenceType", (PyObj *)&py_weakref_ref_type);
    add(d, "ProxyType", (PyObj *)&py_weakref_proxy_type);
    add(d, "CallableProxyType", (PyObj *)&py_weakref_callable_proxy_type);
    if (full) {
        PyObj *pt = py_tuple_pack(2, (PyObj *)&py_weakref_proxy_type, (PyObj *)&py_weakref_callable_proxy_type);
        if (!pt) goto fail;
        add(d, "ProxyTypes", pt);
        py_decref(pt);
        if (py_weakref_add_classes(d) < 0) goto fail;
    }
    return m;
fail:
    py_decref(m);
    return NULL;
}

PyObj *py_mod__weakref_init(void) { return make_module("_weakref", false); }

PyObj *py_mod_weakref_init(void) { return make_module("weakref", true); }
