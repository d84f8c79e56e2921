/* mod_copy.c — the copy module (work in progress). */
#include "pysim/modules.h"
#include "pysim/obj.h"

PyObj *py_mod_copy_init(void) { return py_module_new("copy"); }
