/* compile.h — the pass between parser and evaluator: scopes, slots and
 * constants (CPython's symtable.c, compile.c and ast_opt.c in one).
 *
 * After compile_module, every Name node knows how it is reached (scope,
 * slot), every function/lambda/class/genexp node has its CodeInfo, and every
 * Constant node holds its object.  Equal constants of one compilation unit
 * are one object, as CPython 3.12's compiler merges them.
 */
#ifndef MEMGUIDE_PYSIM_COMPILE_H
#define MEMGUIDE_PYSIM_COMPILE_H

#include <stdbool.h>

#include "base/arena.h"
#include "pysim/ast.h"
#include "pysim/object.h"
#include "pysim/syntax_error.h"

/* How a Name is reached (Node.u.name.scope).  ORDER SCOPE */
enum {
    SC_FAST,       /* frame slot `slot` (function locals, comprehension variables) */
    SC_DEREF,      /* the cell in frame slot `slot` (cells and free variables) */
    SC_GLOBAL,     /* the globals dict, then builtins */
    SC_NAME,       /* the locals dict (module / class body), then globals, then builtins */
    SC_CLASSDEREF, /* class body: the class namespace, then the cell in `slot` */
};

typedef enum { CODE_MODULE, CODE_FUNCTION, CODE_LAMBDA, CODE_CLASS, CODE_GENEXP } CodeKind;

typedef struct CodeInfo CodeInfo;

struct CodeInfo {
    CodeKind kind;
    Node *node;
    PyObj *name;            /* co_name: "f", "<lambda>", "<module>", "<genexpr>", "A" */
    PyObj *qualname;        /* co_qualname: "A.f", "f.<locals>.g" */
    PyObj *doc;             /* the docstring constant, or NULL */
    PyObj *code_obj;        /* the code object (owns the constants for refcounts) */
    PyObj *filename_obj;    /* co_filename, as tracebacks show it */
    int firstlineno;

    /* frame layout: nfast fast slots, then ncells own cells, then nfree free cells */
    int nfast, ncells, nfree;
    PyObj **slot_names;     /* nfast + ncells + nfree interned names */
    int *cell_from_param;   /* per own cell: the parameter's fast slot to move in, -1 for an
                               empty cell, -2 for a comprehension's (made when it starts) */
    int *free_from;         /* per free cell: the slot (cell or free) in the enclosing frame */

    /* parameters, in fast slots 0..: positional (posonly first), keyword-only,
     * then *args, then **kwargs */
    int argcount, posonlyargcount, kwonlyargcount;
    bool has_varargs, has_varkw;

    bool has_class_cell;    /* class body: provides __class__ (zero-argument super) */
    int class_cell_slot;    /* its slot */
    int class_ref_slot;     /* function: the slot of free variable __class__, or -1 */
    bool uses_locals_dict;  /* module and class bodies */
    bool interactive;       /* a REPL statement's module code: expression
                               statements at its top level echo their value */
};

/* An inlined comprehension's own slots in its host frame: they are made
 * empty (cells: fresh cells) when it starts and emptied when it ends, as
 * CPython 3.12's LOAD_FAST_AND_CLEAR / MAKE_CELL do (Node.u.comp.code). */
typedef struct CompSlots {
    int nlocals, ncells;
    int *locals, *cells;
} CompSlots;

/* Compiles a parsed module (or interactive statement) in place.  Returns 0,
 * or -1 with *err filled (a SyntaxError or an unsupported construct).
 * Constants and CodeInfos live until compile_free_unit. */
typedef struct CompileUnit CompileUnit;
CompileUnit *compile_module(Arena *arena, Node *mod, const char *filename, SyntaxErr *err);
/* The same with the source given, and CPython's compile-time
 * SyntaxWarnings ("is" with a literal ...) appended to *warnings as
 * python3.12 prints them. */
CompileUnit *compile_module_ex(Arena *arena, Node *mod, const char *filename, const char *src, size_t len,
                               SyntaxErr *err, Buf *warnings);
/* The same for one statement the REPL read (parse_interactive's
 * N_INTERACTIVE root): no docstring, and top-level expression statements
 * echo their values (CodeInfo.interactive). */
CompileUnit *compile_interactive(Arena *arena, Node *mod, const char *filename, const char *src, size_t len,
                                 SyntaxErr *err, Buf *warnings);
CodeInfo *compile_unit_code(CompileUnit *u);
/* After the module code ran: drops the compiler's reference to the module
 * code object (nested code objects are its constants, so they live on only
 * in the functions made from them) and the parse tree's references to
 * constants, as CPython does once a module or REPL statement has run.  The
 * CodeInfos and the tree stay until compile_free_unit. */
void compile_release_module(CompileUnit *u);
/* Releases what is left (end of run). */
void compile_free_unit(CompileUnit *u);

#endif
