/* finalize.h — the end of a program's modules (CPython's finalize_modules). */
#ifndef MEMGUIDE_PYSIM_FINALIZE_H
#define MEMGUIDE_PYSIM_FINALIZE_H

/* Empties sys.modules (every module replaced by None), collects, clears
 * the namespaces of modules still alive, then sys and builtins, and
 * collects again; finalizers run as each object dies.  Releases
 * py_vm->main_dict (the module alone holds __main__'s namespace). */
void py_finalize_modules(void);

#endif
