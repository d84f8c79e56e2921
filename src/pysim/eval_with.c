/* eval_with.c — the with statement, as CPython 3.12 compiles it: the
 * manager's __enter__ and __exit__ are looked up on its type (BEFORE_WITH),
 * __enter__'s value is bound to the target, and __exit__ runs however the
 * body ends: with (None, None, None) normally or on break, continue and
 * return; with (type, value, traceback) on an exception, which it
 * suppresses by returning a true value.
 */
#include "pysim/eval_impl.h"
#include "pysim/obj.h"

/* __exit__(type, value, traceback) while the exception is being handled
 * (WITH_EXCEPT_START): 1 to suppress it, 0 to re-raise, -1 on error. */
static int exit_on_exception(PyObj *exit, PyObj *exc)
{
    py_exc_push_handled(exc);
    PyObj *tb = py_getattr(exc, PY_ID(__traceback__));
    int suppress = -1;
    if (tb) {
        PyObj *args[3] = {(PyObj *)PY_TYPE(exc), exc, tb};
        PyObj *r = py_call(exit, args, 3, NULL);
        if (r) {
            suppress = py_truthy(r);
            py_decref(r);
        }
        py_decref(tb);
    }
    py_exc_pop_handled();
    return suppress;
}

static Exec with_items(Frame *f, Node *s, int i)
{
    NodeList items = s->u.with.items;
    if (i == items.len) return exec_block(f, s->u.with.body);
    Node *item = items.items[i];
    PyObj *mgr = eval_expr(f, item->u.withitem.context_expr);
    if (!mgr) return X_ERROR;
    PyObj *enter = py_lookup_special(mgr, PY_ID(__enter__)), *exit = NULL;
    if (!enter && !py_err_occurred())
        py_err_format(&py_exc_TypeError, "'%s' object does not support the context manager protocol",
                      py_type_name(mgr));
    if (enter) {
        exit = py_lookup_special(mgr, PY_ID(__exit__));
        if (!exit && !py_err_occurred())
            py_err_format(&py_exc_TypeError,
                          "'%s' object does not support the context manager protocol (missed __exit__ method)",
                          py_type_name(mgr));
    }
    py_decref(mgr);
    PyObj *value = exit ? py_call(enter, NULL, 0, NULL) : NULL;
    py_xdecref(enter);
    if (!value) {
        py_xdecref(exit);
        eval_fail(f, item->u.withitem.context_expr);
        return X_ERROR;
    }
    Exec x;
    if (item->u.withitem.optional_vars) {
        x = eval_assign(f, item->u.withitem.optional_vars, value) < 0 ? X_ERROR : X_OK;
        if (x == X_ERROR) eval_fail(f, item->u.withitem.optional_vars);
    } else {
        x = X_OK;
    }
    py_decref(value);
    if (x == X_OK) x = with_items(f, s, i + 1);
    if (py_stopping()) {
        py_decref(exit);
        return X_ERROR;
    }
    if (x == X_ERROR) {
        PyObj *exc = py_err_fetch();
        int suppress = exit_on_exception(exit, exc);
        py_decref(exit);
        if (suppress < 0) {
            py_decref(exc);
            eval_fail(f, s);
            return X_ERROR;
        }
        if (suppress) {
            py_decref(exc);
            return X_OK;
        }
        py_err_restore(exc);
        return X_ERROR;
    }
    PyObj *none3[3] = {PY_NONE, PY_NONE, PY_NONE};
    if (py_trace_line_hook) py_trace_line_hook(f, s); /* trace: CPython shows the with line again at exit */
    PyObj *r = py_call(exit, none3, 3, NULL);
    py_decref(exit);
    if (!r) {
        eval_fail(f, s);
        return X_ERROR;
    }
    py_decref(r);
    return x;
}

Exec exec_with(Frame *f, Node *s)
{
    return with_items(f, s, 0);
}
