/* eval_target.c — reading, binding and deleting names; assignment to
 * every kind of target (attributes, items, slices, unpacking with a
 * starred target); `del`; augmented assignment.
 */
#include <string.h>

#include "pysim/eval_impl.h"
#include "pysim/obj.h"

static const PyBinOp binops[] = {
    /* ORDER OPERATOR */
    PY_OP_ADD, PY_OP_SUB, PY_OP_MUL, PY_OP_MATMUL, PY_OP_TRUEDIV, PY_OP_FLOORDIV, PY_OP_MOD,
    PY_OP_POW, PY_OP_LSHIFT, PY_OP_RSHIFT, PY_OP_AND, PY_OP_OR, PY_OP_XOR,
};

static PyObj *unbound_local(Frame *f, Node *n, PyObj *name)
{
    py_err_name(name, "cannot access local variable '%s' where it is not associated with a value");
    return eval_fail(f, n);
}

/* CPython computes "Did you mean" from the frame's variables, globals and
 * builtins when it prints the traceback; the frame is gone by then here,
 * so the suggestion is computed now. */
static void suggest(Frame *f)
{
    CodeInfo *c = f->code;
    PyObj *self = NULL;
    for (int i = 0; i < c->nfast && !self; i++) {
        if (!py_str_eq_c(c->slot_names[i], "self")) continue;
        self = f->slots[i];
        for (int k = 0; !self && k < c->ncells; k++)
            if (c->cell_from_param[k] == i) self = ((PyCellObj *)f->slots[c->nfast + k])->ref;
    }
    py_exc_suggest_name(py_vm->cur_exc, c->slot_names, (size_t)c->nfast, self, f->globals, f->builtins);
}

static PyObj *lookup_global(Frame *f, Node *n, PyObj *name)
{
    PyObj *v = py_dict_getitem_str(f->globals, name);
    if (!v) v = py_dict_getitem_str(f->builtins, name);
    if (v) return py_newref(v);
    py_err_name(name, "name '%s' is not defined");
    suggest(f);
    return eval_fail(f, n);
}

PyObj *eval_load_name(Frame *f, Node *n)
{
    PyObj *name = n->u.name.id_obj;
    int slot = n->u.name.slot;
    switch (n->u.name.scope) {
    case SC_FAST: {
        PyObj *v = f->slots[slot];
        if (v) return py_newref(v);
        return unbound_local(f, n, name);
    }
    case SC_DEREF: {
        PyObj *cell = f->slots[slot];
        PyObj *v = cell ? ((PyCellObj *)cell)->ref : NULL;
        if (v) return py_newref(v);
        if (slot < f->code->nfast + f->code->ncells) return unbound_local(f, n, name);
        py_err_name(name, "cannot access free variable '%s' where it is not associated with a value in enclosing scope");
        return eval_fail(f, n);
    }
    case SC_GLOBAL: return lookup_global(f, n, name);
    case SC_CLASSDEREF: {
        PyObj *v = f->locals ? py_dict_getitem_str(f->locals, name) : NULL;
        if (v) return py_newref(v);
        PyObj *cell = f->slots[slot];
        v = cell ? ((PyCellObj *)cell)->ref : NULL;
        if (v) return py_newref(v);
        py_err_name(name, "cannot access free variable '%s' where it is not associated with a value in enclosing scope");
        return eval_fail(f, n);
    }
    default: {
        PyObj *v = f->locals ? py_dict_getitem_str(f->locals, name) : NULL;
        if (v) return py_newref(v);
        return lookup_global(f, n, name);
    }
    }
}

/* Binds (v != NULL) or unbinds (v == NULL, no error if unbound) a name. */
int eval_store_name(Frame *f, int scope, int slot, PyObj *name, PyObj *v)
{
    switch (scope) {
    case SC_FAST:
        py_xincref(v);
        py_setref(&f->slots[slot], v);
        return 0;
    case SC_DEREF:
    case SC_CLASSDEREF: {
        PyCellObj *cell = (PyCellObj *)f->slots[slot];
        if (!cell) {
            f->slots[slot] = py_cell_new(NULL);
            cell = (PyCellObj *)f->slots[slot];
        }
        py_xincref(v);
        py_setref(&cell->ref, v);
        return 0;
    }
    case SC_GLOBAL:
        if (!v) {
            if (py_dict_getitem_str(f->globals, name)) return py_dict_delitem(f->globals, name);
            return 0;
        }
        return py_dict_setitem(f->globals, name, v);
    default: {
        PyObj *ns = f->locals ? f->locals : f->globals;
        if (!v) {
            if (py_dict_getitem_str(ns, name)) return py_dict_delitem(ns, name);
            return 0;
        }
        return py_dict_setitem(ns, name, v);
    }
    }
}

int eval_delete_name(Frame *f, Node *n)
{
    PyObj *name = n->u.name.id_obj;
    int slot = n->u.name.slot;
    switch (n->u.name.scope) {
    case SC_FAST:
        if (!f->slots[slot]) {
            unbound_local(f, n, name);
            return -1;
        }
        py_clear(&f->slots[slot]);
        return 0;
    case SC_DEREF: {
        PyCellObj *cell = (PyCellObj *)f->slots[slot];
        if (!cell || !cell->ref) {
            unbound_local(f, n, name);
            return -1;
        }
        py_clear(&cell->ref);
        return 0;
    }
    default: {
        PyObj *ns = n->u.name.scope == SC_GLOBAL ? f->globals : (f->locals ? f->locals : f->globals);
        if (!py_dict_getitem_str(ns, name)) {
            py_err_name(name, "name '%s' is not defined");
            eval_fail(f, n);
            return -1;
        }
        return py_dict_delitem(ns, name);
    }
    }
}

/* ---- unpacking ---- */

static int unpack(Frame *f, Node *target, PyObj *v)
{
    NodeList elts = target->u.seq.elts;
    int star = -1;
    for (int i = 0; i < elts.len; i++)
        if (elts.items[i]->kind == N_STARRED) star = i;
    PyObj *it = py_iter(v);
    if (!it) {
        if (py_err_matches((PyObj *)&py_exc_TypeError)) {
            py_err_clear();
            py_err_format(&py_exc_TypeError, "cannot unpack non-iterable %s object", py_type_name(v));
        }
        eval_fail(f, target);
        return -1;
    }
    int want = star < 0 ? elts.len : elts.len - 1;
    PyObj **vals = xcalloc((size_t)elts.len + 1, sizeof *vals);
    int got = 0, rc = -1;
    int before = star < 0 ? want : star;
    for (; got < before; got++) {
        PyObj *x = py_next(it);
        if (!x) {
            if (!py_err_occurred()) {
                if (star < 0)
                    py_err_format(&py_exc_ValueError, "not enough values to unpack (expected %d, got %d)", want, got);
                else
                    py_err_format(&py_exc_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                                  want, got);
            }
            eval_fail(f, target);
            goto out;
        }
        vals[got] = x;
    }
    if (star < 0) {
        PyObj *extra = py_next(it);
        if (extra) {
            py_decref(extra);
            py_err_format(&py_exc_ValueError, "too many values to unpack (expected %d)", want);
            eval_fail(f, target);
            goto out;
        }
        if (py_err_occurred()) {
            eval_fail(f, target);
            goto out;
        }
    } else {
        PyObj *rest = py_sequence_list(it);
        if (!rest) {
            eval_fail(f, target);
            goto out;
        }
        int after = elts.len - star - 1;
        if ((int)py_list_size(rest) < after) {
            py_err_format(&py_exc_ValueError, "not enough values to unpack (expected at least %d, got %d)", want,
                          star + (int)py_list_size(rest));
            py_decref(rest);
            eval_fail(f, target);
            goto out;
        }
        size_t keep = py_list_size(rest) - (size_t)after;
        /* the tail items' references move from the list into vals */
        for (int i = 0; i < after; i++) vals[star + 1 + i] = py_list_item(rest, keep + (size_t)i);
        py_list_resize(rest, keep);
        vals[star] = rest;
        got = elts.len;
    }
    rc = 0;
    for (int i = 0; i < elts.len && rc == 0; i++) {
        Node *e = elts.items[i];
        rc = eval_assign(f, e->kind == N_STARRED ? e->u.starred.value : e, vals[i]);
    }
out:
    for (int i = 0; i < elts.len; i++) py_xdecref(vals[i]);
    free(vals);
    py_decref(it);
    return rc;
}

int eval_assign(Frame *f, Node *t, PyObj *v)
{
    switch (t->kind) {
    case N_NAME: return eval_store_name(f, t->u.name.scope, t->u.name.slot, t->u.name.id_obj, v);
    case N_ATTRIBUTE: {
        PyObj *o = eval_expr(f, t->u.attribute.value);
        if (!o) return -1;
        int rc = py_setattr(o, t->u.attribute.attr_obj, v);
        py_decref(o);
        if (rc < 0) eval_fail(f, t);
        return rc;
    }
    case N_SUBSCRIPT: {
        PyObj *o = eval_expr(f, t->u.subscript.value);
        if (!o) return -1;
        PyObj *k = eval_expr(f, t->u.subscript.slice);
        if (!k) {
            py_decref(o);
            return -1;
        }
        int rc = py_setitem(o, k, v);
        py_decref(o);
        py_decref(k);
        if (rc < 0) eval_fail(f, t);
        return rc;
    }
    case N_TUPLE:
    case N_LIST: return unpack(f, t, v);
    case N_STARRED: return eval_assign(f, t->u.starred.value, v);
    default:
        py_err_format(&py_exc_SystemError, "cannot assign to this expression");
        eval_fail(f, t);
        return -1;
    }
}

int eval_delete(Frame *f, Node *t)
{
    switch (t->kind) {
    case N_NAME: return eval_delete_name(f, t);
    case N_ATTRIBUTE: {
        PyObj *o = eval_expr(f, t->u.attribute.value);
        if (!o) return -1;
        int rc = py_delattr(o, t->u.attribute.attr_obj);
        py_decref(o);
        if (rc < 0) eval_fail(f, t);
        return rc;
    }
    case N_SUBSCRIPT: {
        PyObj *o = eval_expr(f, t->u.subscript.value);
        if (!o) return -1;
        PyObj *k = eval_expr(f, t->u.subscript.slice);
        if (!k) {
            py_decref(o);
            return -1;
        }
        int rc = py_delitem(o, k);
        py_decref(o);
        py_decref(k);
        if (rc < 0) eval_fail(f, t);
        return rc;
    }
    case N_TUPLE:
    case N_LIST: {
        NodeList e = t->u.seq.elts;
        for (int i = 0; i < e.len; i++)
            if (eval_delete(f, e.items[i]) < 0) return -1;
        return 0;
    }
    default:
        py_err_format(&py_exc_SystemError, "cannot delete this expression");
        eval_fail(f, t);
        return -1;
    }
}

int eval_augassign(Frame *f, Node *s)
{
    Node *t = s->u.augassign.target;
    PyBinOp op = binops[s->u.augassign.op];
    switch (t->kind) {
    case N_NAME: {
        PyObj *cur = eval_load_name(f, t);
        if (!cur) return -1;
        PyObj *v = eval_expr(f, s->u.augassign.value);
        if (!v) {
            py_decref(cur);
            return -1;
        }
        PyObj *r = eval_adaptive_binop(&s->u.augassign.adapt, cur, v, op, true);
        if (!r) {
            eval_fail(f, s);
            return -1;
        }
        int rc = eval_store_name(f, t->u.name.scope, t->u.name.slot, t->u.name.id_obj, r);
        py_decref(r);
        return rc;
    }
    case N_ATTRIBUTE: {
        PyObj *o = eval_expr(f, t->u.attribute.value);
        if (!o) return -1;
        PyObj *cur = py_getattr(o, t->u.attribute.attr_obj);
        if (!cur) {
            py_decref(o);
            eval_fail(f, t);
            return -1;
        }
        PyObj *v = eval_expr(f, s->u.augassign.value);
        PyObj *r = v ? eval_adaptive_binop(&s->u.augassign.adapt, cur, v, op, true) : NULL;
        if (v && !r) eval_fail(f, s);
        if (!v) py_decref(cur);
        int rc = -1;
        if (r) {
            rc = py_setattr(o, t->u.attribute.attr_obj, r);
            if (rc < 0) eval_fail(f, t);
            py_decref(r);
        }
        py_decref(o);
        return rc;
    }
    case N_SUBSCRIPT: {
        PyObj *o = eval_expr(f, t->u.subscript.value);
        if (!o) return -1;
        PyObj *k = eval_expr(f, t->u.subscript.slice);
        if (!k) {
            py_decref(o);
            return -1;
        }
        PyObj *cur = py_getitem(o, k);
        int rc = -1;
        if (!cur) {
            eval_fail(f, t);
        } else {
            PyObj *v = eval_expr(f, s->u.augassign.value);
            PyObj *r = v ? eval_adaptive_binop(&s->u.augassign.adapt, cur, v, op, true) : NULL;
            if (v && !r) eval_fail(f, s);
            if (!v) py_decref(cur);
            if (r) {
                rc = py_setitem(o, k, r);
                if (rc < 0) eval_fail(f, t);
                py_decref(r);
            }
        }
        py_decref(o);
        py_decref(k);
        return rc;
    }
    default:
        py_err_format(&py_exc_SystemError, "bad augmented assignment target");
        eval_fail(f, s);
        return -1;
    }
}
