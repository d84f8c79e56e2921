/* parser_invalid_args.c — the invalid_* rules for call arguments and
 * parameter lists: "positional argument follows keyword argument",
 * "Generator expression must be parenthesized", "parameter without a
 * default follows parameter with a default", "named arguments must follow
 * bare *", and the rest of 3.12's messages about them.
 *
 * Second pass only; each returns NULL, having raised CPython's error or
 * not matched (mark restored either way).
 */
#include "pysim/parser_impl.h"

#include <string.h>

/* invalid_arguments:
 *     | ((','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs) ',' b='*'
 *     | a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
 *     | a=NAME b='=' expression for_if_clauses
 *     | (args ',')? a=NAME b='=' &(',' | ')')
 *     | a=args b=for_if_clauses
 *     | args ',' a=expression b=for_if_clauses
 *     | a=args ',' args */
/* ((','.positional+ ',' kwargs) | kwargs): args parses the same tokens;
 * it matched this form exactly when it ended with keyword arguments. */
static bool positional_then_kwargs(Parser *p)
{
    int start = p->mark;
    Node *a = parser_args(p);
    if (a && a->u.call.keywords.len) return true;
    if (p->error) return false;
    p->mark = start;
    NodeVec args = {0}, kw = {0};
    bool ok = parser_kwargs(p, &args, &kw);
    nodevec_free(&args);
    nodevec_free(&kw);
    if (!ok) p->mark = start;
    return ok;
}

void *parser_invalid_arguments(Parser *p)
{
    ENTER();
    if (positional_then_kwargs(p) && parser_expect(p, TK_COMMA)) {
        PToken *b = parser_expect(p, TK_STAR);
        if (b) {
            parser_raise_tok(p, b, "iterable argument unpacking follows keyword argument unpacking");
            DONE();
        }
    }
    NEXT_ALT();
    {
        Node *a = parser_expression(p);
        NodeVec g = {0};
        if (a && parser_for_if_clauses(p, &g) && parser_expect(p, TK_COMMA)) {
            int m = p->mark;
            if (!parser_args(p)) {
                p->mark = m;
                NodeVec g2 = {0};
                if (!(parser_expression(p) && parser_for_if_clauses(p, &g2))) p->mark = m;
                nodevec_free(&g2);
            }
            if (!p->error)
                parser_raise_node_range(p, a, parser_last_comprehension_item(&g),
                                   "Generator expression must be parenthesized");
            nodevec_free(&g);
            DONE();
        }
        nodevec_free(&g);
    }
    NEXT_ALT();
    {
        PToken *a = parser_expect_name(p), *b = a ? parser_expect(p, TK_EQUAL) : NULL;
        NodeVec g = {0};
        if (b && parser_expression(p) && parser_for_if_clauses(p, &g)) {
            parser_raise_tok_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            nodevec_free(&g);
            DONE();
        }
        nodevec_free(&g);
    }
    NEXT_ALT();
    {
        int m = p->mark;
        if (!(parser_args(p) && parser_expect(p, TK_COMMA))) {
            if (p->error) DONE();
            p->mark = m;
        }
        PToken *a = parser_expect_name(p), *b = a ? parser_expect(p, TK_EQUAL) : NULL;
        if (b) {
            int t = parser_type(p);
            if (t == TK_COMMA || t == TK_RPAR) {
                parser_raise_tok_range(p, a, b, "expected argument value expression");
                DONE();
            }
        }
    }
    NEXT_ALT();
    {
        Node *a = parser_args(p);
        NodeVec g = {0};
        if (a && parser_for_if_clauses(p, &g)) {
            /* _PyPegen_nonparen_genexp_in_call */
            if (a->u.call.args.len > 1)
                parser_raise_node_range(p, a->u.call.args.items[a->u.call.args.len - 1],
                                   parser_last_comprehension_item(&g),
                                   "Generator expression must be parenthesized");
            nodevec_free(&g);
            DONE();
        }
        nodevec_free(&g);
    }
    NEXT_ALT();
    {
        NodeVec g = {0};
        Node *a;
        if (parser_args(p) && parser_expect(p, TK_COMMA) && (a = parser_expression(p)) &&
            parser_for_if_clauses(p, &g)) {
            parser_raise_node_range(p, a, parser_last_comprehension_item(&g),
                               "Generator expression must be parenthesized");
            nodevec_free(&g);
            DONE();
        }
        nodevec_free(&g);
    }
    NEXT_ALT();
    {
        Node *a = parser_args(p);
        if (a && parser_expect(p, TK_COMMA) && parser_args(p)) {
            /* _PyPegen_arguments_parsing_error */
            bool unpack = false;
            for (int i = 0; i < a->u.call.keywords.len; i++)
                if (!a->u.call.keywords.items[i]->u.keyword.arg) unpack = true;
            parser_raise(p, SE_SYNTAX_ERROR, false, unpack ? "positional argument follows keyword argument unpacking"
                                                      : "positional argument follows keyword argument");
        }
    }
    DONE();
}

/* invalid_kwarg:
 *     | a=('True'|'False'|'None') b='='
 *     | a=NAME b='=' expression for_if_clauses
 *     | !(NAME '=') a=expression b='='
 *     | a='**' expression '=' b=expression */
void *parser_invalid_kwarg(Parser *p)
{
    ENTER();
    {
        int t = parser_type(p);
        if (t == KW_TRUE || t == KW_FALSE || t == KW_NONE) {
            PToken *a = parser_tok(p, p->mark);
            p->mark++;
            PToken *b = parser_expect(p, TK_EQUAL);
            if (b) {
                parser_raise_tok_range(p, a, b, "cannot assign to %s", parser_tok_str(p, a));
                DONE();
            }
        }
    }
    NEXT_ALT();
    {
        PToken *a = parser_expect_name(p), *b = a ? parser_expect(p, TK_EQUAL) : NULL;
        NodeVec g = {0};
        if (b && parser_expression(p) && parser_for_if_clauses(p, &g)) {
            parser_raise_tok_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            nodevec_free(&g);
            DONE();
        }
        nodevec_free(&g);
    }
    NEXT_ALT();
    {
        bool name_eq = parser_expect_name(p) && parser_expect(p, TK_EQUAL);
        if (p->error) DONE();
        RESET();
        if (!name_eq) {
            Node *a = parser_expression(p);
            PToken *b = a ? parser_expect(p, TK_EQUAL) : NULL;
            if (b) {
                parser_raise_range(p, a->lineno, a->col, b->t.end_lineno, b->t.end_col,
                              "expression cannot contain assignment, perhaps you meant \"==\"?");
                DONE();
            }
        }
    }
    NEXT_ALT();
    {
        PToken *a = parser_expect(p, TK_DOUBLESTAR);
        Node *b;
        if (a && parser_expression(p) && parser_expect(p, TK_EQUAL) && (b = parser_expression(p))) {
            parser_raise_range(p, a->t.lineno, a->t.col, b->end_lineno, b->end_col,
                          "cannot assign to keyword argument unpacking");
        }
    }
    DONE();
}

/* invalid_starred_expression: a='*' expression '=' b=expression */
void *parser_invalid_starred_expression(Parser *p)
{
    ENTER();
    PToken *a = parser_expect(p, TK_STAR);
    Node *b;
    if (a && parser_expression(p) && parser_expect(p, TK_EQUAL) && (b = parser_expression(p)))
        parser_raise_range(p, a->t.lineno, a->t.col, b->end_lineno, b->end_col,
                      "cannot assign to iterable argument unpacking");
    DONE();
}

/* ---- parameters ---------------------------------------------------------------- */

static int param_forms(Parser *p, bool lambda, int want_default)
{
    int n = 0;
    for (;;) {
        int m = p->mark;
        if (!parser_param_form(p, lambda, want_default)) {
            p->mark = m;
            break;
        }
        n++;
    }
    return n;
}

/* slash_no_default | slash_with_default */
static bool any_slash(Parser *p, bool lambda)
{
    int m = p->mark;
    if (parser_slash(p, lambda, false)) return true;
    if (p->error) return false;
    p->mark = m;
    return parser_slash(p, lambda, true);
}

/* invalid_parameters / invalid_lambda_parameters:
 *     | a="/" ','  -> "at least one argument must precede /"
 *     | (slash_no_default | slash_with_default) param_maybe_default* a='/'
 *     | slash_no_default? param_no_default* invalid_parameters_helper a=param_no_default
 *     | param_no_default* a='(' param_no_default+ ','? b=')'
 *     | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/'
 *     | param_maybe_default+ '/' a='*'
 * invalid_parameters_helper: slash_with_default | param_with_default+ */
static void *invalid_params(Parser *p, bool lambda)
{
    ENTER();
    {
        PToken *a = parser_expect(p, TK_SLASH);
        if (a && parser_expect(p, TK_COMMA)) {
            parser_raise_tok(p, a, "at least one argument must precede /");
            DONE();
        }
    }
    NEXT_ALT();
    if (any_slash(p, lambda)) {
        param_forms(p, lambda, 2);
        PToken *a = p->error ? NULL : parser_expect(p, TK_SLASH);
        if (a) {
            parser_raise_tok(p, a, "/ may appear only once");
            DONE();
        }
    }
    NEXT_ALT();
    {
        int m = p->mark;
        if (!parser_slash(p, lambda, false)) {
            if (p->error) DONE();
            p->mark = m;
        }
        param_forms(p, lambda, 0);
        m = p->mark;
        bool helper = parser_slash(p, lambda, true);
        if (!helper && !p->error) {
            p->mark = m;
            helper = param_forms(p, lambda, 1) > 0;
        }
        if (helper && !p->error) {
            Node *a = parser_param_form(p, lambda, 0);
            if (a) {
                parser_raise_node(p, a, "parameter without a default follows parameter with a default");
                DONE();
            }
        }
    }
    NEXT_ALT();
    {
        param_forms(p, lambda, 0);
        PToken *a = p->error ? NULL : parser_expect(p, TK_LPAR);
        if (a) {
            int n = 0;
            if (lambda) {
                /* ','.lambda_param+ */
                if (parser_param_plain(p, true)) {
                    n = 1;
                    for (;;) {
                        int m = p->mark;
                        if (!parser_expect(p, TK_COMMA) || !parser_param_plain(p, true)) {
                            p->mark = m;
                            break;
                        }
                        n++;
                    }
                }
            } else {
                n = param_forms(p, false, 0);
            }
            if (n > 0 && !p->error) {
                parser_expect(p, TK_COMMA);
                PToken *b = parser_expect(p, TK_RPAR);
                if (b) {
                    parser_raise_tok_range(p, a, b, lambda ? "Lambda expression parameters cannot be parenthesized"
                                                      : "Function parameters cannot be parenthesized");
                    DONE();
                }
            }
        }
    }
    NEXT_ALT();
    {
        int m = p->mark;
        if (!any_slash(p, lambda)) {
            if (p->error) DONE();
            p->mark = m;
        }
        param_forms(p, lambda, 2);
        if (!p->error && parser_expect(p, TK_STAR)) {
            bool ok = parser_expect(p, TK_COMMA) != NULL;
            if (!ok && !p->error) ok = parser_param_form(p, lambda, 0) != NULL;
            if (ok) {
                param_forms(p, lambda, 2);
                PToken *a = p->error ? NULL : parser_expect(p, TK_SLASH);
                if (a) {
                    parser_raise_tok(p, a, "/ must be ahead of *");
                    DONE();
                }
            }
        }
    }
    NEXT_ALT();
    if (param_forms(p, lambda, 2) > 0 && parser_expect(p, TK_SLASH)) {
        PToken *a = parser_expect(p, TK_STAR);
        if (a) parser_raise_tok(p, a, "expected comma between / and *");
    }
    DONE();
}

void *parser_invalid_parameters(Parser *p)
{
    return invalid_params(p, false);
}

void *parser_invalid_lambda_parameters(Parser *p)
{
    return invalid_params(p, true);
}

/* invalid_default: a='=' &(')'|',') */
void *parser_invalid_default(Parser *p)
{
    ENTER();
    PToken *a = parser_expect(p, TK_EQUAL);
    if (a) {
        int t = parser_type(p);
        if (t == TK_RPAR || t == TK_COMMA) parser_raise_tok(p, a, "expected default value expression");
    }
    DONE();
}

/* invalid_star_etc / invalid_lambda_star_etc:
 *     | a='*' (')' | ',' (')' | '**'))    (lambda: ':' for ')', and a plain error)
 *     | '*' param a='='
 *     | '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',') */
static void *invalid_star(Parser *p, bool lambda)
{
    ENTER();
    int close = lambda ? TK_COLON : TK_RPAR;
    {
        PToken *a = parser_expect(p, TK_STAR);
        if (a) {
            bool hit = parser_next_is(p, close);
            if (!hit && parser_expect(p, TK_COMMA)) {
                int t = parser_type(p);
                hit = t == close || t == TK_DOUBLESTAR;
            }
            if (hit && !p->error) {
                if (lambda) parser_raise(p, SE_SYNTAX_ERROR, false, "named arguments must follow bare *");
                else parser_raise_tok(p, a, "named arguments must follow bare *");
                DONE();
            }
        }
    }
    NEXT_ALT();
    if (parser_expect(p, TK_STAR) && parser_param_plain(p, lambda)) {
        PToken *a = parser_expect(p, TK_EQUAL);
        if (a) {
            parser_raise_tok(p, a, "var-positional argument cannot have default value");
            DONE();
        }
    }
    NEXT_ALT();
    if (parser_expect(p, TK_STAR)) {
        bool ok = parser_param_form(p, lambda, 0) != NULL;
        if (!ok && !p->error) ok = parser_expect(p, TK_COMMA) != NULL;
        if (ok) {
            param_forms(p, lambda, 2);
            PToken *a = p->error ? NULL : parser_expect(p, TK_STAR);
            if (a) {
                bool ok2 = parser_param_form(p, lambda, 0) != NULL;
                if (!ok2 && !p->error) ok2 = parser_expect(p, TK_COMMA) != NULL;
                if (ok2) parser_raise_tok(p, a, "* argument may appear only once");
            }
        }
    }
    DONE();
}

void *parser_invalid_star_etc(Parser *p)
{
    return invalid_star(p, false);
}

void *parser_invalid_lambda_star_etc(Parser *p)
{
    return invalid_star(p, true);
}

/* invalid_kwds / invalid_lambda_kwds:
 *     | '**' param a='='
 *     | '**' param ',' a=param
 *     | '**' param ',' a=('*'|'**'|'/') */
static void *invalid_kwds(Parser *p, bool lambda)
{
    ENTER();
    if (parser_expect(p, TK_DOUBLESTAR) && parser_param_plain(p, lambda)) {
        PToken *a = parser_expect(p, TK_EQUAL);
        if (a) {
            parser_raise_tok(p, a, "var-keyword argument cannot have default value");
            DONE();
        }
    }
    NEXT_ALT();
    if (parser_expect(p, TK_DOUBLESTAR) && parser_param_plain(p, lambda) && parser_expect(p, TK_COMMA)) {
        Node *a = parser_param_plain(p, lambda);
        if (a) {
            parser_raise_node(p, a, "arguments cannot follow var-keyword argument");
            DONE();
        }
    }
    NEXT_ALT();
    if (parser_expect(p, TK_DOUBLESTAR) && parser_param_plain(p, lambda) && parser_expect(p, TK_COMMA)) {
        int t = parser_type(p);
        if (t == TK_STAR || t == TK_DOUBLESTAR || t == TK_SLASH)
            parser_raise_tok(p, parser_tok(p, p->mark), "arguments cannot follow var-keyword argument");
    }
    DONE();
}

void *parser_invalid_kwds(Parser *p)
{
    return invalid_kwds(p, false);
}

void *parser_invalid_lambda_kwds(Parser *p)
{
    return invalid_kwds(p, true);
}
