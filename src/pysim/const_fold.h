/* const_fold.h — constants of a compilation unit: making the objects for
 * Constant nodes, folding constant expressions as CPython 3.12's AST
 * optimiser does (Python/ast_opt.c, with its size limits), merging equal
 * constants into one object (Python/compile.c's constant cache), and the
 * SyntaxWarnings the compiler prints about literals ("is" with a literal,
 * a literal called or subscripted).
 */
#ifndef MEMGUIDE_PYSIM_CONST_FOLD_H
#define MEMGUIDE_PYSIM_CONST_FOLD_H

#include "base/arena.h"
#include "base/buf.h"
#include "pysim/ast.h"
#include "pysim/object.h"
#include "pysim/syntax_error.h"

/* The unit's constants: one object per distinct constant key. */
typedef struct ConstCache {
    char **keys;
    PyObj **values;  /* one reference each */
    size_t n, cap;
    size_t *index;   /* open addressing over keys, size capindex */
    size_t capindex;
    /* CPython's parser makes an object for every literal, and the AST
     * arena keeps each alive while the module runs; the cache's reference
     * stands for the arena's one to the first (canonical) object, and these
     * are the others (equal literals met later, folded-over results) */
    PyObj **arena;
    size_t narena, caparena;
    /* entries the code generator made (a function's defaults tuple), which
     * no arena holds: their cache reference is dropped once the code
     * objects hold their constants (const_cache_drop_codegen) */
    size_t *codegen;
    size_t ncodegen;
} ConstCache;

void const_cache_init(ConstCache *c);
void const_cache_free(ConstCache *c);
/* Drops the cache's references to the code generator's constants: call
 * once every code object of the unit holds its constants; from then on the
 * co_consts references alone keep them alive, as in CPython. */
void const_cache_drop_codegen(ConstCache *c);

/* Makes the objects of every Constant node of the tree, folds, merges, and
 * appends warnings.  Returns 0, or -1 with *err set (an unsupported
 * literal such as a complex number). */
int const_fold_module(ConstCache *c, Arena *arena, Node *mod, const char *filename, const char *src, size_t len,
                      Buf *warnings, SyntaxErr *err);

#endif
