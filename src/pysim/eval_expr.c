/* eval_expr.c — evaluating expressions.  Every case returns a NEW
 * reference or NULL; a failure of the node's own operation is reported at
 * the node (eval_fail), so tracebacks point where CPython's do.
 */
#include <string.h>

#include "pysim/eval_impl.h"
#include "pysim/gc.h"
#include "pysim/obj.h"
#include "pysim/slots.h"
#include "pysim/str_impl.h"

static const PyBinOp binops[] = {
    /* ORDER OPERATOR */
    PY_OP_ADD, PY_OP_SUB, PY_OP_MUL, PY_OP_MATMUL, PY_OP_TRUEDIV, PY_OP_FLOORDIV, PY_OP_MOD,
    PY_OP_POW, PY_OP_LSHIFT, PY_OP_RSHIFT, PY_OP_AND, PY_OP_OR, PY_OP_XOR,
};

/* ---- call arguments ---- */

static void ca_push(CallArgs *ca, PyObj *v)
{
    if (ca->n == ca->cap) {
        size_t cap = ca->cap * 2;
        if (ca->args == ca->small) {
            ca->args = xmalloc(cap * sizeof *ca->args);
            memcpy(ca->args, ca->small, ca->n * sizeof *ca->args);
        } else {
            ca->args = xrealloc(ca->args, cap * sizeof *ca->args);
        }
        ca->cap = cap;
    }
    ca->args[ca->n++] = v;
}

void call_args_free(CallArgs *ca)
{
    for (size_t i = 0; i < ca->n; i++) py_decref(ca->args[i]);
    if (ca->args != ca->small) free(ca->args);
    py_xdecref(ca->kwnames);
    ca->n = 0;
}

/* "__main__.f()" / "print()": how CPython names a callable in argument
 * errors (_PyObject_FunctionStr). */
static PyObj *function_str(PyObj *func)
{
    PyObj *qual = NULL, *mod = NULL;
    if (py_getattr_opt(func, PY_ID(__qualname__), &qual) <= 0 || !PY_STR_CHECK(qual)) {
        py_xdecref(qual);
        py_err_clear();
        return py_str_format_c("%s object", py_type_name(func));
    }
    PyObj *r;
    if (py_getattr_opt(func, PY_ID(__module__), &mod) > 0 && PY_STR_CHECK(mod) && !py_str_eq_c(mod, "builtins"))
        r = py_str_format_c("%U.%U()", mod, qual);
    else
        r = py_str_format_c("%U()", qual);
    py_err_clear();
    py_xdecref(mod);
    py_decref(qual);
    return r;
}

/* DICT_MERGE's check: a keyword given twice (through **). */
static int kw_duplicate(PyObj *names, PyObj *key, PyObj *func)
{
    for (size_t j = 0; j < py_list_size(names); j++) {
        if (py_str_eq(py_list_item(names, j), key)) {
            PyObj *fs = function_str(func);
            py_err_format(&py_exc_TypeError, "%U got multiple values for keyword argument '%U'", fs, key);
            py_xdecref(fs);
            return -1;
        }
    }
    return 0;
}

/* Adds the items of a **mapping to the keyword arguments. */
static int merge_mapping(CallArgs *ca, PyObj *names, PyObj *m, PyObj *func)
{
    if (!PY_DICT_CHECK(m) && !py_type_lookup(PY_TYPE(m), PY_ID(keys))) {
        PyObj *fs = function_str(func);
        py_err_format(&py_exc_TypeError, "%U argument after ** must be a mapping, not %s", fs, py_type_name(m));
        py_xdecref(fs);
        return -1;
    }
    PyObj *keys = py_call_method(m, PY_ID(keys), NULL, 0, NULL);
    PyObj *kit = keys ? py_iter(keys) : NULL;
    py_xdecref(keys);
    if (!kit) return -1;
    PyObj *key;
    int rc = 0;
    while ((key = py_next(kit))) {
        if (!PY_STR_CHECK(key)) {
            py_err_format(&py_exc_TypeError, "keywords must be strings");
            py_decref(key);
            rc = -1;
            break;
        }
        if (kw_duplicate(names, key, func) < 0) {
            py_decref(key);
            rc = -1;
            break;
        }
        PyObj *val = py_getitem(m, key);
        if (!val) {
            py_decref(key);
            rc = -1;
            break;
        }
        PyObj *ikey = py_str_intern(key);
        py_decref(key);
        py_list_append(names, ikey);
        py_decref(ikey);
        ca_push(ca, val);
    }
    py_decref(kit);
    if (!rc && py_err_occurred()) rc = -1;
    return rc;
}

int eval_call_args(Frame *f, Node *call, CallArgs *ca, PyObj *func)
{
    ca->args = ca->small;
    ca->cap = 8;
    ca->n = 0;
    ca->kwnames = NULL;
    NodeList args = call->u.call.args;
    for (int i = 0; i < args.len; i++) {
        Node *a = args.items[i];
        if (a->kind == N_STARRED) {
            PyObj *seq = eval_expr(f, a->u.starred.value);
            if (!seq) goto fail;
            PyObj *it = py_iter(seq);
            if (!it) {
                if (py_err_matches((PyObj *)&py_exc_TypeError) && !PY_TYPE(seq)->tp_iter) {
                    py_err_clear();
                    PyObj *fs = function_str(func);
                    py_err_format(&py_exc_TypeError, "%U argument after * must be an iterable, not %s", fs,
                                  py_type_name(seq));
                    py_xdecref(fs);
                }
                py_decref(seq);
                eval_fail(f, call);
                goto fail;
            }
            py_decref(seq);
            PyObj *x;
            while ((x = py_next(it))) ca_push(ca, x);
            py_decref(it);
            if (py_err_occurred()) {
                eval_fail(f, call);
                goto fail;
            }
            continue;
        }
        PyObj *v = eval_expr(f, a);
        if (!v) goto fail;
        ca_push(ca, v);
    }
    ca->nargs = ca->n;
    NodeList kws = call->u.call.keywords;
    if (!kws.len) return 0;
    if (call->u.call.kwnames) { /* only named keywords: the names are a constant */
        for (int i = 0; i < kws.len; i++) {
            PyObj *v = eval_expr(f, kws.items[i]->u.keyword.value);
            if (!v) goto fail;
            ca_push(ca, v);
        }
        ca->kwnames = py_newref(call->u.call.kwnames);
        return 0;
    }
    PyObj *names = py_list_new(0);
    bool merged = false; /* a **mapping makes duplicates a runtime error */
    for (int i = 0; i < kws.len; i++) {
        Node *k = kws.items[i];
        PyObj *v = eval_expr(f, k->u.keyword.value);
        if (!v) {
            py_decref(names);
            goto fail;
        }
        if (k->u.keyword.arg) {
            PyObj *name = k->u.keyword.arg_obj ? k->u.keyword.arg_obj : py_intern_c(k->u.keyword.arg);
            if (merged && kw_duplicate(names, name, func) < 0) {
                py_decref(v);
                py_decref(names);
                eval_fail(f, call);
                goto fail;
            }
            py_list_append(names, name);
            ca_push(ca, v);
            continue;
        }
        merged = true;
        int rc = merge_mapping(ca, names, v, func);
        py_decref(v);
        if (rc < 0) {
            py_decref(names);
            eval_fail(f, call);
            goto fail;
        }
    }
    ca->kwnames = py_list_as_tuple(names);
    py_decref(names);
    return 0;
fail:
    call_args_free(ca);
    return -1;
}

/* gc: the calls 3.12 specializes into instructions that do not check the
 * eval breaker (CALL_NO_KW_LEN, _ISINSTANCE, _TYPE_1, _LIST_APPEND). */
static bool gc_unchecked_call(PyObj *callable, bool self_is_list, size_t nargs)
{
    if (PY_TYPE(callable) == &py_cfunction_type) {
        PyCFuncObj *c = (PyCFuncObj *)callable;
        return c->self == py_vm->builtins_module && (!strcmp(c->def->name, "len") || !strcmp(c->def->name, "isinstance"));
    }
    if (callable == (PyObj *)&py_type_type) return nargs == 1;
    if (PY_TYPE(callable) == &py_method_descr_type) {
        PyDescrObj *d = (PyDescrObj *)callable;
        return self_is_list && d->owner == &py_list_type && !strcmp(((const PyMethodDef *)d->def)->name, "append");
    }
    return false;
}

static PyObj *eval_call(Frame *f, Node *n)
{
    Node *fn = n->u.call.func;
    PyObj *callable, *self = NULL;
    /* obj.meth(...) calls the method without making a bound method object,
     * as CPython 3.12's LOAD_ATTR/CALL do */
    if (fn->kind == N_ATTRIBUTE) {
        PyObj *obj = eval_expr(f, fn->u.attribute.value);
        if (!obj) return NULL;
        PyObj *name = fn->u.attribute.attr_obj;
        PyType *t = PY_TYPE(obj);
        PyObj *m = NULL;
        if (t->tp_getattro == py_object_generic_getattr) {
            PyObj *d = py_type_lookup(t, name);
            if (d && (PY_TYPE(d) == &py_function_type || PY_TYPE(d) == &py_method_descr_type)) {
                PyObj **dict = py_object_dict_slot(obj);
                if (!dict || !*dict || !py_dict_getitem_str(*dict, name)) {
                    m = py_newref(d);
                    self = obj;
                }
            }
        }
        if (!m) {
            m = py_getattr(obj, name);
            py_decref(obj);
            if (!m) return eval_fail(f, fn);
        }
        callable = m;
    } else {
        callable = eval_expr(f, fn);
        if (!callable) return NULL;
    }
    CallArgs ca;
    if (eval_call_args(f, n, &ca, callable) < 0) {
        py_decref(callable);
        py_xdecref(self);
        return NULL;
    }
    PyObj *r;
    bool consumed = false;
    bool self_was_list = self && PY_IS_TYPE(self, py_list_type); /* gc */
    if (!self && PY_TYPE(callable) == &py_method_type &&
        PY_TYPE(((PyMethodObj *)callable)->func) == &py_function_type) {
        /* calling a bound method: CALL unpacks it into function and self */
        PyMethodObj *m = (PyMethodObj *)callable;
        self = py_newref(m->self);
        PyObj *fn = py_newref(m->func);
        py_decref(callable);
        callable = fn;
    }
    if (self) {
        /* prepend self */
        ca_push(&ca, NULL);
        memmove(ca.args + 1, ca.args, (ca.n - 1) * sizeof *ca.args);
        ca.args[0] = self;
        if (PY_TYPE(callable) == &py_method_descr_type) {
            PyDescrObj *d = (PyDescrObj *)callable;
            r = py_cmethod_call(d->def, d->owner->name, self, ca.args + 1, ca.nargs, ca.kwnames);
        } else if (PY_TYPE(callable) == &py_function_type) {
            r = eval_function_call_moving((PyFuncObj *)callable, ca.args, ca.nargs + 1, ca.kwnames, &consumed);
        } else {
            r = py_call(callable, ca.args, ca.nargs + 1, ca.kwnames);
        }
    } else if (PY_TYPE(callable) == &py_function_type) {
        r = eval_function_call_moving((PyFuncObj *)callable, ca.args, ca.nargs, ca.kwnames, &consumed);
    } else {
        r = py_call(callable, ca.args, ca.nargs, ca.kwnames);
    }
    if (consumed) {
        /* the references now belong to the callee's frame (NULLed) */
        size_t live = 0;
        for (size_t i = 0; i < ca.n; i++)
            if (ca.args[i]) ca.args[live++] = ca.args[i];
        ca.n = live;
    }
    call_args_free(&ca);
    /* gc: CALL checks the eval breaker after anything but a Python function */
    bool check = PY_TYPE(callable) != &py_function_type && !gc_unchecked_call(callable, self_was_list, ca.nargs);
    py_decref(callable);
    if (!r) return eval_fail(f, n);
    if (check) py_gc_maybe_collect();
    return r;
}

/* ---- displays ---- */

/* Evaluates *value of a display into an iterator ("Value after * must be
 * an iterable, not int"). NEW, or NULL. */
static PyObj *starred_iter(Frame *f, Node *star)
{
    PyObj *v = eval_expr(f, star->u.starred.value);
    if (!v) return NULL;
    PyObj *it = py_iter(v);
    if (!it) {
        if (py_err_matches((PyObj *)&py_exc_TypeError) && !PY_TYPE(v)->tp_iter && !PY_TYPE(v)->mp_subscript) {
            py_err_clear();
            py_err_format(&py_exc_TypeError, "Value after * must be an iterable, not %s", py_type_name(v));
        }
        py_decref(v);
        eval_fail(f, star);
        return NULL;
    }
    py_decref(v);
    return it;
}

/* The container of a display, made the way CPython 3.12's
 * starunpack_helper makes it (the order of allocations shows in ids):
 * up to 30 items without a star are evaluated first and the container is
 * made at once with all of them; a longer display starts empty and grows
 * item by item; at the first *item the container is made from the items
 * evaluated so far, then extended.  Tuples are built as lists and then
 * converted when there is a star or more than 30 items. */
#define STACK_USE_GUIDELINE 30

static PyObj *new_container(NodeKind kind, PyObj *const *items, size_t n)
{
    if (kind == N_SET) {
        PyObj *s = py_set_new(NULL);
        for (size_t i = 0; s && i < n; i++)
            if (py_set_add(s, items[i]) < 0) py_clear(&s);
        return s;
    }
    if (kind == N_TUPLE && n) return py_tuple_from_array(items, n);
    if (kind == N_TUPLE) return py_newref(py_vm->empty_tuple);
    return py_list_from_array(items, n);
}

static int container_add(PyObj *c, PyObj *v)
{
    return PY_ANYSET_CHECK(c) ? py_set_add(c, v) : py_list_append(c, v);
}

static PyObj *build_display(Frame *f, Node *n)
{
    NodeList elts = n->u.seq.elts;
    size_t count = (size_t)elts.len;
    bool star = false;
    for (int i = 0; i < elts.len; i++) star |= elts.items[i]->kind == N_STARRED;
    bool big = count > STACK_USE_GUIDELINE;
    NodeKind build = n->kind == N_TUPLE && (star || big) ? N_LIST : n->kind;
    PyObj *small[STACK_USE_GUIDELINE] = {0};
    PyObj **stack = small;
    size_t depth = 0;
    PyObj *acc = NULL, *result = NULL;
    if (big && !star) acc = new_container(build, NULL, 0);
    else if (big) stack = xmalloc(count * sizeof *stack);
    for (int i = 0; i < elts.len; i++) {
        Node *e = elts.items[i];
        if (e->kind == N_STARRED) {
            if (!acc) {
                acc = new_container(build, stack, depth);
                for (size_t k = 0; k < depth; k++) py_decref(stack[k]);
                depth = 0;
                if (!acc) goto out;
            }
            PyObj *it = starred_iter(f, e);
            if (!it) goto out;
            int rc = PY_ANYSET_CHECK(acc) ? py_set_update(acc, it) : py_list_extend(acc, it);
            py_decref(it);
            if (rc < 0) {
                eval_fail(f, e);
                goto out;
            }
            continue;
        }
        PyObj *v = eval_expr(f, e);
        if (!v) goto out;
        if (acc) {
            int rc = container_add(acc, v);
            py_decref(v);
            if (rc < 0) {
                eval_fail(f, n);
                goto out;
            }
        } else {
            stack[depth++] = v;
        }
    }
    if (!acc) {
        acc = new_container(build, stack, depth);
        if (!acc && build == N_SET) eval_fail(f, n);
    }
    if (acc && build != n->kind) {
        /* CALL_INTRINSIC_1 INTRINSIC_LIST_TO_TUPLE */
        result = py_list_as_tuple(acc);
        py_clear(&acc);
    } else {
        result = acc;
        acc = NULL;
    }
out:
    for (size_t k = 0; k < depth; k++) py_decref(stack[k]);
    if (stack != small) free(stack);
    py_xdecref(acc);
    return result;
}

static PyObj *eval_list(Frame *f, Node *n)
{
    if (n->u.seq.const_items) {
        /* BUILD_LIST 0; LOAD_CONST tuple; LIST_EXTEND */
        PyObj *l = py_list_new(0);
        if (l && py_list_extend(l, n->u.seq.const_items) < 0) py_clear(&l);
        return l;
    }
    return build_display(f, n);
}

static PyObj *eval_set(Frame *f, Node *n)
{
    if (n->u.seq.const_items) {
        /* BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE */
        PyObj *s = py_set_new(NULL);
        if (s && py_set_update(s, n->u.seq.const_items) < 0) py_clear(&s);
        return s;
    }
    return build_display(f, n);
}

static PyObj *eval_dict(Frame *f, Node *n)
{
    PyObj *d = py_dict_new();
    if (!d) return NULL;
    NodeList keys = n->u.dict.keys, values = n->u.dict.values;
    for (int i = 0; i < keys.len; i++) {
        if (!keys.items[i]) {
            PyObj *m = eval_expr(f, values.items[i]);
            if (!m) goto fail;
            if (!PY_DICT_CHECK(m) && !py_type_lookup(PY_TYPE(m), PY_ID(keys))) {
                py_err_format(&py_exc_TypeError, "'%s' object is not a mapping", py_type_name(m));
                py_decref(m);
                eval_fail(f, values.items[i]);
                goto fail;
            }
            int rc = py_dict_update(d, m);
            py_decref(m);
            if (rc < 0) {
                eval_fail(f, values.items[i]);
                goto fail;
            }
            continue;
        }
        PyObj *k = eval_expr(f, keys.items[i]);
        if (!k) goto fail;
        PyObj *v = eval_expr(f, values.items[i]);
        if (!v) {
            py_decref(k);
            goto fail;
        }
        int rc = py_dict_setitem(d, k, v);
        py_decref(k);
        py_decref(v);
        if (rc < 0) {
            eval_fail(f, n);
            goto fail;
        }
    }
    return d;
fail:
    py_decref(d);
    return NULL;
}

/* ---- f-strings ---- */

static PyObj *eval_formatted(Frame *f, Node *n)
{
    PyObj *v = eval_expr(f, n->u.formatted.value);
    if (!v) return NULL;
    PyObj *conv = NULL;
    switch (n->u.formatted.conversion) {
    case 'r': conv = py_repr(v); break;
    case 's': conv = py_str(v); break;
    case 'a': conv = py_ascii(v); break;
    default: conv = py_newref(v); break;
    }
    py_decref(v);
    if (!conv) return eval_fail(f, n);
    PyObj *spec = NULL;
    if (n->u.formatted.format_spec) {
        spec = eval_expr(f, n->u.formatted.format_spec);
        if (!spec) {
            py_decref(conv);
            return NULL;
        }
    }
    PyObj *r;
    if (!spec && PY_IS_TYPE(conv, py_str_type)) r = py_newref(conv);
    else r = py_format(conv, spec ? spec : py_vm->empty_str);
    py_decref(conv);
    py_xdecref(spec);
    if (!r) return eval_fail(f, n);
    return r;
}

static PyObj *eval_joined(Frame *f, Node *n)
{
    NodeList parts = n->u.joined.values;
    /* one field alone: CPython emits no BUILD_STRING, the formatted value
     * itself is the result */
    if (parts.len == 1) return eval_expr(f, parts.items[0]);
    Buf b = BUF_INIT;
    for (int i = 0; i < parts.len; i++) {
        PyObj *v = eval_expr(f, parts.items[i]);
        if (!v) {
            buf_free(&b);
            return NULL;
        }
        buf_put(&b, py_str_utf8(v), py_str_nbytes(v));
        py_decref(v);
    }
    /* BUILD_STRING joins into a new string */
    PyObj *r = py_str_new_fresh(b.p ? b.p : "", b.len);
    buf_free(&b);
    return r;
}

/* ---- comparison ---- */

static PyObj *compare_one(PyObj *a, PyObj *b, AstCmpOp op)
{
    switch (op) {
    case CMP_EQ: return py_richcompare(a, b, PY_EQ);
    case CMP_NOTEQ: return py_richcompare(a, b, PY_NE);
    case CMP_LT: return py_richcompare(a, b, PY_LT);
    case CMP_LTE: return py_richcompare(a, b, PY_LE);
    case CMP_GT: return py_richcompare(a, b, PY_GT);
    case CMP_GTE: return py_richcompare(a, b, PY_GE);
    case CMP_IS: return py_bool(a == b);
    case CMP_ISNOT: return py_bool(a != b);
    case CMP_IN:
    case CMP_NOTIN: {
        int r = py_contains(b, a);
        if (r < 0) return NULL;
        return py_bool(op == CMP_IN ? r : !r);
    }
    }
    return NULL;
}

static PyObj *eval_compare(Frame *f, Node *n)
{
    PyObj *left = eval_expr(f, n->u.compare.left);
    if (!left) return NULL;
    NodeList comps = n->u.compare.comparators;
    for (int i = 0; i < comps.len; i++) {
        PyObj *right = eval_expr(f, comps.items[i]);
        if (!right) {
            py_decref(left);
            return NULL;
        }
        PyObj *r = compare_one(left, right, n->u.compare.ops[i]);
        py_decref(left);
        if (!r) {
            py_decref(right);
            return eval_fail(f, n);
        }
        if (i == comps.len - 1) {
            py_decref(right);
            return r;
        }
        int t = py_truthy(r);
        if (t <= 0) {
            py_decref(right);
            if (t < 0) {
                py_decref(r);
                return eval_fail(f, n);
            }
            return r;
        }
        py_decref(r);
        left = right;
    }
    return left;
}

/* ---- the dispatcher ---- */

PyObj *eval_expr(Frame *f, Node *n)
{
    switch (n->kind) {
    case N_CONSTANT: return py_newref(n->u.constant.value);
    case N_NAME: return eval_load_name(f, n);
    case N_BINOP: {
        PyObj *a = eval_expr(f, n->u.binop.left);
        if (!a) return NULL;
        PyObj *b = eval_expr(f, n->u.binop.right);
        if (!b) {
            py_decref(a);
            return NULL;
        }
        PyObj *r = eval_adaptive_binop(&n->u.binop.adapt, a, b, binops[n->u.binop.op], false);
        if (!r) return eval_fail(f, n);
        return r;
    }
    case N_UNARYOP: {
        PyObj *v = eval_expr(f, n->u.unaryop.operand);
        if (!v) return NULL;
        PyObj *r;
        switch (n->u.unaryop.op) {
        case UOP_NOT: {
            int t = py_truthy(v);
            r = t < 0 ? NULL : py_bool(!t);
            break;
        }
        case UOP_USUB: r = py_unaryop(v, PY_UOP_NEG); break;
        case UOP_UADD: r = py_unaryop(v, PY_UOP_POS); break;
        default: r = py_unaryop(v, PY_UOP_INVERT); break;
        }
        py_decref(v);
        if (!r) return eval_fail(f, n);
        return r;
    }
    case N_BOOLOP: {
        NodeList vals = n->u.boolop.values;
        PyObj *v = NULL;
        for (int i = 0; i < vals.len; i++) {
            v = eval_expr(f, vals.items[i]);
            if (!v) return NULL;
            if (i == vals.len - 1) break;
            int t = py_truthy(v);
            if (t < 0) {
                py_decref(v);
                return eval_fail(f, vals.items[i]);
            }
            if (n->u.boolop.op == BOOL_AND ? !t : t) break;
            py_decref(v);
        }
        return v;
    }
    case N_COMPARE: return eval_compare(f, n);
    case N_CALL: return eval_call(f, n);
    case N_ATTRIBUTE: {
        PyObj *v = eval_expr(f, n->u.attribute.value);
        if (!v) return NULL;
        PyObj *r = py_getattr(v, n->u.attribute.attr_obj);
        py_decref(v);
        if (!r) return eval_fail(f, n);
        return r;
    }
    case N_SUBSCRIPT: {
        PyObj *v = eval_expr(f, n->u.subscript.value);
        if (!v) return NULL;
        PyObj *k = eval_expr(f, n->u.subscript.slice);
        if (!k) {
            py_decref(v);
            return NULL;
        }
        PyObj *r = py_getitem(v, k);
        py_decref(v);
        py_decref(k);
        if (!r) return eval_fail(f, n);
        return r;
    }
    case N_SLICE: {
        PyObj *parts[3] = {NULL, NULL, NULL};
        Node *src[3] = {n->u.slice.lower, n->u.slice.upper, n->u.slice.step};
        for (int i = 0; i < 3; i++) {
            if (!src[i]) continue;
            parts[i] = eval_expr(f, src[i]);
            if (!parts[i]) {
                for (int j = 0; j < i; j++) py_xdecref(parts[j]);
                return NULL;
            }
        }
        PyObj *s = py_slice_new(parts[0], parts[1], parts[2]);
        for (int i = 0; i < 3; i++) py_xdecref(parts[i]);
        return s;
    }
    case N_LIST: return eval_list(f, n);
    case N_TUPLE: return build_display(f, n);
    case N_SET: return eval_set(f, n);
    case N_DICT: return eval_dict(f, n);
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_DICTCOMP: return eval_comprehension(f, n);
    case N_GENERATOREXP: return eval_genexp(f, n);
    case N_LAMBDA: return eval_make_function(f, n, n->u.lambda.code);
    case N_IFEXP: {
        PyObj *t = eval_expr(f, n->u.ifexp.test);
        if (!t) return NULL;
        int b = py_truthy(t);
        py_decref(t);
        if (b < 0) return eval_fail(f, n->u.ifexp.test);
        return eval_expr(f, b ? n->u.ifexp.body : n->u.ifexp.orelse);
    }
    case N_NAMEDEXPR: {
        PyObj *v = eval_expr(f, n->u.namedexpr.value);
        if (!v) return NULL;
        Node *t = n->u.namedexpr.target;
        if (eval_store_name(f, t->u.name.scope, t->u.name.slot, t->u.name.id_obj, v) < 0) {
            py_decref(v);
            return NULL;
        }
        return v;
    }
    case N_JOINEDSTR: return eval_joined(f, n);
    case N_FORMATTEDVALUE: return eval_formatted(f, n);
    case N_STARRED:
        py_err_format(&py_exc_SystemError, "starred expression outside a call or display");
        return eval_fail(f, n);
    case N_AWAIT:
        py_unsupported("'await' expressions");
        return eval_fail(f, n);
    case N_YIELD:
    case N_YIELDFROM:
        py_unsupported("generator functions (yield)");
        return eval_fail(f, n);
    default:
        py_unsupported("this expression");
        return eval_fail(f, n);
    }
}
