/* error.h — raising, inspecting and clearing simulated exceptions.
 *
 * As in CPython: a failing function sets the current exception and returns
 * NULL (or -1); callers pass the failure up, releasing what they hold.
 * Exceptions are Python objects (obj_exc.c), so unwinding is ordinary code
 * and every decref on the way out is visible.
 *
 * A *stop* (unsupported Python, a hard limit) is raised the same way but no
 * except or finally clause runs for it: the run ends with exit status 3.
 */
#ifndef MEMGUIDE_PYSIM_ERROR_H
#define MEMGUIDE_PYSIM_ERROR_H

#include <stdarg.h>

#include "pysim/object.h"

/* The exception types (obj_exc.c). */
extern PyType py_exc_BaseException, py_exc_Exception, py_exc_SystemExit,
    py_exc_KeyboardInterrupt, py_exc_GeneratorExit, py_exc_StopIteration,
    py_exc_ArithmeticError, py_exc_ZeroDivisionError, py_exc_OverflowError,
    py_exc_FloatingPointError, py_exc_AssertionError, py_exc_AttributeError,
    py_exc_LookupError, py_exc_IndexError, py_exc_KeyError, py_exc_NameError,
    py_exc_UnboundLocalError, py_exc_TypeError, py_exc_ValueError,
    py_exc_UnicodeError, py_exc_UnicodeDecodeError, py_exc_UnicodeEncodeError,
    py_exc_RuntimeError, py_exc_RecursionError, py_exc_NotImplementedError,
    py_exc_MemoryError, py_exc_ImportError, py_exc_ModuleNotFoundError,
    py_exc_SyntaxError, py_exc_IndentationError, py_exc_TabError,
    py_exc_OSError, py_exc_EOFError, py_exc_BufferError, py_exc_ReferenceError,
    py_exc_SystemError, py_exc_StopAsyncIteration, py_exc_Warning,
    py_exc_UserWarning, py_exc_DeprecationWarning, py_exc_RuntimeWarning,
    py_exc_FileNotFoundError, py_exc_PermissionError, py_exc_ConnectionError,
    py_exc_TimeoutError, py_exc_UnicodeTranslateError, py_exc_BytesWarning,
    py_exc_EncodingWarning, py_exc_FutureWarning, py_exc_ImportWarning,
    py_exc_PendingDeprecationWarning, py_exc_ResourceWarning, py_exc_SyntaxWarning,
    py_exc_UnicodeWarning, py_exc_BlockingIOError, py_exc_ChildProcessError,
    py_exc_FileExistsError, py_exc_InterruptedError, py_exc_IsADirectoryError,
    py_exc_NotADirectoryError, py_exc_ProcessLookupError, py_exc_BrokenPipeError,
    py_exc_ConnectionAbortedError, py_exc_ConnectionRefusedError,
    py_exc_ConnectionResetError;

/* Raise type(msg).  Formats with py_format (str.c): %s C string, %d int,
 * %ld long, %zd ssize, %U str object, %R repr of an object, %S str of an
 * object, %T type name of an object, %c code point.  Always return NULL so
 * callers can write `return py_err_format(...)`. */
PyObj *py_err_format(PyType *type, const char *fmt, ...);
PyObj *py_err_vformat(PyType *type, const char *fmt, va_list ap);
/* Raise type(value) for a given value (NULL: no arguments). value BORROWED. */
PyObj *py_err_set_value(PyType *type, PyObj *value);
/* Raise an exception object (BORROWED), or an instance of an exception class. */
PyObj *py_err_set_object(PyObj *exc);
/* MemoryError, as when the simulated heap is over its cap. */
PyObj *py_err_no_memory(void);

/* Is an exception (or stop) being raised?  BORROWED, or NULL. */
PyObj *py_err_occurred(void);
/* Does the current exception match type (or tuple of types)? */
bool py_err_matches(PyObj *type);
bool py_exc_matches(PyObj *exc, PyObj *type);
/* Takes the current exception (NEW), leaving none set. */
PyObj *py_err_fetch(void);
/* Sets exc (stolen) as the current exception, unchanged. */
void py_err_restore(PyObj *exc);
void py_err_clear(void);

/* Stops the run: Python outside the subset, or past a limit.  The location
 * is filled in by the evaluator from the innermost node it is evaluating,
 * unless given with py_stop_at.  Return NULL. */
PyObj *py_unsupported(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
PyObj *py_stop_limit(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void py_stop_at(int line, int col1);
bool py_stopping(void);

/* The stack of exceptions being handled (sys.exc_info, implicit chaining). */
void py_exc_push_handled(PyObj *exc);   /* BORROWED; the stack takes a reference */
void py_exc_pop_handled(void);
PyObj *py_exc_current_handled(void);     /* BORROWED or NULL */

/* C recursion guard for repr/compare/hash of nested containers:
 * returns -1 with RecursionError "maximum recursion depth exceeded<where>". */
int py_enter_recursive(const char *where);
void py_leave_recursive(void);

#endif
