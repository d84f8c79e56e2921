/* eval_call.c — calls of Python functions: argument binding with
 * CPython's messages, cells and closures, the frame's run, function
 * objects for def and lambda, and running a module's code.
 *
 * Invariant: a call's arguments end up owned by the new frame's slots
 * (or released) whatever happens; the frame is pushed only while it runs.
 */
#include <string.h>

#include "pysim/eval_impl.h"
#include "pysim/gc.h"
#include "pysim/obj.h"
#include "pysim/modules.h"
#include "pysim/slots.h"
#include "pysim/trace_hooks.h"

/* ---- binding arguments ---- */

static void join_names(Buf *b, PyObj **names, int n)
{
    for (int i = 0; i < n; i++) {
        if (i) buf_puts(b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        buf_printf(b, "'%s'", py_str_utf8(names[i]));
    }
}

static int missing_args(PyFuncObj *fn, Frame *fr, int from, int to, bool kwonly)
{
    CodeInfo *c = fn->code;
    PyObj *names[64];
    int n = 0;
    for (int i = from; i < to && n < 64; i++)
        if (!fr->slots[i]) names[n++] = c->slot_names[i];
    Buf b = BUF_INIT;
    join_names(&b, names, n);
    py_err_format(&py_exc_TypeError, "%U() missing %d required %s argument%s: %s", fn->qualname, n,
                  kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", b.p);
    buf_free(&b);
    return -1;
}

static int too_many_positional(PyFuncObj *fn, Frame *fr, size_t given)
{
    CodeInfo *c = fn->code;
    int defcount = fn->defaults ? (int)py_tuple_size(fn->defaults) : 0;
    int kwonly_given = 0;
    for (int i = c->argcount; i < c->argcount + c->kwonlyargcount; i++)
        if (fr->slots[i]) kwonly_given++;
    Buf sig = BUF_INIT;
    if (defcount) buf_printf(&sig, "from %d to %d", c->argcount - defcount, c->argcount);
    else buf_printf(&sig, "%d", c->argcount);
    bool plural = defcount ? true : c->argcount != 1;
    if (kwonly_given)
        py_err_format(&py_exc_TypeError,
                      "%U() takes %s positional argument%s but %zd positional argument%s (and %d keyword-only "
                      "argument%s) were given",
                      fn->qualname, sig.p, plural ? "s" : "", (int64_t)given, given == 1 ? "" : "s", kwonly_given,
                      kwonly_given == 1 ? "" : "s");
    else
        py_err_format(&py_exc_TypeError, "%U() takes %s positional argument%s but %zd %s given", fn->qualname, sig.p,
                      plural ? "s" : "", (int64_t)given, given == 1 ? "was" : "were");
    buf_free(&sig);
    return -1;
}

/* CPython's initialize_locals. */
static int bind_args(PyFuncObj *fn, Frame *fr, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    CodeInfo *c = fn->code;
    int argcount = c->argcount, total = c->argcount + c->kwonlyargcount;
    PyObj **slots = fr->slots;
    PyObj *kwdict = NULL;
    if (c->has_varkw) {
        kwdict = py_dict_new();
        if (!kwdict) return -1;
        slots[total + (c->has_varargs ? 1 : 0)] = kwdict;
    }
    size_t n = nargs < (size_t)argcount ? nargs : (size_t)argcount;
    for (size_t i = 0; i < n; i++) slots[i] = py_newref(args[i]);
    if (c->has_varargs) {
        PyObj *t = py_tuple_from_array(args + n, nargs - n);
        if (!t) return -1;
        slots[total] = t;
    }
    size_t nkw = kwnames ? py_tuple_size(kwnames) : 0;
    PyObj *posonly_as_kw[64];
    int nposonly_kw = 0;
    for (size_t k = 0; k < nkw; k++) {
        PyObj *name = py_tuple_item(kwnames, k);
        PyObj *value = args[nargs + k];
        int j = -1;
        for (int i = c->posonlyargcount; i < total; i++) {
            if (c->slot_names[i] == name || py_str_eq(c->slot_names[i], name)) {
                j = i;
                break;
            }
        }
        if (j < 0) {
            if (kwdict) {
                if (py_dict_setitem(kwdict, name, value) < 0) return -1;
                continue;
            }
            bool is_posonly = false;
            for (int i = 0; i < c->posonlyargcount; i++)
                if (py_str_eq(c->slot_names[i], name)) is_posonly = true;
            if (is_posonly) {
                if (nposonly_kw < 64) posonly_as_kw[nposonly_kw++] = name;
                continue;
            }
            py_err_format(&py_exc_TypeError, "%U() got an unexpected keyword argument '%U'", fn->qualname, name);
            return -1;
        }
        if (slots[j]) {
            py_err_format(&py_exc_TypeError, "%U() got multiple values for argument '%U'", fn->qualname, name);
            return -1;
        }
        slots[j] = py_newref(value);
    }
    if (nposonly_kw) {
        Buf b = BUF_INIT;
        for (int i = 0; i < nposonly_kw; i++) buf_printf(&b, "%s%s", i ? ", " : "", py_str_utf8(posonly_as_kw[i]));
        py_err_format(&py_exc_TypeError, "%U() got some positional-only arguments passed as keyword arguments: '%s'",
                      fn->qualname, b.p);
        buf_free(&b);
        return -1;
    }
    if (nargs > (size_t)argcount && !c->has_varargs) return too_many_positional(fn, fr, nargs);
    /* defaults for the last positional parameters */
    int defcount = fn->defaults ? (int)py_tuple_size(fn->defaults) : 0;
    int first_default = argcount - defcount;
    for (int i = 0; i < first_default; i++)
        if (!slots[i]) return missing_args(fn, fr, 0, first_default, false);
    for (int i = first_default; i < argcount; i++)
        if (!slots[i]) slots[i] = py_newref(py_tuple_item(fn->defaults, (size_t)(i - first_default)));
    for (int i = argcount; i < total; i++) {
        if (slots[i]) continue;
        PyObj *d = fn->kwdefaults ? py_dict_getitem_str(fn->kwdefaults, c->slot_names[i]) : NULL;
        if (d) {
            slots[i] = py_newref(d);
            continue;
        }
        return missing_args(fn, fr, argcount, total, true);
    }
    return 0;
}

/* Cells made at frame start (MAKE_CELL) and free variables (COPY_FREE_VARS). */
int eval_init_cells(Frame *fr, PyObj *closure)
{
    CodeInfo *c = fr->code;
    for (int i = 0; i < c->ncells; i++) {
        int p = c->cell_from_param[i];
        if (p == -2) continue; /* a comprehension makes its cells when it starts */
        PyObj *v = p >= 0 ? fr->slots[p] : NULL;
        PyObj *cell = py_cell_new(v);
        if (!cell) return -1;
        if (p >= 0) py_clear(&fr->slots[p]);
        fr->slots[c->nfast + i] = cell;
    }
    for (int i = 0; i < c->nfree; i++)
        fr->slots[c->nfast + c->ncells + i] = py_newref(py_tuple_item(closure, (size_t)i));
    return 0;
}

static PyObj *run_frame(Frame *fr)
{
    Exec x;
    if (frame_enter(fr) < 0) return NULL;
    py_gc_maybe_collect(); /* gc: RESUME checks the eval breaker */
    if (py_trace_call_hook) py_trace_call_hook(fr); /* trace */
    CodeInfo *c = fr->code;
    if (c->kind == CODE_LAMBDA) {
        PyObj *r = eval_expr(fr, c->node->u.lambda.body);
        if (py_trace_return_hook) py_trace_return_hook(fr, r); /* trace */
        frame_leave(fr);
        return r;
    }
    x = exec_block(fr, c->kind == CODE_FUNCTION ? c->node->u.funcdef.body : c->node->u.module.body);
    if (py_trace_return_hook) /* trace */
        py_trace_return_hook(fr, x == X_RETURN ? fr->retval : x == X_ERROR ? NULL : PY_NONE);
    frame_leave(fr);
    if (x == X_ERROR) return NULL;
    if (x == X_RETURN) {
        PyObj *r = fr->retval;
        fr->retval = NULL;
        return r;
    }
    return py_newref(PY_NONE);
}

PyObj *py_eval_function_call(PyFuncObj *fn, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    CodeInfo *c = fn->code;
    Frame *fr = frame_new(c, fn, fn->globals, fn->builtins, NULL);
    PyObj *r = NULL;
    if (bind_args(fn, fr, args, nargs, kwnames) == 0 && eval_init_cells(fr, fn->closure) == 0) r = run_frame(fr);
    frame_free(fr);
    return r;
}

/* A call from Python code: CPython's CALL moves the argument references
 * from the caller's stack into the new frame, so while the function runs
 * only its parameters hold them.  args are owned by the caller's CallArgs;
 * once bound they are released here and *consumed is set. */
PyObj *eval_function_call_moving(PyFuncObj *fn, PyObj **args, size_t nargs, PyObj *kwnames, bool *consumed)
{
    CodeInfo *c = fn->code;
    Frame *fr = frame_new(c, fn, fn->globals, fn->builtins, NULL);
    PyObj *r = NULL;
    *consumed = false;
    if (bind_args(fn, fr, args, nargs, kwnames) == 0 && eval_init_cells(fr, fn->closure) == 0) {
        size_t n = nargs + (kwnames ? py_tuple_size(kwnames) : 0);
        for (size_t i = 0; i < n; i++) py_clear(&args[i]);
        *consumed = true;
        r = run_frame(fr);
    }
    frame_free(fr);
    return r;
}

int py_eval_zero_arg_super(PyObj **type, PyObj **obj)
{
    Frame *f = py_vm->frame;
    if (!f || !f->func || f->code->argcount == 0 || f->code->kind == CODE_GENEXP) {
        py_err_format(&py_exc_RuntimeError, f && f->func ? "super(): no arguments" : "super(): no arguments");
        return -1;
    }
    CodeInfo *c = f->code;
    PyObj *first = f->slots[0];
    if (!first) {
        /* the first argument may have moved into a cell */
        for (int i = 0; i < c->ncells; i++)
            if (c->cell_from_param[i] == 0) first = ((PyCellObj *)f->slots[c->nfast + i])->ref;
    }
    if (!first) {
        py_err_format(&py_exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    if (c->class_ref_slot < 0) {
        py_err_format(&py_exc_RuntimeError, "super(): __class__ cell not found");
        return -1;
    }
    PyObj *cell = f->slots[c->class_ref_slot];
    PyObj *cls = cell ? ((PyCellObj *)cell)->ref : NULL;
    if (!cls) {
        py_err_format(&py_exc_RuntimeError, "super(): empty __class__ cell");
        return -1;
    }
    if (!PY_TYPE_CHECK(cls)) {
        py_err_format(&py_exc_RuntimeError, "super(): __class__ is not a type (%s)", py_type_name(cls));
        return -1;
    }
    *type = cls;
    *obj = first;
    return 0;
}

/* ---- making functions and classes ---- */

PyObj *eval_closure(Frame *f, CodeInfo *code)
{
    if (!code->nfree) return NULL;
    PyObj *t = py_tuple_new((size_t)code->nfree);
    if (!t) return NULL;
    for (int i = 0; i < code->nfree; i++) {
        int from = code->free_from[i];
        PyObj *cell = from >= 0 ? f->slots[from] : NULL;
        if (!cell) {
            /* a comprehension cell not made yet: make it now */
            cell = py_cell_new(NULL);
            if (from >= 0) f->slots[from] = cell;
            else {
                PY_TUPLE_ITEMS(t)[i] = cell;
                continue;
            }
        }
        PY_TUPLE_ITEMS(t)[i] = py_newref(cell);
    }
    return t;
}

PyObj *eval_make_function(Frame *f, Node *n, CodeInfo *code)
{
    Node *args = n->kind == N_FUNCTIONDEF ? n->u.funcdef.args : n->u.lambda.args;
    PyObj *defaults = NULL, *kwdefaults = NULL, *annotations = NULL;
    NodeList d = args->u.arguments.defaults;
    if (args->u.arguments.defaults_const) {
        defaults = py_newref(args->u.arguments.defaults_const); /* LOAD_CONST of the folded tuple */
    } else if (d.len) {
        defaults = py_tuple_new((size_t)d.len);
        if (!defaults) return NULL;
        for (int i = 0; i < d.len; i++) {
            PyObj *v = eval_expr(f, d.items[i]);
            if (!v) {
                py_decref(defaults);
                return NULL;
            }
            PY_TUPLE_ITEMS(defaults)[i] = v;
        }
    }
    NodeList kw = args->u.arguments.kwonlyargs;
    for (int i = 0; i < kw.len; i++) {
        Node *dv = args->u.arguments.kw_defaults.items[i];
        if (!dv) continue;
        PyObj *v = eval_expr(f, dv);
        if (!v) goto fail;
        if (!kwdefaults) kwdefaults = py_dict_new();
        int rc = py_dict_setitem(kwdefaults, py_intern_c(kw.items[i]->u.arg.arg), v);
        py_decref(v);
        if (rc < 0) goto fail;
    }
    /* annotations are evaluated at definition time in 3.12 */
    if (n->kind == N_FUNCTIONDEF) {
        /* compiler_visit_annotations' order: args, positional-only, *args,
         * keyword-only, **kwargs, return */
        Node *vararg = args->u.arguments.vararg, *kwarg = args->u.arguments.kwarg;
        NodeList groups[5] = {
            args->u.arguments.args, args->u.arguments.posonlyargs, {vararg ? &vararg : NULL, vararg ? 1 : 0},
            args->u.arguments.kwonlyargs, {kwarg ? &kwarg : NULL, kwarg ? 1 : 0},
        };
        for (int k = 0; k < 5; k++) {
            for (int i = 0; i < groups[k].len; i++) {
                Node *a = groups[k].items[i];
                if (!a->u.arg.annotation) continue;
                PyObj *v = eval_expr(f, a->u.arg.annotation);
                if (!v) goto fail;
                if (!annotations) annotations = py_dict_new();
                int rc = py_dict_setitem(annotations, py_intern_c(a->u.arg.arg), v);
                py_decref(v);
                if (rc < 0) goto fail;
            }
        }
        if (n->u.funcdef.returns) {
            PyObj *v = eval_expr(f, n->u.funcdef.returns);
            if (!v) goto fail;
            if (!annotations) annotations = py_dict_new();
            int rc = py_dict_setitem(annotations, py_intern_c("return"), v);
            py_decref(v);
            if (rc < 0) goto fail;
        }
    }
    PyFuncObj *fn = (PyFuncObj *)py_function_new(code, f->globals, code->qualname);
    if (!fn) goto fail;
    fn->defaults = defaults;
    fn->kwdefaults = kwdefaults;
    fn->annotations = annotations;
    fn->closure = eval_closure(f, code);
    return (PyObj *)fn;
fail:
    py_xdecref(defaults);
    py_xdecref(kwdefaults);
    py_xdecref(annotations);
    return NULL;
}

/* ---- modules ---- */

int py_eval_module(CodeInfo *code, PyObj *globals)
{
    PyObj *builtins = py_vm->builtins;
    Frame *fr = frame_new(code, NULL, globals, builtins, globals);
    int rc = -1;
    if (eval_init_cells(fr, NULL) == 0) {
        PyObj *r = run_frame(fr);
        if (r) {
            py_decref(r);
            rc = 0;
        }
    }
    frame_free(fr);
    return rc;
}
