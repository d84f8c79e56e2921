/* parser_invalid.c — the invalid_* rules of Python 3.12's grammar: the
 * second parser pass's recognisers of common mistakes, each raising
 * CPython's specific SyntaxError at CPython's location.
 *
 * They run when p->call_invalid_rules is set (after a failed first pass),
 * with one exception CPython's generated code makes too: the dict rule
 * tries invalid_double_starred_kvpairs in the first pass as well (only an
 * alternative that is a lone invalid_ rule is guarded).  Each returns
 * NULL: either it raised (p->error) or it did not match, and the caller
 * resets p->mark and goes on with its next alternative.
 */
#include "pysim/parser_impl.h"

#include <string.h>

/* _PyPegen_get_invalid_target */
static const Node *invalid_target(const Node *e, int type)
{
    if (!e) return NULL;
    switch (e->kind) {
    case N_LIST:
    case N_TUPLE:
        for (int i = 0; i < e->u.seq.elts.len; i++) {
            const Node *c = invalid_target(e->u.seq.elts.items[i], type);
            if (c) return c;
        }
        return NULL;
    case N_STARRED:
        if (type == TARGETS_DEL) return e;
        return invalid_target(e->u.starred.value, type);
    case N_COMPARE:
        if (type == TARGETS_FOR) {
            if (e->u.compare.ops[0] == CMP_IN) return invalid_target(e->u.compare.left, type);
            return NULL;
        }
        return e;
    case N_NAME:
    case N_SUBSCRIPT:
    case N_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

/* RAISE_SYNTAX_ERROR_INVALID_TARGET */
void *parser_raise_invalid_target(Parser *p, int type, const Node *e)
{
    const Node *t = invalid_target(e, type);
    if (t) {
        return parser_raise_node(p, t, type == TARGETS_DEL ? "cannot delete %s" : "cannot assign to %s",
                            parser_expr_name(t));
    }
    return NULL;
}

/* _PyPegen_check_legacy_stmt: print and exec were statements once. */
static bool is_legacy_name(const Node *a)
{
    return a->kind == N_NAME && (!strcmp(a->u.name.id, "print") || !strcmp(a->u.name.id, "exec"));
}

static PToken *prev_token(Parser *p)
{
    return p->toks[p->mark - 1];
}

/* Last comprehension's last if, or its iterable
 * (_PyPegen_get_last_comprehension_item). */
const Node *parser_last_comprehension_item(const NodeVec *gens)
{
    const Node *c = gens->items[gens->len - 1];
    if (c->u.comprehension.ifs.len)
        return c->u.comprehension.ifs.items[c->u.comprehension.ifs.len - 1];
    return c->u.comprehension.iter;
}

/* ---- expressions -------------------------------------------------------------- */

/* SOFT_KEYWORD as CPython 3.12 matches it (_PyPegen_soft_keyword_token):
 * strncmp over the token's length, so any prefix of a soft keyword ("t",
 * "ca", "mat") counts.  A bug, but it decides whether "f(t b)" gets
 * "Perhaps you forgot a comma?". */
static bool soft_keyword_token(const char *s, size_t n)
{
    static const char *const kws[] = {"_", "case", "match", "type"};
    for (int i = 0; i < 4; i++)
        if (n <= strlen(kws[i]) && strncmp(kws[i], s, n) == 0) return true;
    return false;
}

/* invalid_expression:
 *    | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
 *          -> "invalid syntax. Perhaps you forgot a comma?" (inside brackets)
 *    | a=disjunction 'if' b=disjunction !('else'|':') -> "expected 'else' after 'if' expression"
 *    | a='lambda' [lambda_params] b=':' &(FSTRING_MIDDLE | fstring_replacement_field) */
void *parser_invalid_expression(Parser *p)
{
    ENTER();
    {
        bool skip = false;
        PToken *t0 = parser_tok(p, p->mark);
        if (t0 && t0->type == TK_NAME) {
            PToken *t1 = parser_tok(p, p->mark + 1);
            if (t1 && t1->type == TK_STRING) skip = true;
            if (soft_keyword_token(p->src + t0->t.start, t0->t.end - t0->t.start)) skip = true;
        }
        if (p->error) DONE();
        if (!skip) {
            Node *a = parser_disjunction(p);
            if (a) {
                Node *b = parser_expression_without_invalid(p);
                if (b) {
                    if (!is_legacy_name(a) && prev_token(p)->t.level != 0)
                        parser_raise_node_range(p, a, b, "invalid syntax. Perhaps you forgot a comma?");
                    DONE();
                }
            }
        }
    }
    NEXT_ALT();
    {
        Node *a = parser_disjunction(p);
        if (a && parser_expect(p, KW_IF)) {
            Node *b = parser_disjunction(p);
            if (b) {
                int t = parser_type(p);
                if (t != KW_ELSE && t != TK_COLON && !p->error) {
                    parser_raise_node_range(p, a, b, "expected 'else' after 'if' expression");
                    DONE();
                }
            }
        }
    }
    NEXT_ALT();
    {
        PToken *a = parser_expect(p, KW_LAMBDA);
        if (a) {
            int m = p->mark;
            if (!parser_lambda_params(p)) {
                if (p->error) DONE();
                p->mark = m;
            }
            PToken *b = parser_expect(p, TK_COLON);
            if (b) {
                int m2 = p->mark;
                bool look = parser_next_is(p, TK_FSTRING_MIDDLE);
                if (!look && !p->error) look = parser_fstring_replacement_field(p) != NULL;
                p->mark = m2;
                if (look && !p->error) parser_raise_tok_range(p, a, b, "f-string: lambda expressions are "
                                                         "not allowed without parentheses");
            }
        }
    }
    DONE();
}

/* invalid_legacy_expression: a=NAME !'(' b=star_expressions
 *     -> "Missing parentheses in call to 'print'. Did you mean print(...)?" */
void *parser_invalid_legacy_expression(Parser *p)
{
    ENTER();
    PToken *t = parser_expect_name(p);
    if (t && !parser_next_is(p, TK_LPAR)) {
        Node *b = parser_star_expressions(p);
        if (b) {
            const char *id = parser_tok_str(p, t);
            if (!strcmp(id, "print") || !strcmp(id, "exec"))
                parser_raise_range(p, t->t.lineno, t->t.col, b->end_lineno, b->end_col,
                              "Missing parentheses in call to '%s'. Did you mean %s(...)?", id, id);
        }
    }
    DONE();
}

/* invalid_named_expression (memo):
 *     | a=expression ':=' expression
 *     | a=NAME '=' b=bitwise_or !('='|':=')
 *     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=') */
void *parser_invalid_named_expression(Parser *p)
{
    ENTER();
    bool found;
    parser_memo_get(p, M_INVALID_NAMED_EXPR, &found);
    if (found) DONE();
    {
        Node *a = parser_expression(p);
        if (a && parser_expect(p, TK_COLONEQUAL) && parser_expression(p)) {
            parser_raise_node(p, a, "cannot use assignment expressions with %s", parser_expr_name(a));
            DONE();
        }
    }
    NEXT_ALT();
    {
        PToken *a = parser_expect_name(p);
        if (a && parser_expect(p, TK_EQUAL)) {
            Node *b = parser_bitwise_or(p);
            int t = parser_type(p);
            if (b && t != TK_EQUAL && t != TK_COLONEQUAL && !p->error) {
                parser_raise_range(p, a->t.lineno, a->t.col, b->end_lineno, b->end_col,
                              "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                DONE();
            }
        }
    }
    NEXT_ALT();
    {
        int t = parser_type(p);
        bool excluded = t == KW_TRUE || t == KW_NONE || t == KW_FALSE;
        if (!excluded && (t == TK_LSQB || t == TK_LPAR)) {
            excluded = (t == TK_LSQB && parser_list(p)) ||
                       (t == TK_LPAR && (parser_tuple(p) || parser_genexp(p)));
            if (!excluded && t == TK_LPAR && !p->error) {
                RESET();
                excluded = parser_genexp(p) != NULL;
            }
            if (p->error) DONE();
            RESET();
        }
        if (!excluded) {
            Node *a = parser_bitwise_or(p);
            if (a && parser_expect(p, TK_EQUAL) && parser_bitwise_or(p)) {
                int k = parser_type(p);
                if (k != TK_EQUAL && k != TK_COLONEQUAL && !p->error) {
                    parser_raise_node(p, a, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                 parser_expr_name(a));
                    DONE();
                }
            }
        }
    }
    if (!p->error) {
        RESET();
        parser_memo_put(p, M_INVALID_NAMED_EXPR, _start, NULL);
    }
    DONE();
}

/* invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
void *parser_invalid_ann_assign_target(Parser *p)
{
    ENTER();
    Node *r = parser_list(p);
    if (!r && !p->error) {
        RESET();
        r = parser_tuple(p);
    }
    if (!r && !p->error) {
        RESET();
        if (parser_expect(p, TK_LPAR)) {
            r = parser_invalid_ann_assign_target(p);
            if (r && !parser_expect(p, TK_RPAR)) r = NULL;
        }
    }
    if (!r) RESET();
    parser_leave(p);
    return r;
}

/* invalid_assignment: see the file's header for the six alternatives. */
static bool augassign_tok(int t)
{
    return t == TK_PLUSEQUAL || t == TK_MINEQUAL || t == TK_STAREQUAL || t == TK_ATEQUAL ||
           t == TK_SLASHEQUAL || t == TK_PERCENTEQUAL || t == TK_AMPEREQUAL || t == TK_VBAREQUAL ||
           t == TK_CIRCUMFLEXEQUAL || t == TK_LEFTSHIFTEQUAL || t == TK_RIGHTSHIFTEQUAL ||
           t == TK_DOUBLESTAREQUAL || t == TK_DOUBLESLASHEQUAL;
}

/* (star_targets '=')* */
static void star_targets_eq_star(Parser *p)
{
    for (;;) {
        int m = p->mark;
        if (!parser_star_targets(p) || !parser_expect(p, TK_EQUAL)) {
            p->mark = m;
            return;
        }
    }
}

void *parser_invalid_assignment(Parser *p)
{
    ENTER();
    {
        Node *a = parser_invalid_ann_assign_target(p);
        if (a && parser_expect(p, TK_COLON) && parser_expression(p)) {
            parser_raise_node(p, a, "only single target (not %s) can be annotated", parser_expr_name(a));
            DONE();
        }
    }
    NEXT_ALT();
    {
        Node *a = parser_star_named_expression(p);
        if (a && parser_expect(p, TK_COMMA)) {
            for (;;) {
                int m = p->mark;
                NodeVec v = {0};
                bool ok = parser_star_named_expressions(p, &v);
                nodevec_free(&v);
                if (!ok) {
                    p->mark = m;
                    break;
                }
            }
            if (!p->error && parser_expect(p, TK_COLON) && parser_expression(p)) {
                parser_raise_node(p, a, "only single target (not tuple) can be annotated");
                DONE();
            }
        }
    }
    NEXT_ALT();
    {
        Node *a = parser_expression(p);
        if (a && parser_expect(p, TK_COLON) && parser_expression(p)) {
            parser_raise_node(p, a, "illegal target for annotation");
            DONE();
        }
    }
    NEXT_ALT();
    {
        star_targets_eq_star(p);
        Node *a = p->error ? NULL : parser_star_expressions(p);
        if (a && parser_expect(p, TK_EQUAL)) {
            parser_raise_invalid_target(p, TARGETS_STAR, a);
            DONE();
        }
    }
    NEXT_ALT();
    {
        star_targets_eq_star(p);
        Node *a = p->error ? NULL : parser_yield_expr(p);
        if (a && parser_expect(p, TK_EQUAL)) {
            parser_raise_node(p, a, "assignment to yield expression not possible");
            DONE();
        }
    }
    NEXT_ALT();
    {
        Node *a = parser_star_expressions(p);
        if (a && augassign_tok(parser_type(p))) {
            p->mark++;
            if (parser_annotated_rhs(p)) {
                parser_raise_node(p, a, "'%s' is an illegal expression for augmented assignment",
                             parser_expr_name(a));
                DONE();
            }
        }
    }
    DONE();
}

/* invalid_del_stmt: 'del' star_expressions */
void *parser_invalid_del_stmt(Parser *p)
{
    ENTER();
    if (parser_expect(p, KW_DEL)) {
        Node *a = parser_star_expressions(p);
        if (a) parser_raise_invalid_target(p, TARGETS_DEL, a);
    }
    DONE();
}

/* invalid_block: NEWLINE !INDENT -> IndentationError "expected an indented block" */
void *parser_invalid_block(Parser *p)
{
    ENTER();
    if (parser_expect(p, TK_NEWLINE) && !parser_next_is(p, TK_INDENT) && !p->error)
        parser_raise(p, SE_INDENTATION_ERROR, false, "expected an indented block");
    DONE();
}

/* invalid_comprehension:
 *     | ('[' | '(' | '{') a=starred_expression for_if_clauses
 *     | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
 *     | ('[' | '{') a=star_named_expression b=',' for_if_clauses */
void *parser_invalid_comprehension(Parser *p)
{
    ENTER();
    int t = parser_type(p);
    if (t == TK_LSQB || t == TK_LPAR || t == TK_LBRACE) {
        p->mark++;
        Node *a = parser_starred_expression(p);
        NodeVec g = {0};
        if (a && parser_for_if_clauses(p, &g)) {
            nodevec_free(&g);
            parser_raise_node(p, a, "iterable unpacking cannot be used in comprehension");
            DONE();
        }
        nodevec_free(&g);
    }
    NEXT_ALT();
    if (t == TK_LSQB || t == TK_LBRACE) {
        p->mark++;
        Node *a = parser_star_named_expression(p);
        if (a && parser_expect(p, TK_COMMA)) {
            NodeVec b = {0}, g = {0};
            if (parser_star_named_expressions(p, &b) && parser_for_if_clauses(p, &g)) {
                parser_raise_node_range(p, a, b.items[b.len - 1],
                                   "did you forget parentheses around the comprehension target?");
                nodevec_free(&b);
                nodevec_free(&g);
                DONE();
            }
            nodevec_free(&b);
            nodevec_free(&g);
        }
        NEXT_ALT();
        p->mark++;
        a = parser_star_named_expression(p);
        PToken *comma = a ? parser_expect(p, TK_COMMA) : NULL;
        NodeVec g = {0};
        if (comma && parser_for_if_clauses(p, &g)) {
            parser_raise_range(p, a->lineno, a->col, comma->t.end_lineno, comma->t.end_col,
                          "did you forget parentheses around the comprehension target?");
        }
        nodevec_free(&g);
    }
    DONE();
}

/* invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}' */
void *parser_invalid_dict_comprehension(Parser *p)
{
    ENTER();
    PToken *a;
    NodeVec g = {0};
    if (parser_expect(p, TK_LBRACE) && (a = parser_expect(p, TK_DOUBLESTAR)) && parser_bitwise_or(p) &&
        parser_for_if_clauses(p, &g) && parser_expect(p, TK_RBRACE))
        parser_raise_tok(p, a, "dict unpacking cannot be used in dict comprehension");
    nodevec_free(&g);
    DONE();
}

/* invalid_group:
 *     | '(' a=starred_expression ')'
 *     | '(' a='**' expression ')' */
void *parser_invalid_group(Parser *p)
{
    ENTER();
    if (parser_expect(p, TK_LPAR)) {
        Node *a = parser_starred_expression(p);
        if (a && parser_expect(p, TK_RPAR)) {
            parser_raise_node(p, a, "cannot use starred expression here");
            DONE();
        }
    }
    NEXT_ALT();
    PToken *a;
    if (parser_expect(p, TK_LPAR) && (a = parser_expect(p, TK_DOUBLESTAR)) && parser_expression(p) &&
        parser_expect(p, TK_RPAR))
        parser_raise_tok(p, a, "cannot use double starred expression here");
    DONE();
}

/* invalid_double_starred_kvpairs:
 *     | ','.double_starred_kvpair+ ',' invalid_kvpair
 *     | expression ':' a='*' bitwise_or
 *     | expression ':' &('}'|',')
 * invalid_kvpair:
 *     | a=expression !(':')
 *     | expression ':' a='*' bitwise_or
 *     | expression ':' &('}'|',') */
static bool kv_or_unpack(Parser *p)
{
    int m = p->mark;
    if (parser_expect(p, TK_DOUBLESTAR) && parser_bitwise_or(p)) return true;
    if (p->error) return false;
    p->mark = m;
    Node *v;
    return parser_kvpair(p, &v) != NULL;
}

static void *kvpair_errors(Parser *p, bool missing_colon)
{
    ENTER();
    if (missing_colon) {
        Node *a = parser_expression(p);
        if (a && !parser_next_is(p, TK_COLON) && !p->error) {
            parser_raise_at(p, SE_SYNTAX_ERROR, a->lineno, a->end_col - 1, a->end_lineno, -1,
                       "':' expected after dictionary key");
            DONE();
        }
        NEXT_ALT();
    }
    {
        PToken *a;
        if (parser_expression(p) && parser_expect(p, TK_COLON) && (a = parser_expect(p, TK_STAR)) &&
            parser_bitwise_or(p)) {
            parser_raise_starting_from_tok(p, a, "cannot use a starred expression in a dictionary value");
            DONE();
        }
    }
    NEXT_ALT();
    if (parser_expression(p) && parser_expect(p, TK_COLON)) {
        int t = parser_type(p);
        if (t == TK_RBRACE || t == TK_COMMA)
            parser_raise_tok(p, prev_token(p), "expression expected after dictionary key and ':'");
    }
    DONE();
}

void *parser_invalid_kvpair(Parser *p)
{
    return kvpair_errors(p, true);
}

void *parser_invalid_double_starred_kvpairs(Parser *p)
{
    ENTER();
    if (kv_or_unpack(p)) {
        for (;;) {
            int m = p->mark;
            if (!parser_expect(p, TK_COMMA) || !kv_or_unpack(p)) {
                p->mark = m;
                break;
            }
        }
        if (!p->error && parser_expect(p, TK_COMMA)) {
            parser_invalid_kvpair(p);
            if (p->error) DONE();
        }
    }
    NEXT_ALT();
    kvpair_errors(p, false);
    DONE();
}

/* ---- f-strings ------------------------------------------------------------------ */

/* invalid_conversion_character:
 *     | '!' &(':' | '}')  -> "f-string: missing conversion character"
 *     | '!' !NAME         -> "f-string: invalid conversion character" */
void *parser_invalid_conversion_character(Parser *p)
{
    ENTER();
    if (parser_expect(p, TK_EXCLAMATION)) {
        int t = parser_type(p);
        if (t == TK_COLON || t == TK_RBRACE) {
            parser_raise(p, SE_SYNTAX_ERROR, true, "f-string: missing conversion character");
            DONE();
        }
        if (t != TK_NAME && !p->error) {
            parser_raise(p, SE_SYNTAX_ERROR, true, "f-string: invalid conversion character");
            DONE();
        }
    }
    DONE();
}

static Node *field_expr(Parser *p)
{
    Node *a = parser_yield_expr(p);
    if (!a && !p->error) a = parser_star_expressions(p);
    return a;
}

/* invalid_replacement_field: the f-string field mistakes, in order. */
void *parser_invalid_replacement_field(Parser *p)
{
    ENTER();
    if (!parser_expect(p, TK_LBRACE)) DONE();
    int after_brace = p->mark;
    {
        static const struct { int tok; const char *ch; } early[] = {
            {TK_EQUAL, "="}, {TK_EXCLAMATION, "!"}, {TK_COLON, ":"}, {TK_RBRACE, "}"},
        };
        int t = parser_type(p);
        for (int i = 0; i < 4; i++) {
            if (t == early[i].tok) {
                parser_raise_tok(p, parser_tok(p, p->mark), "f-string: valid expression required before '%s'",
                            early[i].ch);
                DONE();
            }
        }
    }
    if (p->error) DONE();
    if (!field_expr(p)) {
        if (p->error) DONE();
        p->mark = after_brace;
        parser_raise(p, SE_SYNTAX_ERROR, true, "f-string: expecting a valid expression after '{'");
        DONE();
    }
    {
        int t = parser_type(p);
        if (t != TK_EQUAL && t != TK_EXCLAMATION && t != TK_COLON && t != TK_RBRACE) {
            if (!p->error) parser_raise(p, SE_SYNTAX_ERROR, true, "f-string: expecting '=', or '!', or ':', or '}'");
            DONE();
        }
    }
    if (parser_expect(p, TK_EQUAL)) {
        int t = parser_type(p);
        if (t != TK_EXCLAMATION && t != TK_COLON && t != TK_RBRACE) {
            if (!p->error) parser_raise(p, SE_SYNTAX_ERROR, true, "f-string: expecting '!', or ':', or '}'");
            DONE();
        }
    }
    int after_eq = p->mark;
    parser_invalid_conversion_character(p);
    if (p->error) DONE();
    p->mark = after_eq;
    /* ['!' NAME] */
    {
        int m = p->mark;
        if (!(parser_expect(p, TK_EXCLAMATION) && parser_expect_name(p))) p->mark = m;
    }
    int after_conv = p->mark;
    {
        int t = parser_type(p);
        if (t != TK_COLON && t != TK_RBRACE) {
            if (!p->error) parser_raise(p, SE_SYNTAX_ERROR, true, "f-string: expecting ':' or '}'");
            DONE();
        }
    }
    if (parser_expect(p, TK_COLON)) {
        for (;;) {
            int m = p->mark;
            if (parser_expect(p, TK_FSTRING_MIDDLE)) continue;
            if (p->error) DONE();
            if (parser_fstring_replacement_field(p)) continue;
            if (p->error) DONE();
            p->mark = m;
            break;
        }
        if (!parser_next_is(p, TK_RBRACE)) {
            if (!p->error) parser_raise(p, SE_SYNTAX_ERROR, true, "f-string: expecting '}', or format specs");
            DONE();
        }
    }
    p->mark = after_conv;
    if (!parser_next_is(p, TK_RBRACE) && !p->error) {
        parser_raise(p, SE_SYNTAX_ERROR, true, "f-string: expecting '}'");
    }
    DONE();
}
