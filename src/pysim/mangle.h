/* mangle.h — private name mangling (Python/compile.c _Py_Mangle): inside a
 * class, an identifier __x (not ending in __) is renamed _Class__x. */
#ifndef MEMGUIDE_PYSIM_MANGLE_H
#define MEMGUIDE_PYSIM_MANGLE_H

#include "base/arena.h"
#include "pysim/ast.h"

/* Rewrites the identifiers of a parsed module in place. */
void mangle_module(Arena *arena, Node *mod);

#endif
