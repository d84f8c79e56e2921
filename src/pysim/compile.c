/* compile.c — from a parsed module to something the evaluator can run:
 * a CodeInfo per function/lambda/class/genexp/module with its frame
 * layout, every Name node annotated with how it is reached, constants
 * folded (Python/ast_opt.c's rules and limits) and merged per compilation
 * unit (Python/compile.c's constant cache), and the compile-time
 * SyntaxWarnings CPython prints.
 */
#include <math.h>
#include <string.h>

#include "pysim/ast_walk.h"
#include "pysim/compile.h"
#include "pysim/const_fold.h"
#include "pysim/mangle.h"
#include "pysim/obj.h"
#include "pysim/symtable.h"
#include "pysim/vm.h"

struct CompileUnit {
    Arena *arena;
    Scope *top;
    CodeInfo **codes;
    int ncodes, capcodes;
    ConstCache consts;
    const char *filename, *src;
    size_t len;
    SyntaxErr *err;
    Buf *warnings;
    bool failed;
    bool interactive;  /* a REPL statement */
    bool released;     /* compile_release_module ran */
    bool linked;       /* nested code objects are constants of their hosts */
};

typedef struct PyCodeObj {
    PyObj ob;
    CodeInfo *info;
    PyObj *filename;
    struct ConstsTuple *consts; /* co_consts, maybe shared with equal code objects */
} PyCodeObj;

/* A code object's co_consts.  The compiler merges equal constant tuples,
 * so functions whose constants are the same (in the same order) share
 * one: the constants then have one reference for all of them. */
typedef struct ConstsTuple {
    size_t refs;      /* code objects sharing it */
    PyObj **items;    /* one reference to each mortal constant */
    size_t n;
    PyObj **key;      /* every constant in order, immortal ones too (borrowed) */
    size_t nkey;
} ConstsTuple;

static void consts_release(ConstsTuple *t)
{
    if (!t || --t->refs) return;
    for (size_t i = 0; i < t->n; i++) py_decref(t->items[i]);
    free(t->items);
    free(t->key);
    free(t);
}

static PyObj *code_repr(PyObj *o)
{
    PyCodeObj *c = (PyCodeObj *)o;
    return py_str_format_c("<code object %U at 0x%llx, file \"%U\", line %d>", c->info->name,
                           (unsigned long long)o->ob_id, c->filename, c->info->firstlineno);
}

static void code_dealloc(PyObj *o)
{
    PyCodeObj *c = (PyCodeObj *)o;
    if (c->info->code_obj == o) c->info->code_obj = NULL; /* no function can be made from it any more */
    py_clear(&c->filename);
    ConstsTuple *t = c->consts;
    c->consts = NULL;
    consts_release(t);
}

static PyObj *code_get_name(PyObj *o) { return py_newref(((PyCodeObj *)o)->info->name); }
static PyObj *code_get_qualname(PyObj *o) { return py_newref(((PyCodeObj *)o)->info->qualname); }
static PyObj *code_get_filename(PyObj *o) { return py_newref(((PyCodeObj *)o)->filename); }
static PyObj *code_get_firstlineno(PyObj *o) { return py_int_from_i64(((PyCodeObj *)o)->info->firstlineno); }
static PyObj *code_get_argcount(PyObj *o) { return py_int_from_i64(((PyCodeObj *)o)->info->argcount); }
static PyObj *code_names_tuple(CodeInfo *c, int from, int to)
{
    PyObj *t = py_tuple_new((size_t)(to - from));
    if (!t) return NULL;
    for (int i = from; i < to; i++) PY_TUPLE_ITEMS(t)[i - from] = py_newref(c->slot_names[i]);
    return t;
}
static PyObj *code_get_varnames(PyObj *o)
{
    CodeInfo *c = ((PyCodeObj *)o)->info;
    return code_names_tuple(c, 0, c->nfast);
}
static PyObj *code_get_cellvars(PyObj *o)
{
    CodeInfo *c = ((PyCodeObj *)o)->info;
    return code_names_tuple(c, c->nfast, c->nfast + c->ncells);
}
static PyObj *code_get_freevars(PyObj *o)
{
    CodeInfo *c = ((PyCodeObj *)o)->info;
    return code_names_tuple(c, c->nfast + c->ncells, c->nfast + c->ncells + c->nfree);
}

static const PyGetSetDef code_getset[] = {
    {"co_name", code_get_name, NULL},
    {"co_qualname", code_get_qualname, NULL},
    {"co_filename", code_get_filename, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL},
    {"co_argcount", code_get_argcount, NULL},
    {"co_varnames", code_get_varnames, NULL},
    {"co_cellvars", code_get_cellvars, NULL},
    {"co_freevars", code_get_freevars, NULL},
    {NULL, NULL, NULL},
};

PyType py_code_type = {
    .name = "code",
    .csize = sizeof(PyCodeObj),
    .basicsize = 200,
    .tp_dealloc = code_dealloc,
    .tp_repr = code_repr,
    .getset = code_getset,
};

/* ---- code infos ---- */

static PyObj *intern_c(const char *s) { return py_intern_c(s); }

static CodeInfo *new_code(CompileUnit *u, Scope *s)
{
    CodeInfo *c = arena_alloc(u->arena, sizeof *c);
    c->node = s->node;
    c->class_ref_slot = -1;
    c->class_cell_slot = -1;
    switch (s->kind) {
    case SK_MODULE: c->kind = CODE_MODULE; break;
    case SK_FUNCTION: c->kind = CODE_FUNCTION; break;
    case SK_LAMBDA: c->kind = CODE_LAMBDA; break;
    case SK_CLASS: c->kind = CODE_CLASS; break;
    case SK_GENEXP: c->kind = CODE_GENEXP; break;
    case SK_COMPREHENSION: break;
    }
    c->name = intern_c(s->name);
    c->firstlineno = s->node->lineno ? s->node->lineno : 1;
    if (s->kind == SK_FUNCTION && s->node->u.funcdef.decorators.len)
        c->firstlineno = s->node->u.funcdef.decorators.items[0]->lineno;
    if (s->kind == SK_CLASS && s->node->u.classdef.decorators.len)
        c->firstlineno = s->node->u.classdef.decorators.items[0]->lineno;
    c->uses_locals_dict = s->kind == SK_MODULE || s->kind == SK_CLASS;
    if (u->ncodes == u->capcodes) {
        u->capcodes = u->capcodes ? u->capcodes * 2 : 16;
        u->codes = xrealloc(u->codes, (size_t)u->capcodes * sizeof *u->codes);
    }
    u->codes[u->ncodes++] = c;
    s->code = c;
    PyCodeObj *co = (PyCodeObj *)py_alloc(&py_code_type, sizeof(PyCodeObj), 200);
    co->info = c;
    co->filename = py_str_from_c(u->filename);
    c->code_obj = (PyObj *)co;
    c->filename_obj = co->filename;
    return c;
}

/* __qualname__ as CPython's compiler_set_qualname computes it; inlined
 * comprehensions add nothing. */
static void set_qualname(CompileUnit *u, Scope *s)
{
    CodeInfo *c = s->code;
    Scope *p = s->parent;
    while (p && p->kind == SK_COMPREHENSION) p = p->parent;
    if (!p || p->kind == SK_MODULE) {
        c->qualname = py_newref(c->name);
        return;
    }
    /* a name declared global in the enclosing function is qualified by its name only */
    if (s->kind == SK_FUNCTION || s->kind == SK_CLASS) {
        Sym *y = symtable_lookup(p, s->name);
        if (y && y->res == RES_GLOBAL_EXPLICIT) {
            c->qualname = py_newref(c->name);
            return;
        }
    }
    CodeInfo *pc = p->code;
    const char *sep = p->kind == SK_CLASS ? "." : ".<locals>.";
    c->qualname = py_str_format_c("%U%s%U", pc->qualname, sep, c->name);
}

/* ---- slots ---- */

typedef struct SlotNames {
    PyObj **names;
    int n, cap;
} SlotNames;

static int add_slot(SlotNames *sn, const char *name)
{
    if (sn->n == sn->cap) {
        sn->cap = sn->cap ? sn->cap * 2 : 16;
        sn->names = xrealloc(sn->names, (size_t)sn->cap * sizeof *sn->names);
    }
    sn->names[sn->n] = intern_c(name);
    return sn->n++;
}

/* The comprehensions hosted by s's frame, depth first. */
static void hosted(Scope *s, Scope ***out, int *n, int *cap)
{
    for (int i = 0; i < s->nchildren; i++) {
        Scope *c = s->children[i];
        if (c->kind != SK_COMPREHENSION) continue;
        if (*n == *cap) {
            *cap = *cap ? *cap * 2 : 8;
            *out = xrealloc(*out, (size_t)*cap * sizeof **out);
        }
        (*out)[(*n)++] = c;
        hosted(c, out, n, cap);
    }
}

static void layout(CompileUnit *u, Scope *s)
{
    CodeInfo *c = s->code;
    Scope **comps = NULL;
    int ncomps = 0, capcomps = 0;
    hosted(s, &comps, &ncomps, &capcomps);
    SlotNames fast = {0}, cells = {0}, frees = {0};

    /* fast slots: parameters in order, other locals, comprehension variables */
    if (symtable_function_like(s)) {
        for (int p = 0; p < s->nparams; p++)
            for (int i = 0; i < s->nsyms; i++)
                if (s->syms[i].param_index == p) s->syms[i].slot = add_slot(&fast, s->syms[i].name);
        for (int i = 0; i < s->nsyms; i++)
            if (s->syms[i].res == RES_LOCAL && s->syms[i].param_index < 0)
                s->syms[i].slot = add_slot(&fast, s->syms[i].name);
    }
    for (int k = 0; k < ncomps; k++)
        for (int i = 0; i < comps[k]->nsyms; i++)
            if (comps[k]->syms[i].res == RES_LOCAL) comps[k]->syms[i].slot = add_slot(&fast, comps[k]->syms[i].name);
    int nfast = fast.n;

    /* cells: own cells (a cell parameter moves in at frame start), the
     * class's __class__ cell, comprehension variables captured by closures */
    int *cell_param = NULL;
    int ncell_param = 0;
    for (int i = 0; i < s->nsyms; i++) {
        Sym *y = &s->syms[i];
        if (y->res != RES_CELL) continue;
        int param_slot = y->param_index >= 0 ? y->slot : -1;
        y->slot = nfast + add_slot(&cells, y->name);
        cell_param = xrealloc(cell_param, (size_t)(ncell_param + 1) * sizeof *cell_param);
        cell_param[ncell_param++] = param_slot;
    }
    if (s->kind == SK_CLASS && s->needs_class_cell) {
        c->has_class_cell = true;
        c->class_cell_slot = nfast + add_slot(&cells, "__class__");
        cell_param = xrealloc(cell_param, (size_t)(ncell_param + 1) * sizeof *cell_param);
        cell_param[ncell_param++] = -1;
    }
    for (int k = 0; k < ncomps; k++) {
        for (int i = 0; i < comps[k]->nsyms; i++) {
            Sym *y = &comps[k]->syms[i];
            if (y->res != RES_CELL) continue;
            y->slot = nfast + add_slot(&cells, y->name);
            cell_param = xrealloc(cell_param, (size_t)(ncell_param + 1) * sizeof *cell_param);
            cell_param[ncell_param++] = -2; /* made when the comprehension starts */
        }
    }
    int ncells = cells.n;

    /* free variables: the class's pass-through names count too */
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].res == RES_FREE) s->syms[i].slot = nfast + ncells + add_slot(&frees, s->syms[i].name);
    if (s->kind == SK_CLASS) {
        for (int i = 0; i < s->npass; i++) {
            Sym *y = symtable_lookup(s, s->passthrough[i]);
            if (y && y->res == RES_FREE) continue;
            if (!y) y = symtable_lookup(s, s->passthrough[i]);
            int slot = nfast + ncells + add_slot(&frees, s->passthrough[i]);
            if (y && y->res != RES_LOCAL && y->res != RES_GLOBAL_EXPLICIT) y->slot = slot;
        }
    }
    c->nfast = nfast;
    c->ncells = ncells;
    c->nfree = frees.n;
    int total = nfast + ncells + frees.n;
    c->slot_names = arena_alloc(u->arena, (size_t)(total ? total : 1) * sizeof(PyObj *));
    for (int i = 0; i < nfast; i++) c->slot_names[i] = fast.names[i];
    for (int i = 0; i < ncells; i++) c->slot_names[nfast + i] = cells.names[i];
    for (int i = 0; i < frees.n; i++) c->slot_names[nfast + ncells + i] = frees.names[i];
    c->cell_from_param = arena_alloc(u->arena, (size_t)(ncells ? ncells : 1) * sizeof(int));
    for (int i = 0; i < ncells; i++) c->cell_from_param[i] = cell_param[i];
    c->free_from = arena_alloc(u->arena, (size_t)(frees.n ? frees.n : 1) * sizeof(int));
    Sym *cr = symtable_lookup(s, "__class__");
    if (cr && cr->res == RES_FREE && symtable_function_like(s)) c->class_ref_slot = cr->slot;
    free(fast.names);
    free(cells.names);
    free(frees.names);
    free(cell_param);
    free(comps);
}

/* The frame slot that holds the cell for `name` as seen from scope s (whose
 * frame is symtable_host(s)'s), or -1. */
static int cell_slot_in(Scope *s, const char *name)
{
    for (;;) {
        Sym *y = symtable_lookup(s, name);
        if (s->kind == SK_CLASS) {
            if (!strcmp(name, "__class__") && s->code && ((CodeInfo *)s->code)->has_class_cell)
                return ((CodeInfo *)s->code)->class_cell_slot;
            if (y && y->slot >= 0 && (y->res == RES_FREE || y->res == RES_UNSET || y->res == RES_GLOBAL_IMPLICIT))
                return y->slot;
            /* pass-through names have a free slot even when the class binds the name itself */
            CodeInfo *c = s->code;
            for (int i = c->nfast + c->ncells; i < c->nfast + c->ncells + c->nfree; i++)
                if (py_str_eq_c(c->slot_names[i], name)) return i;
            return -1;
        }
        /* an inlined comprehension's free variable is its host's */
        if (y && (y->res == RES_CELL || (y->res == RES_FREE && s->kind != SK_COMPREHENSION))) return y->slot;
        if (s->kind != SK_COMPREHENSION || !s->parent) return -1;
        s = s->parent;
    }
}

static void closures(CompileUnit *u, Scope *s)
{
    CodeInfo *c = s->code;
    if (s->kind != SK_MODULE && s->kind != SK_COMPREHENSION) {
        for (int i = 0; i < c->nfree; i++) {
            const char *name = py_str_utf8(c->slot_names[c->nfast + c->ncells + i]);
            c->free_from[i] = cell_slot_in(s->parent, name);
        }
    }
    for (int i = 0; i < s->nchildren; i++) closures(u, s->children[i]);
}

/* ---- annotating names ---- */

/* How scope s reaches `name`: (SC_*, slot). */
static void resolve(Scope *s, const char *name, int *scope, int *slot)
{
    Sym *y = symtable_lookup(s, name);
    *slot = -1;
    if (!y) {
        *scope = s->kind == SK_MODULE || s->kind == SK_CLASS ? SC_NAME : SC_GLOBAL;
        return;
    }
    switch (y->res) {
    case RES_GLOBAL_EXPLICIT: *scope = SC_GLOBAL; return;
    case RES_GLOBAL_IMPLICIT:
    case RES_UNSET: *scope = s->kind == SK_MODULE || s->kind == SK_CLASS ? SC_NAME : SC_GLOBAL; return;
    case RES_LOCAL:
        if (s->kind == SK_MODULE || s->kind == SK_CLASS) {
            *scope = SC_NAME;
            return;
        }
        *scope = SC_FAST;
        *slot = y->slot;
        return;
    case RES_CELL:
        *scope = SC_DEREF;
        *slot = y->slot;
        return;
    case RES_FREE:
        if (s->kind == SK_CLASS) {
            *scope = SC_CLASSDEREF;
            *slot = y->slot;
            return;
        }
        if (s->kind == SK_COMPREHENSION) {
            /* an inlined comprehension reads its host's variable directly */
            resolve(s->parent, name, scope, slot);
            if (*scope == SC_NAME) *scope = SC_GLOBAL;
            if (*scope == SC_CLASSDEREF) *scope = SC_DEREF;
            return;
        }
        *scope = SC_DEREF;
        *slot = y->slot;
        return;
    }
}

static void annotate(CompileUnit *u, Scope *s)
{
    for (int i = 0; i < s->nnames; i++) {
        Node *n = s->names[i];
        n->u.name.id_obj = intern_c(n->u.name.id);
        resolve(s, n->u.name.id, &n->u.name.scope, &n->u.name.slot);
    }
    for (int i = 0; i < s->nhandlers; i++) {
        Node *h = s->handlers[i];
        h->u.handler.name_obj = intern_c(h->u.handler.name);
        resolve(s, h->u.handler.name, &h->u.handler.scope, &h->u.handler.slot);
    }
    for (int i = 0; i < s->nchildren; i++) annotate(u, s->children[i]);
}

/* ---- code infos for every scope ---- */

/* After layout: which host slots an inlined comprehension owns. */
static void comp_slots(CompileUnit *u, Scope *s)
{
    for (int i = 0; i < s->nchildren; i++) comp_slots(u, s->children[i]);
    if (s->kind != SK_COMPREHENSION) return;
    CompSlots *cs = arena_alloc(u->arena, sizeof *cs);
    cs->locals = arena_alloc(u->arena, (size_t)(s->nsyms + 1) * sizeof(int));
    cs->cells = arena_alloc(u->arena, (size_t)(s->nsyms + 1) * sizeof(int));
    for (int i = 0; i < s->nsyms; i++) {
        Sym *y = &s->syms[i];
        if (y->res == RES_LOCAL) cs->locals[cs->nlocals++] = y->slot;
        else if (y->res == RES_CELL) cs->cells[cs->ncells++] = y->slot;
    }
    s->node->u.comp.code = cs;
}

static int make_codes(CompileUnit *u, Scope *s)
{
    if (s->kind == SK_COMPREHENSION) {
        s->code = symtable_host(s)->code;
    } else {
        new_code(u, s);
        set_qualname(u, s);
        if (s->is_generator) {
            Node *g = s->generator_node;
            syntax_error_unsupported(u->err, u->filename, u->src, u->len, g->lineno, g->col,
                                     "generator functions (yield)");
            return -1;
        }
    }
    CodeInfo *c = s->code;
    switch (s->kind) {
    case SK_FUNCTION: s->node->u.funcdef.code = c; break;
    case SK_LAMBDA: s->node->u.lambda.code = c; break;
    case SK_CLASS: s->node->u.classdef.code = c; break;
    case SK_GENEXP: s->node->u.comp.code = c; break;
    default: break;
    }
    if (s->kind == SK_FUNCTION || s->kind == SK_LAMBDA) {
        Node *a = s->kind == SK_FUNCTION ? s->node->u.funcdef.args : s->node->u.lambda.args;
        c->posonlyargcount = a->u.arguments.posonlyargs.len;
        c->argcount = a->u.arguments.posonlyargs.len + a->u.arguments.args.len;
        c->kwonlyargcount = a->u.arguments.kwonlyargs.len;
        c->has_varargs = a->u.arguments.vararg != NULL;
        c->has_varkw = a->u.arguments.kwarg != NULL;
    } else if (s->kind == SK_GENEXP) {
        c->argcount = 1;
    }
    for (int i = 0; i < s->nchildren; i++)
        if (make_codes(u, s->children[i]) < 0) return -1;
    if (s->kind != SK_COMPREHENSION) layout(u, s);
    return 0;
}

/* ---- docstrings ---- */

static void set_doc(CodeInfo *c, NodeList body)
{
    if (!body.len) return;
    Node *first = body.items[0];
    if (first->kind == N_EXPR && first->u.expr.value->kind == N_CONSTANT &&
        first->u.expr.value->u.constant.ck == CONST_STR)
        c->doc = first->u.expr.value->u.constant.value;
}

static void docs(CompileUnit *u)
{
    for (int i = 0; i < u->ncodes; i++) {
        CodeInfo *c = u->codes[i];
        if (c->kind == CODE_FUNCTION) set_doc(c, c->node->u.funcdef.body);
        else if (c->kind == CODE_CLASS) set_doc(c, c->node->u.classdef.body);
        else if (c->kind == CODE_MODULE && !u->interactive) set_doc(c, c->node->u.module.body);
    }
}

/* ---- co_consts ---- */

static void add_const(PyCodeObj *co, PyObj *v)
{
    if (!v) return;
    ConstsTuple *t = co->consts;
    for (size_t i = 0; i < t->nkey; i++)
        if (t->key[i] == v) return;
    t->key = xrealloc(t->key, (t->nkey + 1) * sizeof *t->key);
    t->key[t->nkey++] = v;
    if (v->ob_flags & PY_OBF_IMMORTAL) return;
    t->items = xrealloc(t->items, (t->n + 1) * sizeof *t->items);
    t->items[t->n++] = py_newref(v);
}

static void collect_consts(Node *n, void *ctx)
{
    PyCodeObj *co = ctx;
    if (n->kind == N_CONSTANT) add_const(co, n->u.constant.value);
    else if ((n->kind == N_LIST || n->kind == N_SET) && n->u.seq.const_items) {
        /* compile.c starunpack_helper: the folded tuple (frozenset) is the
         * display's only constant; its items are not co_consts of their own */
        add_const(co, n->u.seq.const_items);
        return;
    }
    Node *a = n->kind == N_FUNCTIONDEF ? n->u.funcdef.args : n->kind == N_LAMBDA ? n->u.lambda.args : NULL;
    if (a && a->u.arguments.defaults_const) {
        /* the folded defaults tuple replaces its items' own constants */
        NodeList defaults = a->u.arguments.defaults;
        a->u.arguments.defaults = (NodeList){0};
        ast_visit_children(n, collect_consts, ctx, true);
        a->u.arguments.defaults = defaults;
        add_const(co, a->u.arguments.defaults_const);
        return;
    }
    ast_visit_children(n, collect_consts, ctx, true);
}

/* Each code object keeps the constants of its own body alive (co_consts),
 * which sys.getrefcount shows. */
static void code_consts(CodeInfo *c)
{
    PyCodeObj *co = (PyCodeObj *)c->code_obj;
    Node *n = c->node;
    co->consts = xcalloc(1, sizeof *co->consts);
    co->consts->refs = 1;
    /* a function's first constant is its docstring or None */
    if (c->kind == CODE_FUNCTION || c->kind == CODE_LAMBDA) add_const(co, c->doc ? c->doc : PY_NONE);
    switch (c->kind) {
    case CODE_FUNCTION:
        for (int i = 0; i < n->u.funcdef.body.len; i++) collect_consts(n->u.funcdef.body.items[i], co);
        break;
    case CODE_LAMBDA: collect_consts(n->u.lambda.body, co); break;
    case CODE_CLASS:
        for (int i = 0; i < n->u.classdef.body.len; i++) collect_consts(n->u.classdef.body.items[i], co);
        break;
    case CODE_GENEXP:
        collect_consts(n->u.comp.elt, co);
        for (int i = 0; i < n->u.comp.generators.len; i++) {
            Node *g = n->u.comp.generators.items[i];
            if (i) collect_consts(g->u.comprehension.iter, co);
            collect_consts(g->u.comprehension.target, co);
            for (int k = 0; k < g->u.comprehension.ifs.len; k++) collect_consts(g->u.comprehension.ifs.items[k], co);
        }
        break;
    case CODE_MODULE:
        for (int i = 0; i < n->u.module.body.len; i++) collect_consts(n->u.module.body.items[i], co);
        break;
    }
}

/* A nested function's, lambda's, class body's or genexp's code object is a
 * constant of the code that makes it; the compiler's reference to it
 * becomes that constant.  Comprehensions are inlined in their host. */
static void link_codes(Scope *s, PyCodeObj *host)
{
    PyCodeObj *own = host;
    if (s->kind != SK_COMPREHENSION) {
        own = (PyCodeObj *)((CodeInfo *)s->code)->code_obj;
        if (host) { /* the compiler's reference becomes the constant's */
            ConstsTuple *t = host->consts;
            t->key = xrealloc(t->key, (t->nkey + 1) * sizeof *t->key);
            t->key[t->nkey++] = (PyObj *)own;
            t->items = xrealloc(t->items, (t->n + 1) * sizeof *t->items);
            t->items[t->n++] = (PyObj *)own;
        }
    }
    for (int i = 0; i < s->nchildren; i++) link_codes(s->children[i], own);
}

/* merge_consts_recursive on co_consts: a function or lambda whose
 * constants equal an earlier one's (the same objects in the same order)
 * takes that one's tuple. */
static void share_consts(CompileUnit *u)
{
    for (int i = 0; i < u->ncodes; i++) {
        CodeInfo *c = u->codes[i];
        if (c->kind != CODE_FUNCTION && c->kind != CODE_LAMBDA) continue;
        PyCodeObj *co = (PyCodeObj *)c->code_obj;
        for (int j = 0; j < i; j++) {
            CodeInfo *d = u->codes[j];
            if (d->kind != CODE_FUNCTION && d->kind != CODE_LAMBDA) continue;
            ConstsTuple *mine = co->consts, *theirs = ((PyCodeObj *)d->code_obj)->consts;
            if (mine == theirs || mine->nkey != theirs->nkey ||
                memcmp(mine->key, theirs->key, mine->nkey * sizeof *mine->key) != 0)
                continue;
            theirs->refs++;
            co->consts = theirs;
            consts_release(mine);
            break;
        }
    }
}

/* ---- the unit ---- */

CompileUnit *compile_module(Arena *arena, Node *mod, const char *filename, SyntaxErr *err)
{
    return compile_module_ex(arena, mod, filename, py_vm->source, py_vm->source_len, err, NULL);
}

static CompileUnit *compile_unit(Arena *arena, Node *mod, const char *filename, const char *src, size_t len,
                                 SyntaxErr *err, Buf *warnings, bool interactive);

CompileUnit *compile_module_ex(Arena *arena, Node *mod, const char *filename, const char *src, size_t len,
                               SyntaxErr *err, Buf *warnings)
{
    return compile_unit(arena, mod, filename, src, len, err, warnings, false);
}

static CompileUnit *compile_unit(Arena *arena, Node *mod, const char *filename, const char *src, size_t len,
                                 SyntaxErr *err, Buf *warnings, bool interactive)
{
    CompileUnit *u = xcalloc(1, sizeof *u);
    u->interactive = interactive;
    u->arena = arena;
    u->filename = filename;
    u->src = src;
    u->len = len;
    u->err = err;
    u->warnings = warnings;
    const_cache_init(&u->consts);
    mangle_module(arena, mod);
    /* constants first: the warnings and the folding look at them */
    if (const_fold_module(&u->consts, arena, mod, filename, src, len, warnings, err) < 0) {
        compile_free_unit(u);
        return NULL;
    }
    u->top = symtable_build(arena, mod, filename, src, len, err);
    if (!u->top || make_codes(u, u->top) < 0) {
        compile_free_unit(u);
        return NULL;
    }
    closures(u, u->top);
    comp_slots(u, u->top);
    annotate(u, u->top);
    docs(u);
    ((CodeInfo *)u->top->code)->interactive = u->interactive;
    for (int i = 0; i < u->ncodes; i++) code_consts(u->codes[i]);
    const_cache_drop_codegen(&u->consts);
    link_codes(u->top, NULL);
    share_consts(u);
    u->linked = true;
    return u;
}

CompileUnit *compile_interactive(Arena *arena, Node *mod, const char *filename, const char *src, size_t len,
                                 SyntaxErr *err, Buf *warnings)
{
    return compile_unit(arena, mod, filename, src, len, err, warnings, true);
}

CodeInfo *compile_unit_code(CompileUnit *u) { return u->top->code; }

void compile_release_module(CompileUnit *u)
{
    if (!u || u->released) return;
    u->released = true;
    if (u->linked) {
        py_clear(&((CodeInfo *)u->top->code)->code_obj);
    } else { /* compilation failed: each code object is the compiler's alone */
        for (int i = 0; i < u->ncodes; i++) py_clear(&u->codes[i]->code_obj);
    }
    const_cache_free(&u->consts);
}

void compile_free_unit(CompileUnit *u)
{
    if (!u) return;
    compile_release_module(u);
    for (int i = 0; i < u->ncodes; i++) py_clear(&u->codes[i]->qualname);
    free(u->codes);
    const_cache_free(&u->consts);
    symtable_free(u->top);
    free(u);
}
