/* error.c — the current exception, stops, and implicit exception chaining.
 *
 * Invariant: py_vm->cur_exc holds a reference to the exception being
 * raised, or NULL.  A stop (py_vm->stop != PY_STOP_NONE) keeps a
 * RuntimeError-like placeholder in cur_exc so that every caller sees an
 * ordinary failure; only the handlers (except/finally) look at the stop
 * flag and let it pass.
 */
#include "pysim/error.h"

#include <stdarg.h>
#include <stdio.h>

#include "pysim/obj.h"
#include "pysim/vm.h"

PyObj *py_err_occurred(void) { return py_vm->cur_exc; }

bool py_stopping(void) { return py_vm->stop != PY_STOP_NONE; }

void py_err_clear(void) { py_clear(&py_vm->cur_exc); }

PyObj *py_err_fetch(void)
{
    PyObj *e = py_vm->cur_exc;
    py_vm->cur_exc = NULL;
    return e;
}

void py_err_restore(PyObj *exc)
{
    py_setref(&py_vm->cur_exc, exc);
}

/* Sets __context__ of a newly raised exception to the exception being
 * handled, as CPython's _PyErr_SetObject does (avoiding cycles). */
static void chain_context(PyObj *exc)
{
    PyObj *handled = py_exc_current_handled();
    if (!handled || handled == exc) return;
    /* break a cycle that would make exc its own context */
    PyObj *o = handled;
    while (o) {
        PyObj *ctx = py_exc_get_context(o);
        if (ctx == exc) {
            py_exc_set_context(o, NULL);
            break;
        }
        o = ctx;
    }
    py_exc_set_context(exc, handled);
}

PyObj *py_err_set_object(PyObj *exc)
{
    if (PY_TYPE_CHECK(exc)) {
        PyObj *inst = py_call((PyObj *)exc, NULL, 0, NULL);
        if (!inst) return NULL;
        if (!PY_EXC_CHECK(inst)) {
            py_err_format(&py_exc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %T",
                          exc, inst);
            py_decref(inst);
            return NULL;
        }
        chain_context(inst);
        py_setref(&py_vm->cur_exc, inst);
        py_vm->exc_serial++;
        return NULL;
    }
    chain_context(exc);
    py_incref(exc);
    py_setref(&py_vm->cur_exc, exc);
    py_vm->exc_serial++;
    return NULL;
}

PyObj *py_err_set_value(PyType *type, PyObj *value)
{
    PyObj *exc = value ? py_call((PyObj *)type, &value, 1, NULL)
                       : py_call((PyObj *)type, NULL, 0, NULL);
    if (!exc) return NULL;
    py_err_set_object(exc);
    py_decref(exc);
    return NULL;
}

PyObj *py_err_vformat(PyType *type, const char *fmt, va_list ap)
{
    PyObj *msg = py_str_vformat(fmt, ap);
    if (!msg) return NULL;
    py_err_set_value(type, msg);
    py_decref(msg);
    return NULL;
}

PyObj *py_err_format(PyType *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    py_err_vformat(type, fmt, ap);
    va_end(ap);
    return NULL;
}

PyObj *py_err_no_memory(void)
{
    /* MemoryError needs no allocation in CPython (a preallocated instance);
     * ours is made from the static type without counting against the cap. */
    PyObj *e = py_exc_new_bare(&py_exc_MemoryError);
    chain_context(e);
    py_setref(&py_vm->cur_exc, e);
    py_vm->exc_serial++;
    return NULL;
}

bool py_exc_matches(PyObj *exc, PyObj *type)
{
    if (!exc) return false;
    if (PY_TUPLE_CHECK(type)) {
        size_t n = py_tuple_size(type);
        for (size_t i = 0; i < n; i++)
            if (py_exc_matches(exc, py_tuple_item(type, i))) return true;
        return false;
    }
    if (!PY_TYPE_CHECK(type)) return false;
    return py_type_is_subtype(PY_TYPE(exc), (PyType *)type);
}

bool py_err_matches(PyObj *type)
{
    if (py_stopping()) return false;
    return py_exc_matches(py_vm->cur_exc, type);
}

static PyObj *stop(PyStopKind kind, const char *prefix, const char *fmt, va_list ap)
{
    PyVM *vm = py_vm;
    if (vm->stop != PY_STOP_NONE) return NULL; /* the first stop wins */
    vm->stop = kind;
    buf_clear(&vm->stop_msg);
    buf_puts(&vm->stop_msg, prefix);
    buf_vprintf(&vm->stop_msg, fmt, ap);
    /* a placeholder exception so that callers unwind as for any error */
    py_setref(&vm->cur_exc, py_exc_new_bare(&py_exc_SystemExit));
    vm->exc_serial++;
    return NULL;
}

PyObj *py_unsupported(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    stop(PY_STOP_UNSUPPORTED, "unsupported: ", fmt, ap);
    va_end(ap);
    return NULL;
}

PyObj *py_stop_limit(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    stop(PY_STOP_LIMIT, "error: ", fmt, ap);
    va_end(ap);
    return NULL;
}

void py_stop_at(int line, int col1)
{
    if (py_vm->stop_line) return;
    py_vm->stop_line = line;
    py_vm->stop_col = col1;
}

void py_exc_push_handled(PyObj *exc)
{
    PyVM *vm = py_vm;
    if (vm->nhandled == vm->caphandled) {
        vm->caphandled = vm->caphandled ? vm->caphandled * 2 : 16;
        vm->handled = xrealloc(vm->handled, vm->caphandled * sizeof *vm->handled);
    }
    py_xincref(exc);
    vm->handled[vm->nhandled++] = exc;
}

void py_exc_pop_handled(void)
{
    PyVM *vm = py_vm;
    PyObj *e = vm->handled[--vm->nhandled];
    py_xdecref(e);
}

PyObj *py_exc_current_handled(void)
{
    PyVM *vm = py_vm;
    for (size_t i = vm->nhandled; i > 0; i--)
        if (vm->handled[i - 1]) return vm->handled[i - 1];
    return NULL;
}

/* CPython 3.12 keeps a separate C recursion budget for C code that recurses
 * on nested data (repr, comparison, hashing): Py_C_RECURSION_LIMIT. */
#define C_RECURSION_LIMIT 1500

int py_enter_recursive(const char *where)
{
    PyVM *vm = py_vm;
    if (vm->c_depth + vm->depth > C_RECURSION_LIMIT + vm->recursion_limit ||
        vm->c_depth > C_RECURSION_LIMIT) {
        py_err_format(&py_exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    vm->c_depth++;
    return 0;
}

void py_leave_recursive(void) { py_vm->c_depth--; }
