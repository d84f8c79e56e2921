/* parser_stmt.c — the statement rules of Python 3.12's grammar: the start
 * rules (file, interactive, eval), statement lists, and the simple
 * statements (assignments, imports, return, raise, del, ...); compound
 * statements are in parser_compound.c.
 *
 * Each function is one rule of Grammar/python.gram (3.12), its alternatives
 * tried in the grammar's order, the invalid_* alternatives only in the
 * second pass.  A rule that fails restores p->mark; positions come from the
 * rule's first token and the last non-whitespace token it consumed
 * (CPython's EXTRA), so a compound statement ends where its block's last
 * statement ends.
 */
#include "pysim/parser_impl.h"

#include <string.h>

static Node *simple_stmt(Parser *p);

/* statement: compound_stmt | simple_stmts  (appends to out) */
static bool statement(Parser *p, NodeVec *out)
{
    if (!p_enter(p)) return false;
    int start = p->mark;
    bool ok = false;
    Node *s = p_compound_stmt(p);
    if (s) {
        nv_push(out, s);
        ok = true;
    } else if (!p->error) {
        p->mark = start;
        ok = p_simple_stmts(p, out);
    }
    if (!ok) p->mark = start;
    p_leave(p);
    return ok;
}

/* statements: statement+   (top: the file's own list, after whose
 * statements no backtracking can return, so their memo is released) */
static NodeList statements(Parser *p, bool *ok, bool top)
{
    NodeVec v = {0};
    /* Two levels, as CPython's statements rule and its statement+ loop. */
    if (!p_enter(p) || !p_enter(p)) {
        if (!p->error) p_leave(p);
        *ok = false;
        return (NodeList){NULL, 0};
    }
    for (;;) {
        int m = p->mark;
        if (!statement(p, &v)) {
            p->mark = m;
            break;
        }
        if (top) p_memo_release(p, m);
    }
    p_leave(p);
    p_leave(p);
    *ok = v.len > 0 && !p->error;
    if (!*ok) {
        nv_free(&v);
        return (NodeList){NULL, 0};
    }
    return nv_finish(p, &v);
}

NodeList p_statements(Parser *p, bool *ok)
{
    return statements(p, ok, false);
}

/* file: [statements] ENDMARKER */
Node *p_file(Parser *p)
{
    ENTER();
    bool ok;
    NodeList body = statements(p, &ok, true);
    if (p->error) LEAVE(NULL);
    if (!ok) RESET();
    if (!p_expect(p, TK_ENDMARKER)) LEAVE(NULL);
    Node *m = p_node(p, N_MODULE, 0, 0, 0, 0);
    m->u.module.body = body;
    LEAVE(m);
}

/* interactive: statement_newline
 * statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER */
Node *p_interactive(Parser *p)
{
    ENTER();
    NodeVec v = {0};
    Node *s = p_compound_stmt(p);
    if (s && p_expect(p, TK_NEWLINE)) {
        nv_push(&v, s);
        goto done;
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (p_simple_stmts(p, &v)) goto done;
    nv_free(&v);
    if (p->error) LEAVE(NULL);
    RESET();
    if (p_expect(p, TK_NEWLINE)) {
        nv_push(&v, p_node_from(p, N_PASS, _start));
        goto done;
    }
    RESET();
    if (p_expect(p, TK_ENDMARKER)) {
        /* _PyPegen_interactive_exit: the end of input is no statement. */
        LEAVE(NULL);
    }
    LEAVE(NULL);
done:;
    Node *m = p_node(p, N_INTERACTIVE, 0, 0, 0, 0);
    m->u.module.body = nv_finish(p, &v);
    LEAVE(m);
}

/* eval: expressions NEWLINE* ENDMARKER */
Node *p_eval(Parser *p)
{
    ENTER();
    Node *e = p_expressions(p);
    if (!e) LEAVE(NULL);
    while (p_expect(p, TK_NEWLINE)) {
    }
    if (!p_expect(p, TK_ENDMARKER)) LEAVE(NULL);
    Node *m = p_node(p, N_EXPRESSION, 0, 0, 0, 0);
    m->u.expression.body = e;
    LEAVE(m);
}

/* simple_stmts:
 *     | simple_stmt !';' NEWLINE
 *     | ';'.simple_stmt+ [';'] NEWLINE */
bool p_simple_stmts(Parser *p, NodeVec *out)
{
    if (!p_enter(p)) return false;
    int start = p->mark;
    Node *s = simple_stmt(p);
    if (s && !p_next_is(p, TK_SEMI) && p_expect(p, TK_NEWLINE)) {
        nv_push(out, s);
        p_leave(p);
        return true;
    }
    if (p->error) goto fail;
    p->mark = start;
    NodeVec v = {0};
    s = simple_stmt(p);
    if (!s) goto fail;
    nv_push(&v, s);
    for (;;) {
        int m = p->mark;
        if (!p_expect(p, TK_SEMI)) break;
        Node *t = simple_stmt(p);
        if (!t) {
            p->mark = m;
            break;
        }
        nv_push(&v, t);
    }
    if (p->error) {
        nv_free(&v);
        goto fail;
    }
    p_expect(p, TK_SEMI);
    if (!p_expect(p, TK_NEWLINE)) {
        nv_free(&v);
        goto fail;
    }
    for (int i = 0; i < v.len; i++) nv_push(out, v.items[i]);
    nv_free(&v);
    p_leave(p);
    return true;
fail:
    p->mark = start;
    p_leave(p);
    return false;
}

/* ---- simple statements ------------------------------------------------------ */

static Node *assignment(Parser *p);
static Node *import_stmt(Parser *p);
static Node *type_alias(Parser *p);

static Node *name_node(Parser *p, PToken *t, AstContext ctx)
{
    Node *n = p_node(p, N_NAME, t->t.lineno, t->t.col, t->t.end_lineno, t->t.end_col);
    n->u.name.id = p_tok_str(p, t);
    n->u.name.ctx = ctx;
    return n;
}

/* return_stmt: 'return' [star_expressions] */
static Node *return_stmt(Parser *p)
{
    ENTER();
    if (!p_expect(p, KW_RETURN)) LEAVE(NULL);
    Node *v = p_star_expressions(p);
    if (p->error) LEAVE(NULL);
    Node *n = p_node_from(p, N_RETURN, _start);
    n->u.ret.value = v;
    LEAVE(n);
}

/* raise_stmt: 'raise' expression ['from' expression] | 'raise' */
static Node *raise_stmt(Parser *p)
{
    ENTER();
    if (p_expect(p, KW_RAISE)) {
        Node *a = p_expression(p);
        if (a) {
            int m = p->mark;
            Node *b = NULL;
            if (p_expect(p, KW_FROM)) {
                b = p_expression(p);
                if (!b) p->mark = m;
            }
            if (p->error) LEAVE(NULL);
            Node *n = p_node_from(p, N_RAISE, _start);
            n->u.raise.exc = a;
            n->u.raise.cause = b;
            LEAVE(n);
        }
        if (p->error) LEAVE(NULL);
    }
    RESET();
    if (p_expect(p, KW_RAISE)) LEAVE(p_node_from(p, N_RAISE, _start));
    LEAVE(NULL);
}

/* global_stmt / nonlocal_stmt: KEYWORD ','.NAME+ */
static Node *names_stmt(Parser *p, int kw, NodeKind kind)
{
    ENTER();
    if (!p_expect(p, kw)) LEAVE(NULL);
    PToken *t = p_expect_name(p);
    if (!t) LEAVE(NULL);
    const char *names[64];
    int n = 0, cap = 64;
    const char **list = names;
    list[n++] = p_tok_str(p, t);
    for (;;) {
        int m = p->mark;
        if (!p_expect(p, TK_COMMA)) break;
        PToken *u = p_expect_name(p);
        if (!u) {
            p->mark = m;
            break;
        }
        if (n == cap) {
            const char **grown = arena_alloc(p->arena, (size_t)cap * 2 * sizeof *grown);
            memcpy(grown, list, (size_t)n * sizeof *grown);
            list = grown;
            cap *= 2;
        }
        list[n++] = p_tok_str(p, u);
    }
    Node *node = p_node_from(p, kind, _start);
    node->u.global.names = arena_alloc(p->arena, (size_t)n * sizeof(char *));
    memcpy(node->u.global.names, list, (size_t)n * sizeof(char *));
    node->u.global.len = n;
    LEAVE(node);
}

/* del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
static Node *del_stmt(Parser *p)
{
    ENTER();
    if (p_expect(p, KW_DEL)) {
        NodeVec v = {0};
        if (p_del_targets(p, &v)) {
            int t = p_type(p);
            if (t == TK_SEMI || t == TK_NEWLINE) {
                Node *n = p_node_from(p, N_DELETE, _start);
                n->u.del.targets = nv_finish(p, &v);
                LEAVE(n);
            }
        }
        nv_free(&v);
        if (p->error) LEAVE(NULL);
    }
    RESET();
    if (INVALID) {
        p_invalid_del_stmt(p);
        RESET();
    }
    LEAVE(NULL);
}

/* assert_stmt: 'assert' expression [',' expression] */
static Node *assert_stmt(Parser *p)
{
    ENTER();
    if (!p_expect(p, KW_ASSERT)) LEAVE(NULL);
    Node *a = p_expression(p);
    if (!a) LEAVE(NULL);
    int m = p->mark;
    Node *b = NULL;
    if (p_expect(p, TK_COMMA)) {
        b = p_expression(p);
        if (!b) p->mark = m;
    }
    if (p->error) LEAVE(NULL);
    Node *n = p_node_from(p, N_ASSERT, _start);
    n->u.assert_.test = a;
    n->u.assert_.msg = b;
    LEAVE(n);
}

/* simple_stmt (memo):
 *     | assignment
 *     | &"type" type_alias
 *     | star_expressions
 *     | &'return' return_stmt
 *     | &('import' | 'from') import_stmt
 *     | &'raise' raise_stmt
 *     | 'pass'
 *     | &'del' del_stmt
 *     | &'yield' yield_stmt
 *     | &'assert' assert_stmt
 *     | 'break'
 *     | 'continue'
 *     | &'global' global_stmt
 *     | &'nonlocal' nonlocal_stmt */
static Node *simple_stmt(Parser *p)
{
    ENTER();
    bool found;
    Node *memo = p_memo_get(p, M_SIMPLE_STMT, &found);
    if (found) LEAVE(memo);
    Node *res = NULL;
    int t;
    if ((res = assignment(p))) goto done;
    if (p->error) LEAVE(NULL);
    RESET();
    if (p_expect_soft(p, "type")) {
        RESET();
        if ((res = type_alias(p))) goto done;
        if (p->error) LEAVE(NULL);
    }
    RESET();
    Node *e = p_star_expressions(p);
    if (e) {
        res = p_node_from(p, N_EXPR, _start);
        res->u.expr.value = e;
        goto done;
    }
    if (p->error) LEAVE(NULL);
    RESET();
    t = p_type(p);
    switch (t) {
    case KW_RETURN: res = return_stmt(p); break;
    case KW_IMPORT: case KW_FROM: res = import_stmt(p); break;
    case KW_RAISE: res = raise_stmt(p); break;
    case KW_PASS:
        p->mark++;
        res = p_node_from(p, N_PASS, _start);
        break;
    case KW_DEL: res = del_stmt(p); break;
    case KW_YIELD: {
        Node *y = p_yield_expr(p);
        if (y) {
            res = p_node_from(p, N_EXPR, _start);
            res->u.expr.value = y;
        }
        break;
    }
    case KW_ASSERT: res = assert_stmt(p); break;
    case KW_BREAK:
        p->mark++;
        res = p_node_from(p, N_BREAK, _start);
        break;
    case KW_CONTINUE:
        p->mark++;
        res = p_node_from(p, N_CONTINUE, _start);
        break;
    case KW_GLOBAL: res = names_stmt(p, KW_GLOBAL, N_GLOBAL); break;
    case KW_NONLOCAL: res = names_stmt(p, KW_NONLOCAL, N_NONLOCAL); break;
    default: break;
    }
    if (p->error) LEAVE(NULL);
    if (!res) RESET();
done:
    p_memo_put(p, M_SIMPLE_STMT, _start, res);
    LEAVE(res);
}

/* augassign: '+=' | '-=' | ... ; returns the operator or -1 */
static int augassign(Parser *p)
{
    static const struct { int tok; AstOperator op; } ops[] = {
        {TK_PLUSEQUAL, OP_ADD}, {TK_MINEQUAL, OP_SUB}, {TK_STAREQUAL, OP_MULT},
        {TK_ATEQUAL, OP_MATMULT}, {TK_SLASHEQUAL, OP_DIV}, {TK_PERCENTEQUAL, OP_MOD},
        {TK_AMPEREQUAL, OP_BITAND}, {TK_VBAREQUAL, OP_BITOR}, {TK_CIRCUMFLEXEQUAL, OP_BITXOR},
        {TK_LEFTSHIFTEQUAL, OP_LSHIFT}, {TK_RIGHTSHIFTEQUAL, OP_RSHIFT},
        {TK_DOUBLESTAREQUAL, OP_POW}, {TK_DOUBLESLASHEQUAL, OP_FLOORDIV},
    };
    int t = p_type(p);
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++) {
        if (ops[i].tok == t) {
            p->mark++;
            return (int)ops[i].op;
        }
    }
    return -1;
}

/* ['=' annotated_rhs] of an annotated assignment; *ok false after an error. */
static Node *opt_ann_value(Parser *p)
{
    int m = p->mark;
    if (!p_expect(p, TK_EQUAL)) return NULL;
    Node *v = p_annotated_rhs(p);
    if (!v) p->mark = m;
    return v;
}

/* assignment:
 *     | NAME ':' expression ['=' annotated_rhs]
 *     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
 *     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
 *     | single_target augassign ~ (yield_expr | star_expressions)
 *     | invalid_assignment */
static Node *assignment(Parser *p)
{
    ENTER();
    /* NAME ':' expression ['=' annotated_rhs] */
    PToken *name = p_expect_name(p);
    if (name && p_expect(p, TK_COLON)) {
        Node *ann = p_expression(p);
        if (ann) {
            Node *v = opt_ann_value(p);
            if (p->error) LEAVE(NULL);
            Node *n = p_node_from(p, N_ANNASSIGN, _start);
            n->u.annassign.target = name_node(p, name, CTX_STORE);
            n->u.annassign.annotation = ann;
            n->u.annassign.value = v;
            n->u.annassign.simple = true;
            LEAVE(n);
        }
    }
    if (p->error) LEAVE(NULL);
    RESET();
    /* ('(' single_target ')' | single_subscript_attribute_target) ':' ... */
    {
        Node *target = NULL;
        if (p_expect(p, TK_LPAR)) {
            target = p_single_target(p);
            if (target && !p_expect(p, TK_RPAR)) target = NULL;
        }
        if (!target) {
            if (p->error) LEAVE(NULL);
            RESET();
            target = p_single_subscript_attribute_target(p);
        }
        if (target && p_expect(p, TK_COLON)) {
            Node *ann = p_expression(p);
            if (ann) {
                Node *v = opt_ann_value(p);
                if (p->error) LEAVE(NULL);
                Node *n = p_node_from(p, N_ANNASSIGN, _start);
                n->u.annassign.target = target;
                n->u.annassign.annotation = ann;
                n->u.annassign.value = v;
                n->u.annassign.simple = false;
                LEAVE(n);
            }
        }
        if (p->error) LEAVE(NULL);
    }
    RESET();
    /* (star_targets '=')+ (yield_expr | star_expressions) !'=' */
    {
        NodeVec targets = {0};
        for (;;) {
            int m = p->mark;
            Node *t = p_star_targets(p);
            if (!t || !p_expect(p, TK_EQUAL)) {
                p->mark = m;
                break;
            }
            nv_push(&targets, t);
        }
        if (p->error) {
            nv_free(&targets);
            LEAVE(NULL);
        }
        if (targets.len) {
            /* (yield_expr | star_expressions) is a rule of its own in
             * CPython's generated parser: one more level of depth. */
            Node *v = NULL;
            if (p_enter(p)) {
                v = p_yield_expr(p);
                if (!v && !p->error) v = p_star_expressions(p);
                p_leave(p);
            }
            if (v && !p_next_is(p, TK_EQUAL)) {
                Node *n = p_node_from(p, N_ASSIGN, _start);
                n->u.assign.targets = nv_finish(p, &targets);
                n->u.assign.value = v;
                LEAVE(n);
            }
        }
        nv_free(&targets);
        if (p->error) LEAVE(NULL);
    }
    RESET();
    /* single_target augassign ~ (yield_expr | star_expressions) */
    {
        Node *target = p_single_target(p);
        int op = target ? augassign(p) : -1;
        if (op >= 0) {
            Node *v = p_yield_expr(p);
            if (!v && !p->error) v = p_star_expressions(p);
            if (!v) LEAVE(NULL); /* the cut: no other alternative */
            Node *n = p_node_from(p, N_AUGASSIGN, _start);
            n->u.augassign.target = target;
            n->u.augassign.op = (AstOperator)op;
            n->u.augassign.value = v;
            LEAVE(n);
        }
        if (p->error) LEAVE(NULL);
    }
    RESET();
    if (INVALID) {
        p_invalid_assignment(p);
        RESET();
    }
    LEAVE(NULL);
}

/* type_alias: "type" NAME [type_params] '=' expression  (unsupported) */

static Node *type_alias(Parser *p)
{
    ENTER();
    PToken *kw = p_expect_soft(p, "type");
    if (!kw || !p_expect_name(p)) LEAVE(NULL);
    int m = p->mark;
    if (!p_type_params(p)) {
        if (p->error) LEAVE(NULL);
        p->mark = m;
    }
    if (!p_expect(p, TK_EQUAL)) LEAVE(NULL);
    Node *e = p_expression(p);
    if (!e) LEAVE(NULL);
    p_unsupported(p, kw, "type aliases");
    LEAVE(p_node_from(p, N_PASS, _start));
}

/* ---- imports -------------------------------------------------------------- */

/* dotted_name: dotted_name '.' NAME | NAME  (as one arena string) */
const char *p_dotted_name(Parser *p)
{
    PToken *t = p_expect_name(p);
    if (!t) return NULL;
    Buf b = BUF_INIT;
    buf_puts(&b, p_tok_str(p, t));
    for (;;) {
        int m = p->mark;
        if (!p_expect(p, TK_DOT)) break;
        PToken *u = p_expect_name(p);
        if (!u) {
            p->mark = m;
            break;
        }
        buf_putc(&b, '.');
        buf_puts(&b, p_tok_str(p, u));
    }
    const char *s = arena_strndup(p->arena, b.p, b.len);
    buf_free(&b);
    return s;
}

/* dotted_as_name: dotted_name ['as' NAME]
 * import_from_as_name: NAME ['as' NAME] */
static Node *as_name(Parser *p, bool dotted)
{
    ENTER();
    const char *name;
    if (dotted) {
        name = p_dotted_name(p);
    } else {
        PToken *t = p_expect_name(p);
        name = t ? p_tok_str(p, t) : NULL;
    }
    if (!name) LEAVE(NULL);
    const char *asname = NULL;
    int m = p->mark;
    if (p_expect(p, KW_AS)) {
        PToken *t = p_expect_name(p);
        if (t) asname = p_tok_str(p, t);
        else p->mark = m;
    }
    if (p->error) LEAVE(NULL);
    Node *n = p_node_from(p, N_ALIAS, _start);
    n->u.alias.name = name;
    n->u.alias.asname = asname;
    LEAVE(n);
}

bool p_as_names(Parser *p, bool dotted, NodeVec *v)
{
    Node *a = as_name(p, dotted);
    if (!a) return false;
    nv_push(v, a);
    for (;;) {
        int m = p->mark;
        if (!p_expect(p, TK_COMMA)) break;
        Node *b = as_name(p, dotted);
        if (!b) {
            p->mark = m;
            break;
        }
        nv_push(v, b);
    }
    return !p->error;
}

/* import_name: 'import' dotted_as_names */
static Node *import_name(Parser *p)
{
    ENTER();
    if (!p_expect(p, KW_IMPORT)) LEAVE(NULL);
    NodeVec v = {0};
    if (!p_as_names(p, true, &v)) {
        nv_free(&v);
        LEAVE(NULL);
    }
    Node *n = p_node_from(p, N_IMPORT, _start);
    n->u.import.names = nv_finish(p, &v);
    LEAVE(n);
}

/* import_from_targets:
 *     | '(' import_from_as_names [','] ')'
 *     | import_from_as_names !','
 *     | '*'
 *     | invalid_import_from_targets */
static bool import_from_targets(Parser *p, NodeList *out)
{
    if (!p_enter(p)) return false;
    int start = p->mark;
    NodeVec v = {0};
    if (p_expect(p, TK_LPAR) && p_as_names(p, false, &v)) {
        p_expect(p, TK_COMMA);
        if (p_expect(p, TK_RPAR)) goto ok;
    }
    nv_free(&v);
    if (p->error) goto fail;
    p->mark = start;
    if (p_as_names(p, false, &v) && !p_next_is(p, TK_COMMA)) goto ok;
    nv_free(&v);
    if (p->error) goto fail;
    p->mark = start;
    PToken *star = p_expect(p, TK_STAR);
    if (star) {
        Node *a = p_node(p, N_ALIAS, star->t.lineno, star->t.col, star->t.end_lineno, star->t.end_col);
        a->u.alias.name = "*";
        nv_push(&v, a);
        goto ok;
    }
    if (p->error) goto fail;
    p->mark = start;
    if (p->call_invalid_rules) {
        p_invalid_import_from_targets(p);
        p->mark = start;
    }
fail:
    p_leave(p);
    return false;
ok:
    *out = nv_finish(p, &v);
    p_leave(p);
    return true;
}

/* import_from:
 *     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *     | 'from' ('.' | '...')+ 'import' import_from_targets */
static Node *import_from(Parser *p)
{
    ENTER();
    for (int alt = 0; alt < 2; alt++) {
        RESET();
        if (!p_expect(p, KW_FROM)) LEAVE(NULL);
        int level = 0;
        for (;;) {
            if (p_expect(p, TK_DOT)) level += 1;
            else if (p_expect(p, TK_ELLIPSIS)) level += 3;
            else break;
        }
        if (p->error) LEAVE(NULL);
        const char *module = NULL;
        if (alt == 0) {
            module = p_dotted_name(p);
            if (!module) continue;
        } else if (level == 0) {
            continue;
        }
        if (!p_expect(p, KW_IMPORT)) continue;
        NodeList names;
        if (!import_from_targets(p, &names)) continue;
        Node *n = p_node_from(p, N_IMPORTFROM, _start);
        n->u.importfrom.module = module;
        n->u.importfrom.names = names;
        n->u.importfrom.level = level;
        LEAVE(n);
    }
    RESET();
    LEAVE(NULL);
}

/* import_stmt: invalid_import | import_name | import_from */
static Node *import_stmt(Parser *p)
{
    ENTER();
    bool found;
    Node *memo = p_memo_get(p, M_IMPORT_STMT, &found);
    if (found) LEAVE(memo);
    Node *res = NULL;
    if (INVALID) {
        p_invalid_import(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    res = import_name(p);
    if (!res && !p->error) {
        RESET();
        res = import_from(p);
    }
    if (p->error) LEAVE(NULL);
    if (!res) RESET();
    p_memo_put(p, M_IMPORT_STMT, _start, res);
    LEAVE(res);
}
