/* eval.c — frames and the statements (calls of Python functions are
 * eval_call.c's).
 *
 * Invariants: a frame's slots own their values; py_vm->frame is the
 * innermost running frame; an exception leaving a statement has a
 * traceback line for every frame it crossed (eval_fail).
 */
#include <string.h>

#include "pysim/eval_impl.h"
#include "pysim/gc.h"
#include "pysim/obj.h"
#include "pysim/modules.h"
#include "pysim/slots.h"
#include "pysim/trace_hooks.h"

void (*py_trace_line_hook)(Frame *f, const Node *stmt);

/* ---- frames ---- */

Frame *frame_new(CodeInfo *code, PyFuncObj *func, PyObj *globals, PyObj *builtins, PyObj *locals)
{
    int nslots = code->nfast + code->ncells + code->nfree;
    Frame *f = xcalloc(1, sizeof *f + (size_t)nslots * sizeof(PyObj *));
    f->slots = (PyObj **)(f + 1);
    f->code = code;
    f->func = func;
    if (func) py_incref(func);
    f->globals = py_newref(globals);
    f->builtins = py_newref(builtins);
    f->locals = locals ? py_newref(locals) : NULL;
    return f;
}

void frame_free(Frame *f)
{
    /* gc: a frame object a traceback still holds takes the frame over */
    if (f->frame_obj && eval_frame_object_take(f)) return;
    int nslots = f->code->nfast + f->code->ncells + f->code->nfree;
    /* locals die in slot order, as CPython clears a frame */
    for (int i = 0; i < nslots; i++) py_clear(&f->slots[i]);
    py_clear(&f->retval);
    py_clear(&f->locals);
    py_clear(&f->fast_locals);
    py_clear(&f->globals);
    py_clear(&f->builtins);
    if (f->func) py_decref(f->func);
    free(f);
}

int frame_enter(Frame *f)
{
    PyVM *vm = py_vm;
    if (vm->depth >= vm->recursion_limit) {
        py_err_format(&py_exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    vm->depth++;
    f->back = vm->frame;
    vm->frame = f;
    return 0;
}

void frame_leave(Frame *f)
{
    py_vm->frame = f->back;
    py_vm->depth--;
}

PyObj *eval_fail(Frame *f, const Node *n)
{
    PyVM *vm = py_vm;
    if (vm->stop != PY_STOP_NONE) {
        if (!vm->stop_line && n) {
            /* the column of a stop is reported in characters, 1-based */
            const char *line = vm->source;
            for (int l = 1; l < n->lineno && line; l++) {
                line = memchr(line, '\n', vm->source_len - (size_t)(line - vm->source));
                if (line) line++;
            }
            int col = 1;
            for (int i = 0; line && i < n->col; i++)
                if (((unsigned char)line[i] & 0xC0) != 0x80) col++;
            py_stop_at(n->lineno, col);
        }
        return NULL;
    }
    if (!vm->cur_exc || !n) return NULL;
    if (f->tb_serial == vm->exc_serial) return NULL;
    f->tb_serial = vm->exc_serial;
    PyTbEntry e = {0};
    e.filename = f->code->filename_obj;
    e.funcname = f->code->name;
    e.lineno = n->lineno;
    e.end_lineno = n->end_lineno;
    e.col = n->col;
    e.end_col = n->end_col;
    e.node = n;
    py_exc_add_tb(vm->cur_exc, &e);
    py_traceback_here(vm->cur_exc, f, n->lineno); /* gc: the traceback object refers to the frame */
    if (py_trace_exception_hook) py_trace_exception_hook(f, n); /* trace */
    return NULL;
}

static PyObj *apply_decorators(Frame *f, NodeList decos, PyObj **values, PyObj *obj)
{
    for (int i = decos.len - 1; i >= 0; i--) {
        PyObj *r = py_call1(values[i], obj);
        py_decref(obj);
        if (!r) return eval_fail(f, decos.items[i]);
        obj = r;
    }
    return obj;
}

static PyObj **eval_decorators(Frame *f, NodeList decos)
{
    if (!decos.len) return NULL;
    PyObj **v = xcalloc((size_t)decos.len, sizeof *v);
    for (int i = 0; i < decos.len; i++) {
        v[i] = eval_expr(f, decos.items[i]);
        if (!v[i]) {
            for (int j = 0; j < i; j++) py_decref(v[j]);
            free(v);
            return (PyObj **)-1;
        }
    }
    return v;
}

static void free_decorators(PyObj **v, int n)
{
    if (!v || v == (PyObj **)-1) return;
    for (int i = 0; i < n; i++) py_decref(v[i]);
    free(v);
}

static Exec exec_funcdef(Frame *f, Node *s)
{
    PyObj **decos = eval_decorators(f, s->u.funcdef.decorators);
    if (decos == (PyObj **)-1) return X_ERROR;
    PyObj *fn = eval_make_function(f, s, s->u.funcdef.code);
    if (fn) fn = apply_decorators(f, s->u.funcdef.decorators, decos, fn);
    free_decorators(decos, s->u.funcdef.decorators.len);
    if (!fn) return X_ERROR;
    Node *t = s->u.funcdef.store;
    int rc = eval_store_name(f, t->u.name.scope, t->u.name.slot, t->u.name.id_obj, fn);
    py_decref(fn);
    return rc < 0 ? X_ERROR : X_OK;
}

/* Runs a class body in a fresh namespace and makes the class. */
static Exec exec_classdef(Frame *f, Node *s)
{
    PyObj **decos = eval_decorators(f, s->u.classdef.decorators);
    if (decos == (PyObj **)-1) return X_ERROR;
    CodeInfo *code = s->u.classdef.code;
    PyObj *bases = NULL, *orig_bases = NULL, *ns = NULL, *cls = NULL, *kw = NULL, *meta = NULL;
    NodeList bl = s->u.classdef.bases;
    Exec result = X_ERROR;
    /* The bases come straight off the value stack into __build_class__'s
     * tuple (_PyTuple_FromArray); only a starred base makes the compiler
     * build a list first (CALL_FUNCTION_EX). */
    bool starred = false;
    for (int i = 0; i < bl.len; i++) starred |= bl.items[i]->kind == N_STARRED;
    PyObj *list = NULL;
    if (starred) {
        /* CALL_FUNCTION_EX: BUILD_LIST 2 of the body's function and the
         * name (the name stands in for both), extended by the bases */
        PyObj *name = py_intern_c(s->u.classdef.name);
        if (!(list = py_list_new(2))) goto out;
        ((PyListObj *)list)->items[0] = py_newref(name);
        ((PyListObj *)list)->items[1] = py_newref(name);
    }
    if (!starred) {
        PyObj **vals = xmalloc(((size_t)bl.len + 1) * sizeof *vals);
        int n = 0;
        for (; n < bl.len; n++)
            if (!(vals[n] = eval_expr(f, bl.items[n]))) break;
        if (n == bl.len) bases = py_tuple_from_array(vals, (size_t)n);
        for (int i = 0; i < n; i++) py_decref(vals[i]);
        free(vals);
        if (!bases) goto out;
    }
    for (int i = 0; starred && i < bl.len; i++) {
        Node *b = bl.items[i];
        if (b->kind == N_STARRED) {
            PyObj *v = eval_expr(f, b->u.starred.value);
            if (!v || py_list_extend(list, v) < 0) {
                py_xdecref(v);
                goto out;
            }
            py_decref(v);
            continue;
        }
        PyObj *v = eval_expr(f, b);
        if (!v) goto out;
        py_list_append(list, v);
        py_decref(v);
    }
    if (starred) {
        /* the list becomes the call's argument tuple (LIST_TO_TUPLE),
         * whose tail __build_class__ copies into bases */
        PyObj *args = py_list_as_tuple(list);
        if (!args) goto out;
        bases = py_tuple_from_array(PY_TUPLE_ITEMS(args) + 2, py_tuple_size(args) - 2);
        py_decref(args);
        if (!bases) goto out;
    }
    NodeList kl = s->u.classdef.keywords;
    for (int i = 0; i < kl.len; i++) {
        Node *k = kl.items[i];
        PyObj *v = eval_expr(f, k->u.keyword.value);
        if (!v) goto out;
        if (k->u.keyword.arg && !strcmp(k->u.keyword.arg, "metaclass")) {
            py_xdecref(meta);
            meta = v;
            continue;
        }
        if (!k->u.keyword.arg) {
            py_decref(v);
            py_unsupported("** in a class statement");
            eval_fail(f, k);
            goto out;
        }
        if (!kw) kw = py_dict_new();
        py_dict_setitem(kw, py_intern_c(k->u.keyword.arg), v);
        py_decref(v);
    }
    /* __build_class__ gathers all keywords into a dict (_PyStack_AsDict)
     * and pops metaclass from it: `metaclass=M` alone still makes one */
    if (kl.len && !kw && !(kw = py_dict_new())) goto out;
    orig_bases = bases;
    bases = py_class_update_bases(orig_bases);
    if (!bases || py_class_metaclass(&meta, bases) < 0 ||
        !(ns = py_class_namespace(meta, py_intern_c(s->u.classdef.name), bases, kw))) {
        eval_fail(f, s);
        goto out;
    }
    PyObj *modname = py_dict_getitem_str(f->globals, PY_ID(__name__));
    if (modname) py_dict_setitem(ns, PY_ID(__module__), modname);
    py_dict_setitem(ns, PY_ID(__qualname__), code->qualname);
    if (code->doc) py_dict_setitem(ns, PY_ID(__doc__), code->doc);
    {
        Frame *cf = frame_new(code, NULL, f->globals, f->builtins, ns);
        PyObj *closure = eval_closure(f, code);
        int ok = eval_init_cells(cf, closure) == 0;
        py_xdecref(closure);
        Exec x = X_ERROR;
        if (ok && frame_enter(cf) == 0) {
            if (py_trace_call_hook) py_trace_call_hook(cf); /* trace */
            x = exec_block(cf, s->u.classdef.body);
            if (py_trace_return_hook) py_trace_return_hook(cf, x == X_ERROR ? NULL : PY_NONE); /* trace */
            frame_leave(cf);
        }
        if (x != X_ERROR && code->has_class_cell)
            py_dict_setitem(ns, PY_ID(__classcell__), cf->slots[code->class_cell_slot]);
        if (x != X_ERROR && bases != orig_bases && py_dict_setitem(ns, py_intern_c("__orig_bases__"), orig_bases) < 0)
            x = X_ERROR;
        frame_free(cf);
        if (x == X_ERROR) {
            eval_fail(f, s);
            goto out;
        }
    }
    cls = py_class_call_metaclass(meta, py_intern_c(s->u.classdef.name), bases, ns, kw);
    if (!cls) {
        eval_fail(f, s);
        goto out;
    }
    cls = apply_decorators(f, s->u.classdef.decorators, decos, cls);
    if (!cls) goto out;
    {
        Node *t = s->u.classdef.store;
        int rc = eval_store_name(f, t->u.name.scope, t->u.name.slot, t->u.name.id_obj, cls);
        result = rc < 0 ? X_ERROR : X_OK;
    }
out:
    free_decorators(decos, s->u.classdef.decorators.len);
    py_xdecref(cls);
    py_xdecref(list);
    py_xdecref(bases);
    py_xdecref(orig_bases);
    py_xdecref(ns);
    py_xdecref(kw);
    py_xdecref(meta);
    return result;
}

/* ---- statements ---- */


/* `a, b = x, y` with one to three names and no starred item: CPython's
 * flowgraph turns BUILD_TUPLE + UNPACK_SEQUENCE into SWAP (or nothing),
 * so no tuple is made: the values are stored from left to right. */
static bool no_starred(NodeList l)
{
    for (int i = 0; i < l.len; i++)
        if (l.items[i]->kind == N_STARRED) return false;
    return true;
}

static bool swap_assign(const Node *s)
{
    const Node *v = s->u.assign.value;
    if (s->u.assign.targets.len != 1 || v->kind != N_TUPLE) return false;
    const Node *t = s->u.assign.targets.items[0];
    if (t->kind != N_TUPLE && t->kind != N_LIST) return false;
    int n = v->u.seq.elts.len;
    return n >= 1 && n <= 3 && t->u.seq.elts.len == n && no_starred(v->u.seq.elts) && no_starred(t->u.seq.elts);
}

static int assign_by_swap(Frame *f, const Node *s)
{
    NodeList vals = s->u.assign.value->u.seq.elts, targets = s->u.assign.targets.items[0]->u.seq.elts;
    PyObj *v[3] = {NULL, NULL, NULL};
    int rc = 0, n = vals.len;
    for (int i = 0; i < n && rc == 0; i++)
        if (!(v[i] = eval_expr(f, vals.items[i]))) rc = -1;
    for (int i = 0; i < n && rc == 0; i++) {
        rc = eval_assign(f, targets.items[i], v[i]);
        py_clear(&v[i]);
    }
    for (int i = 0; i < n; i++) py_xdecref(v[i]);
    return rc;
}

static Exec exec_stmt(Frame *f, Node *s);

Exec exec_block(Frame *f, NodeList body)
{
    for (int i = 0; i < body.len; i++) {
        Exec x = exec_stmt(f, body.items[i]);
        if (x != X_OK) return x;
    }
    return X_OK;
}

static Exec exec_loop_body(Frame *f, NodeList body, bool *broke)
{
    Exec x = exec_block(f, body);
    if (x == X_BREAK) {
        *broke = true;
        return X_BREAK;
    }
    if (x == X_CONTINUE) return X_OK;
    return x;
}

static Exec exec_for(Frame *f, Node *s)
{
    PyObj *seq = eval_expr(f, s->u.for_.iter);
    if (!seq) return X_ERROR;
    PyObj *it = py_iter(seq);
    py_decref(seq);
    if (!it) {
        eval_fail(f, s);
        return X_ERROR;
    }
    bool broke = false;
    Exec result = X_OK;
    for (;;) {
        PyObj *x = py_next(it);
        if (!x) {
            if (py_err_occurred()) {
                eval_fail(f, s);
                result = X_ERROR;
            }
            break;
        }
        int rc = eval_assign(f, s->u.for_.target, x);
        py_decref(x);
        if (rc < 0) {
            result = X_ERROR;
            break;
        }
        Exec b = exec_loop_body(f, s->u.for_.body, &broke);
        if (broke) break;
        if (b != X_OK) {
            result = b;
            break;
        }
        py_gc_maybe_collect(); /* gc: JUMP_BACKWARD checks the eval breaker */
        if (vm_count_step() < 0) {
            eval_fail(f, s);
            result = X_ERROR;
            break;
        }
        if (py_trace_line_hook) py_trace_line_hook(f, s); /* trace: back at the for line, as CPython */
    }
    py_decref(it);
    if (result == X_OK && !broke) result = exec_block(f, s->u.for_.orelse);
    return result;
}

static int eval_test(Frame *f, Node *test)
{
    PyObj *v = eval_expr(f, test);
    if (!v) return -1;
    int t = py_truthy(v);
    py_decref(v);
    if (t < 0) eval_fail(f, test);
    return t;
}

static Exec exec_while(Frame *f, Node *s)
{
    bool broke = false;
    for (;;) {
        int t = eval_test(f, s->u.while_.test);
        if (t < 0) return X_ERROR;
        if (!t) break;
        Exec b = exec_loop_body(f, s->u.while_.body, &broke);
        if (broke) return X_OK;
        if (b != X_OK) return b;
        py_gc_maybe_collect(); /* gc: JUMP_BACKWARD checks the eval breaker */
        if (vm_count_step() < 0) {
            eval_fail(f, s);
            return X_ERROR;
        }
        if (py_trace_line_hook) py_trace_line_hook(f, s); /* trace: back at the while line, as CPython */
    }
    return exec_block(f, s->u.while_.orelse);
}

static Exec exec_raise(Frame *f, Node *s)
{
    if (!s->u.raise.exc) {
        PyObj *h = py_exc_current_handled();
        if (!h) {
            py_err_format(&py_exc_RuntimeError, "No active exception to reraise");
            eval_fail(f, s);
            return X_ERROR;
        }
        /* a bare raise re-raises without a new traceback line */
        py_err_restore(py_newref(h));
        f->tb_serial = py_vm->exc_serial;
        return X_ERROR;
    }
    PyObj *e = eval_expr(f, s->u.raise.exc);
    if (!e) return X_ERROR;
    PyObj *inst = NULL;
    if (PY_TYPE_CHECK(e) && py_type_is_subtype((PyType *)e, &py_exc_BaseException)) {
        inst = py_call0(e);
        if (inst && !PY_EXC_CHECK(inst)) {
            py_err_format(&py_exc_TypeError, "calling %R should have returned an instance of BaseException, not %T",
                          e, inst);
            py_clear(&inst);
        }
    } else if (PY_EXC_CHECK(e)) {
        inst = py_newref(e);
    } else {
        py_err_format(&py_exc_TypeError, "exceptions must derive from BaseException");
    }
    py_decref(e);
    if (!inst) {
        eval_fail(f, s);
        return X_ERROR;
    }
    if (s->u.raise.cause) {
        PyObj *c = eval_expr(f, s->u.raise.cause);
        if (!c) {
            py_decref(inst);
            return X_ERROR;
        }
        PyObj *cause = NULL;
        if (c == PY_NONE) {
            cause = NULL;
        } else if (PY_TYPE_CHECK(c) && py_type_is_subtype((PyType *)c, &py_exc_BaseException)) {
            cause = py_call0(c);
            if (!cause) {
                py_decref(c);
                py_decref(inst);
                eval_fail(f, s);
                return X_ERROR;
            }
        } else if (PY_EXC_CHECK(c)) {
            cause = py_newref(c);
        } else {
            py_decref(c);
            py_decref(inst);
            py_err_format(&py_exc_TypeError, "exception causes must derive from BaseException");
            eval_fail(f, s);
            return X_ERROR;
        }
        py_decref(c);
        py_exc_set_cause(inst, cause);
        py_xdecref(cause);
    }
    py_err_set_object(inst);
    py_decref(inst);
    eval_fail(f, s);
    return X_ERROR;
}

static Exec exec_try(Frame *f, Node *s)
{
    Exec x = exec_block(f, s->u.try_.body);
    NodeList handlers = s->u.try_.handlers;
    if (x == X_ERROR && handlers.len && !py_stopping()) {
        PyObj *exc = py_err_fetch();
        bool handled = false;
        for (int i = 0; i < handlers.len; i++) {
            Node *h = handlers.items[i];
            if (py_trace_line_hook) py_trace_line_hook(f, h); /* trace: each except line tried */
            if (h->u.handler.type) {
                PyObj *t = eval_expr(f, h->u.handler.type);
                if (!t) {
                    /* an error while matching replaces the exception */
                    py_exc_push_handled(exc);
                    py_exc_pop_handled();
                    py_decref(exc);
                    return X_ERROR;
                }
                bool ok = true;
                if (PY_TUPLE_CHECK(t)) {
                    for (size_t k = 0; k < py_tuple_size(t); k++) {
                        PyObj *tk = py_tuple_item(t, k);
                        if (!PY_TYPE_CHECK(tk) || !py_type_is_subtype((PyType *)tk, &py_exc_BaseException)) ok = false;
                    }
                } else if (!PY_TYPE_CHECK(t) || !py_type_is_subtype((PyType *)t, &py_exc_BaseException)) {
                    ok = false;
                }
                if (!ok) {
                    py_decref(t);
                    py_exc_push_handled(exc);
                    py_err_format(&py_exc_TypeError,
                                  "catching classes that do not inherit from BaseException is not allowed");
                    py_exc_pop_handled();
                    py_decref(exc);
                    eval_fail(f, h);
                    return X_ERROR;
                }
                bool match = py_exc_matches(exc, t);
                py_decref(t);
                if (!match) continue;
            }
            handled = true;
            py_exc_push_handled(exc);
            int stored = h->u.handler.name
                ? eval_store_name(f, h->u.handler.scope, h->u.handler.slot, h->u.handler.name_obj, exc) : 0;
            /* the value stack's reference goes (STORE_NAME or POP_TOP):
             * exc_info and the name hold the exception in the handler */
            py_clear(&exc);
            if (stored < 0) {
                py_exc_pop_handled();
                x = X_ERROR;
                break;
            }
            x = exec_block(f, h->u.handler.body);
            py_exc_pop_handled();
            if (h->u.handler.name) {
                /* `except E as e` deletes e at the end of the handler */
                PyObj *saved = x == X_ERROR ? py_err_fetch() : NULL;
                eval_store_name(f, h->u.handler.scope, h->u.handler.slot, h->u.handler.name_obj, NULL);
                if (py_err_occurred() && !saved) py_err_clear();
                if (saved) py_err_restore(saved);
            }
            break;
        }
        if (!handled) {
            py_err_restore(exc);
            x = X_ERROR;
        }
    } else if (x == X_OK) {
        x = exec_block(f, s->u.try_.orelse);
    }
    NodeList fin = s->u.try_.finalbody;
    if (fin.len && !py_stopping()) {
        PyObj *saved = x == X_ERROR ? py_err_fetch() : NULL;
        PyObj *retval = x == X_RETURN ? f->retval : NULL;
        if (retval) f->retval = NULL;
        uint64_t serial = f->tb_serial;
        if (saved) py_exc_push_handled(saved);
        Exec fx = exec_block(f, fin);
        if (saved) py_exc_pop_handled();
        if (fx != X_OK) {
            /* return/break/continue/raise in finally wins */
            py_xdecref(saved);
            py_xdecref(retval);
            return fx;
        }
        if (saved) {
            py_err_restore(saved);
            f->tb_serial = serial;
        }
        if (retval) f->retval = retval;
    }
    return x;
}

static Exec exec_import(Frame *f, Node *s)
{
    NodeList names = s->u.import.names;
    for (int i = 0; i < names.len; i++) {
        Node *a = names.items[i];
        if (strchr(a->u.alias.name, '.')) {
            py_unsupported("import of module '%s'", a->u.alias.name);
            eval_fail(f, s);
            return X_ERROR;
        }
        PyObj *m = py_import(py_intern_c(a->u.alias.name));
        if (!m) {
            eval_fail(f, s);
            return X_ERROR;
        }
        Node *t = a->u.alias.store;
        int rc = eval_store_name(f, t->u.name.scope, t->u.name.slot, t->u.name.id_obj, m);
        py_decref(m);
        if (rc < 0) return X_ERROR;
    }
    return X_OK;
}

static Exec exec_importfrom(Frame *f, Node *s)
{
    if (s->u.importfrom.level > 0 || !s->u.importfrom.module) {
        py_err_format(&py_exc_ImportError, "attempted relative import with no known parent package");
        eval_fail(f, s);
        return X_ERROR;
    }
    if (!strcmp(s->u.importfrom.module, "__future__")) return X_OK;
    PyObj *m = py_import(py_intern_c(s->u.importfrom.module));
    if (!m) {
        eval_fail(f, s);
        return X_ERROR;
    }
    NodeList names = s->u.importfrom.names;
    Exec result = X_OK;
    for (int i = 0; i < names.len && result == X_OK; i++) {
        Node *a = names.items[i];
        if (!strcmp(a->u.alias.name, "*")) {
            PyObj *d = py_module_dict(m);
            size_t pos = 0;
            PyObj *k, *v;
            while (py_dict_next(d, &pos, &k, &v)) {
                if (py_str_utf8(k)[0] == '_') continue;
                if (py_dict_setitem(f->locals ? f->locals : f->globals, k, v) < 0) {
                    result = X_ERROR;
                    break;
                }
            }
            continue;
        }
        PyObj *name = py_intern_c(a->u.alias.name);
        PyObj *v = py_dict_getitem_str(py_module_dict(m), name);
        if (!v) {
            py_err_format(&py_exc_ImportError, "cannot import name '%U' from '%U' (unknown location)", name,
                          ((PyModuleObj *)m)->name);
            eval_fail(f, s);
            result = X_ERROR;
            break;
        }
        Node *t = a->u.alias.store;
        if (eval_store_name(f, t->u.name.scope, t->u.name.slot, t->u.name.id_obj, v) < 0) result = X_ERROR;
    }
    py_decref(m);
    return result;
}

static Exec exec_assert(Frame *f, Node *s)
{
    int t = eval_test(f, s->u.assert_.test);
    if (t < 0) return X_ERROR;
    if (t) return X_OK;
    PyObj *msg = NULL;
    if (s->u.assert_.msg) {
        msg = eval_expr(f, s->u.assert_.msg);
        if (!msg) return X_ERROR;
    }
    py_err_set_value(&py_exc_AssertionError, msg);
    py_xdecref(msg);
    eval_fail(f, s);
    return X_ERROR;
}

static Exec exec_stmt(Frame *f, Node *s)
{
    f->stmt = s;
    if (py_trace_line_hook) py_trace_line_hook(f, s);
    if (vm_count_step() < 0) {
        eval_fail(f, s);
        return X_ERROR;
    }
    switch (s->kind) {
    case N_EXPR: {
        PyObj *v = eval_expr(f, s->u.expr.value);
        if (!v) return X_ERROR;
        /* CALL_INTRINSIC_1 INTRINSIC_PRINT: the REPL echoes the value */
        int rc = f->code->interactive ? py_sys_displayhook(v) : 0;
        py_decref(v);
        if (rc < 0) {
            eval_fail(f, s);
            return X_ERROR;
        }
        return X_OK;
    }
    case N_ASSIGN: {
        if (swap_assign(s)) return assign_by_swap(f, s) < 0 ? X_ERROR : X_OK;
        PyObj *v = eval_expr(f, s->u.assign.value);
        if (!v) return X_ERROR;
        NodeList t = s->u.assign.targets;
        for (int i = 0; i < t.len; i++) {
            if (eval_assign(f, t.items[i], v) < 0) {
                py_decref(v);
                return X_ERROR;
            }
        }
        py_decref(v);
        return X_OK;
    }
    case N_AUGASSIGN: return eval_augassign(f, s) < 0 ? X_ERROR : X_OK;
    case N_ANNASSIGN: {
        if (s->u.annassign.value) {
            PyObj *v = eval_expr(f, s->u.annassign.value);
            if (!v) return X_ERROR;
            int rc = eval_assign(f, s->u.annassign.target, v);
            py_decref(v);
            if (rc < 0) return X_ERROR;
        }
        if (f->code->uses_locals_dict && s->u.annassign.simple && s->u.annassign.target->kind == N_NAME) {
            PyObj *ann = eval_expr(f, s->u.annassign.annotation);
            if (!ann) return X_ERROR;
            PyObj *ns = f->locals ? f->locals : f->globals;
            PyObj *d = py_dict_getitem_str(ns, PY_ID(__annotations__));
            if (!d) {
                d = py_dict_new();
                py_dict_setitem(ns, PY_ID(__annotations__), d);
                py_decref(d);
            }
            int rc = py_setitem(d, s->u.annassign.target->u.name.id_obj, ann);
            py_decref(ann);
            if (rc < 0) return X_ERROR;
        }
        return X_OK;
    }
    case N_DELETE: {
        NodeList t = s->u.del.targets;
        for (int i = 0; i < t.len; i++)
            if (eval_delete(f, t.items[i]) < 0) return X_ERROR;
        return X_OK;
    }
    case N_PASS: return X_OK;
    case N_BREAK: return X_BREAK;
    case N_CONTINUE: return X_CONTINUE;
    case N_RETURN: {
        PyObj *v = s->u.ret.value ? eval_expr(f, s->u.ret.value) : py_newref(PY_NONE);
        if (!v) return X_ERROR;
        py_setref(&f->retval, v);
        return X_RETURN;
    }
    case N_IF: {
        int t = eval_test(f, s->u.if_.test);
        if (t < 0) return X_ERROR;
        return exec_block(f, t ? s->u.if_.body : s->u.if_.orelse);
    }
    case N_WHILE: return exec_while(f, s);
    case N_FOR: return exec_for(f, s);
    case N_FUNCTIONDEF: return exec_funcdef(f, s);
    case N_CLASSDEF: return exec_classdef(f, s);
    case N_RAISE: return exec_raise(f, s);
    case N_TRY: return exec_try(f, s);
    case N_ASSERT: return exec_assert(f, s);
    case N_IMPORT: return exec_import(f, s);
    case N_IMPORTFROM: return exec_importfrom(f, s);
    case N_GLOBAL:
    case N_NONLOCAL: return X_OK;
    case N_WITH: return exec_with(f, s);
    case N_TRYSTAR: py_unsupported("'except*' (exception groups)"); break;
    default: py_unsupported("this statement"); break;
    }
    eval_fail(f, s);
    return X_ERROR;
}
