/* symtable.h — scope analysis (CPython's Python/symtable.c): which names
 * each scope binds, and whether each name it uses is local, a cell, free,
 * or global.  compile.c turns the result into frame slots.
 *
 * 3.12 inlines list/set/dict comprehensions (PEP 709): their scopes are
 * analysed as scopes of their own (their variables stay invisible outside)
 * but they run in the frame of the nearest enclosing non-comprehension
 * scope, the "host".
 */
#ifndef MEMGUIDE_PYSIM_SYMTABLE_H
#define MEMGUIDE_PYSIM_SYMTABLE_H

#include <stdbool.h>

#include "base/arena.h"
#include "pysim/ast.h"
#include "pysim/syntax_error.h"

typedef enum { SK_MODULE, SK_FUNCTION, SK_LAMBDA, SK_CLASS, SK_COMPREHENSION, SK_GENEXP } ScopeKind;

/* Symbol flags from the first pass. */
enum {
    DEF_LOCAL = 1 << 0,    /* assigned, deleted, imported, def/class name, for/with/except target */
    DEF_PARAM = 1 << 1,
    DEF_GLOBAL = 1 << 2,   /* global statement (or a comprehension's walrus at module level) */
    DEF_NONLOCAL = 1 << 3, /* nonlocal statement (or a comprehension's walrus in a function) */
    SYM_USE = 1 << 4,      /* read */
    DEF_ITER = 1 << 5,     /* a comprehension's for target */
};

/* Resolution from the second pass. */
typedef enum { RES_UNSET, RES_LOCAL, RES_GLOBAL_EXPLICIT, RES_GLOBAL_IMPLICIT, RES_FREE, RES_CELL } SymRes;

typedef struct Sym {
    const char *name;
    int flags;
    SymRes res;
    bool cell_needed;  /* FREE: a real closure needs the variable as a cell */
    int slot;          /* compile.c: the slot in the host code's frame */
    int param_index;   /* DEF_PARAM: its position among the parameters */
    const Node *decl;  /* the nonlocal statement, for its error */
} Sym;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    Scope *parent;
    Node *node;            /* Module, FunctionDef, Lambda, ClassDef, ListComp ... */
    const char *name;      /* for qualnames */
    Sym *syms;
    int nsyms, capsyms;
    int *index;            /* open-addressing hash of syms by name, size capindex */
    int capindex;
    Scope **children;
    int nchildren, capchildren;
    Node **names;          /* Name nodes read/written directly in this scope */
    int nnames, capnames;
    Node **handlers;       /* ExceptHandler nodes with a name */
    int nhandlers, caphandlers;
    const char **passthrough; /* class: free variables its children need */
    int npass, cappass;
    bool needs_class_cell;    /* class: a method uses super() or __class__ */
    bool is_generator;
    Node *generator_node;     /* the first yield, for the unsupported message */
    int nparams;
    void *code;               /* compile.c: the CodeInfo (host's for comprehensions) */
};

/* Builds the scopes of a module.  Returns the module scope, or NULL with
 * *err set (CPython's compile-time SyntaxErrors: 'return' outside function,
 * nonlocal/global misuse, duplicate arguments ...).  Everything lives in the
 * arena or is freed by symtable_free. */
Scope *symtable_build(Arena *arena, Node *mod, const char *filename, const char *src, size_t len, SyntaxErr *err);
void symtable_free(Scope *top);
Sym *symtable_lookup(Scope *s, const char *name);
/* The scope whose frame a comprehension runs in. */
Scope *symtable_host(Scope *s);
bool symtable_function_like(const Scope *s);

#endif
