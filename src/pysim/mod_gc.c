/* mod_gc.c — the gc module (CPython 3.12's Modules/gcmodule.c interface):
 * collect, enable/disable, counts and thresholds, is_tracked,
 * get_referrers/get_referents, get_objects, freeze, gc.garbage and
 * gc.callbacks.  The collector itself is gc.c.
 *
 * Invariant: argument errors carry CPython's messages (recorded from
 * python3.12); nothing here changes the collector's lists except through
 * gc.c.
 */
#include <string.h>

#include "pysim/gc.h"
#include "pysim/modules.h"
#include "pysim/obj.h"
#include "pysim/vm.h"

/* _PyLong_AsInt: an int argument as a C int. */
static int as_c_int(PyObj *o, int64_t *out)
{
    if (py_as_ssize(o, out) < 0) {
        if (py_err_matches((PyObj *)&py_exc_OverflowError)) {
            py_err_clear();
            py_err_format(&py_exc_OverflowError, "Python int too large to convert to C int");
        }
        return -1;
    }
    if (*out > INT32_MAX || *out < INT32_MIN) {
        py_err_format(&py_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return 0;
}

/* Argument Clinic's parsing of f(generation=...): one optional argument,
 * by position or by keyword (*out NULL when not given). */
static int one_optional(const char *fname, PyObj *const *args, size_t nargs, PyObj *kwnames, PyObj **out)
{
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    *out = nargs ? args[0] : NULL;
    if (nargs + nkw > 1) {
        if (nkw > 1 && !nargs)
            py_err_format(&py_exc_TypeError, "%s() takes at most 1 keyword argument (%zd given)", fname, (int64_t)nkw);
        else
            py_err_format(&py_exc_TypeError, "%s() takes at most 1 argument (%zd given)", fname, (int64_t)(nargs + nkw));
        return -1;
    }
    if (nkw) {
        PyObj *kn = py_tuple_item(kwnames, 0);
        if (!py_str_eq_c(kn, "generation")) {
            py_err_format(&py_exc_TypeError, "'%U' is an invalid keyword argument for %s()", kn, fname);
            return -1;
        }
        *out = args[nargs];
    }
    return 0;
}

static PyObj *gc_enable(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    py_gc_set_enabled(true);
    return py_newref(PY_NONE);
}

static PyObj *gc_disable(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    py_gc_set_enabled(false);
    return py_newref(PY_NONE);
}

static PyObj *gc_isenabled(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return py_bool(py_gc_is_enabled());
}

static PyObj *gc_collect(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyObj *v[1];
    if (one_optional("collect", args, nargs, kwnames, v) < 0) return NULL;
    int64_t gen = PY_GC_NGEN - 1;
    if (v[0] && as_c_int(v[0], &gen) < 0) return NULL;
    if (gen < 0 || gen >= PY_GC_NGEN) return py_err_format(&py_exc_ValueError, "invalid generation");
    return py_int_from_i64(py_gc_collect_generation((int)gen));
}

static PyObj *int_triple(const int64_t v[PY_GC_NGEN])
{
    PyObj *a = py_int_from_i64(v[0]), *b = py_int_from_i64(v[1]), *c = py_int_from_i64(v[2]);
    PyObj *t = py_tuple_pack(3, a, b, c);
    py_decref(a);
    py_decref(b);
    py_decref(c);
    return t;
}

static PyObj *gc_get_count(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    int64_t v[PY_GC_NGEN];
    py_gc_get_count(v);
    return int_triple(v);
}

static PyObj *gc_get_threshold(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    int64_t v[PY_GC_NGEN];
    py_gc_get_threshold(v);
    return int_triple(v);
}

static PyObj *gc_set_threshold(PyObj *self, PyObj *const *args, size_t nargs, PyObj *k)
{
    if (nargs < 1)
        return py_err_format(&py_exc_TypeError, "set_threshold() takes at least 1 argument (%zd given)", (int64_t)nargs);
    if (nargs > 3)
        return py_err_format(&py_exc_TypeError, "set_threshold() takes at most 3 arguments (%zd given)", (int64_t)nargs);
    int64_t th[PY_GC_NGEN];
    for (size_t i = 0; i < nargs; i++)
        if (as_c_int(args[i], &th[i]) < 0) return NULL;
    py_gc_set_threshold(th, (int)nargs);
    return py_newref(PY_NONE);
}

static PyObj *gc_get_debug(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return py_int_from_i64(py_gc_get_debug());
}

static PyObj *gc_set_debug(PyObj *self, PyObj *const *args, size_t n, PyObj *k)
{
    int64_t flags;
    if (as_c_int(args[0], &flags) < 0) return NULL;
    /* the statistics print elapsed times: nothing a run can reproduce */
    if (flags & PY_GC_DEBUG_STATS) return py_unsupported("gc.set_debug(gc.DEBUG_STATS) (it prints timings)");
    py_gc_set_debug((int)flags);
    return py_newref(PY_NONE);
}

static PyObj *gc_is_tracked(PyObj *self, PyObj *const *args, size_t n, PyObj *k)
{
    return py_bool((args[0]->ob_flags & PY_OBF_GC_TRACKED) != 0);
}

static PyObj *gc_is_finalized(PyObj *self, PyObj *const *args, size_t n, PyObj *k)
{
    return py_bool(py_gc_is_finalized(args[0]));
}

/* ---- referents and referrers ---- */

static int referents_visit(PyObj *o, void *arg) { return py_list_append(arg, o) < 0; }

static PyObj *gc_get_referents(PyObj *self, PyObj *const *args, size_t nargs, PyObj *k)
{
    PyObj *result = py_list_new(0);
    if (!result) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        PyObj *o = args[i];
        if (!(o->ob_flags & PY_OBF_GC) || !PY_TYPE(o)->tp_traverse) continue;
        if (PY_TYPE(o)->tp_traverse(o, referents_visit, result)) {
            py_decref(result);
            return NULL;
        }
    }
    return result;
}

typedef struct Referrers {
    PyObj *const *objs;
    size_t n;
    PyObj *result;
} Referrers;

static int referrers_visit(PyObj *o, void *arg)
{
    Referrers *r = arg;
    for (size_t i = 0; i < r->n; i++)
        if (r->objs[i] == o) return 1;
    return 0;
}

static int referrers_for(PyObj *o, void *arg)
{
    Referrers *r = arg;
    if (o == r->result || !PY_TYPE(o)->tp_traverse) return 0;
    if (PY_TYPE(o)->tp_traverse(o, referrers_visit, r) && py_list_append(r->result, o) < 0) return -1;
    return 0;
}

static PyObj *gc_get_referrers(PyObj *self, PyObj *const *args, size_t nargs, PyObj *k)
{
    Referrers r = {args, nargs, py_list_new(0)};
    if (!r.result) return NULL;
    if (py_gc_foreach(-1, referrers_for, &r) < 0) py_clear(&r.result);
    return r.result;
}

/* ---- all objects ---- */

static int objects_add(PyObj *o, void *arg)
{
    if (o == arg) return 0;
    return py_list_append(arg, o) < 0 ? -1 : 0;
}

static PyObj *gc_get_objects(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyObj *v[1];
    if (one_optional("get_objects", args, nargs, kwnames, v) < 0) return NULL;
    int64_t gen = -1;
    if (v[0] && v[0] != PY_NONE) {
        if (!PY_INT_CHECK(v[0]))
            return py_err_format(&py_exc_TypeError, "argument should be integer or None, not '%s'",
                                 py_type_name(v[0]));
        if (py_as_ssize(v[0], &gen) < 0) return NULL;
        if (gen >= PY_GC_NGEN)
            return py_err_format(&py_exc_ValueError,
                                 "generation parameter must be less than the number of available generations (%d)",
                                 PY_GC_NGEN);
        if (gen < -1) return py_err_format(&py_exc_ValueError, "generation parameter cannot be negative");
    }
    PyObj *result = py_list_new(0);
    if (result && py_gc_foreach((int)gen, objects_add, result) < 0) py_clear(&result);
    return result;
}

static PyObj *gc_get_stats(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return py_unsupported("gc.get_stats() (its numbers depend on the interpreter's startup)");
}

static PyObj *gc_freeze(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    py_gc_freeze();
    return py_newref(PY_NONE);
}

static PyObj *gc_unfreeze(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    py_gc_unfreeze();
    return py_newref(PY_NONE);
}

static PyObj *gc_get_freeze_count(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return py_int_from_i64(py_gc_freeze_count());
}

/* In CPython's order (the module dict's order). */
static const PyMethodDef gc_defs[] = {
    {"enable", gc_enable, 0, 0, 0},
    {"disable", gc_disable, 0, 0, 0},
    {"isenabled", gc_isenabled, 0, 0, 0},
    {"set_debug", gc_set_debug, 1, 1, 0},
    {"get_debug", gc_get_debug, 0, 0, 0},
    {"get_count", gc_get_count, 0, 0, 0},
    {"set_threshold", gc_set_threshold, 0, -1, 0},
    {"get_threshold", gc_get_threshold, 0, 0, 0},
    {"collect", gc_collect, 0, -1, PY_METH_KEYWORDS},
    {"get_objects", gc_get_objects, 0, -1, PY_METH_KEYWORDS},
    {"get_stats", gc_get_stats, 0, 0, 0},
    {"is_tracked", gc_is_tracked, 1, 1, 0},
    {"is_finalized", gc_is_finalized, 1, 1, 0},
    {"get_referrers", gc_get_referrers, 0, -1, 0},
    {"get_referents", gc_get_referents, 0, -1, 0},
    {"freeze", gc_freeze, 0, 0, 0},
    {"unfreeze", gc_unfreeze, 0, 0, 0},
    {"get_freeze_count", gc_get_freeze_count, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

PyObj *py_mod_gc_init(void)
{
    PyObj *m = py_module_new("gc");
    if (!m) return NULL;
    PyObj *d = py_module_dict(m);
    for (const PyMethodDef *def = gc_defs; def->name; def++) {
        PyObj *f = py_cfunction_new(def, m, "gc");
        if (!f) goto fail;
        py_dict_setitem(d, py_intern_c(def->name), f);
        py_decref(f);
    }
    py_dict_setitem_c(d, "garbage", py_gc_garbage());
    py_dict_setitem_c(d, "callbacks", py_gc_callbacks());
    static const char *const names[] = {"DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL",
                                        "DEBUG_LEAK"};
    static const int values[] = {PY_GC_DEBUG_STATS, PY_GC_DEBUG_COLLECTABLE, PY_GC_DEBUG_UNCOLLECTABLE,
                                 PY_GC_DEBUG_SAVEALL,
                                 PY_GC_DEBUG_COLLECTABLE | PY_GC_DEBUG_UNCOLLECTABLE | PY_GC_DEBUG_SAVEALL};
    for (int i = 0; i < 5; i++) {
        PyObj *v = py_int_from_i64(values[i]);
        py_dict_setitem(d, py_intern_c(names[i]), v);
        py_decref(v);
    }
    return m;
fail:
    py_decref(m);
    return NULL;
}
