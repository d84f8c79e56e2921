/* abstract.c — the generic operations every other file uses: repr, hash,
 * comparison, attributes, items, iteration, operators and calls, each
 * dispatching on the type's slots with CPython's fallbacks and messages.
 */
#include <stdlib.h>
#include <string.h>

#include "pysim/obj.h"
#include "pysim/slots.h"
#include "pysim/unicode.h"
#include "pysim/vm.h"

/* ---- text ---- */

PyObj *py_repr(PyObj *o)
{
    PyType *t = PY_TYPE(o);
    if (!t->tp_repr) return py_object_default_repr(o);
    if (py_enter_recursive(" while getting the repr of an object") < 0) return NULL;
    PyObj *r = t->tp_repr(o);
    py_leave_recursive();
    if (r && !PY_STR_CHECK(r)) {
        py_err_format(&py_exc_TypeError, "__repr__ returned non-string (type %s)", py_type_name(r));
        py_decref(r);
        return NULL;
    }
    return r;
}

PyObj *py_str(PyObj *o)
{
    if (PY_IS_TYPE(o, py_str_type)) return py_newref(o);
    PyType *t = PY_TYPE(o);
    if (!t->tp_str) return py_repr(o);
    if (py_enter_recursive(" while getting the str of an object") < 0) return NULL;
    PyObj *r = t->tp_str(o);
    py_leave_recursive();
    if (r && !PY_STR_CHECK(r)) {
        py_err_format(&py_exc_TypeError, "__str__ returned non-string (type %s)", py_type_name(r));
        py_decref(r);
        return NULL;
    }
    return r;
}

/* ascii(o): repr(o) with non-ASCII characters backslash-escaped. */
PyObj *py_ascii(PyObj *o)
{
    PyObj *r = py_repr(o);
    if (!r || ((PyStrObj *)r)->kind == 1) return r;
    size_t n;
    uint32_t *cps = py_str_to_ucs4(r, &n);
    Buf b = BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cps[i];
        if (c < 128) buf_putc(&b, (int)c);
        else if (c < 256) buf_printf(&b, "\\x%02x", c);
        else if (c < 65536) buf_printf(&b, "\\u%04x", c);
        else buf_printf(&b, "\\U%08x", c);
    }
    free(cps);
    py_decref(r);
    return py_str_from_buf(&b);
}

/* The containers whose repr is in progress (Py_ReprEnter's list).  The
 * list itself is kept in C, but CPython keeps it in the thread state's
 * dict, and both are made by the first Py_ReprEnter of the run (no
 * container repr happens before the script starts): a dict and a list
 * taken from their free lists, counted by the collector, so the first
 * repr of a container takes the addresses of the last list and dict freed
 * before it, as it does in python3.12. */
int py_repr_enter(PyObj *o)
{
    PyVM *vm = py_vm;
    if (!vm->repr_tsdict) {
        PyObj *d = py_dict_new(); /* PyThreadState_GetDict */
        PyObj *l = d ? py_list_new(0) : NULL;
        int rc = l ? py_dict_setitem(d, PY_ID(Py_Repr), l) : -1;
        py_xdecref(l);
        if (rc < 0) {
            py_xdecref(d);
            return -1;
        }
        vm->repr_tsdict = d;
    }
    for (size_t i = 0; i < vm->nrepr; i++)
        if (vm->repr_stack[i] == o) return 1;
    if (vm->nrepr == vm->caprepr) {
        vm->caprepr = vm->caprepr ? vm->caprepr * 2 : 16;
        vm->repr_stack = xrealloc(vm->repr_stack, vm->caprepr * sizeof *vm->repr_stack);
    }
    vm->repr_stack[vm->nrepr++] = o;
    return 0;
}

void py_repr_leave(PyObj *o)
{
    PyVM *vm = py_vm;
    for (size_t i = vm->nrepr; i > 0; i--) {
        if (vm->repr_stack[i - 1] == o) {
            memmove(vm->repr_stack + i - 1, vm->repr_stack + i, (vm->nrepr - i) * sizeof *vm->repr_stack);
            vm->nrepr--;
            return;
        }
    }
}

void py_hold_hidden(PyObj *o)
{
    PyVM *vm = py_vm;
    if (vm->nhidden == vm->caphidden) {
        vm->caphidden = vm->caphidden ? vm->caphidden * 2 : 16;
        vm->hidden = xrealloc(vm->hidden, vm->caphidden * sizeof *vm->hidden);
    }
    vm->hidden[vm->nhidden++] = py_newref(o);
}

void py_release_hidden(void)
{
    PyVM *vm = py_vm;
    if (vm->nhidden) py_decref(vm->hidden[--vm->nhidden]);
}

int64_t py_hidden_refs(const PyObj *o)
{
    int64_t n = 0;
    for (size_t i = 0; i < py_vm->nhidden; i++) n += py_vm->hidden[i] == o;
    return n;
}

/* ---- hashing and comparison ---- */

int64_t py_hash(PyObj *o)
{
    PyType *t = PY_TYPE(o);
    if (!t->tp_hash) {
        py_err_format(&py_exc_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->tp_hash(o);
}

static const int swapped_op[] = {PY_GT, PY_GE, PY_EQ, PY_NE, PY_LT, PY_LE};
static const char *const op_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

/* do_richcompare of Objects/object.c */
PyObj *py_richcompare(PyObj *a, PyObj *b, int op)
{
    PyType *ta = PY_TYPE(a), *tb = PY_TYPE(b);
    bool checked_reverse = false;
    PyObj *r;
    if (py_enter_recursive(" in comparison") < 0) return NULL;
    if (ta != tb && tb->tp_richcompare && py_type_is_subtype(tb, ta)) {
        checked_reverse = true;
        r = tb->tp_richcompare(b, a, swapped_op[op]);
        if (r != PY_NOTIMPL) goto done;
        py_decref(r);
    }
    if (ta->tp_richcompare) {
        r = ta->tp_richcompare(a, b, op);
        if (r != PY_NOTIMPL) goto done;
        py_decref(r);
    }
    if (!checked_reverse && tb->tp_richcompare) {
        r = tb->tp_richcompare(b, a, swapped_op[op]);
        if (r != PY_NOTIMPL) goto done;
        py_decref(r);
    }
    switch (op) {
    case PY_EQ: r = py_bool(a == b); break;
    case PY_NE: r = py_bool(a != b); break;
    default:
        r = py_err_format(&py_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                          op_symbol[op], ta->name, tb->name);
    }
done:
    py_leave_recursive();
    return r;
}

int py_richcompare_bool(PyObj *a, PyObj *b, int op)
{
    if (a == b) {
        if (op == PY_EQ) return 1;
        if (op == PY_NE) return 0;
    }
    PyObj *r = py_richcompare(a, b, op);
    if (!r) return -1;
    int t = r == PY_TRUE ? 1 : r == PY_FALSE ? 0 : py_truthy(r);
    py_decref(r);
    return t;
}

int py_eq(PyObj *a, PyObj *b) { return py_richcompare_bool(a, b, PY_EQ); }

/* ---- attributes ---- */

PyObj *py_getattr(PyObj *o, PyObj *name)
{
    PyType *t = PY_TYPE(o);
    if (!PY_STR_CHECK(name))
        return py_err_format(&py_exc_TypeError, "attribute name must be string, not '%s'", py_type_name(name));
    if (t->tp_getattro) return t->tp_getattro(o, name);
    return py_err_attribute(o, name);
}

PyObj *py_getattr_c(PyObj *o, const char *name) { return py_getattr(o, py_intern_c(name)); }

int py_getattr_opt(PyObj *o, PyObj *name, PyObj **out)
{
    *out = py_getattr(o, name);
    if (*out) return 1;
    if (py_err_matches((PyObj *)&py_exc_AttributeError)) {
        py_err_clear();
        return 0;
    }
    return -1;
}

int py_setattr(PyObj *o, PyObj *name, PyObj *value)
{
    PyType *t = PY_TYPE(o);
    if (!PY_STR_CHECK(name)) {
        py_err_format(&py_exc_TypeError, "attribute name must be string, not '%s'", py_type_name(name));
        return -1;
    }
    if (t->tp_setattro) {
        PyObj *iname = PY_IS_TYPE(name, py_str_type) ? py_str_intern(name) : py_newref(name);
        int rc = t->tp_setattro(o, iname, value);
        py_decref(iname);
        return rc;
    }
    if (t->tp_getattro && py_type_lookup(t, name))
        py_err_format(&py_exc_AttributeError, "'%s' object attribute '%U' is read-only", t->name, name);
    else
        py_err_format(&py_exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
    return -1;
}

int py_delattr(PyObj *o, PyObj *name) { return py_setattr(o, name, NULL); }

/* ---- items ---- */

PyObj *py_getitem(PyObj *o, PyObj *key)
{
    PyType *t = PY_TYPE(o);
    if (t->mp_subscript) return t->mp_subscript(o, key);
    if (PY_TYPE_CHECK(o)) {
        /* genericalias.c: type[int] is special-cased (type has no
         * __class_getitem__, so str[int] still fails) */
        if ((PyType *)o == &py_type_type) return py_genericalias_new(o, key);
        PyObj *cg = NULL;
        int found = py_getattr_opt(o, PY_ID(__class_getitem__), &cg);
        if (found < 0) return NULL;
        if (found) {
            PyObj *r = py_call1(cg, key);
            py_decref(cg);
            return r;
        }
        return py_err_format(&py_exc_TypeError, "type '%s' is not subscriptable", ((PyType *)o)->name);
    }
    return py_err_format(&py_exc_TypeError, "'%s' object is not subscriptable", t->name);
}

int py_setitem(PyObj *o, PyObj *key, PyObj *value)
{
    PyType *t = PY_TYPE(o);
    if (t->mp_ass_subscript) return t->mp_ass_subscript(o, key, value);
    if (t->mp_subscript || !value) {
        if (value)
            py_err_format(&py_exc_TypeError, "'%s' object does not support item assignment", t->name);
        else
            py_err_format(&py_exc_TypeError, "'%s' object doesn't support item deletion", t->name);
    } else {
        py_err_format(&py_exc_TypeError, "'%s' object does not support item assignment", t->name);
    }
    return -1;
}

int py_delitem(PyObj *o, PyObj *key)
{
    PyType *t = PY_TYPE(o);
    if (t->mp_ass_subscript) return t->mp_ass_subscript(o, key, NULL);
    if (t->mp_subscript)
        py_err_format(&py_exc_TypeError, "'%s' object doesn't support item deletion", t->name);
    else
        py_err_format(&py_exc_TypeError, "'%s' object does not support item deletion", t->name);
    return -1;
}

int64_t py_len(PyObj *o)
{
    PyType *t = PY_TYPE(o);
    if (t->sq_length) return t->sq_length(o);
    py_err_format(&py_exc_TypeError, "object of type '%s' has no len()", t->name);
    return -1;
}

int py_truthy(PyObj *o)
{
    if (o == PY_TRUE) return 1;
    if (o == PY_FALSE || o == PY_NONE) return 0;
    PyType *t = PY_TYPE(o);
    if (t->nb_bool) return t->nb_bool(o);
    if (t->sq_length) {
        int64_t n = t->sq_length(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

int py_contains(PyObj *container, PyObj *item)
{
    PyType *t = PY_TYPE(container);
    if (t->sq_contains) return t->sq_contains(container, item);
    PyObj *it = py_iter(container);
    if (!it) {
        if (py_err_matches((PyObj *)&py_exc_TypeError)) {
            py_err_clear();
            py_err_format(&py_exc_TypeError, "argument of type '%s' is not iterable", t->name);
        }
        return -1;
    }
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

/* ---- iteration ---- */

PyObj *py_iter(PyObj *o)
{
    PyType *t = PY_TYPE(o);
    if (t->tp_iter) {
        PyObj *it = t->tp_iter(o);
        if (it && !PY_TYPE(it)->tp_iternext) {
            py_err_format(&py_exc_TypeError, "iter() returned non-iterator of type '%s'", py_type_name(it));
            py_decref(it);
            return NULL;
        }
        return it;
    }
    if (t->mp_subscript && !PY_DICT_CHECK(o)) return py_seqiter_new(o);
    return py_err_format(&py_exc_TypeError, "'%s' object is not iterable", t->name);
}

PyObj *py_next(PyObj *it)
{
    PyType *t = PY_TYPE(it);
    if (!t->tp_iternext) return py_err_format(&py_exc_TypeError, "'%s' object is not an iterator", t->name);
    PyObj *r = t->tp_iternext(it);
    if (!r && py_err_matches((PyObj *)&py_exc_StopIteration)) py_err_clear();
    return r;
}

/* ---- operators ---- */

static const char *const binop_symbol[] = {
    /* ORDER BINOP */
    "+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "divmod()"};
static const char *const ibinop_symbol[] = {
    "+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "divmod()"};

/* binary_op1 of Objects/abstract.c */
static PyObj *binary_op1(PyObj *a, PyObj *b, PyBinOp op)
{
    PyObj *(*slota)(PyObj *, PyObj *, PyBinOp) = PY_TYPE(a)->nb_binop;
    PyObj *(*slotb)(PyObj *, PyObj *, PyBinOp) = PY_TYPE(a) != PY_TYPE(b) ? PY_TYPE(b)->nb_binop : NULL;
    if (slotb == slota) slotb = NULL;
    PyObj *r;
    if (slota) {
        if (slotb && py_type_is_subtype(PY_TYPE(b), PY_TYPE(a))) {
            r = slotb(a, b, op);
            if (r != PY_NOTIMPL) return r;
            py_decref(r);
            slotb = NULL;
        }
        r = slota(a, b, op);
        if (r != PY_NOTIMPL) return r;
        py_decref(r);
    }
    if (slotb) return slotb(a, b, op);
    return py_newref(PY_NOTIMPL);
}

static bool is_sequence_kind(PyObj *o)
{
    return PY_STR_CHECK(o) || PY_LIST_CHECK(o) || PY_TUPLE_CHECK(o) || py_isinstance_c(o, &py_bytes_type) ||
           py_isinstance_c(o, &py_bytearray_type);
}

/* What CPython says when no slot handled the operator: sequence concat and
 * repeat have their own messages. */
static PyObj *binop_type_error(PyObj *a, PyObj *b, PyBinOp op, bool inplace)
{
    if (op == PY_OP_ADD && is_sequence_kind(a)) {
        const char *an = PY_TYPE(a)->name;
        if (PY_STR_CHECK(a))
            return py_err_format(&py_exc_TypeError, "can only concatenate str (not \"%s\") to str", py_type_name(b));
        if (PY_LIST_CHECK(a) || PY_TUPLE_CHECK(a))
            return py_err_format(&py_exc_TypeError, "can only concatenate %s (not \"%s\") to %s", an,
                                 py_type_name(b), an);
        return py_err_format(&py_exc_TypeError, "can't concat %s to %s", py_type_name(b), an);
    }
    if (op == PY_OP_MUL && (is_sequence_kind(a) || is_sequence_kind(b))) {
        PyObj *other = is_sequence_kind(a) ? b : a;
        if (!PY_TYPE(other)->nb_index)
            return py_err_format(&py_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                                 py_type_name(other));
    }
    if (op == PY_OP_MOD && PY_STR_CHECK(a)) return py_str_percent(a, b);
    return py_err_format(&py_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                         inplace ? ibinop_symbol[op] : binop_symbol[op], py_type_name(a), py_type_name(b));
}

PyObj *py_binop(PyObj *a, PyObj *b, PyBinOp op)
{
    PyObj *r = binary_op1(a, b, op);
    if (r != PY_NOTIMPL) return r;
    py_decref(r);
    return binop_type_error(a, b, op, false);
}

PyObj *py_inplace_binop(PyObj *a, PyObj *b, PyBinOp op)
{
    PyType *t = PY_TYPE(a);
    if (t->nb_inplace) {
        PyObj *r = t->nb_inplace(a, b, op);
        if (r != PY_NOTIMPL) return r;
        py_decref(r);
    }
    PyObj *r = binary_op1(a, b, op);
    if (r != PY_NOTIMPL) return r;
    py_decref(r);
    return binop_type_error(a, b, op, true);
}

PyObj *py_unaryop(PyObj *o, PyUnaryOp op)
{
    static const char *const sym[] = {"unary -", "unary +", "unary ~"};
    PyType *t = PY_TYPE(o);
    if (t->nb_unary) {
        PyObj *r = t->nb_unary(o, op);
        if (r != PY_NOTIMPL) return r;
        py_decref(r);
    }
    return py_err_format(&py_exc_TypeError, "bad operand type for %s: '%s'", sym[op], t->name);
}

PyObj *py_number_pow3(PyObj *a, PyObj *b, PyObj *mod)
{
    if (mod == PY_NONE) return py_binop(a, b, PY_OP_POW);
    PyType *t = PY_TYPE(a);
    if (t->nb_ternary_pow) {
        PyObj *r = t->nb_ternary_pow(a, b, mod);
        if (r != PY_NOTIMPL) return r;
        py_decref(r);
    }
    if (PY_TYPE(mod)->nb_ternary_pow && PY_TYPE(mod) != t)
        return py_err_format(&py_exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                             py_type_name(a), py_type_name(b), py_type_name(mod));
    return py_err_format(&py_exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                         py_type_name(a), py_type_name(b), py_type_name(mod));
}

PyObj *py_abs(PyObj *o)
{
    bool found;
    PyObj *r = py_call_special(o, PY_ID(__abs__), NULL, 0, &found);
    if (!found) return py_err_format(&py_exc_TypeError, "bad operand type for abs(): '%s'", py_type_name(o));
    return r;
}

PyObj *py_number_index(PyObj *o)
{
    if (PY_INT_CHECK(o)) {
        if (PY_IS_TYPE(o, py_int_type) || PY_IS_TYPE(o, py_bool_type)) return py_newref(o);
    }
    PyType *t = PY_TYPE(o);
    if (!t->nb_index)
        return py_err_format(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
    return t->nb_index(o);
}

PyObj *py_number_int(PyObj *o)
{
    PyType *t = PY_TYPE(o);
    if (PY_IS_TYPE(o, py_int_type)) return py_newref(o);
    if (t->nb_int) return t->nb_int(o);
    if (t->nb_index) return t->nb_index(o);
    bool found;
    PyObj *r = py_call_special(o, PY_ID(__trunc__), NULL, 0, &found);
    if (found) return r;
    return py_err_format(&py_exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, not '%s'", t->name);
}

PyObj *py_number_float(PyObj *o)
{
    PyType *t = PY_TYPE(o);
    if (PY_IS_TYPE(o, py_float_type)) return py_newref(o);
    if (t->nb_float) return t->nb_float(o);
    if (t->nb_index) {
        PyObj *i = t->nb_index(o);
        if (!i) return NULL;
        double d;
        int rc = py_int_to_double(i, &d);
        py_decref(i);
        return rc < 0 ? NULL : py_float_new(d);
    }
    return py_err_format(&py_exc_TypeError, "float() argument must be a string or a real number, not '%s'", t->name);
}

int py_as_ssize(PyObj *o, int64_t *out)
{
    PyObj *i = py_number_index(o);
    if (!i) return -1;
    bool ok = py_int_as_i64(i, out);
    py_decref(i);
    if (!ok) {
        py_err_format(&py_exc_IndexError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return 0;
}

int py_as_double(PyObj *o, double *out)
{
    if (PY_IS_TYPE(o, py_float_type)) {
        *out = py_float_value(o);
        return 0;
    }
    if (PY_INT_CHECK(o)) return py_int_to_double(o, out);
    PyType *t = PY_TYPE(o);
    if (!t->nb_float && !t->nb_index) {
        py_err_format(&py_exc_TypeError, "must be real number, not %s", t->name);
        return -1;
    }
    PyObj *f = py_number_float(o);
    if (!f) return -1;
    *out = py_float_value(f);
    py_decref(f);
    return 0;
}

/* ---- classes ---- */

int py_isinstance(PyObj *o, PyObj *cls)
{
    if (PY_TUPLE_CHECK(cls)) {
        for (size_t i = 0; i < py_tuple_size(cls); i++) {
            int r = py_isinstance(o, py_tuple_item(cls, i));
            if (r) return r;
        }
        return 0;
    }
    if (!PY_TYPE_CHECK(cls)) {
        /* genericalias.c: a cls that is not a type answers through its
         * type's __instancecheck__ (types.GenericAlias raises) */
        bool found;
        PyObj *r = py_call_special(cls, PY_ID(__instancecheck__), &o, 1, &found);
        if (found) {
            int t = r ? py_truthy(r) : -1;
            py_xdecref(r);
            return t;
        }
        py_err_format(&py_exc_TypeError,
                      "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    if (py_isinstance_c(o, (PyType *)cls)) return 1;
    /* an instance whose __class__ says otherwise (rare; weakref proxies):
     * object_isinstance asks __class__ */
    PyObj *icls = NULL;
    if (py_getattr_opt(o, PY_ID(__class__), &icls) < 0) return -1;
    int r = icls && icls != (PyObj *)PY_TYPE(o) && PY_TYPE_CHECK(icls) &&
            py_type_is_subtype((PyType *)icls, (PyType *)cls);
    py_xdecref(icls);
    return r;
}

int py_issubclass(PyObj *derived, PyObj *cls)
{
    /* genericalias.c: a cls that is neither a type nor a tuple answers
     * through its type's __subclasscheck__ (types.GenericAlias raises) */
    if (!PY_TYPE_CHECK(cls) && !PY_TUPLE_CHECK(cls)) {
        bool found;
        PyObj *r = py_call_special(cls, PY_ID(__subclasscheck__), &derived, 1, &found);
        if (found) {
            int t = r ? py_truthy(r) : -1;
            py_xdecref(r);
            return t;
        }
    }
    if (!PY_TYPE_CHECK(derived)) {
        py_err_format(&py_exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (PY_TUPLE_CHECK(cls)) {
        for (size_t i = 0; i < py_tuple_size(cls); i++) {
            int r = py_issubclass(derived, py_tuple_item(cls, i));
            if (r) return r;
        }
        return 0;
    }
    if (!PY_TYPE_CHECK(cls)) {
        py_err_format(&py_exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return py_type_is_subtype((PyType *)derived, (PyType *)cls);
}

bool py_callable(PyObj *o) { return PY_TYPE(o)->tp_call != NULL; }

/* ---- calls ---- */

PyObj *py_call(PyObj *callable, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyType *t = PY_TYPE(callable);
    if (!t->tp_call) return py_err_format(&py_exc_TypeError, "'%s' object is not callable", t->name);
    if (kwnames && py_tuple_size(kwnames) == 0) kwnames = NULL;
    return t->tp_call(callable, args, nargs, kwnames);
}

PyObj *py_call0(PyObj *callable) { return py_call(callable, NULL, 0, NULL); }
PyObj *py_call1(PyObj *callable, PyObj *a) { return py_call(callable, &a, 1, NULL); }
PyObj *py_call2(PyObj *callable, PyObj *a, PyObj *b)
{
    PyObj *args[2] = {a, b};
    return py_call(callable, args, 2, NULL);
}

PyObj *py_call_method(PyObj *obj, PyObj *name, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyType *t = PY_TYPE(obj);
    if (t->tp_getattro == py_object_generic_getattr || t->tp_getattro == py_object_type.tp_getattro) {
        PyObj *f = py_type_lookup(t, name);
        if (f && (PY_TYPE(f) == &py_function_type || PY_TYPE(f) == &py_method_descr_type)) {
            PyObj **dict = py_object_dict_slot(obj);
            if (!dict || !*dict || !py_dict_getitem_str(*dict, name)) {
                if (PY_TYPE(f) == &py_method_descr_type) {
                    PyDescrObj *d = (PyDescrObj *)f;
                    if (py_isinstance_c(obj, d->owner))
                        return py_cmethod_call(d->def, d->owner->name, obj, args, nargs, kwnames);
                } else {
                    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
                    PyObj *small[16];
                    PyObj **stack = nargs + nkw + 1 <= 16 ? small : xmalloc((nargs + nkw + 1) * sizeof *stack);
                    stack[0] = obj;
                    if (nargs + nkw) memcpy(stack + 1, args, (nargs + nkw) * sizeof *args);
                    PyObj *r = py_call(f, stack, nargs + 1, kwnames);
                    if (stack != small) free(stack);
                    return r;
                }
            }
        }
    }
    PyObj *m = py_getattr(obj, name);
    if (!m) return NULL;
    PyObj *r = py_call(m, args, nargs, kwnames);
    py_decref(m);
    return r;
}

int py_no_kwargs(const char *fname, PyObj *kwnames)
{
    if (kwnames && py_tuple_size(kwnames)) {
        py_err_format(&py_exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int py_parse_args(const char *fname, PyObj *const *args, size_t nargs, PyObj *kwnames, const char *const *names,
                  int npos, int nkwonly, int nrequired, PyObj **out)
{
    int total = npos + nkwonly;
    for (int i = 0; i < total; i++) out[i] = NULL;
    size_t given = nargs + (kwnames ? py_tuple_size(kwnames) : 0);
    if (given > (size_t)total && kwnames && py_tuple_size(kwnames)) {
        py_err_format(&py_exc_TypeError, "%s() takes at most %d argument%s (%zd given)", fname, total,
                      total == 1 ? "" : "s", (int64_t)given);
        return -1;
    }
    if ((int64_t)nargs > npos) {
        if (npos == 0)
            py_err_format(&py_exc_TypeError, "%s() takes no positional arguments", fname);
        else
            py_err_format(&py_exc_TypeError, "%s() takes at most %d positional argument%s (%zd given)", fname, npos,
                          npos == 1 ? "" : "s", (int64_t)nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        PyObj *kn = py_tuple_item(kwnames, k);
        int j = 0;
        while (j < total && !py_str_eq_c(kn, names[j])) j++;
        if (j == total) {
            py_err_format(&py_exc_TypeError, "%s() got an unexpected keyword argument '%U'", fname, kn);
            return -1;
        }
        if (out[j]) {
            py_err_format(&py_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname,
                          names[j], j + 1);
            return -1;
        }
        out[j] = args[nargs + k];
    }
    for (int i = 0; i < nrequired; i++) {
        if (!out[i]) {
            py_err_format(&py_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            return -1;
        }
    }
    return 0;
}

PyObj *py_sequence_list(PyObj *iterable)
{
    PyObj *l = py_list_new(0);
    if (!l) return NULL;
    if (py_list_extend(l, iterable) < 0) {
        py_decref(l);
        return NULL;
    }
    return l;
}

int py_sequence_fast(PyObj *o, PyObj *const **items, size_t *n, PyObj **tmp, const char *errmsg)
{
    *tmp = NULL;
    if (PY_LIST_CHECK(o)) {
        *n = py_list_size(o);
        *items = PY_LIST_ITEMS(o);
        return 0;
    }
    if (PY_TUPLE_CHECK(o)) {
        *n = py_tuple_size(o);
        *items = PY_TUPLE_ITEMS(o);
        return 0;
    }
    PyObj *it = py_iter(o);
    if (!it) {
        if (errmsg && py_err_matches((PyObj *)&py_exc_TypeError)) {
            py_err_clear();
            py_err_format(&py_exc_TypeError, "%s", errmsg);
        }
        return -1;
    }
    py_decref(it);
    *tmp = py_tuple_from_iter(o);
    if (!*tmp) return -1;
    *n = py_tuple_size(*tmp);
    *items = PY_TUPLE_ITEMS(*tmp);
    return 0;
}

/* PyObject_LengthHint: len(o) if it has one, else o.__length_hint__(),
 * else dflt. */
int64_t py_length_hint(PyObj *o, int64_t dflt)
{
    if (PY_TYPE(o)->sq_length) {
        int64_t n = py_len(o);
        if (n >= 0) return n;
        if (!py_err_matches((PyObj *)&py_exc_TypeError)) return -1;
        py_err_clear();
    }
    bool found;
    PyObj *r = py_call_special(o, PY_ID(__length_hint__), NULL, 0, &found);
    if (!found) return dflt;
    if (!r) {
        if (!py_err_matches((PyObj *)&py_exc_TypeError)) return -1;
        py_err_clear();
        return dflt;
    }
    if (r == PY_NOTIMPL) {
        py_decref(r);
        return dflt;
    }
    if (!PY_INT_CHECK(r)) {
        py_err_format(&py_exc_TypeError, "__length_hint__ must be an integer, not %s", py_type_name(r));
        py_decref(r);
        return -1;
    }
    int64_t n;
    bool fits = py_int_as_i64(r, &n);
    py_decref(r);
    if (!fits) {
        py_err_format(&py_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (n < 0) {
        py_err_format(&py_exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}
