/* ast_walk.h — visiting the children of a node, for passes that look at
 * every node of a code body (compile.c's per-code constants). */
#ifndef MEMGUIDE_PYSIM_AST_WALK_H
#define MEMGUIDE_PYSIM_AST_WALK_H

#include "pysim/ast.h"

typedef void (*AstVisit)(Node *n, void *ctx);

/* Calls visit on each direct child of n in source order.  With
 * own_code_only, the bodies of nested functions, lambdas, classes and
 * generator expressions are skipped (the parts evaluated where they are
 * defined — decorators, defaults, bases, a genexp's first iterable — are
 * visited). */
void ast_visit_children(Node *n, AstVisit visit, void *ctx, bool own_code_only);

#endif
