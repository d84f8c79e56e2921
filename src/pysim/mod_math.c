/* mod_math.c — the math module (work in progress). */
#include "pysim/modules.h"
#include "pysim/obj.h"

PyObj *py_mod_math_init(void) { return py_module_new("math"); }
