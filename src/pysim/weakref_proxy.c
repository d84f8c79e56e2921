/* weakref_proxy.c — weakref.ProxyType and weakref.CallableProxyType
 * (CPython 3.12's proxy_* functions in Objects/weakrefobject.c): a proxy
 * forwards every operation to its referent while it lives, and raises
 * ReferenceError once it is gone.  A proxy is never hashable; its repr is
 * its own ("<weakproxy at ... to T at ...>"), its str the referent's.
 *
 * Invariant: every slot unwraps its proxy operands first (UNWRAP), so the
 * referent's own slots see plain objects.
 */
#include "pysim/obj.h"
#include "pysim/vm.h"
#include "pysim/weakref.h"

static bool is_proxy(PyObj *o)
{
    return PY_IS_TYPE(o, py_weakref_proxy_type) || PY_IS_TYPE(o, py_weakref_callable_proxy_type);
}

/* The referent of a proxy (BORROWED), or o itself when it is not a proxy;
 * NULL with ReferenceError when the referent is gone. */
static PyObj *unwrap(PyObj *o)
{
    if (!is_proxy(o)) return o;
    PyObj *r = py_weakref_get(o);
    if (!r) py_err_format(&py_exc_ReferenceError, "weakly-referenced object no longer exists");
    return r;
}

/* Unwraps and holds a reference while the operation runs (the referent
 * could otherwise die inside it). */
#define UNWRAP(var, o, fail) \
    PyObj *var = unwrap(o); \
    if (!var) return fail; \
    py_incref(var)

static PyObj *proxy_getattro(PyObj *self, PyObj *name)
{
    UNWRAP(o, self, NULL);
    PyObj *r = py_getattr(o, name);
    py_decref(o);
    return r;
}

static int proxy_setattro(PyObj *self, PyObj *name, PyObj *value)
{
    UNWRAP(o, self, -1);
    int r = value ? py_setattr(o, name, value) : py_delattr(o, name);
    py_decref(o);
    return r;
}

static PyObj *proxy_repr(PyObj *self)
{
    PyObj *o = py_weakref_get(self);
    if (!o) o = PY_NONE;
    return py_str_format_c("<weakproxy at 0x%llx to %s at 0x%llx>", (unsigned long long)self->ob_id,
                           PY_TYPE(o)->name, (unsigned long long)o->ob_id);
}

static PyObj *proxy_str(PyObj *self)
{
    UNWRAP(o, self, NULL);
    PyObj *r = py_str(o);
    py_decref(o);
    return r;
}

static PyObj *proxy_richcompare(PyObj *a, PyObj *b, int op)
{
    UNWRAP(x, a, NULL);
    PyObj *y = unwrap(b);
    if (!y) {
        py_decref(x);
        return NULL;
    }
    py_incref(y);
    PyObj *r = py_richcompare(x, y, op);
    py_decref(x);
    py_decref(y);
    return r;
}

static PyObj *proxy_binop(PyObj *a, PyObj *b, PyBinOp op)
{
    UNWRAP(x, a, NULL);
    PyObj *y = unwrap(b);
    if (!y) {
        py_decref(x);
        return NULL;
    }
    py_incref(y);
    PyObj *r = py_binop(x, y, op);
    py_decref(x);
    py_decref(y);
    return r;
}

static PyObj *proxy_inplace(PyObj *a, PyObj *b, PyBinOp op)
{
    UNWRAP(x, a, NULL);
    PyObj *y = unwrap(b);
    if (!y) {
        py_decref(x);
        return NULL;
    }
    py_incref(y);
    PyObj *r = py_inplace_binop(x, y, op);
    py_decref(x);
    py_decref(y);
    return r;
}

static PyObj *proxy_pow3(PyObj *a, PyObj *b, PyObj *mod)
{
    UNWRAP(x, a, NULL);
    PyObj *y = unwrap(b), *z = y ? unwrap(mod) : NULL;
    if (!z) {
        py_decref(x);
        return NULL;
    }
    py_incref(y);
    py_incref(z);
    PyObj *r = py_number_pow3(x, y, z);
    py_decref(x);
    py_decref(y);
    py_decref(z);
    return r;
}

static PyObj *proxy_unary(PyObj *self, PyUnaryOp op)
{
    UNWRAP(o, self, NULL);
    PyObj *r = py_unaryop(o, op);
    py_decref(o);
    return r;
}

static int proxy_bool(PyObj *self)
{
    UNWRAP(o, self, -1);
    int r = py_truthy(o);
    py_decref(o);
    return r;
}

#define FORWARD1(fn, call) \
    static PyObj *fn(PyObj *self) \
    { \
        UNWRAP(o, self, NULL); \
        PyObj *r = call(o); \
        py_decref(o); \
        return r; \
    }
FORWARD1(proxy_index, py_number_index)
FORWARD1(proxy_int, py_number_int)
FORWARD1(proxy_float, py_number_float)
FORWARD1(proxy_iter, py_iter)

static PyObj *proxy_iternext(PyObj *self)
{
    UNWRAP(o, self, NULL);
    PyObj *r = NULL;
    if (!PY_TYPE(o)->tp_iternext)
        py_err_format(&py_exc_TypeError, "Weakref proxy referenced a non-iterator '%s' object", PY_TYPE(o)->name);
    else
        r = py_next(o);
    py_decref(o);
    return r;
}

static int64_t proxy_length(PyObj *self)
{
    UNWRAP(o, self, -1);
    int64_t r = py_len(o);
    py_decref(o);
    return r;
}

static PyObj *proxy_getitem(PyObj *self, PyObj *key)
{
    UNWRAP(o, self, NULL);
    PyObj *r = py_getitem(o, key);
    py_decref(o);
    return r;
}

static int proxy_setitem(PyObj *self, PyObj *key, PyObj *value)
{
    UNWRAP(o, self, -1);
    int r = value ? py_setitem(o, key, value) : py_delitem(o, key);
    py_decref(o);
    return r;
}

static int proxy_contains(PyObj *self, PyObj *item)
{
    UNWRAP(o, self, -1);
    int r = py_contains(o, item);
    py_decref(o);
    return r;
}

static PyObj *proxy_call(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    UNWRAP(o, self, NULL);
    PyObj *r = py_call(o, args, nargs, kwnames);
    py_decref(o);
    return r;
}

static int proxy_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyObj *cb = ((PyWeakrefObj *)self)->callback;
    return cb ? visit(cb, arg) : 0;
}

static void proxy_clear(PyObj *self)
{
    py_weakref_clear_ref(self);
    py_clear(&((PyWeakrefObj *)self)->callback);
}

#define PROXY_SLOTS \
    .tpflags = PY_TPF_GC, \
    .csize = sizeof(PyWeakrefObj), \
    .basicsize = 64, \
    .tp_dealloc = proxy_clear, \
    .tp_traverse = proxy_traverse, \
    .tp_clear = proxy_clear, \
    .tp_repr = proxy_repr, \
    .tp_str = proxy_str, \
    .tp_richcompare = proxy_richcompare, \
    .tp_getattro = proxy_getattro, \
    .tp_setattro = proxy_setattro, \
    .tp_iter = proxy_iter, \
    .tp_iternext = proxy_iternext, \
    .sq_length = proxy_length, \
    .mp_subscript = proxy_getitem, \
    .mp_ass_subscript = proxy_setitem, \
    .sq_contains = proxy_contains, \
    .nb_binop = proxy_binop, \
    .nb_inplace = proxy_inplace, \
    .nb_ternary_pow = proxy_pow3, \
    .nb_unary = proxy_unary, \
    .nb_bool = proxy_bool, \
    .nb_index = proxy_index, \
    .nb_int = proxy_int, \
    .nb_float = proxy_float

PyType py_weakref_proxy_type = {
    .name = "weakref.ProxyType",
    PROXY_SLOTS,
};

PyType py_weakref_callable_proxy_type = {
    .name = "weakref.CallableProxyType",
    PROXY_SLOTS,
    .tp_call = proxy_call,
};
