/* modules.h — the simulated standard-library modules (each in mod_*.c). */
#ifndef MEMGUIDE_PYSIM_MODULES_H
#define MEMGUIDE_PYSIM_MODULES_H

#include "pysim/object.h"

/* Each makes a NEW module object (called once per run, on first import). */
PyObj *py_mod_sys_init(void);
PyObj *py_mod_math_init(void);
PyObj *py_mod_copy_init(void);

#endif
