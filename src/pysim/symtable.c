/* symtable.c — the two passes of scope analysis; see symtable.h.
 *
 * Pass 1 walks the tree recording, per scope, every name bound or used and
 * every nested scope.  Pass 2 resolves each name as CPython's analyze_name
 * does, and records which names enclosing scopes must provide as cells.
 */
#include "pysim/symtable.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"

typedef struct ST {
    Arena *arena;
    const char *filename, *src;
    size_t len;
    SyntaxErr *err;
    int loop_depth;   /* loops enclosing the current statement in this function */
    bool failed;
} ST;

/* ---- scopes and symbols ---- */

static unsigned hash_name(const char *s)
{
    unsigned h = 2166136261u;
    while (*s) h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

static void reindex(Scope *s)
{
    free(s->index);
    s->capindex = s->capsyms * 2;
    s->index = malloc((size_t)s->capindex * sizeof *s->index);
    if (!s->index) abort();
    for (int i = 0; i < s->capindex; i++) s->index[i] = -1;
    for (int i = 0; i < s->nsyms; i++) {
        unsigned h = hash_name(s->syms[i].name) & (unsigned)(s->capindex - 1);
        while (s->index[h] >= 0) h = (h + 1) & (unsigned)(s->capindex - 1);
        s->index[h] = i;
    }
}

Sym *symtable_lookup(Scope *s, const char *name)
{
    if (!s->capindex) return NULL;
    unsigned h = hash_name(name) & (unsigned)(s->capindex - 1);
    while (s->index[h] >= 0) {
        Sym *y = &s->syms[s->index[h]];
        if (!strcmp(y->name, name)) return y;
        h = (h + 1) & (unsigned)(s->capindex - 1);
    }
    return NULL;
}

static Sym *add_sym(Scope *s, const char *name)
{
    Sym *y = symtable_lookup(s, name);
    if (y) return y;
    if (s->nsyms == s->capsyms) {
        s->capsyms = s->capsyms ? s->capsyms * 2 : 16;
        s->syms = xrealloc(s->syms, (size_t)s->capsyms * sizeof *s->syms);
        reindex(s);
    }
    y = &s->syms[s->nsyms++];
    memset(y, 0, sizeof *y);
    y->name = name;
    y->slot = -1;
    y->param_index = -1;
    unsigned h = hash_name(name) & (unsigned)(s->capindex - 1);
    while (s->index[h] >= 0) h = (h + 1) & (unsigned)(s->capindex - 1);
    s->index[h] = s->nsyms - 1;
    return y;
}

#define PUSH(arr, n, cap, v)                                         \
    do {                                                             \
        if ((n) == (cap)) {                                          \
            (cap) = (cap) ? (cap) * 2 : 8;                           \
            (arr) = xrealloc((arr), (size_t)(cap) * sizeof *(arr));  \
        }                                                            \
        (arr)[(n)++] = (v);                                          \
    } while (0)

static Scope *new_scope(ST *st, ScopeKind kind, Scope *parent, Node *node, const char *name)
{
    Scope *s = xcalloc(1, sizeof *s);
    s->kind = kind;
    s->parent = parent;
    s->node = node;
    s->name = name;
    if (parent) PUSH(parent->children, parent->nchildren, parent->capchildren, s);
    return s;
}

bool symtable_function_like(const Scope *s)
{
    return s->kind == SK_FUNCTION || s->kind == SK_LAMBDA || s->kind == SK_GENEXP;
}

Scope *symtable_host(Scope *s)
{
    while (s->kind == SK_COMPREHENSION) s = s->parent;
    return s;
}

void symtable_free(Scope *s)
{
    if (!s) return;
    for (int i = 0; i < s->nchildren; i++) symtable_free(s->children[i]);
    free(s->children);
    free(s->syms);
    free(s->index);
    free(s->names);
    free(s->handlers);
    free(s->passthrough);
    free(s);
}

/* ---- errors ---- */

static void error_at(ST *st, const Node *n, const char *fmt, const char *arg)
{
    if (st->failed) return;
    st->failed = true;
    /* CPython's compiler errors carry the node's start and end (bytes) */
    syntax_error_at(st->err, SE_SYNTAX_ERROR, st->filename, st->src, st->len, n->lineno, n->col + 1,
                    n->end_lineno, n->end_col + 1, false, fmt, arg ? arg : "");
}

/* ---- pass 1 ---- */

static void visit_stmt(ST *st, Scope *s, Node *n);
static void visit_expr(ST *st, Scope *s, Node *n);

static void visit_stmts(ST *st, Scope *s, NodeList l)
{
    for (int i = 0; i < l.len && !st->failed; i++) visit_stmt(st, s, l.items[i]);
}

static void visit_exprs(ST *st, Scope *s, NodeList l)
{
    for (int i = 0; i < l.len && !st->failed; i++)
        if (l.items[i]) visit_expr(st, s, l.items[i]);
}

/* Records a binding of name in scope s, checking it against a global or
 * nonlocal statement that came first. */
static Sym *bind(ST *st, Scope *s, const char *name, int flag, const Node *where)
{
    Sym *y = add_sym(s, name);
    if ((y->flags & (DEF_GLOBAL | DEF_NONLOCAL)) && flag == DEF_PARAM)
        error_at(st, where, (y->flags & DEF_GLOBAL) ? "name '%s' is parameter and global" : "name '%s' is parameter and nonlocal", name);
    y->flags |= flag;
    return y;
}

static Node *synthetic_name(ST *st, Scope *s, const char *id, const Node *at)
{
    Node *n = arena_alloc(st->arena, sizeof *n);
    n->kind = N_NAME;
    n->lineno = at->lineno;
    n->col = at->col;
    n->end_lineno = at->end_lineno;
    n->end_col = at->end_col;
    n->u.name.id = id;
    n->u.name.ctx = CTX_STORE;
    PUSH(s->names, s->nnames, s->capnames, n);
    return n;
}

/* The scope a comprehension's walrus target binds in (PEP 572). */
static Scope *walrus_target_scope(ST *st, Scope *s, Node *n)
{
    Scope *t = s;
    while (t->kind == SK_COMPREHENSION || t->kind == SK_GENEXP) t = t->parent;
    if (t->kind == SK_CLASS) {
        error_at(st, n, "assignment expression within a comprehension cannot be used in a class body", NULL);
        return NULL;
    }
    return t;
}

static void visit_name(ST *st, Scope *s, Node *n)
{
    const char *id = n->u.name.id;
    PUSH(s->names, s->nnames, s->capnames, n);
    if (n->u.name.ctx == CTX_LOAD) {
        add_sym(s, id)->flags |= SYM_USE;
        /* zero-argument super() needs the class cell */
        if (symtable_function_like(s) && (!strcmp(id, "super") || !strcmp(id, "__class__")))
            add_sym(s, "__class__")->flags |= SYM_USE;
    } else {
        bind(st, s, id, DEF_LOCAL, n);
    }
}

static void visit_arguments(ST *st, Scope *outer, Scope *inner, Node *args)
{
    /* defaults and annotations are evaluated in the defining scope */
    visit_exprs(st, outer, args->u.arguments.defaults);
    visit_exprs(st, outer, args->u.arguments.kw_defaults);
    NodeList *lists[] = {&args->u.arguments.posonlyargs, &args->u.arguments.args, &args->u.arguments.kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->len; i++)
            if (lists[k]->items[i]->u.arg.annotation) visit_expr(st, outer, lists[k]->items[i]->u.arg.annotation);
    if (args->u.arguments.vararg && args->u.arguments.vararg->u.arg.annotation)
        visit_expr(st, outer, args->u.arguments.vararg->u.arg.annotation);
    if (args->u.arguments.kwarg && args->u.arguments.kwarg->u.arg.annotation)
        visit_expr(st, outer, args->u.arguments.kwarg->u.arg.annotation);
    /* parameters in slot order: positional (posonly first), kw-only, *args, **kwargs */
    Node *order[4];
    int idx = 0;
    for (int k = 0; k < 2; k++) {
        for (int i = 0; i < lists[k]->len; i++) {
            Node *a = lists[k]->items[i];
            Sym *y = symtable_lookup(inner, a->u.arg.arg);
            if (y && (y->flags & DEF_PARAM)) {
                error_at(st, a, "duplicate argument '%s' in function definition", a->u.arg.arg);
                return;
            }
            bind(st, inner, a->u.arg.arg, DEF_PARAM, a)->param_index = idx++;
        }
    }
    for (int i = 0; i < lists[2]->len; i++) {
        Node *a = lists[2]->items[i];
        Sym *y = symtable_lookup(inner, a->u.arg.arg);
        if (y && (y->flags & DEF_PARAM)) {
            error_at(st, a, "duplicate argument '%s' in function definition", a->u.arg.arg);
            return;
        }
        bind(st, inner, a->u.arg.arg, DEF_PARAM, a)->param_index = idx++;
    }
    order[0] = args->u.arguments.vararg;
    order[1] = args->u.arguments.kwarg;
    for (int k = 0; k < 2; k++) {
        Node *a = order[k];
        if (!a) continue;
        Sym *y = symtable_lookup(inner, a->u.arg.arg);
        if (y && (y->flags & DEF_PARAM)) {
            error_at(st, a, "duplicate argument '%s' in function definition", a->u.arg.arg);
            return;
        }
        bind(st, inner, a->u.arg.arg, DEF_PARAM, a)->param_index = idx++;
    }
    inner->nparams = idx;
}

static void visit_function_body(ST *st, Scope *inner, NodeList body)
{
    int saved = st->loop_depth;
    st->loop_depth = 0;
    visit_stmts(st, inner, body);
    st->loop_depth = saved;
}

static void visit_comprehension(ST *st, Scope *s, Node *n)
{
    NodeList gens = n->u.comp.generators;
    /* the first iterable is evaluated in the enclosing scope */
    visit_expr(st, s, gens.items[0]->u.comprehension.iter);
    ScopeKind kind = n->kind == N_GENERATOREXP ? SK_GENEXP : SK_COMPREHENSION;
    static const char *const names[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
    const char *name = names[n->kind == N_LISTCOMP ? 0 : n->kind == N_SETCOMP ? 1 : n->kind == N_DICTCOMP ? 2 : 3];
    Scope *c = new_scope(st, kind, s, n, name);
    if (kind == SK_GENEXP) {
        add_sym(c, ".0")->flags |= DEF_PARAM;
        symtable_lookup(c, ".0")->param_index = 0;
        c->nparams = 1;
    }
    int saved = st->loop_depth;
    st->loop_depth = 0;
    for (int i = 0; i < gens.len && !st->failed; i++) {
        Node *g = gens.items[i];
        if (g->u.comprehension.is_async) {
            error_at(st, g, "asynchronous comprehension outside of an asynchronous function", NULL);
            break;
        }
        if (i > 0) visit_expr(st, c, g->u.comprehension.iter);
        /* for targets are the comprehension's own */
        visit_expr(st, c, g->u.comprehension.target);
        visit_exprs(st, c, g->u.comprehension.ifs);
    }
    if (n->kind == N_DICTCOMP) {
        visit_expr(st, c, n->u.comp.elt);
        visit_expr(st, c, n->u.comp.value);
    } else {
        visit_expr(st, c, n->u.comp.elt);
    }
    st->loop_depth = saved;
}

static void visit_expr(ST *st, Scope *s, Node *n)
{
    if (!n || st->failed) return;
    switch (n->kind) {
    case N_NAME: visit_name(st, s, n); break;
    case N_CONSTANT: break;
    case N_BOOLOP: visit_exprs(st, s, n->u.boolop.values); break;
    case N_NAMEDEXPR: {
        visit_expr(st, s, n->u.namedexpr.value);
        Node *t = n->u.namedexpr.target;
        if (s->kind == SK_COMPREHENSION || s->kind == SK_GENEXP) {
            Sym *iter = symtable_lookup(s, t->u.name.id);
            if (iter && (iter->flags & DEF_ITER)) {
                error_at(st, t, "assignment expression cannot rebind comprehension iteration variable '%s'",
                         t->u.name.id);
                return;
            }
            Scope *target = walrus_target_scope(st, s, n);
            if (!target) return;
            PUSH(s->names, s->nnames, s->capnames, t);
            Sym *y = add_sym(s, t->u.name.id);
            if (target->kind == SK_MODULE) y->flags |= DEF_GLOBAL;
            else y->flags |= DEF_NONLOCAL;
            /* intermediate comprehensions pass it through too */
            for (Scope *m = s->parent; m != target; m = m->parent) {
                Sym *z = add_sym(m, t->u.name.id);
                z->flags |= target->kind == SK_MODULE ? DEF_GLOBAL : DEF_NONLOCAL;
            }
            Sym *ty = add_sym(target, t->u.name.id);
            if (!(ty->flags & DEF_GLOBAL)) ty->flags |= DEF_LOCAL;
        } else {
            visit_name(st, s, t);
        }
        break;
    }
    case N_BINOP:
        visit_expr(st, s, n->u.binop.left);
        visit_expr(st, s, n->u.binop.right);
        break;
    case N_UNARYOP: visit_expr(st, s, n->u.unaryop.operand); break;
    case N_LAMBDA: {
        Scope *c = new_scope(st, SK_LAMBDA, s, n, "<lambda>");
        visit_arguments(st, s, c, n->u.lambda.args);
        int saved = st->loop_depth;
        st->loop_depth = 0;
        visit_expr(st, c, n->u.lambda.body);
        st->loop_depth = saved;
        break;
    }
    case N_IFEXP:
        visit_expr(st, s, n->u.ifexp.test);
        visit_expr(st, s, n->u.ifexp.body);
        visit_expr(st, s, n->u.ifexp.orelse);
        break;
    case N_DICT:
        visit_exprs(st, s, n->u.dict.keys);
        visit_exprs(st, s, n->u.dict.values);
        break;
    case N_SET: visit_exprs(st, s, n->u.seq.elts); break;
    case N_LIST:
    case N_TUPLE: {
        if (n->u.seq.ctx == CTX_STORE) {
            /* compile.c unpack_helper */
            int stars = 0;
            for (int i = 0; i < n->u.seq.elts.len; i++) stars += n->u.seq.elts.items[i]->kind == N_STARRED;
            if (stars > 1) {
                error_at(st, n, "multiple starred expressions in assignment", NULL);
                return;
            }
        }
        visit_exprs(st, s, n->u.seq.elts);
        break;
    }
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_DICTCOMP:
    case N_GENERATOREXP: visit_comprehension(st, s, n); break;
    case N_AWAIT: error_at(st, n, "'await' outside function", NULL); break;
    case N_YIELD:
    case N_YIELDFROM:
        if (s->kind == SK_COMPREHENSION || s->kind == SK_GENEXP) {
            static const char *const what[] = {"list comprehension", "set comprehension", "dict comprehension",
                                               "generator expression"};
            NodeKind k = s->node->kind;
            error_at(st, n, "'yield' inside %s",
                     what[k == N_LISTCOMP ? 0 : k == N_SETCOMP ? 1 : k == N_DICTCOMP ? 2 : 3]);
            return;
        }
        if (s->kind == SK_MODULE || s->kind == SK_CLASS) {
            error_at(st, n, "'yield' outside function", NULL);
            return;
        }
        if (!s->is_generator) s->generator_node = n;
        s->is_generator = true;
        visit_expr(st, s, n->u.yield.value);
        break;
    case N_COMPARE:
        visit_expr(st, s, n->u.compare.left);
        visit_exprs(st, s, n->u.compare.comparators);
        break;
    case N_CALL: {
        /* compile.c validate_keywords: a keyword given twice literally */
        NodeList kw = n->u.call.keywords;
        for (int i = 1; i < kw.len; i++) {
            const char *name = kw.items[i]->u.keyword.arg;
            for (int j = 0; name && j < i; j++) {
                const char *other = kw.items[j]->u.keyword.arg;
                if (other && !strcmp(other, name)) {
                    error_at(st, kw.items[i], "keyword argument repeated: %s", name);
                    return;
                }
            }
        }
        visit_expr(st, s, n->u.call.func);
        visit_exprs(st, s, n->u.call.args);
        for (int i = 0; i < n->u.call.keywords.len; i++) visit_expr(st, s, n->u.call.keywords.items[i]->u.keyword.value);
        break;
    }
    case N_FORMATTEDVALUE:
        visit_expr(st, s, n->u.formatted.value);
        visit_expr(st, s, n->u.formatted.format_spec);
        break;
    case N_JOINEDSTR: visit_exprs(st, s, n->u.joined.values); break;
    case N_ATTRIBUTE: visit_expr(st, s, n->u.attribute.value); break;
    case N_SUBSCRIPT:
        visit_expr(st, s, n->u.subscript.value);
        visit_expr(st, s, n->u.subscript.slice);
        break;
    case N_STARRED: visit_expr(st, s, n->u.starred.value); break;
    case N_SLICE:
        visit_expr(st, s, n->u.slice.lower);
        visit_expr(st, s, n->u.slice.upper);
        visit_expr(st, s, n->u.slice.step);
        break;
    default: break;
    }
}

static void visit_global(ST *st, Scope *s, Node *n, bool is_global)
{
    for (int i = 0; i < n->u.global.len; i++) {
        const char *name = n->u.global.names[i];
        Sym *y = symtable_lookup(s, name);
        if (y && (y->flags & (DEF_PARAM))) {
            error_at(st, n, is_global ? "name '%s' is parameter and global" : "name '%s' is parameter and nonlocal",
                     name);
            return;
        }
        if (y && (y->flags & (DEF_GLOBAL | DEF_NONLOCAL)) && !(y->flags & (is_global ? DEF_GLOBAL : DEF_NONLOCAL))) {
            error_at(st, n, is_global ? "name '%s' is nonlocal and global" : "name '%s' is nonlocal and global", name);
            return;
        }
        if (y && (y->flags & DEF_LOCAL) && !(y->flags & (DEF_GLOBAL | DEF_NONLOCAL))) {
            error_at(st, n, is_global ? "name '%s' is assigned to before global declaration"
                                      : "name '%s' is assigned to before nonlocal declaration",
                     name);
            return;
        }
        if (y && (y->flags & SYM_USE) && !(y->flags & (DEF_GLOBAL | DEF_NONLOCAL))) {
            error_at(st, n, is_global ? "name '%s' is used prior to global declaration"
                                      : "name '%s' is used prior to nonlocal declaration",
                     name);
            return;
        }
        if (!is_global && s->kind == SK_MODULE) {
            error_at(st, n, "nonlocal declaration not allowed at module level", NULL);
            return;
        }
        Sym *d = add_sym(s, name);
        d->flags |= is_global ? DEF_GLOBAL : DEF_NONLOCAL;
        if (!d->decl) d->decl = n;
    }
}

static void visit_stmt(ST *st, Scope *s, Node *n)
{
    if (st->failed) return;
    switch (n->kind) {
    case N_FUNCTIONDEF: {
        visit_exprs(st, s, n->u.funcdef.decorators);
        if (n->u.funcdef.returns) visit_expr(st, s, n->u.funcdef.returns);
        Scope *c = new_scope(st, SK_FUNCTION, s, n, n->u.funcdef.name);
        visit_arguments(st, s, c, n->u.funcdef.args);
        visit_function_body(st, c, n->u.funcdef.body);
        n->u.funcdef.store = synthetic_name(st, s, n->u.funcdef.name, n);
        bind(st, s, n->u.funcdef.name, DEF_LOCAL, n);
        break;
    }
    case N_CLASSDEF: {
        visit_exprs(st, s, n->u.classdef.decorators);
        visit_exprs(st, s, n->u.classdef.bases);
        for (int i = 0; i < n->u.classdef.keywords.len; i++)
            visit_expr(st, s, n->u.classdef.keywords.items[i]->u.keyword.value);
        Scope *c = new_scope(st, SK_CLASS, s, n, n->u.classdef.name);
        int saved = st->loop_depth;
        st->loop_depth = 0;
        visit_stmts(st, c, n->u.classdef.body);
        st->loop_depth = saved;
        n->u.classdef.store = synthetic_name(st, s, n->u.classdef.name, n);
        bind(st, s, n->u.classdef.name, DEF_LOCAL, n);
        break;
    }
    case N_RETURN:
        if (!symtable_function_like(s)) {
            error_at(st, n, "'return' outside function", NULL);
            return;
        }
        visit_expr(st, s, n->u.ret.value);
        break;
    case N_DELETE: visit_exprs(st, s, n->u.del.targets); break;
    case N_ASSIGN:
        visit_expr(st, s, n->u.assign.value);
        visit_exprs(st, s, n->u.assign.targets);
        break;
    case N_AUGASSIGN:
        visit_expr(st, s, n->u.augassign.value);
        if (n->u.augassign.target->kind == N_NAME) {
            /* x += 1 reads and writes x */
            Node *t = n->u.augassign.target;
            PUSH(s->names, s->nnames, s->capnames, t);
            bind(st, s, t->u.name.id, DEF_LOCAL, t)->flags |= SYM_USE;
        } else {
            visit_expr(st, s, n->u.augassign.target);
        }
        break;
    case N_ANNASSIGN: {
        Node *t = n->u.annassign.target;
        if (n->u.annassign.value) visit_expr(st, s, n->u.annassign.value);
        if (t->kind == N_NAME) {
            Sym *y = symtable_lookup(s, t->u.name.id);
            if (y && (y->flags & (DEF_GLOBAL | DEF_NONLOCAL)) && n->u.annassign.simple) {
                error_at(st, t, (y->flags & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                        : "annotated name '%s' can't be nonlocal",
                         t->u.name.id);
                return;
            }
            PUSH(s->names, s->nnames, s->capnames, t);
            bind(st, s, t->u.name.id, DEF_LOCAL, t);
        } else {
            visit_expr(st, s, t);
        }
        /* annotations of simple names at module/class level are evaluated */
        if (s->kind == SK_MODULE || s->kind == SK_CLASS) visit_expr(st, s, n->u.annassign.annotation);
        break;
    }
    case N_FOR:
        visit_expr(st, s, n->u.for_.iter);
        visit_expr(st, s, n->u.for_.target);
        st->loop_depth++;
        visit_stmts(st, s, n->u.for_.body);
        st->loop_depth--;
        visit_stmts(st, s, n->u.for_.orelse);
        break;
    case N_WHILE:
        visit_expr(st, s, n->u.while_.test);
        st->loop_depth++;
        visit_stmts(st, s, n->u.while_.body);
        st->loop_depth--;
        visit_stmts(st, s, n->u.while_.orelse);
        break;
    case N_IF:
        visit_expr(st, s, n->u.if_.test);
        visit_stmts(st, s, n->u.if_.body);
        visit_stmts(st, s, n->u.if_.orelse);
        break;
    case N_WITH:
        for (int i = 0; i < n->u.with.items.len; i++) {
            Node *w = n->u.with.items.items[i];
            visit_expr(st, s, w->u.withitem.context_expr);
            visit_expr(st, s, w->u.withitem.optional_vars);
        }
        visit_stmts(st, s, n->u.with.body);
        break;
    case N_RAISE:
        visit_expr(st, s, n->u.raise.exc);
        visit_expr(st, s, n->u.raise.cause);
        break;
    case N_TRY:
    case N_TRYSTAR:
        visit_stmts(st, s, n->u.try_.body);
        for (int i = 0; i < n->u.try_.handlers.len; i++) {
            Node *h = n->u.try_.handlers.items[i];
            visit_expr(st, s, h->u.handler.type);
            if (h->u.handler.name) {
                bind(st, s, h->u.handler.name, DEF_LOCAL, h);
                PUSH(s->handlers, s->nhandlers, s->caphandlers, h);
            }
            visit_stmts(st, s, h->u.handler.body);
        }
        visit_stmts(st, s, n->u.try_.orelse);
        visit_stmts(st, s, n->u.try_.finalbody);
        break;
    case N_ASSERT:
        visit_expr(st, s, n->u.assert_.test);
        visit_expr(st, s, n->u.assert_.msg);
        break;
    case N_IMPORT:
    case N_IMPORTFROM: {
        NodeList names = n->kind == N_IMPORT ? n->u.import.names : n->u.importfrom.names;
        for (int i = 0; i < names.len; i++) {
            Node *a = names.items[i];
            const char *bound = a->u.alias.asname;
            if (!bound) {
                if (!strcmp(a->u.alias.name, "*")) {
                    if (s->kind != SK_MODULE) {
                        error_at(st, n, "import * only allowed at module level", NULL);
                        return;
                    }
                    continue;
                }
                const char *dot = strchr(a->u.alias.name, '.');
                bound = dot ? arena_strndup(st->arena, a->u.alias.name, (size_t)(dot - a->u.alias.name))
                            : a->u.alias.name;
            }
            a->u.alias.store = synthetic_name(st, s, bound, a);
            bind(st, s, bound, DEF_LOCAL, a);
        }
        break;
    }
    case N_GLOBAL: visit_global(st, s, n, true); break;
    case N_NONLOCAL: visit_global(st, s, n, false); break;
    case N_EXPR: visit_expr(st, s, n->u.expr.value); break;
    case N_BREAK:
        if (!st->loop_depth) error_at(st, n, "'break' outside loop", NULL);
        break;
    case N_CONTINUE:
        if (!st->loop_depth) error_at(st, n, "'continue' not properly in loop", NULL);
        break;
    default: break;
    }
}

/* ---- pass 2: resolution ---- */

typedef struct NameSet {
    const char **names;
    int n, cap;
} NameSet;

static bool set_has(const NameSet *s, const char *name)
{
    for (int i = 0; i < s->n; i++)
        if (!strcmp(s->names[i], name)) return true;
    return false;
}

static void set_add(NameSet *s, const char *name)
{
    if (!set_has(s, name)) PUSH(s->names, s->n, s->cap, name);
}

/* A child needs `name` from scope s; cell says a real closure will hold it. */
static void provide(ST *st, Scope *s, const char *name, bool cell)
{
    Sym *y = symtable_lookup(s, name);
    if (s->kind == SK_CLASS) {
        if (!strcmp(name, "__class__") && !(y && (y->flags & DEF_LOCAL))) {
            s->needs_class_cell = true;
            return;
        }
        for (int i = 0; i < s->npass; i++)
            if (!strcmp(s->passthrough[i], name)) return;
        PUSH(s->passthrough, s->npass, s->cappass, name);
        return; /* the class's parent provides it (analyze_children) */
    }
    if (y && y->res == RES_LOCAL) {
        if (cell) y->res = RES_CELL;
        return;
    }
    if (y && (y->res == RES_CELL)) return;
    if (y && y->res == RES_FREE) {
        if (cell) y->cell_needed = true;
        return;
    }
    y = add_sym(s, name);
    y->res = RES_FREE;
    y->cell_needed = cell;
}

static void analyze(ST *st, Scope *s, const NameSet *bound);

static void analyze_children(ST *st, Scope *s, const NameSet *bound)
{
    NameSet child_bound = {0};
    for (int i = 0; i < bound->n; i++) set_add(&child_bound, bound->names[i]);
    if (s->kind == SK_MODULE) {
        child_bound.n = 0;
    } else if (s->kind == SK_CLASS) {
        set_add(&child_bound, "__class__");
    } else {
        for (int i = 0; i < s->nsyms; i++) {
            Sym *y = &s->syms[i];
            if (y->res == RES_LOCAL || y->res == RES_CELL) set_add(&child_bound, y->name);
        }
    }
    /* names this scope declares global are global for its children too */
    for (int i = 0; i < s->nsyms; i++) {
        Sym *y = &s->syms[i];
        if (y->res == RES_GLOBAL_EXPLICIT) {
            for (int j = 0; j < child_bound.n; j++) {
                if (!strcmp(child_bound.names[j], y->name)) {
                    child_bound.names[j] = child_bound.names[--child_bound.n];
                    break;
                }
            }
        }
    }
    for (int i = 0; i < s->nchildren && !st->failed; i++) {
        Scope *c = s->children[i];
        analyze(st, c, &child_bound);
        bool real_closure = c->kind != SK_COMPREHENSION;
        for (int j = 0; j < c->nsyms; j++) {
            Sym *y = &c->syms[j];
            if (y->res == RES_FREE) provide(st, s, y->name, real_closure || y->cell_needed);
        }
        if (c->kind == SK_CLASS)
            for (int j = 0; j < c->npass; j++) provide(st, s, c->passthrough[j], true);
    }
    free(child_bound.names);
}

static void analyze(ST *st, Scope *s, const NameSet *bound)
{
    for (int i = 0; i < s->nsyms; i++) {
        Sym *y = &s->syms[i];
        if (y->flags & DEF_GLOBAL) {
            y->res = RES_GLOBAL_EXPLICIT;
        } else if (y->flags & DEF_NONLOCAL) {
            if (!set_has(bound, y->name)) {
                error_at(st, y->decl ? y->decl : s->node, "no binding for nonlocal '%s' found", y->name);
                return;
            }
            y->res = RES_FREE;
        } else if (y->flags & (DEF_LOCAL | DEF_PARAM)) {
            y->res = RES_LOCAL;
        } else if (s->kind != SK_MODULE && set_has(bound, y->name)) {
            y->res = RES_FREE;
        } else {
            y->res = RES_GLOBAL_IMPLICIT;
        }
    }
    analyze_children(st, s, bound);
}

Scope *symtable_build(Arena *arena, Node *mod, const char *filename, const char *src, size_t len, SyntaxErr *err)
{
    ST st = {arena, filename, src, len, err, 0, false};
    Scope *top = new_scope(&st, SK_MODULE, NULL, mod, "<module>");
    visit_stmts(&st, top, mod->u.module.body);
    if (!st.failed) {
        NameSet none = {0};
        analyze(&st, top, &none);
    }
    if (st.failed) {
        symtable_free(top);
        return NULL;
    }
    return top;
}
