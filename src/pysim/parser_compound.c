/* parser_compound.c — the compound statements of Python 3.12's grammar:
 * blocks, decorators, def and class, if/elif/else, while, for, with, try
 * with except, except* and finally, and match (recognised only to be reported
 * as unsupported).
 *
 * As in every parser file, each function is one grammar rule with its
 * alternatives in CPython's order (invalid_* ones in the second pass
 * only), a failed rule leaves mark where it found it, and positions are
 * CPython's EXTRA: the first token to the last non-whitespace token
 * consumed, so a compound statement ends where its block ends.
 */
#include "pysim/parser_impl.h"

#include <string.h>

/* ---- compound statements ---------------------------------------------------------- */

/* block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
typedef struct BlockMemo {
    NodeList body;
} BlockMemo;

NodeList parser_block(Parser *p, bool *ok)
{
    NodeList none = {NULL, 0};
    *ok = false;
    if (!parser_enter(p)) return none;
    int start = p->mark;
    if (!parser_tok(p, p->mark)) {
        parser_leave(p);
        return none;
    }
    bool found;
    BlockMemo *memo = parser_memo_get(p, M_BLOCK, &found);
    if (found) {
        parser_leave(p);
        if (!memo) return none;
        *ok = true;
        return memo->body;
    }
    NodeList body = none;
    bool got = false;
    if (parser_expect(p, TK_NEWLINE) && parser_expect(p, TK_INDENT)) {
        bool sok;
        body = parser_statements(p, &sok);
        if (sok && parser_expect(p, TK_DEDENT)) got = true;
    }
    if (!got && !p->error) {
        p->mark = start;
        NodeVec v = {0};
        if (parser_simple_stmts(p, &v)) {
            body = nodevec_finish(p, &v);
            got = true;
        } else {
            nodevec_free(&v);
        }
    }
    if (!got && !p->error) {
        p->mark = start;
        if (p->call_invalid_rules) {
            parser_invalid_block(p);
            p->mark = start;
        }
    }
    if (p->error) {
        parser_leave(p);
        return none;
    }
    if (!got) p->mark = start;
    BlockMemo *bm = NULL;
    if (got) {
        bm = arena_alloc(&p->scratch, sizeof *bm);
        bm->body = body;
    }
    parser_memo_put(p, M_BLOCK, start, bm);
    parser_leave(p);
    *ok = got;
    return body;
}

/* decorators: ('@' named_expression NEWLINE)+ */
static bool decorators(Parser *p, NodeList *out)
{
    NodeVec v = {0};
    for (;;) {
        int m = p->mark;
        if (!parser_expect(p, TK_AT)) break;
        Node *e = parser_named_expression(p);
        if (!e || !parser_expect(p, TK_NEWLINE)) {
            p->mark = m;
            break;
        }
        nodevec_push(&v, e);
    }
    if (p->error || !v.len) {
        nodevec_free(&v);
        return false;
    }
    *out = nodevec_finish(p, &v);
    return true;
}

/* type_params: '[' type_param_seq ']'   (unsupported; parsed to skip it)
 * type_param: NAME [':' expression] | '*' NAME | '**' NAME */
bool parser_type_params(Parser *p)
{
    int start = p->mark;
    PToken *open = parser_expect(p, TK_LSQB);
    if (!open) return false;
    int n = 0;
    for (;;) {
        int m = p->mark;
        bool ok = false;
        if (parser_expect_name(p)) {
            ok = true;
            int m2 = p->mark;
            if (parser_expect(p, TK_COLON) && !parser_expression(p)) p->mark = m2;
        } else if ((parser_expect(p, TK_STAR) || parser_expect(p, TK_DOUBLESTAR)) && parser_expect_name(p)) {
            ok = true;
        }
        if (p->error) return false;
        if (!ok) {
            p->mark = m;
            break;
        }
        n++;
        if (!parser_expect(p, TK_COMMA)) break;
    }
    if (!n || !parser_expect(p, TK_RSQB)) {
        p->mark = start;
        return false;
    }
    parser_unsupported(p, open, "type parameters");
    return true;
}

/* function_def_raw:
 *     | invalid_def_raw
 *     | 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
 *     | ASYNC 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block */
static Node *function_def_raw(Parser *p)
{
    ENTER();
    if (INVALID) {
        parser_invalid_def_raw(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    PToken *async = parser_expect(p, KW_ASYNC);
    if (!parser_expect(p, KW_DEF)) LEAVE(NULL);
    if (async) parser_unsupported(p, async, "async functions");
    PToken *name = parser_expect_name(p);
    if (!name) LEAVE(NULL);
    int m = p->mark;
    if (!parser_type_params(p)) {
        if (p->error) LEAVE(NULL);
        p->mark = m;
    }
    PToken *lpar = parser_tok(p, p->mark);
    if (!lpar) LEAVE(NULL);
    if (lpar->type != TK_LPAR) LEAVE(parser_raise_tok(p, lpar, "expected '('"));
    p->mark++;
    m = p->mark;
    Node *params = parser_params(p);
    if (!params) {
        if (p->error) LEAVE(NULL);
        p->mark = m;
    }
    if (!parser_expect(p, TK_RPAR)) LEAVE(NULL);
    Node *returns = NULL;
    m = p->mark;
    if (parser_expect(p, TK_RARROW)) {
        returns = parser_expression(p);
        if (!returns) p->mark = m;
    }
    if (p->error) LEAVE(NULL);
    PToken *colon = parser_tok(p, p->mark);
    if (!colon) LEAVE(NULL);
    if (colon->type != TK_COLON) LEAVE(parser_raise_tok(p, colon, "expected ':'"));
    p->mark++;
    bool ok;
    NodeList body = parser_block(p, &ok);
    if (!ok) LEAVE(NULL);
    Node *n = parser_node_from(p, N_FUNCTIONDEF, _start);
    n->u.funcdef.name = parser_tok_str(p, name);
    n->u.funcdef.args = params ? params : parser_empty_arguments(p);
    n->u.funcdef.body = body;
    n->u.funcdef.returns = returns;
    LEAVE(n);
}

/* function_def: decorators function_def_raw | function_def_raw */
static Node *function_def(Parser *p)
{
    ENTER();
    NodeList decs;
    if (decorators(p, &decs)) {
        Node *f = function_def_raw(p);
        if (f) {
            f->u.funcdef.decorators = decs;
            LEAVE(f);
        }
    }
    if (p->error) LEAVE(NULL);
    RESET();
    LEAVE(function_def_raw(p));
}

/* class_def_raw:
 *     | invalid_class_def_raw
 *     | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block */
static Node *class_def_raw(Parser *p)
{
    ENTER();
    if (INVALID) {
        parser_invalid_class_def_raw(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    if (!parser_expect(p, KW_CLASS)) LEAVE(NULL);
    PToken *name = parser_expect_name(p);
    if (!name) LEAVE(NULL);
    int m = p->mark;
    if (!parser_type_params(p)) {
        if (p->error) LEAVE(NULL);
        p->mark = m;
    }
    Node *args = NULL;
    m = p->mark;
    if (parser_expect(p, TK_LPAR)) {
        int m2 = p->mark;
        args = parser_arguments(p);
        if (!args) p->mark = m2;
        if (p->error) LEAVE(NULL);
        if (!parser_expect(p, TK_RPAR)) {
            args = NULL;
            p->mark = m;
        } else if (!args) {
            args = parser_node(p, N_CALL, 0, 0, 0, 0);
        }
    }
    if (p->error) LEAVE(NULL);
    if (!parser_expect(p, TK_COLON)) LEAVE(NULL);
    bool ok;
    NodeList body = parser_block(p, &ok);
    if (!ok) LEAVE(NULL);
    Node *n = parser_node_from(p, N_CLASSDEF, _start);
    n->u.classdef.name = parser_tok_str(p, name);
    if (args) {
        n->u.classdef.bases = args->u.call.args;
        n->u.classdef.keywords = args->u.call.keywords;
    }
    n->u.classdef.body = body;
    LEAVE(n);
}

/* class_def: decorators class_def_raw | class_def_raw */
static Node *class_def(Parser *p)
{
    ENTER();
    NodeList decs;
    if (decorators(p, &decs)) {
        Node *c = class_def_raw(p);
        if (c) {
            c->u.classdef.decorators = decs;
            LEAVE(c);
        }
    }
    if (p->error) LEAVE(NULL);
    RESET();
    LEAVE(class_def_raw(p));
}

/* else_block: invalid_else_stmt | 'else' &&':' block */
static bool else_block(Parser *p, NodeList *out)
{
    if (!parser_enter(p)) return false;
    int start = p->mark;
    if (p->call_invalid_rules) {
        parser_invalid_else_stmt(p);
        if (p->error) goto fail;
        p->mark = start;
    }
    if (!parser_expect(p, KW_ELSE)) goto fail;
    PToken *colon = parser_tok(p, p->mark);
    if (!colon) goto fail;
    if (colon->type != TK_COLON) {
        parser_raise_tok(p, colon, "expected ':'");
        goto fail;
    }
    p->mark++;
    bool ok;
    *out = parser_block(p, &ok);
    if (!ok) goto fail;
    parser_leave(p);
    return true;
fail:
    p->mark = start;
    parser_leave(p);
    return false;
}

/* if_stmt / elif_stmt:
 *     | invalid_if_stmt
 *     | 'if' named_expression ':' block elif_stmt
 *     | 'if' named_expression ':' block [else_block] */
static Node *if_stmt(Parser *p, int kw)
{
    ENTER();
    if (INVALID) {
        if (kw == KW_IF) parser_invalid_if_stmt(p);
        else parser_invalid_elif_stmt(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    if (!parser_expect(p, kw)) LEAVE(NULL);
    Node *test = parser_named_expression(p);
    if (!test || !parser_expect(p, TK_COLON)) LEAVE(NULL);
    bool ok;
    NodeList body = parser_block(p, &ok);
    if (!ok) LEAVE(NULL);
    int m = p->mark;
    NodeList orelse = {NULL, 0};
    Node *elif = parser_next_is(p, KW_ELIF) ? if_stmt(p, KW_ELIF) : NULL;
    if (elif) {
        orelse = parser_list1(p, elif);
    } else {
        if (p->error) LEAVE(NULL);
        p->mark = m;
        if (!else_block(p, &orelse)) {
            if (p->error) LEAVE(NULL);
            p->mark = m;
        }
    }
    Node *n = parser_node_from(p, N_IF, _start);
    n->u.if_.test = test;
    n->u.if_.body = body;
    n->u.if_.orelse = orelse;
    LEAVE(n);
}

/* while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block] */
static Node *while_stmt(Parser *p)
{
    ENTER();
    if (INVALID) {
        parser_invalid_while_stmt(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    if (!parser_expect(p, KW_WHILE)) LEAVE(NULL);
    Node *test = parser_named_expression(p);
    if (!test || !parser_expect(p, TK_COLON)) LEAVE(NULL);
    bool ok;
    NodeList body = parser_block(p, &ok);
    if (!ok) LEAVE(NULL);
    int m = p->mark;
    NodeList orelse = {NULL, 0};
    if (!else_block(p, &orelse)) {
        if (p->error) LEAVE(NULL);
        p->mark = m;
    }
    Node *n = parser_node_from(p, N_WHILE, _start);
    n->u.while_.test = test;
    n->u.while_.body = body;
    n->u.while_.orelse = orelse;
    LEAVE(n);
}

/* for_stmt:
 *     | invalid_for_stmt
 *     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
 *     | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
 *     | invalid_for_target */
static Node *for_stmt(Parser *p)
{
    ENTER();
    if (INVALID) {
        parser_invalid_for_stmt(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    PToken *async = parser_expect(p, KW_ASYNC);
    if (parser_expect(p, KW_FOR)) {
        if (async) parser_unsupported(p, async, "'async for' loops");
        Node *target = parser_star_targets(p);
        if (target && parser_expect(p, KW_IN)) {
            /* The cut: past 'in', no other alternative is tried. */
            Node *iter = parser_star_expressions(p);
            if (!iter || !parser_expect(p, TK_COLON)) LEAVE(NULL);
            bool ok;
            NodeList body = parser_block(p, &ok);
            if (!ok) LEAVE(NULL);
            int m = p->mark;
            NodeList orelse = {NULL, 0};
            if (!else_block(p, &orelse)) {
                if (p->error) LEAVE(NULL);
                p->mark = m;
            }
            Node *n = parser_node_from(p, N_FOR, _start);
            n->u.for_.target = target;
            n->u.for_.iter = iter;
            n->u.for_.body = body;
            n->u.for_.orelse = orelse;
            LEAVE(n);
        }
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (INVALID) {
        parser_invalid_for_target(p);
        RESET();
    }
    LEAVE(NULL);
}

/* with_item:
 *     | expression 'as' star_target &(',' | ')' | ':')
 *     | invalid_with_item
 *     | expression */
static Node *with_item(Parser *p)
{
    ENTER();
    Node *e = parser_expression(p);
    if (e && parser_expect(p, KW_AS)) {
        Node *t = parser_star_target(p);
        int k = parser_type(p);
        if (t && (k == TK_COMMA || k == TK_RPAR || k == TK_COLON)) {
            Node *n = parser_node(p, N_WITHITEM, 0, 0, 0, 0);
            n->u.withitem.context_expr = e;
            n->u.withitem.optional_vars = t;
            LEAVE(n);
        }
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (INVALID) {
        parser_invalid_with_item(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    e = parser_expression(p);
    if (!e) LEAVE(NULL);
    Node *n = parser_node(p, N_WITHITEM, 0, 0, 0, 0);
    n->u.withitem.context_expr = e;
    LEAVE(n);
}

static bool with_items(Parser *p, NodeVec *v)
{
    Node *a = with_item(p);
    if (!a) return false;
    nodevec_push(v, a);
    for (;;) {
        int m = p->mark;
        if (!parser_expect(p, TK_COMMA)) break;
        Node *b = with_item(p);
        if (!b) {
            p->mark = m;
            break;
        }
        nodevec_push(v, b);
    }
    return !p->error;
}

/* with_stmt:
 *     | invalid_with_stmt_indent
 *     | 'with' '(' ','.with_item+ ','? ')' ':' block
 *     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
 *     | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
 *     | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
 *     | invalid_with_stmt */
static Node *with_stmt(Parser *p)
{
    ENTER();
    if (INVALID) {
        parser_invalid_with_stmt_indent(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    for (int alt = 0; alt < 2; alt++) {
        RESET();
        PToken *async = parser_expect(p, KW_ASYNC);
        if (!parser_expect(p, KW_WITH)) continue;
        if (async) parser_unsupported(p, async, "'async with' statements");
        NodeVec v = {0};
        bool ok = false;
        if (alt == 0) {
            if (parser_expect(p, TK_LPAR) && with_items(p, &v)) {
                parser_expect(p, TK_COMMA);
                ok = parser_expect(p, TK_RPAR) != NULL;
            }
        } else {
            ok = with_items(p, &v);
        }
        if (ok && parser_expect(p, TK_COLON)) {
            bool bok;
            NodeList body = parser_block(p, &bok);
            if (bok) {
                Node *n = parser_node_from(p, N_WITH, _start);
                n->u.with.items = nodevec_finish(p, &v);
                n->u.with.body = body;
                LEAVE(n);
            }
        }
        nodevec_free(&v);
        if (p->error) LEAVE(NULL);
    }
    RESET();
    if (INVALID) {
        parser_invalid_with_stmt(p);
        RESET();
    }
    LEAVE(NULL);
}

/* except_block:
 *     | invalid_except_stmt_indent
 *     | 'except' expression ['as' NAME] ':' block
 *     | 'except' ':' block
 *     | invalid_except_stmt
 * except_star_block:
 *     | invalid_except_star_stmt_indent
 *     | 'except' '*' expression ['as' NAME] ':' block
 *     | invalid_except_stmt */
Node *parser_except_block(Parser *p, bool star)
{
    ENTER();
    if (INVALID) {
        if (star) parser_invalid_except_star_stmt_indent(p);
        else parser_invalid_except_stmt_indent(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    if (parser_expect(p, KW_EXCEPT) && (!star || parser_expect(p, TK_STAR))) {
        Node *type = parser_expression(p);
        if (type) {
            const char *name = NULL;
            int m = p->mark;
            if (parser_expect(p, KW_AS)) {
                PToken *t = parser_expect_name(p);
                if (t) name = parser_tok_str(p, t);
                else p->mark = m;
            }
            if (p->error) LEAVE(NULL);
            if (parser_expect(p, TK_COLON)) {
                bool ok;
                NodeList body = parser_block(p, &ok);
                if (ok) {
                    Node *n = parser_node_from(p, N_EXCEPTHANDLER, _start);
                    n->u.handler.type = type;
                    n->u.handler.name = name;
                    n->u.handler.body = body;
                    LEAVE(n);
                }
            }
        }
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (!star && parser_expect(p, KW_EXCEPT) && parser_expect(p, TK_COLON)) {
        bool ok;
        NodeList body = parser_block(p, &ok);
        if (ok) {
            Node *n = parser_node_from(p, N_EXCEPTHANDLER, _start);
            n->u.handler.body = body;
            LEAVE(n);
        }
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (INVALID) {
        parser_invalid_except_stmt(p);
        RESET();
    }
    LEAVE(NULL);
}

/* finally_block: invalid_finally_stmt | 'finally' &&':' block */
static bool finally_block(Parser *p, NodeList *out)
{
    if (!parser_enter(p)) return false;
    int start = p->mark;
    if (p->call_invalid_rules) {
        parser_invalid_finally_stmt(p);
        if (p->error) goto fail;
        p->mark = start;
    }
    if (!parser_expect(p, KW_FINALLY)) goto fail;
    PToken *colon = parser_tok(p, p->mark);
    if (!colon) goto fail;
    if (colon->type != TK_COLON) {
        parser_raise_tok(p, colon, "expected ':'");
        goto fail;
    }
    p->mark++;
    bool ok;
    *out = parser_block(p, &ok);
    if (!ok) goto fail;
    parser_leave(p);
    return true;
fail:
    p->mark = start;
    parser_leave(p);
    return false;
}

/* try_stmt:
 *     | invalid_try_stmt
 *     | 'try' &&':' block finally_block
 *     | 'try' &&':' block except_block+ [else_block] [finally_block]
 *     | 'try' &&':' block except_star_block+ [else_block] [finally_block] */
static Node *try_stmt(Parser *p)
{
    ENTER();
    if (INVALID) {
        parser_invalid_try_stmt(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    for (int alt = 0; alt < 3; alt++) {
        RESET();
        if (!parser_expect(p, KW_TRY)) LEAVE(NULL);
        PToken *colon = parser_tok(p, p->mark);
        if (!colon) LEAVE(NULL);
        if (colon->type != TK_COLON) LEAVE(parser_raise_tok(p, colon, "expected ':'"));
        p->mark++;
        bool ok;
        NodeList body = parser_block(p, &ok);
        if (!ok) LEAVE(NULL);
        NodeList handlers = {NULL, 0}, orelse = {NULL, 0}, finalbody = {NULL, 0};
        if (alt == 0) {
            if (!finally_block(p, &finalbody)) {
                if (p->error) LEAVE(NULL);
                continue;
            }
        } else {
            NodeVec v = {0};
            for (;;) {
                int m = p->mark;
                Node *h = parser_except_block(p, alt == 2);
                if (!h) {
                    p->mark = m;
                    break;
                }
                nodevec_push(&v, h);
            }
            if (p->error || !v.len) {
                nodevec_free(&v);
                if (p->error) LEAVE(NULL);
                continue;
            }
            handlers = nodevec_finish(p, &v);
            int m = p->mark;
            if (!else_block(p, &orelse)) {
                if (p->error) LEAVE(NULL);
                p->mark = m;
            }
            m = p->mark;
            if (!finally_block(p, &finalbody)) {
                if (p->error) LEAVE(NULL);
                p->mark = m;
            }
        }
        Node *n = parser_node_from(p, alt == 2 ? N_TRYSTAR : N_TRY, _start);
        n->u.try_.body = body;
        n->u.try_.handlers = handlers;
        n->u.try_.orelse = orelse;
        n->u.try_.finalbody = finalbody;
        LEAVE(n);
    }
    RESET();
    LEAVE(NULL);
}

/* match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
 *           | invalid_match_stmt
 * memguide does not simulate match: once the statement is recognised its
 * block is skipped and the construct reported as unsupported. */
Node *parser_subject_expr(Parser *p)
{
    int start = p->mark;
    Node *e = parser_star_named_expression(p);
    if (e && parser_expect(p, TK_COMMA)) {
        NodeVec v = {0};
        parser_star_named_expressions(p, &v);
        nodevec_free(&v);
        if (p->error) return NULL;
        return e;
    }
    if (p->error) return NULL;
    p->mark = start;
    return parser_named_expression(p);
}

static Node *match_stmt(Parser *p)
{
    ENTER();
    PToken *kw = parser_expect_soft(p, "match");
    if (kw && parser_subject_expr(p) && parser_expect(p, TK_COLON) && parser_expect(p, TK_NEWLINE) &&
        parser_expect(p, TK_INDENT)) {
        int depth = 1;
        while (depth > 0) {
            PToken *t = parser_tok(p, p->mark);
            if (!t) LEAVE(NULL);
            if (t->type == TK_ENDMARKER) LEAVE(NULL);
            if (t->type == TK_INDENT) depth++;
            if (t->type == TK_DEDENT) depth--;
            p->mark++;
        }
        parser_unsupported(p, kw, "'match' statements");
        LEAVE(parser_node_from(p, N_PASS, _start));
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (INVALID) {
        parser_invalid_match_stmt(p);
        RESET();
    }
    LEAVE(NULL);
}

/* compound_stmt:
 *     | &('def' | '@' | ASYNC) function_def
 *     | &'if' if_stmt
 *     | &('class' | '@') class_def
 *     | &('with' | ASYNC) with_stmt
 *     | &('for' | ASYNC) for_stmt
 *     | &'try' try_stmt
 *     | &'while' while_stmt
 *     | match_stmt */
Node *parser_compound_stmt(Parser *p)
{
    ENTER();
    int t = parser_type(p);
    Node *res = NULL;
    if (t == KW_DEF || t == TK_AT || t == KW_ASYNC) {
        if ((res = function_def(p))) LEAVE(res);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    if (t == KW_IF) {
        if ((res = if_stmt(p, KW_IF))) LEAVE(res);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    if (t == KW_CLASS || t == TK_AT) {
        if ((res = class_def(p))) LEAVE(res);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    if (t == KW_WITH || t == KW_ASYNC) {
        if ((res = with_stmt(p))) LEAVE(res);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    if (t == KW_FOR || t == KW_ASYNC) {
        if ((res = for_stmt(p))) LEAVE(res);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    if (t == KW_TRY) {
        if ((res = try_stmt(p))) LEAVE(res);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    if (t == KW_WHILE) {
        if ((res = while_stmt(p))) LEAVE(res);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    res = match_stmt(p);
    if (!res) RESET();
    LEAVE(res);
}
