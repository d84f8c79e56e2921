/* slots.c — the dunder ⇄ slot table, wrapper descriptors, and the
 * dispatchers through which heap types run their Python dunders.
 *
 * Invariant: for a heap type, a slot is NULL when no class in the MRO
 * defines any of its dunders, the owner's C function when every dunder of
 * the slot resolves to a wrapper of that same C function, and otherwise the
 * dispatcher below, which looks the dunder up on each call.
 */
#include "pysim/slots.h"

#include <stddef.h>
#include <string.h>

#include "pysim/obj.h"
#include "pysim/vm.h"
#include "pysim/weakref.h"

typedef enum {
    SW_REPR, SW_STR, SW_HASH, SW_CALL, SW_GETATTRIBUTE, SW_GETATTR, SW_SETATTR,
    SW_DELATTR, SW_CMP, SW_ITER, SW_NEXT, SW_GET, SW_SET, SW_DELETE, SW_INIT,
    SW_LEN, SW_GETITEM, SW_SETITEM, SW_DELITEM, SW_CONTAINS, SW_BINOP,
    SW_RBINOP, SW_IBINOP, SW_UNARY, SW_BOOL, SW_INDEX, SW_INT, SW_FLOAT, SW_DEL
} SlotKind;

typedef struct SlotDef {
    const char *name;
    SlotKind kind;
    int op;
    size_t offset; /* of the slot in PyType */
} SlotDef;

#define SLOT(f) offsetof(PyType, f)
#define BIN(name, rname, iname, op) \
    {name, SW_BINOP, op, SLOT(nb_binop)}, {rname, SW_RBINOP, op, SLOT(nb_binop)}, \
    {iname, SW_IBINOP, op, SLOT(nb_inplace)}

static const SlotDef slotdefs[] = {
    {"__repr__", SW_REPR, 0, SLOT(tp_repr)},
    {"__str__", SW_STR, 0, SLOT(tp_str)},
    {"__hash__", SW_HASH, 0, SLOT(tp_hash)},
    {"__call__", SW_CALL, 0, SLOT(tp_call)},
    {"__getattribute__", SW_GETATTRIBUTE, 0, SLOT(tp_getattro)},
    {"__getattr__", SW_GETATTR, 0, SLOT(tp_getattro)},
    {"__setattr__", SW_SETATTR, 0, SLOT(tp_setattro)},
    {"__delattr__", SW_DELATTR, 0, SLOT(tp_setattro)},
    {"__lt__", SW_CMP, PY_LT, SLOT(tp_richcompare)},
    {"__le__", SW_CMP, PY_LE, SLOT(tp_richcompare)},
    {"__eq__", SW_CMP, PY_EQ, SLOT(tp_richcompare)},
    {"__ne__", SW_CMP, PY_NE, SLOT(tp_richcompare)},
    {"__gt__", SW_CMP, PY_GT, SLOT(tp_richcompare)},
    {"__ge__", SW_CMP, PY_GE, SLOT(tp_richcompare)},
    {"__iter__", SW_ITER, 0, SLOT(tp_iter)},
    {"__next__", SW_NEXT, 0, SLOT(tp_iternext)},
    {"__get__", SW_GET, 0, SLOT(tp_descr_get)},
    {"__set__", SW_SET, 0, SLOT(tp_descr_set)},
    {"__delete__", SW_DELETE, 0, SLOT(tp_descr_set)},
    {"__init__", SW_INIT, 0, SLOT(tp_init)},
    {"__del__", SW_DEL, 0, SLOT(tp_finalize)},
    {"__len__", SW_LEN, 0, SLOT(sq_length)},
    {"__getitem__", SW_GETITEM, 0, SLOT(mp_subscript)},
    {"__setitem__", SW_SETITEM, 0, SLOT(mp_ass_subscript)},
    {"__delitem__", SW_DELITEM, 0, SLOT(mp_ass_subscript)},
    {"__contains__", SW_CONTAINS, 0, SLOT(sq_contains)},
    BIN("__add__", "__radd__", "__iadd__", PY_OP_ADD),
    BIN("__sub__", "__rsub__", "__isub__", PY_OP_SUB),
    BIN("__mul__", "__rmul__", "__imul__", PY_OP_MUL),
    BIN("__matmul__", "__rmatmul__", "__imatmul__", PY_OP_MATMUL),
    BIN("__truediv__", "__rtruediv__", "__itruediv__", PY_OP_TRUEDIV),
    BIN("__floordiv__", "__rfloordiv__", "__ifloordiv__", PY_OP_FLOORDIV),
    BIN("__mod__", "__rmod__", "__imod__", PY_OP_MOD),
    BIN("__pow__", "__rpow__", "__ipow__", PY_OP_POW),
    BIN("__lshift__", "__rlshift__", "__ilshift__", PY_OP_LSHIFT),
    BIN("__rshift__", "__rrshift__", "__irshift__", PY_OP_RSHIFT),
    BIN("__and__", "__rand__", "__iand__", PY_OP_AND),
    BIN("__or__", "__ror__", "__ior__", PY_OP_OR),
    BIN("__xor__", "__rxor__", "__ixor__", PY_OP_XOR),
    {"__divmod__", SW_BINOP, PY_OP_DIVMOD, SLOT(nb_binop)},
    {"__rdivmod__", SW_RBINOP, PY_OP_DIVMOD, SLOT(nb_binop)},
    {"__neg__", SW_UNARY, PY_UOP_NEG, SLOT(nb_unary)},
    {"__pos__", SW_UNARY, PY_UOP_POS, SLOT(nb_unary)},
    {"__invert__", SW_UNARY, PY_UOP_INVERT, SLOT(nb_unary)},
    {"__bool__", SW_BOOL, 0, SLOT(nb_bool)},
    {"__index__", SW_INDEX, 0, SLOT(nb_index)},
    {"__int__", SW_INT, 0, SLOT(nb_int)},
    {"__float__", SW_FLOAT, 0, SLOT(nb_float)},
    {NULL, 0, 0, 0},
};

#define SLOT_PTR(t, off) ((void **)((char *)(t) + (off)))

static bool op_in_mask(uint32_t mask, int op) { return mask == 0 || (mask & PY_OPBIT(op)); }

/* Does static type t implement this slotdef itself (not inherited)? */
static bool defines_slot(PyType *t, const SlotDef *sd)
{
    void *f = *SLOT_PTR(t, sd->offset);
    if (!f) return false;
    if (t->base && *SLOT_PTR(t->base, sd->offset) == f) return false;
    switch (sd->kind) {
    case SW_BINOP: return op_in_mask(t->nb_fwd, sd->op);
    case SW_RBINOP: return op_in_mask(t->nb_rev, sd->op);
    case SW_IBINOP: return t->nb_inp != 0 && (t->nb_inp & PY_OPBIT(sd->op));
    case SW_UNARY: return op_in_mask(t->nb_un, sd->op);
    case SW_GETATTR: return false; /* no C type has a separate __getattr__ */
    case SW_DELATTR: return t->tp_setattro != NULL;
    case SW_DELETE: return false;
    case SW_DEL: return false;
    default: return true;
    }
}

/* ---- wrapper descriptors (slot wrappers) ---- */

static PyObj *wrapper_dispatch(PyType *owner, const SlotDef *sd, PyObj *self, PyObj *const *args,
                               size_t nargs, PyObj *kwnames);

static PyObj *wrapper_repr(PyObj *self)
{
    PyDescrObj *d = (PyDescrObj *)self;
    return py_str_format_c("<slot wrapper '%s' of '%s' objects>", py_str_utf8(d->name), d->owner->name);
}

static PyObj *wrapper_call(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyDescrObj *d = (PyDescrObj *)self;
    if (nargs < 1)
        return py_err_format(&py_exc_TypeError, "descriptor '%U' of '%s' object needs an argument",
                             d->name, d->owner->name);
    if (!py_isinstance_c(args[0], d->owner))
        return py_err_format(&py_exc_TypeError,
                             "descriptor '%U' requires a '%s' object but received a '%s'", d->name,
                             d->owner->name, py_type_name(args[0]));
    return wrapper_dispatch(d->owner, d->def, args[0], args + 1, nargs - 1, kwnames);
}

static PyObj *wrapper_get(PyObj *self, PyObj *obj, PyObj *type)
{
    if (!obj) return py_newref(self);
    PyMethodWrapperObj *w = (PyMethodWrapperObj *)py_alloc(&py_method_wrapper_type, sizeof(PyMethodWrapperObj), 32);
    if (!w) return NULL;
    w->descr = py_newref(self);
    w->self = py_newref(obj);
    py_gc_track((PyObj *)w);
    return (PyObj *)w;
}

static void descr_dealloc(PyObj *self)
{
    PyDescrObj *d = (PyDescrObj *)self;
    py_clear(&d->name);
}

PyType py_wrapper_descr_type = {
    .name = "wrapper_descriptor",
    .tpflags = PY_TPF_GC, /* gc */
    .csize = sizeof(PyDescrObj),
    .basicsize = 56,
    .tp_dealloc = descr_dealloc,
    .tp_repr = wrapper_repr,
    .tp_call = wrapper_call,
    .tp_descr_get = wrapper_get,
};

static PyObj *mwrapper_repr(PyObj *self)
{
    PyMethodWrapperObj *w = (PyMethodWrapperObj *)self;
    PyDescrObj *d = (PyDescrObj *)w->descr;
    return py_str_format_c("<method-wrapper '%s' of %s object at 0x%llx>", py_str_utf8(d->name),
                           py_type_name(w->self), (unsigned long long)w->self->ob_id);
}

static PyObj *mwrapper_call(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyMethodWrapperObj *w = (PyMethodWrapperObj *)self;
    PyDescrObj *d = (PyDescrObj *)w->descr;
    return wrapper_dispatch(d->owner, d->def, w->self, args, nargs, kwnames);
}

static void mwrapper_dealloc(PyObj *self)
{
    PyMethodWrapperObj *w = (PyMethodWrapperObj *)self;
    py_clear(&w->descr);
    py_clear(&w->self);
}

static int mwrapper_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyMethodWrapperObj *w = (PyMethodWrapperObj *)self;
    return visit(w->descr, arg) || visit(w->self, arg);
}

static PyObj *mwrapper_richcompare(PyObj *a, PyObj *b, int op)
{
    if ((op != PY_EQ && op != PY_NE) || PY_TYPE(b) != &py_method_wrapper_type) return py_newref(PY_NOTIMPL);
    PyMethodWrapperObj *x = (PyMethodWrapperObj *)a, *y = (PyMethodWrapperObj *)b;
    bool eq = x->descr == y->descr && x->self == y->self;
    return py_bool(op == PY_EQ ? eq : !eq);
}

static PyObj *mwrapper_get_self(PyObj *self) { return py_newref(((PyMethodWrapperObj *)self)->self); }
static PyObj *mwrapper_get_name(PyObj *self)
{
    return py_newref(((PyDescrObj *)((PyMethodWrapperObj *)self)->descr)->name);
}
static const PyGetSetDef mwrapper_getset[] = {
    {"__self__", mwrapper_get_self, NULL},
    {"__name__", mwrapper_get_name, NULL},
    {NULL, NULL, NULL},
};

PyType py_method_wrapper_type = {
    .name = "method-wrapper",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(PyMethodWrapperObj),
    .basicsize = 32,
    .tp_dealloc = mwrapper_dealloc,
    .tp_traverse = mwrapper_traverse,
    .tp_repr = mwrapper_repr,
    .tp_call = mwrapper_call,
    .tp_richcompare = mwrapper_richcompare,
    .getset = mwrapper_getset,
};

static int need_args(const SlotDef *sd, size_t nargs, size_t want, PyObj *kwnames)
{
    if (kwnames && py_tuple_size(kwnames)) {
        py_err_format(&py_exc_TypeError, "wrapper %s() takes no keyword arguments", sd->name);
        return -1;
    }
    if (nargs != want) {
        if (want == 0)
            py_err_format(&py_exc_TypeError, "expected 0 arguments, got %zd", (int64_t)nargs);
        else
            py_err_format(&py_exc_TypeError, "expected %zd argument%s, got %zd", (int64_t)want,
                          want == 1 ? "" : "s", (int64_t)nargs);
        return -1;
    }
    return 0;
}

/* Types whose + and * are sequence concatenation and repetition. */
static bool is_sequence_owner(PyType *t)
{
    return t == &py_str_type || t == &py_list_type || t == &py_tuple_type || t == &py_bytes_type ||
           t == &py_bytearray_type;
}

/* Calls owner's C slot for one dunder: what `owner.__x__(self, *args)` does. */
static PyObj *wrapper_dispatch(PyType *owner, const SlotDef *sd, PyObj *self, PyObj *const *args,
                               size_t nargs, PyObj *kwnames)
{
    switch (sd->kind) {
    case SW_INIT: {
        if (owner->tp_init(self, args, nargs, kwnames) < 0) return NULL;
        return py_newref(PY_NONE);
    }
    case SW_CALL: return owner->tp_call(self, args, nargs, kwnames);
    default: break;
    }
    switch (sd->kind) {
    case SW_REPR:
        if (need_args(sd, nargs, 0, kwnames)) return NULL;
        return owner->tp_repr(self);
    case SW_STR:
        if (need_args(sd, nargs, 0, kwnames)) return NULL;
        return owner->tp_str(self);
    case SW_HASH: {
        if (need_args(sd, nargs, 0, kwnames)) return NULL;
        int64_t h = owner->tp_hash(self);
        return h == -1 ? NULL : py_int_from_i64(h);
    }
    case SW_GETATTRIBUTE:
        if (need_args(sd, nargs, 1, kwnames)) return NULL;
        if (!PY_STR_CHECK(args[0]))
            return py_err_format(&py_exc_TypeError, "attribute name must be string, not '%s'",
                                 py_type_name(args[0]));
        return owner->tp_getattro(self, args[0]);
    case SW_SETATTR:
        if (need_args(sd, nargs, 2, kwnames)) return NULL;
        if (!PY_STR_CHECK(args[0]))
            return py_err_format(&py_exc_TypeError, "attribute name must be string, not '%s'",
                                 py_type_name(args[0]));
        if (owner->tp_setattro(self, args[0], args[1]) < 0) return NULL;
        return py_newref(PY_NONE);
    case SW_DELATTR:
        if (need_args(sd, nargs, 1, kwnames)) return NULL;
        if (owner->tp_setattro(self, args[0], NULL) < 0) return NULL;
        return py_newref(PY_NONE);
    case SW_CMP:
        if (need_args(sd, nargs, 1, kwnames)) return NULL;
        return owner->tp_richcompare(self, args[0], sd->op);
    case SW_ITER:
        if (need_args(sd, nargs, 0, kwnames)) return NULL;
        return owner->tp_iter(self);
    case SW_NEXT: {
        if (need_args(sd, nargs, 0, kwnames)) return NULL;
        PyObj *r = owner->tp_iternext(self);
        if (!r && !py_err_occurred()) py_err_set_value(&py_exc_StopIteration, NULL);
        return r;
    }
    case SW_GET: {
        if (nargs < 1 || nargs > 2) return py_err_format(&py_exc_TypeError, "expected 1 or 2 arguments");
        PyObj *obj = args[0] == PY_NONE ? NULL : args[0];
        PyObj *type = nargs > 1 && args[1] != PY_NONE ? args[1] : NULL;
        return owner->tp_descr_get(self, obj, type);
    }
    case SW_SET:
        if (need_args(sd, nargs, 2, kwnames)) return NULL;
        if (owner->tp_descr_set(self, args[0], args[1]) < 0) return NULL;
        return py_newref(PY_NONE);
    case SW_DELETE:
        if (need_args(sd, nargs, 1, kwnames)) return NULL;
        if (owner->tp_descr_set(self, args[0], NULL) < 0) return NULL;
        return py_newref(PY_NONE);
    case SW_LEN: {
        if (need_args(sd, nargs, 0, kwnames)) return NULL;
        int64_t n = owner->sq_length(self);
        return n < 0 ? NULL : py_int_from_i64(n);
    }
    case SW_GETITEM:
        if (need_args(sd, nargs, 1, kwnames)) return NULL;
        return owner->mp_subscript(self, args[0]);
    case SW_SETITEM:
        if (need_args(sd, nargs, 2, kwnames)) return NULL;
        if (owner->mp_ass_subscript(self, args[0], args[1]) < 0) return NULL;
        return py_newref(PY_NONE);
    case SW_DELITEM:
        if (need_args(sd, nargs, 1, kwnames)) return NULL;
        if (owner->mp_ass_subscript(self, args[0], NULL) < 0) return NULL;
        return py_newref(PY_NONE);
    case SW_CONTAINS: {
        if (need_args(sd, nargs, 1, kwnames)) return NULL;
        int r = owner->sq_contains(self, args[0]);
        return r < 0 ? NULL : py_bool(r);
    }
    case SW_BINOP:
        if (sd->op == PY_OP_POW && nargs == 2 && args[1] != PY_NONE) {
            if (!owner->nb_ternary_pow) return py_newref(PY_NOTIMPL);
            return owner->nb_ternary_pow(self, args[0], args[1]);
        }
        if (need_args(sd, sd->op == PY_OP_POW && nargs == 2 ? 2 : nargs, 1, kwnames)) return NULL;
        if (is_sequence_owner(owner) && (sd->op == PY_OP_ADD || sd->op == PY_OP_MUL)) {
            /* these are sq_concat / sq_repeat in CPython: they raise */
            if (sd->op == PY_OP_MUL && !PY_TYPE(args[0])->nb_index)
                return py_err_format(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                     py_type_name(args[0]));
            return py_binop(self, args[0], (PyBinOp)sd->op);
        }
        return owner->nb_binop(self, args[0], (PyBinOp)sd->op);
    case SW_RBINOP:
        if (need_args(sd, nargs, 1, kwnames)) return NULL;
        return owner->nb_binop(args[0], self, (PyBinOp)sd->op);
    case SW_IBINOP:
        if (need_args(sd, nargs, 1, kwnames)) return NULL;
        return owner->nb_inplace(self, args[0], (PyBinOp)sd->op);
    case SW_UNARY:
        if (need_args(sd, nargs, 0, kwnames)) return NULL;
        return owner->nb_unary(self, (PyUnaryOp)sd->op);
    case SW_BOOL: {
        if (need_args(sd, nargs, 0, kwnames)) return NULL;
        int r = owner->nb_bool(self);
        return r < 0 ? NULL : py_bool(r);
    }
    case SW_INDEX:
        if (need_args(sd, nargs, 0, kwnames)) return NULL;
        return owner->nb_index(self);
    case SW_INT:
        if (need_args(sd, nargs, 0, kwnames)) return NULL;
        return owner->nb_int(self);
    case SW_FLOAT:
        if (need_args(sd, nargs, 0, kwnames)) return NULL;
        return owner->nb_float(self);
    case SW_DEL:
    case SW_GETATTR:
    case SW_INIT:
    case SW_CALL:
        break;
    }
    return py_err_format(&py_exc_SystemError, "bad slot wrapper");
}

void py_slots_add_wrappers(PyType *t)
{
    for (const SlotDef *sd = slotdefs; sd->name; sd++) {
        if (!defines_slot(t, sd)) continue;
        PyObj *name = py_intern_c(sd->name);
        if (py_dict_getitem_str(t->dict, name)) continue;
        PyDescrObj *d = (PyDescrObj *)py_alloc(&py_wrapper_descr_type, sizeof(PyDescrObj), 56);
        if (!d) return;
        d->owner = t;
        d->name = py_newref(name);
        d->def = sd;
        py_gc_track((PyObj *)d); /* gc: descriptors are containers in CPython */
        py_dict_setitem(t->dict, name, (PyObj *)d);
        py_decref(d);
    }
}

/* ---- dispatchers for heap types ---- */

/* Looks a dunder up on type(self) and calls it with self prepended.
 * *found reports whether the type has it at all. */
PyObj *py_call_special(PyObj *self, PyObj *name, PyObj *const *args, size_t nargs, bool *found)
{
    PyObj *f = py_type_lookup(PY_TYPE(self), name);
    if (found) *found = f != NULL;
    if (!f) return NULL;
    PyObj *stack[8];
    if (nargs + 1 <= 8 && (PY_TYPE(f) == &py_function_type || PY_TYPE(f) == &py_wrapper_descr_type ||
                           PY_TYPE(f) == &py_method_descr_type)) {
        stack[0] = self;
        for (size_t i = 0; i < nargs; i++) stack[i + 1] = args[i];
        return py_call(f, stack, nargs + 1, NULL);
    }
    PyObj *bound;
    if (PY_TYPE(f)->tp_descr_get) {
        bound = PY_TYPE(f)->tp_descr_get(f, self, (PyObj *)PY_TYPE(self));
        if (!bound) return NULL;
    } else {
        bound = py_newref(f);
    }
    PyObj *r = py_call(bound, args, nargs, NULL);
    py_decref(bound);
    return r;
}

PyObj *py_lookup_special(PyObj *self, PyObj *name)
{
    PyObj *f = py_type_lookup(PY_TYPE(self), name);
    if (!f) return NULL;
    if (PY_TYPE(f)->tp_descr_get) return PY_TYPE(f)->tp_descr_get(f, self, (PyObj *)PY_TYPE(self));
    return py_newref(f);
}

/* Finds the dunder of a slot; when it is the wrapper of a C slot of the
 * same kind, returns that wrapper's owner in *c_owner so the caller can call
 * the C function directly instead of going round through Python. */
static PyObj *lookup_dunder(PyObj *self, const char *cname, PyType **c_owner)
{
    PyObj *name = py_intern_c(cname);
    PyObj *f = py_type_lookup(PY_TYPE(self), name);
    *c_owner = NULL;
    if (f && PY_TYPE(f) == &py_wrapper_descr_type) {
        PyDescrObj *d = (PyDescrObj *)f;
        if (!strcmp(((const SlotDef *)d->def)->name, cname)) *c_owner = d->owner;
    }
    return f;
}

static PyObj *call_dunder(PyObj *self, const char *cname, PyObj *const *args, size_t nargs)
{
    return py_call_special(self, py_intern_c(cname), args, nargs, NULL);
}

static PyObj *check_str_result(PyObj *r, const char *what)
{
    if (r && !PY_STR_CHECK(r)) {
        py_err_format(&py_exc_TypeError, "%s returned non-string (type %s)", what, py_type_name(r));
        py_decref(r);
        return NULL;
    }
    return r;
}

static PyObj *slot_tp_repr(PyObj *self)
{
    PyType *c;
    PyObj *f = lookup_dunder(self, "__repr__", &c);
    if (c) return c->tp_repr(self);
    if (!f) return py_object_default_repr(self);
    return check_str_result(call_dunder(self, "__repr__", NULL, 0), "__repr__");
}

static PyObj *slot_tp_str(PyObj *self)
{
    PyType *c;
    PyObj *f = lookup_dunder(self, "__str__", &c);
    if (c) return c->tp_str(self);
    if (!f) return py_repr(self);
    return check_str_result(call_dunder(self, "__str__", NULL, 0), "__str__");
}

static int64_t slot_tp_hash(PyObj *self)
{
    PyType *c;
    PyObj *f = lookup_dunder(self, "__hash__", &c);
    if (c) return c->tp_hash(self);
    if (!f || f == PY_NONE) {
        py_err_format(&py_exc_TypeError, "unhashable type: '%s'", py_type_name(self));
        return -1;
    }
    PyObj *r = call_dunder(self, "__hash__", NULL, 0);
    if (!r) return -1;
    if (!PY_INT_CHECK(r)) {
        py_err_format(&py_exc_TypeError, "__hash__ method should return an integer");
        py_decref(r);
        return -1;
    }
    /* the value itself when it fits (PyLong_AsSsize_t), else int's own
     * hash of it; -1 is reserved for errors */
    int64_t h;
    if (!py_int_as_i64(r, &h)) h = py_hash(r);
    py_decref(r);
    return h == -1 ? -2 : h;
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static PyObj *slot_tp_richcompare(PyObj *a, PyObj *b, int op)
{
    PyType *c;
    PyObj *f = lookup_dunder(a, cmp_names[op], &c);
    if (c) return c->tp_richcompare(a, b, op);
    if (!f || f == PY_NONE) return py_newref(PY_NOTIMPL);
    return call_dunder(a, cmp_names[op], &b, 1);
}

static PyObj *slot_tp_call(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyType *c;
    PyObj *f = lookup_dunder(self, "__call__", &c);
    if (c) return c->tp_call(self, args, nargs, kwnames);
    if (!f) return py_err_format(&py_exc_TypeError, "'%s' object is not callable", py_type_name(self));
    PyObj *bound = PY_TYPE(f)->tp_descr_get ? PY_TYPE(f)->tp_descr_get(f, self, (PyObj *)PY_TYPE(self))
                                            : py_newref(f);
    if (!bound) return NULL;
    PyObj *r = py_call(bound, args, nargs, kwnames);
    py_decref(bound);
    return r;
}

static PyObj *slot_tp_getattro(PyObj *self, PyObj *name)
{
    PyType *c;
    PyObj *ga = lookup_dunder(self, "__getattribute__", &c);
    PyObj *r;
    if (c || !ga) r = (c ? c->tp_getattro : py_object_generic_getattr)(self, name);
    else r = call_dunder(self, "__getattribute__", &name, 1);
    if (r || !py_err_matches((PyObj *)&py_exc_AttributeError)) return r;
    PyObj *gattr = py_type_lookup(PY_TYPE(self), PY_ID(__getattr__));
    if (!gattr) return NULL;
    py_err_clear();
    return call_dunder(self, "__getattr__", &name, 1);
}

static int slot_tp_setattro(PyObj *self, PyObj *name, PyObj *value)
{
    PyType *c;
    const char *dn = value ? "__setattr__" : "__delattr__";
    PyObj *f = lookup_dunder(self, dn, &c);
    if (c || !f) return (c ? c->tp_setattro : py_object_generic_setattr)(self, name, value);
    PyObj *args[2] = {name, value};
    PyObj *r = call_dunder(self, dn, args, value ? 2 : 1);
    if (!r) return -1;
    py_decref(r);
    return 0;
}

static PyObj *slot_tp_iter(PyObj *self)
{
    PyType *c;
    PyObj *f = lookup_dunder(self, "__iter__", &c);
    if (c) return c->tp_iter(self);
    if (f == PY_NONE) return py_err_format(&py_exc_TypeError, "'%s' object is not iterable", py_type_name(self));
    if (!f) {
        if (py_type_lookup(PY_TYPE(self), PY_ID(__getitem__))) return py_seqiter_new(self);
        return py_err_format(&py_exc_TypeError, "'%s' object is not iterable", py_type_name(self));
    }
    PyObj *it = call_dunder(self, "__iter__", NULL, 0);
    if (it && !PY_TYPE(it)->tp_iternext) {
        py_err_format(&py_exc_TypeError, "iter() returned non-iterator of type '%s'", py_type_name(it));
        py_decref(it);
        return NULL;
    }
    return it;
}

static PyObj *slot_tp_iternext(PyObj *self)
{
    PyType *c;
    lookup_dunder(self, "__next__", &c);
    if (c) return c->tp_iternext(self);
    PyObj *r = call_dunder(self, "__next__", NULL, 0);
    if (!r && py_err_matches((PyObj *)&py_exc_StopIteration)) {
        /* keep StopIteration so that a value (return value) is not lost
         * for callers that care; py_next clears it */
        return NULL;
    }
    return r;
}

static PyObj *slot_tp_descr_get(PyObj *self, PyObj *obj, PyObj *type)
{
    PyType *c;
    lookup_dunder(self, "__get__", &c);
    if (c) return c->tp_descr_get(self, obj, type);
    PyObj *args[2] = {obj ? obj : PY_NONE, type ? type : PY_NONE};
    return call_dunder(self, "__get__", args, 2);
}

static int slot_tp_descr_set(PyObj *self, PyObj *obj, PyObj *value)
{
    PyType *c;
    const char *dn = value ? "__set__" : "__delete__";
    PyObj *f = lookup_dunder(self, dn, &c);
    if (c) return c->tp_descr_set(self, obj, value);
    if (!f) {
        py_err_format(&py_exc_AttributeError, "%s", value ? "__set__" : "__delete__");
        return -1;
    }
    PyObj *args[2] = {obj, value};
    PyObj *r = call_dunder(self, dn, args, value ? 2 : 1);
    if (!r) return -1;
    py_decref(r);
    return 0;
}

static int slot_tp_init(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyType *c;
    PyObj *f = lookup_dunder(self, "__init__", &c);
    if (c) return c->tp_init(self, args, nargs, kwnames);
    if (!f) return 0;
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    PyObj *small[16];
    PyObj **stack = nargs + nkw + 1 <= 16 ? small : xmalloc((nargs + nkw + 1) * sizeof *stack);
    stack[0] = self;
    memcpy(stack + 1, args, (nargs + nkw) * sizeof *args);
    PyObj *r;
    if (PY_TYPE(f) == &py_function_type) {
        r = py_call(f, stack, nargs + 1, kwnames);
    } else {
        PyObj *bound = PY_TYPE(f)->tp_descr_get ? PY_TYPE(f)->tp_descr_get(f, self, (PyObj *)PY_TYPE(self))
                                                : py_newref(f);
        r = bound ? py_call(bound, args, nargs, kwnames) : NULL;
        py_xdecref(bound);
    }
    if (stack != small) free(stack);
    if (!r) return -1;
    if (r != PY_NONE) {
        py_err_format(&py_exc_TypeError, "__init__() should return None, not '%s'", py_type_name(r));
        py_decref(r);
        return -1;
    }
    py_decref(r);
    return 0;
}

static PyObj *slot_tp_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyObj *f = py_type_lookup(type, PY_ID(__new__));
    if (!f) return py_err_format(&py_exc_TypeError, "cannot create '%s' instances", type->name);
    PyObj *fn = PY_TYPE(f)->tp_descr_get ? PY_TYPE(f)->tp_descr_get(f, NULL, (PyObj *)type) : py_newref(f);
    if (!fn) return NULL;
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    PyObj *small[16];
    PyObj **stack = nargs + nkw + 1 <= 16 ? small : xmalloc((nargs + nkw + 1) * sizeof *stack);
    stack[0] = (PyObj *)type;
    memcpy(stack + 1, args, (nargs + nkw) * sizeof *args);
    PyObj *r = py_call(fn, stack, nargs + 1, kwnames);
    if (stack != small) free(stack);
    py_decref(fn);
    return r;
}

static int slot_tp_finalize(PyObj *self)
{
    PyObj *f = py_type_lookup(PY_TYPE(self), PY_ID(__del__));
    if (!f) return 0;
    PyObj *r = call_dunder(self, "__del__", NULL, 0);
    if (!r) {
        if (py_stopping()) return -1;
        py_write_unraisable(f);
        return -1;
    }
    py_decref(r);
    return 0;
}

static int64_t slot_sq_length(PyObj *self)
{
    PyType *c;
    lookup_dunder(self, "__len__", &c);
    if (c) return c->sq_length(self);
    PyObj *r = call_dunder(self, "__len__", NULL, 0);
    if (!r) return -1;
    if (!PY_INT_CHECK(r)) {
        py_err_format(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer", py_type_name(r));
        py_decref(r);
        return -1;
    }
    int64_t n;
    if (!py_int_as_i64(r, &n)) {
        py_decref(r);
        if (py_int_sign(r) < 0) py_err_format(&py_exc_ValueError, "__len__() should return >= 0");
        else py_err_format(&py_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    py_decref(r);
    if (n < 0) {
        py_err_format(&py_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static PyObj *slot_mp_subscript(PyObj *self, PyObj *key)
{
    PyType *c;
    lookup_dunder(self, "__getitem__", &c);
    if (c) return c->mp_subscript(self, key);
    return call_dunder(self, "__getitem__", &key, 1);
}

static int slot_mp_ass_subscript(PyObj *self, PyObj *key, PyObj *value)
{
    PyType *c;
    const char *dn = value ? "__setitem__" : "__delitem__";
    PyObj *f = lookup_dunder(self, dn, &c);
    if (c) return c->mp_ass_subscript(self, key, value);
    if (!f) {
        if (value)
            py_err_format(&py_exc_TypeError, "'%s' object does not support item assignment", py_type_name(self));
        else
            py_err_format(&py_exc_TypeError, "'%s' object doesn't support item deletion", py_type_name(self));
        return -1;
    }
    PyObj *args[2] = {key, value};
    PyObj *r = call_dunder(self, dn, args, value ? 2 : 1);
    if (!r) return -1;
    py_decref(r);
    return 0;
}

static int slot_sq_contains(PyObj *self, PyObj *item)
{
    PyType *c;
    PyObj *f = lookup_dunder(self, "__contains__", &c);
    if (c) return c->sq_contains(self, item);
    if (!f || f == PY_NONE) {
        /* fall back to iteration, as PySequence_Contains does */
        PyObj *it = py_iter(self);
        if (!it) return -1;
        PyObj *x;
        while ((x = py_next(it))) {
            int eq = py_richcompare_bool(x, item, PY_EQ);
            py_decref(x);
            if (eq != 0) {
                py_decref(it);
                return eq;
            }
        }
        py_decref(it);
        return py_err_occurred() ? -1 : 0;
    }
    PyObj *r = call_dunder(self, "__contains__", &item, 1);
    if (!r) return -1;
    int t = py_truthy(r);
    py_decref(r);
    return t;
}

static const char *const binop_names[][3] = {
    /* ORDER BINOP */
    {"__add__", "__radd__", "__iadd__"}, {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"}, {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"}, {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__mod__", "__rmod__", "__imod__"}, {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"}, {"__rshift__", "__rrshift__", "__irshift__"},
    {"__and__", "__rand__", "__iand__"}, {"__or__", "__ror__", "__ior__"},
    {"__xor__", "__rxor__", "__ixor__"}, {"__divmod__", "__rdivmod__", NULL},
};

static PyObj *slot_nb_binop(PyObj *a, PyObj *b, PyBinOp op);

/* Calls x.__name__(y) for one side of a binary operator, going straight to
 * a C slot when the dunder is a builtin's wrapper. */
static PyObj *binop_side(PyObj *x, PyObj *y, PyBinOp op, int reflected)
{
    PyType *c;
    const char *dn = binop_names[op][reflected];
    PyObj *f = lookup_dunder(x, dn, &c);
    if (c) return reflected ? c->nb_binop(y, x, op) : c->nb_binop(x, y, op);
    if (!f) return py_newref(PY_NOTIMPL);
    return call_dunder(x, dn, &y, 1);
}

/* SLOT1BINFULL of Objects/typeobject.c: forward on a, reflected on b,
 * with a subclass's reflected method tried first when it overrides it. */
static PyObj *slot_nb_binop(PyObj *a, PyObj *b, PyBinOp op)
{
    bool a_is = PY_TYPE(a)->nb_binop == slot_nb_binop;
    bool do_other = PY_TYPE(a) != PY_TYPE(b) && PY_TYPE(b)->nb_binop == slot_nb_binop;
    if (a_is) {
        if (do_other && py_type_is_subtype(PY_TYPE(b), PY_TYPE(a))) {
            PyObj *rb = py_type_lookup(PY_TYPE(b), py_intern_c(binop_names[op][1]));
            PyObj *ra = py_type_lookup(PY_TYPE(a), py_intern_c(binop_names[op][1]));
            if (rb && rb != ra) {
                PyObj *r = binop_side(b, a, op, 1);
                if (r != PY_NOTIMPL) return r;
                py_decref(r);
                do_other = false;
            }
        }
        PyObj *r = binop_side(a, b, op, 0);
        if (r != PY_NOTIMPL || PY_TYPE(a) == PY_TYPE(b)) return r;
        py_decref(r);
    }
    if (do_other || (!a_is && PY_TYPE(b)->nb_binop == slot_nb_binop)) return binop_side(b, a, op, 1);
    return py_newref(PY_NOTIMPL);
}

static PyObj *slot_nb_inplace(PyObj *a, PyObj *b, PyBinOp op)
{
    PyType *c;
    const char *dn = binop_names[op][2];
    if (!dn) return py_newref(PY_NOTIMPL);
    PyObj *f = lookup_dunder(a, dn, &c);
    if (c) return c->nb_inplace(a, b, op);
    if (!f) return py_newref(PY_NOTIMPL);
    return call_dunder(a, dn, &b, 1);
}

static PyObj *slot_nb_ternary_pow(PyObj *a, PyObj *b, PyObj *mod)
{
    PyObj *args[2] = {b, mod};
    bool found;
    PyObj *r = py_call_special(a, PY_ID(__pow__), args, 2, &found);
    if (!found) return py_newref(PY_NOTIMPL);
    return r;
}

static const char *const unary_names[] = {"__neg__", "__pos__", "__invert__"};

static PyObj *slot_nb_unary(PyObj *self, PyUnaryOp op)
{
    PyType *c;
    PyObj *f = lookup_dunder(self, unary_names[op], &c);
    if (c) return c->nb_unary(self, op);
    if (!f) return py_newref(PY_NOTIMPL);
    return call_dunder(self, unary_names[op], NULL, 0);
}

static int slot_nb_bool(PyObj *self)
{
    PyType *c;
    PyObj *f = lookup_dunder(self, "__bool__", &c);
    if (c) return c->nb_bool(self);
    if (!f) {
        if (py_type_lookup(PY_TYPE(self), PY_ID(__len__))) {
            int64_t n = slot_sq_length(self);
            return n < 0 ? -1 : n > 0;
        }
        return 1;
    }
    PyObj *r = call_dunder(self, "__bool__", NULL, 0);
    if (!r) return -1;
    if (!PY_BOOL_CHECK(r)) {
        py_err_format(&py_exc_TypeError, "__bool__ should return bool, returned %s", py_type_name(r));
        py_decref(r);
        return -1;
    }
    int t = r == PY_TRUE;
    py_decref(r);
    return t;
}

static PyObj *number_result(PyObj *self, const char *dn, PyType *want, const char *what)
{
    PyObj *r = call_dunder(self, dn, NULL, 0);
    if (r && !py_isinstance_c(r, want)) {
        /* PyNumber_Float names the class, PyNumber_Index and _Long do not */
        if (want == &py_float_type)
            py_err_format(&py_exc_TypeError, "%s.%s returned non-%s (type %s)", py_type_name(self), dn, what,
                          py_type_name(r));
        else
            py_err_format(&py_exc_TypeError, "%s returned non-%s (type %s)", dn, what, py_type_name(r));
        py_decref(r);
        return NULL;
    }
    return r;
}

static PyObj *slot_nb_index(PyObj *self)
{
    PyType *c;
    lookup_dunder(self, "__index__", &c);
    if (c) return c->nb_index(self);
    return number_result(self, "__index__", &py_int_type, "int");
}

static PyObj *slot_nb_int(PyObj *self)
{
    PyType *c;
    lookup_dunder(self, "__int__", &c);
    if (c) return c->nb_int(self);
    return number_result(self, "__int__", &py_int_type, "int");
}

static PyObj *slot_nb_float(PyObj *self)
{
    PyType *c;
    lookup_dunder(self, "__float__", &c);
    if (c) return c->nb_float(self);
    return number_result(self, "__float__", &py_float_type, "float");
}

/* ---- fixing up a heap type's slots ---- */

/* The dispatcher for each slot field, by offset. */
static void *dispatcher_for(size_t offset)
{
    if (offset == SLOT(tp_repr)) return (void *)slot_tp_repr;
    if (offset == SLOT(tp_str)) return (void *)slot_tp_str;
    if (offset == SLOT(tp_hash)) return (void *)slot_tp_hash;
    if (offset == SLOT(tp_call)) return (void *)slot_tp_call;
    if (offset == SLOT(tp_getattro)) return (void *)slot_tp_getattro;
    if (offset == SLOT(tp_setattro)) return (void *)slot_tp_setattro;
    if (offset == SLOT(tp_richcompare)) return (void *)slot_tp_richcompare;
    if (offset == SLOT(tp_iter)) return (void *)slot_tp_iter;
    if (offset == SLOT(tp_iternext)) return (void *)slot_tp_iternext;
    if (offset == SLOT(tp_descr_get)) return (void *)slot_tp_descr_get;
    if (offset == SLOT(tp_descr_set)) return (void *)slot_tp_descr_set;
    if (offset == SLOT(tp_init)) return (void *)slot_tp_init;
    if (offset == SLOT(tp_finalize)) return (void *)slot_tp_finalize;
    if (offset == SLOT(sq_length)) return (void *)slot_sq_length;
    if (offset == SLOT(mp_subscript)) return (void *)slot_mp_subscript;
    if (offset == SLOT(mp_ass_subscript)) return (void *)slot_mp_ass_subscript;
    if (offset == SLOT(sq_contains)) return (void *)slot_sq_contains;
    if (offset == SLOT(nb_binop)) return (void *)slot_nb_binop;
    if (offset == SLOT(nb_inplace)) return (void *)slot_nb_inplace;
    if (offset == SLOT(nb_unary)) return (void *)slot_nb_unary;
    if (offset == SLOT(nb_bool)) return (void *)slot_nb_bool;
    if (offset == SLOT(nb_index)) return (void *)slot_nb_index;
    if (offset == SLOT(nb_int)) return (void *)slot_nb_int;
    if (offset == SLOT(nb_float)) return (void *)slot_nb_float;
    return NULL;
}

static void fixup_one(PyType *t, size_t offset)
{
    void *c_func = NULL;
    bool any = false, python = false;
    for (const SlotDef *sd = slotdefs; sd->name; sd++) {
        if (sd->offset != offset) continue;
        PyObj *f = py_type_lookup(t, py_intern_c(sd->name));
        if (!f) continue;
        if (f == PY_NONE && sd->kind == SW_HASH) continue; /* __hash__ = None: unhashable */
        any = true;
        if (PY_TYPE(f) == &py_wrapper_descr_type) {
            PyDescrObj *d = (PyDescrObj *)f;
            void *cf = *SLOT_PTR(d->owner, offset);
            if (((const SlotDef *)d->def)->offset == offset && (!c_func || c_func == cf)) {
                c_func = cf;
                continue;
            }
        }
        python = true;
    }
    void **slot = SLOT_PTR(t, offset);
    if (!any) *slot = NULL;
    else if (python) *slot = dispatcher_for(offset);
    else *slot = c_func;
    if (offset == SLOT(tp_getattro) && !python) {
        /* a class defining __getattr__ needs the hook */
        if (py_type_lookup(t, PY_ID(__getattr__))) *slot = (void *)slot_tp_getattro;
    }
}

void py_slots_fixup(PyType *t)
{
    size_t done[64];
    size_t ndone = 0;
    for (const SlotDef *sd = slotdefs; sd->name; sd++) {
        bool seen = false;
        for (size_t i = 0; i < ndone; i++) seen |= done[i] == sd->offset;
        if (seen) continue;
        done[ndone++] = sd->offset;
        fixup_one(t, sd->offset);
    }
    /* pow(a, b, m) follows __pow__ */
    PyObj *pw = py_type_lookup(t, PY_ID(__pow__));
    if (pw && PY_TYPE(pw) != &py_wrapper_descr_type) t->nb_ternary_pow = slot_nb_ternary_pow;
    else if (pw) t->nb_ternary_pow = ((PyDescrObj *)pw)->owner->nb_ternary_pow;
    else t->nb_ternary_pow = NULL;
    /* __new__ */
    PyObj *nw = py_type_lookup(t, PY_ID(__new__));
    if (nw && PY_TYPE(nw) == &py_cfunction_type && ((PyCFuncObj *)nw)->self &&
        PY_TYPE_CHECK(((PyCFuncObj *)nw)->self))
        t->tp_new = ((PyType *)((PyCFuncObj *)nw)->self)->tp_new;
    else
        t->tp_new = slot_tp_new;
    if (t->tp_finalize) t->tpflags |= PY_TPF_HAS_FINALIZER;
    else t->tpflags &= ~(uint32_t)PY_TPF_HAS_FINALIZER;
}

/* ---- subclasses ---- */

/* As CPython's add_subclass: every type keeps its subclasses in a dict
 * {address as an int: weak reference to the subclass} (tp_subclasses),
 * made when the first one registers; so a new class costs an int and a
 * weak reference (and its base a dict), and weakref.getweakrefcount(cls)
 * is 1, as in CPython. */
void py_slots_register_subclass(PyType *t)
{
    PyObj *bases = t->bases;
    for (size_t i = 0; bases && i < py_tuple_size(bases); i++) {
        PyType *b = (PyType *)py_tuple_item(bases, i);
        PyObj *key = py_int_from_i64((int64_t)t->ob.ob_id);
        PyObj *ref = key ? py_weakref_new_ref(&py_weakref_ref_type, (PyObj *)t, NULL) : NULL;
        if (ref && !b->subclasses) b->subclasses = py_dict_new();
        if (!ref || !b->subclasses || py_dict_setitem(b->subclasses, key, ref) < 0) py_err_clear();
        py_xdecref(ref);
        py_xdecref(key);
    }
}

/* The key of t in base b's dict, found by the address it holds (the weak
 * reference may already be cleared while t dies); borrowed, or NULL. */
static PyObj *subclass_key(PyType *b, PyType *t)
{
    size_t pos = 0;
    PyObj *k, *v;
    int64_t addr;
    while (b->subclasses && py_dict_next(b->subclasses, &pos, &k, &v))
        if (py_int_as_i64(k, &addr) && (uint64_t)addr == t->ob.ob_id) return k;
    py_err_clear();
    return NULL;
}

/* remove_subclass: t leaves its bases' dicts, which go when empty. */
void py_slots_forget_subclass(PyType *t)
{
    PyObj *bases = t->bases;
    for (size_t i = 0; bases && i < py_tuple_size(bases); i++) {
        /* gc: the end of a run may have cleared the bases tuple first */
        PyType *b = (PyType *)py_tuple_item(bases, i);
        PyObj *key = b ? subclass_key(b, t) : NULL;
        if (!key) continue;
        py_incref(key);
        if (py_dict_delitem(b->subclasses, key) < 0) py_err_clear();
        py_decref(key);
        if (py_dict_size(b->subclasses) == 0) py_clear(&b->subclasses);
    }
    py_clear(&t->subclasses);
}

void py_slots_free_static_sublist(PyType *t)
{
    py_clear(&t->subclasses);
}

void py_slots_preload_subclass_dicts(PyObj *builtins)
{
    /* the built-in types python3.12 starts with subclasses of */
    static const char *const names[] = {
        "object", "int", "dict", "list", "tuple", "type", "property", "classmethod", "staticmethod",
        "BaseException", "BaseExceptionGroup", "Exception", "ArithmeticError", "ConnectionError",
        "ImportError", "IndentationError", "LookupError", "NameError", "OSError", "RuntimeError",
        "SyntaxError", "SystemError", "UnicodeError", "ValueError", "Warning", NULL,
    };
    for (const char *const *n = names; *n; n++) {
        PyObj *t = py_dict_getitem_str(builtins, py_intern_c(*n));
        if (t && PY_TYPE_CHECK(t) && !((PyType *)t)->subclasses) ((PyType *)t)->subclasses = py_dict_new();
    }
    py_err_clear();
}

/* The live subclasses in t's dict, in registration order: NEW list. */
PyObj *py_slots_subclasses_list(PyType *t)
{
    PyObj *l = py_list_new(0);
    size_t pos = 0;
    PyObj *k, *v;
    while (l && t->subclasses && py_dict_next(t->subclasses, &pos, &k, &v)) {
        PyObj *sub = py_weakref_get(v);
        if (sub && sub != PY_NONE && py_list_append(l, sub) < 0) py_clear(&l);
    }
    return l;
}

static void update_tree(PyType *t, int depth)
{
    if (t->tpflags & PY_TPF_HEAPTYPE) py_slots_fixup(t);
    size_t pos = 0;
    PyObj *k, *v;
    while (depth <= 100 && t->subclasses && py_dict_next(t->subclasses, &pos, &k, &v)) {
        PyObj *sub = py_weakref_get(v);
        if (sub && sub != PY_NONE) update_tree((PyType *)sub, depth + 1);
    }
}

void py_type_update_slots(PyType *t, PyObj *name)
{
    (void)name;
    update_tree(t, 0);
}
