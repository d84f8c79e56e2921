/* modules.h — the simulated standard-library modules (each in mod_*.c). */
#ifndef MEMGUIDE_PYSIM_MODULES_H
#define MEMGUIDE_PYSIM_MODULES_H

#include "pysim/object.h"

/* Each makes a NEW module object (called once per run, on first import). */
PyObj *py_mod_sys_init(void);
PyObj *py_mod_math_init(void);
PyObj *py_mod_copy_init(void);
PyObj *py_mod_gc_init(void);        /* mod_gc.c */
PyObj *py_mod_weakref_init(void);   /* mod_weakref.c */
PyObj *py_mod__weakref_init(void);  /* mod_weakref.c: the built-in _weakref */

/* sys.displayhook(value), what the REPL does with an expression
 * statement's value: unless it is None, `_` is set to None, the repr is
 * written to stdout, and `_` is set to the value.  0 or -1. */
int py_sys_displayhook(PyObj *value);
/* PyErr_Print's sys.last_exc, last_type, last_value and last_traceback:
 * the REPL keeps the last uncaught exception (NULL: sets them to None). */
void py_sys_set_last_exc(PyObj *exc);

#endif
