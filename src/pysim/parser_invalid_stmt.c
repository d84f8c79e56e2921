/* parser_invalid_stmt.c — the invalid_* rules for statements: a missing
 * ':' ("expected ':'"), a missing indented block ("expected an indented
 * block after 'if' statement on line N"), try without except, bad import
 * forms, bad with/for targets.
 *
 * Second pass only, like every invalid rule: each returns NULL, having
 * raised CPython's error or not matched (mark is restored either way).
 */
#include "pysim/parser_impl.h"

/* NEWLINE !INDENT — a block that is not there. */
static bool newline_no_indent(Parser *p)
{
    return parser_expect(p, TK_NEWLINE) && !parser_next_is(p, TK_INDENT) && !p->error;
}

static void *indent_error(Parser *p, const char *what, int lineno)
{
    return parser_raise(p, SE_INDENTATION_ERROR, false, "expected an indented block after %s on line %d",
                   what, lineno);
}

/* invalid_for_target: ASYNC? 'for' a=star_expressions */
void *parser_invalid_for_target(Parser *p)
{
    ENTER();
    parser_expect(p, KW_ASYNC);
    if (parser_expect(p, KW_FOR)) {
        Node *a = parser_star_expressions(p);
        if (a) parser_raise_invalid_target(p, TARGETS_FOR, a);
    }
    DONE();
}

/* invalid_with_item: expression 'as' a=expression &(',' | ')' | ':') */
void *parser_invalid_with_item(Parser *p)
{
    ENTER();
    Node *a;
    if (parser_expression(p) && parser_expect(p, KW_AS) && (a = parser_expression(p))) {
        int t = parser_type(p);
        if (t == TK_COMMA || t == TK_RPAR || t == TK_COLON) parser_raise_invalid_target(p, TARGETS_STAR, a);
    }
    DONE();
}

/* invalid_import: a='import' ','.dotted_name+ 'from' dotted_name */
void *parser_invalid_import(Parser *p)
{
    ENTER();
    PToken *a = parser_expect(p, KW_IMPORT);
    if (a && parser_dotted_name(p)) {
        for (;;) {
            int m = p->mark;
            if (!parser_expect(p, TK_COMMA) || !parser_dotted_name(p)) {
                p->mark = m;
                break;
            }
        }
        if (parser_expect(p, KW_FROM) && parser_dotted_name(p))
            parser_raise_starting_from_tok(p, a, "Did you mean to use 'from ... import ...' instead?");
    }
    DONE();
}

/* invalid_import_from_targets: import_from_as_names ',' NEWLINE */
void *parser_invalid_import_from_targets(Parser *p)
{
    ENTER();
    NodeVec v = {0};
    if (parser_as_names(p, false, &v) && parser_expect(p, TK_COMMA) && parser_expect(p, TK_NEWLINE))
        parser_raise(p, SE_SYNTAX_ERROR, false, "trailing comma not allowed without surrounding parentheses");
    nodevec_free(&v);
    DONE();
}

/* ','.(expression ['as' star_target])+  or with parentheses:
 * '(' ','.(expressions ['as' star_target])+ ','? ')' */
static bool with_items_loose(Parser *p, bool parens)
{
    if (parens && !parser_expect(p, TK_LPAR)) return false;
    int n = 0;
    for (;;) {
        int m = p->mark;
        if (n && !parser_expect(p, TK_COMMA)) break;
        Node *e = parens ? parser_expressions(p) : parser_expression(p);
        if (!e) {
            p->mark = m;
            break;
        }
        int m2 = p->mark;
        if (!(parser_expect(p, KW_AS) && parser_star_target(p))) p->mark = m2;
        n++;
    }
    if (!n || p->error) return false;
    if (parens) {
        parser_expect(p, TK_COMMA);
        if (!parser_expect(p, TK_RPAR)) return false;
    }
    return true;
}

/* invalid_with_stmt:
 *     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
 *     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE */
void *parser_invalid_with_stmt(Parser *p)
{
    ENTER();
    for (int parens = 0; parens < 2; parens++) {
        RESET();
        parser_expect(p, KW_ASYNC);
        if (parser_expect(p, KW_WITH) && with_items_loose(p, parens) && parser_expect(p, TK_NEWLINE)) {
            parser_raise(p, SE_SYNTAX_ERROR, false, "expected ':'");
            DONE();
        }
        if (p->error) DONE();
    }
    DONE();
}

/* invalid_with_stmt_indent: the same with ':' NEWLINE !INDENT */
void *parser_invalid_with_stmt_indent(Parser *p)
{
    ENTER();
    for (int parens = 0; parens < 2; parens++) {
        RESET();
        parser_expect(p, KW_ASYNC);
        PToken *a = parser_expect(p, KW_WITH);
        if (a && with_items_loose(p, parens) && parser_expect(p, TK_COLON) && newline_no_indent(p)) {
            indent_error(p, "'with' statement", a->t.lineno);
            DONE();
        }
        if (p->error) DONE();
    }
    DONE();
}

/* except_block+ / except_star_block+ */
static int handlers(Parser *p, bool star)
{
    int n = 0;
    for (;;) {
        int m = p->mark;
        if (!parser_except_block(p, star)) {
            p->mark = m;
            break;
        }
        n++;
    }
    return n;
}

/* invalid_try_stmt:
 *     | a='try' ':' NEWLINE !INDENT
 *     | 'try' ':' block !('except' | 'finally')
 *     | 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
 *     | 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':' */
void *parser_invalid_try_stmt(Parser *p)
{
    ENTER();
    PToken *a = parser_expect(p, KW_TRY);
    if (a && parser_expect(p, TK_COLON) && newline_no_indent(p)) {
        indent_error(p, "'try' statement", a->t.lineno);
        DONE();
    }
    NEXT_ALT();
    if (parser_expect(p, KW_TRY) && parser_expect(p, TK_COLON)) {
        bool ok;
        parser_block(p, &ok);
        if (ok) {
            int t = parser_type(p);
            if (t != KW_EXCEPT && t != KW_FINALLY && !p->error) {
                parser_raise(p, SE_SYNTAX_ERROR, false, "expected 'except' or 'finally' block");
                DONE();
            }
        }
    }
    for (int star = 0; star < 2; star++) {
        NEXT_ALT();
        if (!parser_expect(p, KW_TRY) || !parser_expect(p, TK_COLON)) continue;
        for (;;) {
            int m = p->mark;
            bool ok;
            parser_block(p, &ok);
            if (!ok) {
                p->mark = m;
                break;
            }
        }
        if (p->error || !handlers(p, star)) continue;
        PToken *ex = parser_expect(p, KW_EXCEPT);
        if (!ex) continue;
        if (!star) {
            PToken *b = parser_expect(p, TK_STAR);
            if (!b || !parser_expression(p)) continue;
            int m = p->mark;
            if (!(parser_expect(p, KW_AS) && parser_expect_name(p))) p->mark = m;
            if (parser_expect(p, TK_COLON)) {
                parser_raise_tok_range(p, ex, b, "cannot have both 'except' and 'except*' on the same 'try'");
                DONE();
            }
        } else {
            int m = p->mark;
            if (parser_expression(p)) {
                int m2 = p->mark;
                if (!(parser_expect(p, KW_AS) && parser_expect_name(p))) p->mark = m2;
            } else {
                p->mark = m;
            }
            if (parser_expect(p, TK_COLON)) {
                parser_raise_tok(p, ex, "cannot have both 'except' and 'except*' on the same 'try'");
                DONE();
            }
        }
    }
    DONE();
}

/* invalid_except_stmt:
 *     | 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
 *     | a='except' '*'? expression ['as' NAME ] NEWLINE
 *     | a='except' NEWLINE
 *     | a='except' '*' (NEWLINE | ':') */
void *parser_invalid_except_stmt(Parser *p)
{
    ENTER();
    if (parser_expect(p, KW_EXCEPT)) {
        parser_expect(p, TK_STAR);
        Node *a = parser_expression(p);
        if (a && parser_expect(p, TK_COMMA) && parser_expressions(p)) {
            int m = p->mark;
            if (!(parser_expect(p, KW_AS) && parser_expect_name(p))) p->mark = m;
            if (parser_expect(p, TK_COLON)) {
                parser_raise_starting_from_node(p, a, "multiple exception types must be parenthesized");
                DONE();
            }
        }
    }
    NEXT_ALT();
    if (parser_expect(p, KW_EXCEPT)) {
        parser_expect(p, TK_STAR);
        if (parser_expression(p)) {
            int m = p->mark;
            if (!(parser_expect(p, KW_AS) && parser_expect_name(p))) p->mark = m;
            if (parser_expect(p, TK_NEWLINE)) {
                parser_raise(p, SE_SYNTAX_ERROR, false, "expected ':'");
                DONE();
            }
        }
    }
    NEXT_ALT();
    if (parser_expect(p, KW_EXCEPT) && parser_expect(p, TK_NEWLINE)) {
        parser_raise(p, SE_SYNTAX_ERROR, false, "expected ':'");
        DONE();
    }
    NEXT_ALT();
    if (parser_expect(p, KW_EXCEPT) && parser_expect(p, TK_STAR) &&
        (parser_expect(p, TK_NEWLINE) || parser_expect(p, TK_COLON)))
        parser_raise(p, SE_SYNTAX_ERROR, false, "expected one or more exception types");
    DONE();
}

/* invalid_finally_stmt: a='finally' ':' NEWLINE !INDENT */
void *parser_invalid_finally_stmt(Parser *p)
{
    ENTER();
    PToken *a = parser_expect(p, KW_FINALLY);
    if (a && parser_expect(p, TK_COLON) && newline_no_indent(p)) indent_error(p, "'finally' statement", a->t.lineno);
    DONE();
}

/* invalid_except_stmt_indent:
 *     | a='except' expression ['as' NAME ] ':' NEWLINE !INDENT
 *     | a='except' ':' NEWLINE !INDENT
 * invalid_except_star_stmt_indent:
 *     | a='except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT */
static void *except_indent(Parser *p, bool star)
{
    ENTER();
    PToken *a = parser_expect(p, KW_EXCEPT);
    if (a && (!star || parser_expect(p, TK_STAR)) && parser_expression(p)) {
        int m = p->mark;
        if (!(parser_expect(p, KW_AS) && parser_expect_name(p))) p->mark = m;
        if (parser_expect(p, TK_COLON) && newline_no_indent(p)) {
            indent_error(p, star ? "'except*' statement" : "'except' statement", a->t.lineno);
            DONE();
        }
    }
    if (star) DONE();
    NEXT_ALT();
    a = parser_expect(p, KW_EXCEPT);
    if (a && parser_expect(p, TK_COLON) && newline_no_indent(p)) indent_error(p, "'except' statement", a->t.lineno);
    DONE();
}

void *parser_invalid_except_stmt_indent(Parser *p)
{
    return except_indent(p, false);
}

void *parser_invalid_except_star_stmt_indent(Parser *p)
{
    return except_indent(p, true);
}

/* invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt:
 *     | KW named_expression NEWLINE            -> "expected ':'"
 *     | a=KW a=named_expression ':' NEWLINE !INDENT
 * (the indentation error gives the line of the condition: CPython's rule
 * rebinds a to it) */
static void *cond_stmt(Parser *p, int kw, const char *what)
{
    ENTER();
    if (parser_expect(p, kw) && parser_named_expression(p) && parser_expect(p, TK_NEWLINE)) {
        parser_raise(p, SE_SYNTAX_ERROR, false, "expected ':'");
        DONE();
    }
    NEXT_ALT();
    PToken *a = parser_expect(p, kw);
    Node *cond = a ? parser_named_expression(p) : NULL;
    if (cond && parser_expect(p, TK_COLON) && newline_no_indent(p))
        indent_error(p, what, kw == KW_WHILE ? a->t.lineno : cond->lineno);
    DONE();
}

void *parser_invalid_if_stmt(Parser *p)
{
    return cond_stmt(p, KW_IF, "'if' statement");
}

void *parser_invalid_elif_stmt(Parser *p)
{
    return cond_stmt(p, KW_ELIF, "'elif' statement");
}

void *parser_invalid_while_stmt(Parser *p)
{
    return cond_stmt(p, KW_WHILE, "'while' statement");
}

/* invalid_else_stmt: a='else' ':' NEWLINE !INDENT */
void *parser_invalid_else_stmt(Parser *p)
{
    ENTER();
    PToken *a = parser_expect(p, KW_ELSE);
    if (a && parser_expect(p, TK_COLON) && newline_no_indent(p)) indent_error(p, "'else' statement", a->t.lineno);
    DONE();
}

/* invalid_for_stmt:
 *     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
 *     | [ASYNC] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT */
void *parser_invalid_for_stmt(Parser *p)
{
    ENTER();
    parser_expect(p, KW_ASYNC);
    if (parser_expect(p, KW_FOR) && parser_star_targets(p) && parser_expect(p, KW_IN) && parser_star_expressions(p) &&
        parser_expect(p, TK_NEWLINE)) {
        parser_raise(p, SE_SYNTAX_ERROR, false, "expected ':'");
        DONE();
    }
    NEXT_ALT();
    parser_expect(p, KW_ASYNC);
    PToken *a = parser_expect(p, KW_FOR);
    if (a && parser_star_targets(p) && parser_expect(p, KW_IN) && parser_star_expressions(p) &&
        parser_expect(p, TK_COLON) && newline_no_indent(p))
        indent_error(p, "'for' statement", a->t.lineno);
    DONE();
}

/* invalid_def_raw:
 *     | [ASYNC] a='def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT */
void *parser_invalid_def_raw(Parser *p)
{
    ENTER();
    parser_expect(p, KW_ASYNC);
    PToken *a = parser_expect(p, KW_DEF);
    if (!a || !parser_expect_name(p)) DONE();
    int m = p->mark;
    if (!parser_type_params(p)) {
        if (p->error) DONE();
        p->mark = m;
    }
    if (!parser_expect(p, TK_LPAR)) DONE();
    m = p->mark;
    if (!parser_params(p)) {
        if (p->error) DONE();
        p->mark = m;
    }
    if (!parser_expect(p, TK_RPAR)) DONE();
    m = p->mark;
    if (!(parser_expect(p, TK_RARROW) && parser_expression(p))) {
        if (p->error) DONE();
        p->mark = m;
    }
    if (parser_expect(p, TK_COLON) && newline_no_indent(p)) indent_error(p, "function definition", a->t.lineno);
    DONE();
}

/* invalid_class_def_raw:
 *     | 'class' NAME [type_params] ['(' [arguments] ')'] NEWLINE   -> "expected ':'"
 *     | a='class' NAME [type_params] ['(' [arguments] ')'] ':' NEWLINE !INDENT */
static bool class_head(Parser *p, PToken **kw)
{
    *kw = parser_expect(p, KW_CLASS);
    if (!*kw || !parser_expect_name(p)) return false;
    int m = p->mark;
    if (!parser_type_params(p)) {
        if (p->error) return false;
        p->mark = m;
    }
    m = p->mark;
    if (parser_expect(p, TK_LPAR)) {
        int m2 = p->mark;
        if (!parser_arguments(p)) {
            if (p->error) return false;
            p->mark = m2;
        }
        if (!parser_expect(p, TK_RPAR)) p->mark = m;
    }
    return !p->error;
}

void *parser_invalid_class_def_raw(Parser *p)
{
    ENTER();
    PToken *a;
    if (class_head(p, &a) && parser_expect(p, TK_NEWLINE)) {
        parser_raise(p, SE_SYNTAX_ERROR, false, "expected ':'");
        DONE();
    }
    NEXT_ALT();
    if (class_head(p, &a) && parser_expect(p, TK_COLON) && newline_no_indent(p))
        indent_error(p, "class definition", a->t.lineno);
    DONE();
}

/* invalid_match_stmt:
 *     | "match" subject_expr NEWLINE  -> "expected ':'"
 *     | a="match" subject_expr ':' NEWLINE !INDENT */
void *parser_invalid_match_stmt(Parser *p)
{
    ENTER();
    if (parser_expect_soft(p, "match") && parser_subject_expr(p) && parser_expect(p, TK_NEWLINE)) {
        parser_raise(p, SE_SYNTAX_ERROR, false, "expected ':'");
        DONE();
    }
    NEXT_ALT();
    PToken *a = parser_expect_soft(p, "match");
    if (a && parser_subject_expr(p) && parser_expect(p, TK_COLON) && newline_no_indent(p))
        indent_error(p, "'match' statement", a->t.lineno);
    DONE();
}
