/* mangle.c — private name mangling, done once on the tree before the
 * other passes so that every later pass sees the names CPython's
 * compiler uses.  The class whose name mangles is the innermost enclosing
 * class; a class statement's decorators, bases and keywords belong to the
 * scope around it. */
#include "pysim/mangle.h"

#include <string.h>

#include "pysim/ast_walk.h"

typedef struct Mangler {
    Arena *arena;
    const char *cls; /* the class name, leading underscores stripped; NULL outside classes */
} Mangler;

static const char *mangle(Mangler *m, const char *name)
{
    if (!m->cls || !name) return name;
    size_t n = strlen(name);
    if (n < 3 || name[0] != '_' || name[1] != '_') return name;
    if (name[n - 1] == '_' && name[n - 2] == '_') return name;
    if (strchr(name, '.')) return name;
    size_t cn = strlen(m->cls);
    char *out = arena_alloc(m->arena, 1 + cn + n + 1);
    out[0] = '_';
    memcpy(out + 1, m->cls, cn);
    memcpy(out + 1 + cn, name, n + 1);
    return out;
}

static void visit(Node *n, void *ctx);

static void args(Mangler *m, Node *a)
{
    NodeList *lists[] = {&a->u.arguments.posonlyargs, &a->u.arguments.args, &a->u.arguments.kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->len; i++) lists[k]->items[i]->u.arg.arg = mangle(m, lists[k]->items[i]->u.arg.arg);
    if (a->u.arguments.vararg) a->u.arguments.vararg->u.arg.arg = mangle(m, a->u.arguments.vararg->u.arg.arg);
    if (a->u.arguments.kwarg) a->u.arguments.kwarg->u.arg.arg = mangle(m, a->u.arguments.kwarg->u.arg.arg);
}

static void visit(Node *n, void *ctx)
{
    Mangler *m = ctx;
    switch (n->kind) {
    case N_NAME: n->u.name.id = mangle(m, n->u.name.id); break;
    case N_ATTRIBUTE: n->u.attribute.attr = mangle(m, n->u.attribute.attr); break;
    case N_KEYWORD: n->u.keyword.arg = mangle(m, n->u.keyword.arg); break;
    case N_EXCEPTHANDLER: n->u.handler.name = mangle(m, n->u.handler.name); break;
    case N_ALIAS:
        if (n->u.alias.asname) n->u.alias.asname = mangle(m, n->u.alias.asname);
        else n->u.alias.name = mangle(m, n->u.alias.name);
        break;
    case N_GLOBAL:
    case N_NONLOCAL:
        for (int i = 0; i < n->u.global.len; i++) n->u.global.names[i] = mangle(m, n->u.global.names[i]);
        break;
    case N_FUNCTIONDEF:
        n->u.funcdef.name = mangle(m, n->u.funcdef.name);
        args(m, n->u.funcdef.args);
        ast_visit_children(n, visit, ctx, false);
        return;
    case N_LAMBDA: args(m, n->u.lambda.args); break;
    case N_CLASSDEF: {
        n->u.classdef.name = mangle(m, n->u.classdef.name);
        /* decorators, bases and keywords are the enclosing scope's */
        ast_visit_children(n, visit, ctx, true);
        Mangler inner = {m->arena, n->u.classdef.name};
        while (*inner.cls == '_') inner.cls++;
        if (!*inner.cls) inner.cls = NULL;
        for (int i = 0; i < n->u.classdef.body.len; i++) visit(n->u.classdef.body.items[i], &inner);
        return;
    }
    default: break;
    }
    ast_visit_children(n, visit, ctx, false);
}

void mangle_module(Arena *arena, Node *mod)
{
    Mangler m = {arena, NULL};
    visit(mod, &m);
}
