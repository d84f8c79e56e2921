/* mod_sys.c — the sys module: what a program can learn about the
 * interpreter (version 3.12, limits) and its memory (getrefcount,
 * getsizeof, intern), and sys.stdout / sys.stderr for print(file=...).
 */
#include <float.h>
#include <stdarg.h>
#include <string.h>

#include "pysim/modules.h"
#include "pysim/obj.h"
#include "pysim/structseq.h"
#include "pysim/vm.h"

/* ---- sys.stdout and sys.stderr ---- */

typedef struct PyStreamObj {
    PyObj ob;
    int fd; /* 1 stdout, 2 stderr */
} PyStreamObj;

static PyObj *stream_write(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    if (!PY_STR_CHECK(a[0]))
        return py_err_format(&py_exc_TypeError, "write() argument must be str, not %s", py_type_name(a[0]));
    if (((PyStreamObj *)self)->fd == 1) vm_write_out(py_str_utf8(a[0]), py_str_nbytes(a[0]));
    else vm_write_err(py_str_utf8(a[0]), py_str_nbytes(a[0]));
    return py_int_from_i64(py_str_len(a[0]));
}

static PyObj *stream_flush(PyObj *self, PyObj *const *a, size_t n, PyObj *k) { return py_newref(PY_NONE); }

static PyObj *stream_repr(PyObj *self)
{
    return py_str_format_c("<_io.TextIOWrapper name='<%s>' mode='w' encoding='utf-8'>",
                           ((PyStreamObj *)self)->fd == 1 ? "stdout" : "stderr");
}

static const PyMethodDef stream_methods[] = {
    {"write", stream_write, 1, 1, 0},
    {"flush", stream_flush, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

PyType py_stream_type = {
    .name = "TextIOWrapper",
    .csize = sizeof(PyStreamObj),
    .basicsize = 208,
    .tp_repr = stream_repr,
    .methods = stream_methods,
};

static PyObj *stream_new(int fd)
{
    PyStreamObj *s = (PyStreamObj *)py_alloc(&py_stream_type, sizeof(PyStreamObj), 208);
    if (s) s->fd = fd;
    return (PyObj *)s;
}

/* ---- functions ---- */

static PyObj *sys_getrefcount(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyObj *o = a[0];
    if (o->ob_flags & PY_OBF_IMMORTAL) return py_int_from_i64((int64_t)PY_IMMORTAL_REFCNT);
    return py_int_from_i64((int64_t)o->ob_refcnt - py_hidden_refs(o));
}

static PyObj *sys_getsizeof(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"object", "default"};
    PyObj *v[2];
    if (py_parse_args("getsizeof", args, nargs, kwnames, names, 2, 0, 1, v) < 0) return NULL;
    PyObj *o = v[0];
    /* genericalias.c: looked up on the type (_PyObject_LookupSpecial), not
     * through the object, which for list[int] would find list.__sizeof__ */
    bool found;
    PyObj *r = py_call_special(o, py_intern_c("__sizeof__"), NULL, 0, &found);
    if (!found) r = py_err_format(&py_exc_TypeError, "Type %s doesn't define __sizeof__", py_type_name(o));
    if (!r) {
        if (v[1] && py_err_matches((PyObj *)&py_exc_TypeError)) {
            py_err_clear();
            return py_newref(v[1]);
        }
        return NULL;
    }
    /* PyLong_AsSsize_t, then the sign check */
    int64_t size;
    bool is_int = PY_INT_CHECK(r), fits = is_int && py_int_as_i64(r, &size);
    py_decref(r);
    if (!is_int) return py_err_format(&py_exc_TypeError, "an integer is required");
    if (!fits) return py_err_format(&py_exc_OverflowError, "Python int too large to convert to C ssize_t");
    if (size < 0) return py_err_format(&py_exc_ValueError, "__sizeof__() should return >= 0");
    /* the GC header and 3.12's pre-header count too */
    if (PY_TYPE(o)->tpflags & PY_TPF_GC) size += HEAP_GC_HEAD;
    if (PY_TYPE(o)->tpflags & PY_TPF_PREHEADER) size += HEAP_MANAGED_PRE; /* weakref: or a weak list only */
    return py_int_from_i64(size);
}

static PyObj *sys_intern(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    if (!PY_IS_TYPE(a[0], py_str_type))
        return py_err_format(&py_exc_TypeError, "intern() argument must be str, not %s", py_type_name(a[0]));
    return py_str_intern(a[0]);
}

static PyObj *sys_getrecursionlimit(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return py_int_from_i64(py_vm->recursion_limit);
}

static PyObj *sys_setrecursionlimit(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    int64_t v;
    if (!PY_INT_CHECK(a[0]))
        return py_err_format(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(a[0]));
    if (py_as_ssize(a[0], &v) < 0) return NULL;
    if (v < 1) return py_err_format(&py_exc_ValueError, "recursion limit must be greater or equal than 1");
    if (v > 100000) return py_unsupported("a recursion limit above 100000");
    if (v <= py_vm->depth)
        return py_err_format(&py_exc_RecursionError,
                             "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                             (int)v, py_vm->depth);
    py_vm->recursion_limit = (int)v;
    return py_newref(PY_NONE);
}

static PyObj *sys_get_int_max_str_digits(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return py_int_from_i64(py_vm->int_max_str_digits);
}

static PyObj *sys_set_int_max_str_digits(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    static const char *const names[] = {"maxdigits"};
    PyObj *v[1];
    if (py_parse_args("set_int_max_str_digits", args, nargs, kwnames, names, 1, 0, 1, v) < 0) return NULL;
    int64_t d;
    if (py_as_ssize(v[0], &d) < 0) return NULL;
    if (d != 0 && d < 640) return py_err_format(&py_exc_ValueError, "maxdigits must be 0 or larger than 640");
    py_vm->int_max_str_digits = d;
    return py_newref(PY_NONE);
}

static PyObj *sys_exit(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return py_err_set_value(&py_exc_SystemExit, n ? a[0] : NULL);
}

static PyObj *sys_getdefaultencoding(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return py_str_from_c("utf-8");
}

static PyObj *sys_displayhook(PyObj *self, PyObj *const *a, size_t n, PyObj *k);

/* sys.exception(): the exception being handled, or None. */
static PyObj *sys_exception(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyObj *e = py_exc_current_handled();
    return py_newref(e ? e : PY_NONE);
}

/* sys.exc_info(): (type, value, traceback) of it, or three Nones. */
static PyObj *sys_exc_info(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyObj *e = py_exc_current_handled();
    if (!e || e == PY_NONE) return py_tuple_pack(3, PY_NONE, PY_NONE, PY_NONE);
    PyObj *tb = py_getattr(e, PY_ID(__traceback__));
    if (!tb) return NULL;
    PyObj *r = py_tuple_pack(3, (PyObj *)PY_TYPE(e), e, tb);
    py_decref(tb);
    return r;
}

static const PyMethodDef sys_defs[] = {
    {"getrefcount", sys_getrefcount, 1, 1, 0},
    {"getsizeof", sys_getsizeof, 1, 2, PY_METH_KEYWORDS},
    {"intern", sys_intern, 1, 1, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0, 0, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 1, 1, 0},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, 0, 0},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, 1, PY_METH_KEYWORDS},
    {"exit", sys_exit, 0, 1, 0},
    {"displayhook", sys_displayhook, 1, 1, 0},
    {"exception", sys_exception, 0, 0, 0},
    {"exc_info", sys_exc_info, 0, 0, 0},
    {"getdefaultencoding", sys_getdefaultencoding, 0, 0, 0},
    {NULL, NULL, 0, 0, 0},
};

/* ---- the struct sequences ---- */

static const char *const version_fields[] = {"major", "minor", "micro", "releaselevel", "serial", NULL};
static const char *const float_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                           "dig", "mant_dig", "epsilon", "radix", "rounds", NULL};
static const char *const int_fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                         "str_digits_check_threshold", NULL};
static const char *const hash_fields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm",
                                          "hash_bits", "seed_bits", "cutoff", NULL};
static PY_STRUCTSEQ_TYPE(version_info_type, "sys.version_info", version_fields);
static PY_STRUCTSEQ_TYPE(float_info_type, "sys.float_info", float_fields);
static PY_STRUCTSEQ_TYPE(int_info_type, "sys.int_info", int_fields);
static PY_STRUCTSEQ_TYPE(hash_info_type, "sys.hash_info", hash_fields);

static PyObj *sys_displayhook(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    return py_sys_displayhook(a[0]) < 0 ? NULL : py_newref(PY_NONE);
}

int py_sys_displayhook(PyObj *value)
{
    if (value == PY_NONE) return 0;
    PyObj *underscore = py_intern_c("_");
    /* `_` is cleared first, so that the old value may die before the new
     * one is shown (and a repr that reads `_` sees None) */
    if (py_dict_setitem(py_vm->builtins, underscore, PY_NONE) < 0) return -1;
    PyObj *r = py_repr(value);
    if (!r) return -1;
    vm_write_out(py_str_utf8(r), py_str_nbytes(r));
    vm_write_out("\n", 1);
    py_decref(r);
    return py_dict_setitem(py_vm->builtins, underscore, value);
}

static PyObj *sys_module(void)
{
    return py_vm->modules ? py_dict_getitem_c(py_vm->modules, "sys") : NULL;
}

/* The four attributes, set from exc (or None) in sys's dict;
 * last_traceback is the exception's __traceback__, as pythonrun.c's
 * _PyErr_PrintEx sets it. */
static void put_last_exc(PyObj *sys, PyObj *exc)
{
    PyObj *d = py_module_dict(sys);
    PyObj *tb = exc ? py_getattr(exc, PY_ID(__traceback__)) : NULL;
    if (!tb) {
        py_err_clear();
        tb = py_newref(PY_NONE);
    }
    py_dict_setitem(d, py_intern_c("last_exc"), exc ? exc : PY_NONE);
    py_dict_setitem(d, py_intern_c("last_type"), exc ? (PyObj *)PY_TYPE(exc) : PY_NONE);
    py_dict_setitem(d, py_intern_c("last_value"), exc ? exc : PY_NONE);
    py_dict_setitem(d, py_intern_c("last_traceback"), tb);
    py_decref(tb);
}

void py_sys_set_last_exc(PyObj *exc)
{
    PyObj *sys = sys_module();
    if (sys) {
        put_last_exc(sys, exc);
    } else {
        PyObj *old = py_vm->last_exc;
        py_vm->last_exc = exc ? py_newref(exc) : NULL;
        py_xdecref(old);
    }
}

/* A struct sequence from C values: 'i' int64, 'f' double, 's' string. */
static PyObj *make_seq(PyStructSeqType *t, const char *kinds, ...)
{
    PyObj *vals[16];
    size_t n = strlen(kinds);
    va_list ap;
    va_start(ap, kinds);
    for (size_t i = 0; i < n; i++) {
        switch (kinds[i]) {
        case 'i': vals[i] = py_int_from_i64(va_arg(ap, int64_t)); break;
        case 'f': vals[i] = py_float_new(va_arg(ap, double)); break;
        default: vals[i] = py_str_from_c(va_arg(ap, const char *)); break;
        }
    }
    va_end(ap);
    PyObj *r = py_structseq_new(t, vals);
    for (size_t i = 0; i < n; i++) py_decref(vals[i]);
    return r;
}

static void put(PyObj *d, const char *name, PyObj *v)
{
    if (!v) return;
    py_dict_setitem(d, py_intern_c(name), v);
    py_decref(v);
}

PyObj *py_mod_sys_init(void)
{
    PyObj *m = py_module_new("sys");
    if (!m) return NULL;
    PyObj *d = py_module_dict(m);
    py_module_add_functions(m, sys_defs);
    /* python3.12 holds each function of sys once more than sys's dict does
     * (sys.getrefcount(sys.getrefcount) is 4, as with the builtins): kept
     * with the builtins copy's references, released at the end */
    PyVM *vm = py_vm;
    size_t nfuncs = 0;
    while (sys_defs[nfuncs].name) nfuncs++;
    vm->builtins_copy = xrealloc(vm->builtins_copy, (vm->nbuiltins_copy + nfuncs) * sizeof *vm->builtins_copy);
    for (size_t i = 0; i < nfuncs; i++) {
        PyObj *f = py_dict_getitem_str(d, py_intern_c(sys_defs[i].name));
        if (f) vm->builtins_copy[vm->nbuiltins_copy++] = py_newref(f);
    }
    py_err_clear();
    put(d, "maxsize", py_int_from_i64(INT64_MAX));
    put(d, "version", py_str_from_c("3.12.1 (main) [GCC 12.2.0]"));
    put(d, "hexversion", py_int_from_i64(0x030c01f0));
    put(d, "version_info", make_seq(&version_info_type, "iiisi", (int64_t)3, (int64_t)12, (int64_t)1, "final",
                                    (int64_t)0));
    put(d, "float_info", make_seq(&float_info_type, "fiifiiiifii", DBL_MAX, (int64_t)DBL_MAX_EXP,
                                  (int64_t)DBL_MAX_10_EXP, DBL_MIN, (int64_t)DBL_MIN_EXP, (int64_t)DBL_MIN_10_EXP,
                                  (int64_t)DBL_DIG, (int64_t)DBL_MANT_DIG, DBL_EPSILON, (int64_t)FLT_RADIX,
                                  (int64_t)1));
    put(d, "int_info", make_seq(&int_info_type, "iiii", (int64_t)30, (int64_t)4, (int64_t)4300, (int64_t)640));
    put(d, "hash_info", make_seq(&hash_info_type, "iiiiisiii", (int64_t)64, (int64_t)2305843009213693951ll,
                                 (int64_t)314159, (int64_t)0, (int64_t)1000003, "siphash13", (int64_t)64,
                                 (int64_t)128, (int64_t)0));
    put(d, "byteorder", py_str_from_c("little"));
    put(d, "platform", py_str_from_c("linux"));
    put(d, "maxunicode", py_int_from_i64(0x10FFFF));
    PyObj *argv0 = py_str_from_c(py_vm->opt->repl ? "" : py_vm->filename);
    put(d, "argv", py_list_from_array(&argv0, 1));
    py_decref(argv0);
    put(d, "stdout", stream_new(1));
    put(d, "stderr", stream_new(2));
    py_dict_setitem(d, py_intern_c("modules"), py_vm->modules);
    if (py_vm->last_exc) { /* an exception the REPL kept before sys was imported */
        put_last_exc(m, py_vm->last_exc);
        py_clear(&py_vm->last_exc);
    }
    return m;
}
