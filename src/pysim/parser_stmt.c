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
    if (!parser_enter(p)) return false;
    int start = p->mark;
    bool ok = false;
    Node *s = parser_compound_stmt(p);
    if (s) {
        nodevec_push(out, s);
        ok = true;
    } else if (!p->error) {
        p->mark = start;
        ok = parser_simple_stmts(p, out);
    }
    if (!ok) p->mark = start;
    parser_leave(p);
    return ok;
}

/* statements: statement+   (top: the file's own list, after whose
 * statements no backtracking can return, so their memo is released) */
static NodeList statements(Parser *p, bool *ok, bool top)
{
    NodeVec v = {0};
    /* Two levels, as CPython's statements rule and its statement+ loop. */
    if (!parser_enter(p) || !parser_enter(p)) {
        if (!p->error) parser_leave(p);
        *ok = false;
        return (NodeList){NULL, 0};
    }
    for (;;) {
        int m = p->mark;
        if (!statement(p, &v)) {
            p->mark = m;
            break;
        }
        if (top) parser_memo_release(p, m);
    }
    parser_leave(p);
    parser_leave(p);
    *ok = v.len > 0 && !p->error;
    if (!*ok) {
        nodevec_free(&v);
        return (NodeList){NULL, 0};
    }
    return nodevec_finish(p, &v);
}

NodeList parser_statements(Parser *p, bool *ok)
{
    return statements(p, ok, false);
}

/* file: [statements] ENDMARKER */
Node *parser_file(Parser *p)
{
    ENTER();
    bool ok;
    NodeList body = statements(p, &ok, true);
    if (p->error) LEAVE(NULL);
    if (!ok) RESET();
    if (!parser_expect(p, TK_ENDMARKER)) LEAVE(NULL);
    Node *m = parser_node(p, N_MODULE, 0, 0, 0, 0);
    m->u.module.body = body;
    LEAVE(m);
}

/* interactive: statement_newline
 * statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER */
Node *parser_interactive(Parser *p)
{
    ENTER();
    NodeVec v = {0};
    Node *s = parser_compound_stmt(p);
    if (s && parser_expect(p, TK_NEWLINE)) {
        nodevec_push(&v, s);
        goto done;
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (parser_simple_stmts(p, &v)) goto done;
    nodevec_free(&v);
    if (p->error) LEAVE(NULL);
    RESET();
    if (parser_expect(p, TK_NEWLINE)) {
        nodevec_push(&v, parser_node_from(p, N_PASS, _start));
        goto done;
    }
    RESET();
    if (parser_expect(p, TK_ENDMARKER)) {
        /* _PyPegen_interactive_exit: the end of input is no statement. */
        p->interactive_exit = true;
        LEAVE(NULL);
    }
    LEAVE(NULL);
done:;
    Node *m = parser_node(p, N_INTERACTIVE, 0, 0, 0, 0);
    m->u.module.body = nodevec_finish(p, &v);
    LEAVE(m);
}

/* eval: expressions NEWLINE* ENDMARKER */
Node *parser_eval(Parser *p)
{
    ENTER();
    Node *e = parser_expressions(p);
    if (!e) LEAVE(NULL);
    while (parser_expect(p, TK_NEWLINE)) {
    }
    if (!parser_expect(p, TK_ENDMARKER)) LEAVE(NULL);
    Node *m = parser_node(p, N_EXPRESSION, 0, 0, 0, 0);
    m->u.expression.body = e;
    LEAVE(m);
}

/* simple_stmts:
 *     | simple_stmt !';' NEWLINE
 *     | ';'.simple_stmt+ [';'] NEWLINE */
bool parser_simple_stmts(Parser *p, NodeVec *out)
{
    if (!parser_enter(p)) return false;
    int start = p->mark;
    Node *s = simple_stmt(p);
    if (s && !parser_next_is(p, TK_SEMI) && parser_expect(p, TK_NEWLINE)) {
        nodevec_push(out, s);
        parser_leave(p);
        return true;
    }
    if (p->error) goto fail;
    p->mark = start;
    NodeVec v = {0};
    s = simple_stmt(p);
    if (!s) goto fail;
    nodevec_push(&v, s);
    for (;;) {
        int m = p->mark;
        if (!parser_expect(p, TK_SEMI)) break;
        Node *t = simple_stmt(p);
        if (!t) {
            p->mark = m;
            break;
        }
        nodevec_push(&v, t);
    }
    if (p->error) {
        nodevec_free(&v);
        goto fail;
    }
    parser_expect(p, TK_SEMI);
    if (!parser_expect(p, TK_NEWLINE)) {
        nodevec_free(&v);
        goto fail;
    }
    for (int i = 0; i < v.len; i++) nodevec_push(out, v.items[i]);
    nodevec_free(&v);
    parser_leave(p);
    return true;
fail:
    p->mark = start;
    parser_leave(p);
    return false;
}

/* ---- simple statements ------------------------------------------------------ */

static Node *assignment(Parser *p);
static Node *import_stmt(Parser *p);
static Node *type_alias(Parser *p);

static Node *name_node(Parser *p, PToken *t, AstContext ctx)
{
    Node *n = parser_node(p, N_NAME, t->t.lineno, t->t.col, t->t.end_lineno, t->t.end_col);
    n->u.name.id = parser_tok_str(p, t);
    n->u.name.ctx = ctx;
    return n;
}

/* return_stmt: 'return' [star_expressions] */
static Node *return_stmt(Parser *p)
{
    ENTER();
    if (!parser_expect(p, KW_RETURN)) LEAVE(NULL);
    Node *v = parser_star_expressions(p);
    if (p->error) LEAVE(NULL);
    Node *n = parser_node_from(p, N_RETURN, _start);
    n->u.ret.value = v;
    LEAVE(n);
}

/* raise_stmt: 'raise' expression ['from' expression] | 'raise' */
static Node *raise_stmt(Parser *p)
{
    ENTER();
    if (parser_expect(p, KW_RAISE)) {
        Node *a = parser_expression(p);
        if (a) {
            int m = p->mark;
            Node *b = NULL;
            if (parser_expect(p, KW_FROM)) {
                b = parser_expression(p);
                if (!b) p->mark = m;
            }
            if (p->error) LEAVE(NULL);
            Node *n = parser_node_from(p, N_RAISE, _start);
            n->u.raise.exc = a;
            n->u.raise.cause = b;
            LEAVE(n);
        }
        if (p->error) LEAVE(NULL);
    }
    RESET();
    if (parser_expect(p, KW_RAISE)) LEAVE(parser_node_from(p, N_RAISE, _start));
    LEAVE(NULL);
}

/* global_stmt / nonlocal_stmt: KEYWORD ','.NAME+ */
static Node *names_stmt(Parser *p, int kw, NodeKind kind)
{
    ENTER();
    if (!parser_expect(p, kw)) LEAVE(NULL);
    PToken *t = parser_expect_name(p);
    if (!t) LEAVE(NULL);
    const char *names[64];
    int n = 0, cap = 64;
    const char **list = names;
    list[n++] = parser_tok_str(p, t);
    for (;;) {
        int m = p->mark;
        if (!parser_expect(p, TK_COMMA)) break;
        PToken *u = parser_expect_name(p);
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
        list[n++] = parser_tok_str(p, u);
    }
    Node *node = parser_node_from(p, kind, _start);
    node->u.global.names = arena_alloc(p->arena, (size_t)n * sizeof(char *));
    memcpy(node->u.global.names, list, (size_t)n * sizeof(char *));
    node->u.global.len = n;
    LEAVE(node);
}

/* del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
static Node *del_stmt(Parser *p)
{
    ENTER();
    if (parser_expect(p, KW_DEL)) {
        NodeVec v = {0};
        if (parser_del_targets(p, &v)) {
            int t = parser_type(p);
            if (t == TK_SEMI || t == TK_NEWLINE) {
                Node *n = parser_node_from(p, N_DELETE, _start);
                n->u.del.targets = nodevec_finish(p, &v);
                LEAVE(n);
            }
        }
        nodevec_free(&v);
        if (p->error) LEAVE(NULL);
    }
    RESET();
    if (INVALID) {
        parser_invalid_del_stmt(p);
        RESET();
    }
    LEAVE(NULL);
}

/* assert_stmt: 'assert' expression [',' expression] */
static Node *assert_stmt(Parser *p)
{
    ENTER();
    if (!parser_expect(p, KW_ASSERT)) LEAVE(NULL);
    Node *a = parser_expression(p);
    if (!a) LEAVE(NULL);
    int m = p->mark;
    Node *b = NULL;
    if (parser_expect(p, TK_COMMA)) {
        b = parser_expression(p);
        if (!b) p->mark = m;
    }
    if (p->error) LEAVE(NULL);
    Node *n = parser_node_from(p, N_ASSERT, _start);
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
    Node *memo = parser_memo_get(p, M_SIMPLE_STMT, &found);
    if (found) LEAVE(memo);
    Node *res = NULL;
    int t;
    if ((res = assignment(p))) goto done;
    if (p->error) LEAVE(NULL);
    RESET();
    if (parser_expect_soft(p, "type")) {
        RESET();
        if ((res = type_alias(p))) goto done;
        if (p->error) LEAVE(NULL);
    }
    RESET();
    Node *e = parser_star_expressions(p);
    if (e) {
        res = parser_node_from(p, N_EXPR, _start);
        res->u.expr.value = e;
        goto done;
    }
    if (p->error) LEAVE(NULL);
    RESET();
    t = parser_type(p);
    switch (t) {
    case KW_RETURN: res = return_stmt(p); break;
    case KW_IMPORT: case KW_FROM: res = import_stmt(p); break;
    case KW_RAISE: res = raise_stmt(p); break;
    case KW_PASS:
        p->mark++;
        res = parser_node_from(p, N_PASS, _start);
        break;
    case KW_DEL: res = del_stmt(p); break;
    case KW_YIELD: {
        Node *y = parser_yield_expr(p);
        if (y) {
            res = parser_node_from(p, N_EXPR, _start);
            res->u.expr.value = y;
        }
        break;
    }
    case KW_ASSERT: res = assert_stmt(p); break;
    case KW_BREAK:
        p->mark++;
        res = parser_node_from(p, N_BREAK, _start);
        break;
    case KW_CONTINUE:
        p->mark++;
        res = parser_node_from(p, N_CONTINUE, _start);
        break;
    case KW_GLOBAL: res = names_stmt(p, KW_GLOBAL, N_GLOBAL); break;
    case KW_NONLOCAL: res = names_stmt(p, KW_NONLOCAL, N_NONLOCAL); break;
    default: break;
    }
    if (p->error) LEAVE(NULL);
    if (!res) RESET();
done:
    parser_memo_put(p, M_SIMPLE_STMT, _start, res);
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
    int t = parser_type(p);
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
    if (!parser_expect(p, TK_EQUAL)) return NULL;
    Node *v = parser_annotated_rhs(p);
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
    PToken *name = parser_expect_name(p);
    if (name && parser_expect(p, TK_COLON)) {
        Node *ann = parser_expression(p);
        if (ann) {
            Node *v = opt_ann_value(p);
            if (p->error) LEAVE(NULL);
            Node *n = parser_node_from(p, N_ANNASSIGN, _start);
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
        if (parser_expect(p, TK_LPAR)) {
            target = parser_single_target(p);
            if (target && !parser_expect(p, TK_RPAR)) target = NULL;
        }
        if (!target) {
            if (p->error) LEAVE(NULL);
            RESET();
            target = parser_single_subscript_attribute_target(p);
        }
        if (target && parser_expect(p, TK_COLON)) {
            Node *ann = parser_expression(p);
            if (ann) {
                Node *v = opt_ann_value(p);
                if (p->error) LEAVE(NULL);
                Node *n = parser_node_from(p, N_ANNASSIGN, _start);
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
            Node *t = parser_star_targets(p);
            if (!t || !parser_expect(p, TK_EQUAL)) {
                p->mark = m;
                break;
            }
            nodevec_push(&targets, t);
        }
        if (p->error) {
            nodevec_free(&targets);
            LEAVE(NULL);
        }
        if (targets.len) {
            /* (yield_expr | star_expressions) is a rule of its own in
             * CPython's generated parser: one more level of depth. */
            Node *v = NULL;
            if (parser_enter(p)) {
                v = parser_yield_expr(p);
                if (!v && !p->error) v = parser_star_expressions(p);
                parser_leave(p);
            }
            if (v && !parser_next_is(p, TK_EQUAL)) {
                Node *n = parser_node_from(p, N_ASSIGN, _start);
                n->u.assign.targets = nodevec_finish(p, &targets);
                n->u.assign.value = v;
                LEAVE(n);
            }
        }
        nodevec_free(&targets);
        if (p->error) LEAVE(NULL);
    }
    RESET();
    /* single_target augassign ~ (yield_expr | star_expressions) */
    {
        Node *target = parser_single_target(p);
        int op = target ? augassign(p) : -1;
        if (op >= 0) {
            Node *v = parser_yield_expr(p);
            if (!v && !p->error) v = parser_star_expressions(p);
            if (!v) LEAVE(NULL); /* the cut: no other alternative */
            Node *n = parser_node_from(p, N_AUGASSIGN, _start);
            n->u.augassign.target = target;
            n->u.augassign.op = (AstOperator)op;
            n->u.augassign.value = v;
            LEAVE(n);
        }
        if (p->error) LEAVE(NULL);
    }
    RESET();
    if (INVALID) {
        parser_invalid_assignment(p);
        RESET();
    }
    LEAVE(NULL);
}

/* type_alias: "type" NAME [type_params] '=' expression  (unsupported) */

static Node *type_alias(Parser *p)
{
    ENTER();
    PToken *kw = parser_expect_soft(p, "type");
    if (!kw || !parser_expect_name(p)) LEAVE(NULL);
    int m = p->mark;
    if (!parser_type_params(p)) {
        if (p->error) LEAVE(NULL);
        p->mark = m;
    }
    if (!parser_expect(p, TK_EQUAL)) LEAVE(NULL);
    Node *e = parser_expression(p);
    if (!e) LEAVE(NULL);
    parser_unsupported(p, kw, "type aliases");
    LEAVE(parser_node_from(p, N_PASS, _start));
}

/* ---- imports -------------------------------------------------------------- */

/* dotted_name: dotted_name '.' NAME | NAME  (as one arena string) */
const char *parser_dotted_name(Parser *p)
{
    PToken *t = parser_expect_name(p);
    if (!t) return NULL;
    Buf b = BUF_INIT;
    buf_puts(&b, parser_tok_str(p, t));
    for (;;) {
        int m = p->mark;
        if (!parser_expect(p, TK_DOT)) break;
        PToken *u = parser_expect_name(p);
        if (!u) {
            p->mark = m;
            break;
        }
        buf_putc(&b, '.');
        buf_puts(&b, parser_tok_str(p, u));
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
        name = parser_dotted_name(p);
    } else {
        PToken *t = parser_expect_name(p);
        name = t ? parser_tok_str(p, t) : NULL;
    }
    if (!name) LEAVE(NULL);
    const char *asname = NULL;
    int m = p->mark;
    if (parser_expect(p, KW_AS)) {
        PToken *t = parser_expect_name(p);
        if (t) asname = parser_tok_str(p, t);
        else p->mark = m;
    }
    if (p->error) LEAVE(NULL);
    Node *n = parser_node_from(p, N_ALIAS, _start);
    n->u.alias.name = name;
    n->u.alias.asname = asname;
    LEAVE(n);
}

bool parser_as_names(Parser *p, bool dotted, NodeVec *v)
{
    Node *a = as_name(p, dotted);
    if (!a) return false;
    nodevec_push(v, a);
    for (;;) {
        int m = p->mark;
        if (!parser_expect(p, TK_COMMA)) break;
        Node *b = as_name(p, dotted);
        if (!b) {
            p->mark = m;
            break;
        }
        nodevec_push(v, b);
    }
    return !p->error;
}

/* import_name: 'import' dotted_as_names */
static Node *import_name(Parser *p)
{
    ENTER();
    if (!parser_expect(p, KW_IMPORT)) LEAVE(NULL);
    NodeVec v = {0};
    if (!parser_as_names(p, true, &v)) {
        nodevec_free(&v);
        LEAVE(NULL);
    }
    Node *n = parser_node_from(p, N_IMPORT, _start);
    n->u.import.names = nodevec_finish(p, &v);
    LEAVE(n);
}

/* import_from_targets:
 *     | '(' import_from_as_names [','] ')'
 *     | import_from_as_names !','
 *     | '*'
 *     | invalid_import_from_targets */
static bool import_from_targets(Parser *p, NodeList *out)
{
    if (!parser_enter(p)) return false;
    int start = p->mark;
    NodeVec v = {0};
    if (parser_expect(p, TK_LPAR) && parser_as_names(p, false, &v)) {
        parser_expect(p, TK_COMMA);
        if (parser_expect(p, TK_RPAR)) goto ok;
    }
    nodevec_free(&v);
    if (p->error) goto fail;
    p->mark = start;
    if (parser_as_names(p, false, &v) && !parser_next_is(p, TK_COMMA)) goto ok;
    nodevec_free(&v);
    if (p->error) goto fail;
    p->mark = start;
    PToken *star = parser_expect(p, TK_STAR);
    if (star) {
        Node *a = parser_node(p, N_ALIAS, star->t.lineno, star->t.col, star->t.end_lineno, star->t.end_col);
        a->u.alias.name = "*";
        nodevec_push(&v, a);
        goto ok;
    }
    if (p->error) goto fail;
    p->mark = start;
    if (p->call_invalid_rules) {
        parser_invalid_import_from_targets(p);
        p->mark = start;
    }
fail:
    parser_leave(p);
    return false;
ok:
    *out = nodevec_finish(p, &v);
    parser_leave(p);
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
        if (!parser_expect(p, KW_FROM)) LEAVE(NULL);
        int level = 0;
        for (;;) {
            if (parser_expect(p, TK_DOT)) level += 1;
            else if (parser_expect(p, TK_ELLIPSIS)) level += 3;
            else break;
        }
        if (p->error) LEAVE(NULL);
        const char *module = NULL;
        if (alt == 0) {
            module = parser_dotted_name(p);
            if (!module) continue;
        } else if (level == 0) {
            continue;
        }
        if (!parser_expect(p, KW_IMPORT)) continue;
        NodeList names;
        if (!import_from_targets(p, &names)) continue;
        Node *n = parser_node_from(p, N_IMPORTFROM, _start);
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
    Node *memo = parser_memo_get(p, M_IMPORT_STMT, &found);
    if (found) LEAVE(memo);
    Node *res = NULL;
    if (INVALID) {
        parser_invalid_import(p);
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
    parser_memo_put(p, M_IMPORT_STMT, _start, res);
    LEAVE(res);
}
