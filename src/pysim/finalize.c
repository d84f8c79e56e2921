/* finalize.c — the end of a program, as CPython 3.12's Py_FinalizeEx and
 * finalize_modules (Python/pylifecycle.c) order it: the atexit functions
 * (weakref.finalize), a collection, then sys.modules emptied (each module
 * replaced by None, so __main__ dies and its globals with it, or, when
 * functions and classes make its namespace a cycle, with the collection
 * that follows), the namespaces of modules still alive cleared name by
 * name, sys and builtins cleared, and a last collection.
 *
 * Which objects die at each step, and so the order in which __del__
 * methods and weakref callbacks run at exit, follows from the same steps
 * here; the collector's list order (gc.c) does the rest.
 */
#include <string.h>

#include "pysim/finalize.h"
#include "pysim/gc.h"
#include "pysim/obj.h"
#include "pysim/vm.h"
#include "pysim/weakref.h"

/* _PyModule_ClearDict: names with a single leading underscore first, then
 * every other name but __builtins__, each replaced by None. */
static void clear_module_dict(PyObj *d)
{
    for (int pass = 0; pass < 2; pass++) {
        PyObj *items = py_dict_keys_list(d);
        if (!items) {
            py_err_clear();
            return;
        }
        for (size_t i = 0; i < py_list_size(items) && !py_stopping(); i++) {
            PyObj *k = py_list_item(items, i);
            PyObj *v = py_dict_getitem(d, k);
            if (!v || v == PY_NONE || !PY_STR_CHECK(k)) continue;
            const char *s = py_str_utf8(k);
            bool underscore = s[0] == '_' && s[1] != '_';
            if (pass == 0 ? !underscore : !strcmp(s, "__builtins__")) continue;
            if (py_dict_setitem(d, k, PY_NONE) < 0) py_err_clear();
        }
        py_decref(items);
    }
}

/* finalize_remove_modules: every module in sys.modules is replaced by None
 * (in sys.modules order); returns a NEW list of (name, weakref) pairs. */
static PyObj *remove_modules(PyObj *modules)
{
    PyObj *weaklist = py_list_new(0);
    PyObj *names = py_dict_keys_list(modules);
    if (!weaklist || !names) {
        py_err_clear();
        py_xdecref(names);
        return weaklist;
    }
    for (size_t i = 0; i < py_list_size(names) && !py_stopping(); i++) {
        PyObj *name = py_list_item(names, i);
        PyObj *mod = py_dict_getitem(modules, name);
        if (!mod) continue;
        if (PY_IS_TYPE(mod, py_module_type)) {
            PyObj *wr = py_weakref_new_ref(&py_weakref_ref_type, mod, NULL);
            PyObj *pair = wr ? py_tuple_pack(2, name, wr) : NULL;
            if (pair) py_list_append(weaklist, pair);
            py_xdecref(pair);
            py_xdecref(wr);
            py_err_clear();
        }
        if (py_dict_setitem(modules, name, PY_NONE) < 0) py_err_clear();
    }
    py_decref(names);
    return weaklist;
}

/* finalize_modules_clear_weaklist: modules still alive have their
 * namespace cleared, the last imported first; sys and builtins wait for
 * the very end. */
static void clear_weaklist(PyObj *weaklist, PyObj *sysdict)
{
    for (size_t i = py_list_size(weaklist); i > 0 && !py_stopping(); i--) {
        PyObj *pair = py_list_item(weaklist, i - 1);
        PyObj *mod = py_weakref_get(py_tuple_item(pair, 1));
        if (!mod) continue;
        PyObj *d = py_module_dict(mod);
        if (!d || d == sysdict || d == py_vm->builtins) continue;
        py_incref(mod);
        clear_module_dict(d);
        py_decref(mod);
    }
}

void py_finalize_modules(void)
{
    PyVM *vm = py_vm;
    if (!vm->modules) return;
    /* the interpreter's own reference to __main__'s namespace is no
     * reference CPython has: the module alone keeps it */
    py_clear(&vm->main_dict);
    PyObj *sys = py_dict_getitem_c(vm->modules, "sys");
    PyObj *sysdict = sys ? py_newref(py_module_dict(sys)) : NULL;
    PyObj *weaklist = remove_modules(vm->modules);
    py_dict_clear(vm->modules);
    py_gc_collect_nofail();
    if (weaklist) {
        clear_weaklist(weaklist, sysdict);
        py_decref(weaklist);
    }
    /* finalize_clear_sys_builtins_dict: from now on sys.stdout and
     * sys.stderr are gone, so print() fails and so does the report of its
     * failure: whatever finalizers run, they show nothing */
    vm->stdio_lost = true;
    if (sysdict) {
        py_dict_clear(sysdict);
        py_decref(sysdict);
    }
    if (vm->builtins) py_dict_clear(vm->builtins);
    py_err_clear();
    py_gc_collect_nofail();
    py_err_clear();
}
