/* parser_display.c — the bracketed and composite expressions of Python
 * 3.12's grammar: parenthesised groups and tuples, lists, sets, dicts,
 * comprehensions and generator expressions, lambdas, and call arguments
 * (positional, keyword, *args, **kwargs).
 *
 * Rules are CPython's, alternative for alternative; a rule that fails
 * leaves mark where it found it.
 */
#include "pysim/parser_impl.h"

#include <stdlib.h>
#include <string.h>

/* group: '(' (yield_expr | named_expression) ')' | invalid_group */
Node *parser_group(Parser *p)
{
    ENTER();
    if (parser_expect(p, TK_LPAR)) {
        Node *a = parser_yield_expr(p);
        if (!a && !p->error) a = parser_named_expression(p);
        if (a && parser_expect(p, TK_RPAR)) LEAVE(a);
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (INVALID) {
        parser_invalid_group(p);
        RESET();
    }
    LEAVE(NULL);
}

/* tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
Node *parser_tuple(Parser *p)
{
    ENTER();
    if (!parser_expect(p, TK_LPAR)) LEAVE(NULL);
    NodeVec v = {0};
    int m = p->mark;
    Node *a = parser_star_named_expression(p);
    if (a && parser_expect(p, TK_COMMA)) {
        nodevec_push(&v, a);
        int m2 = p->mark;
        if (!parser_star_named_expressions(p, &v)) {
            if (p->error) {
                nodevec_free(&v);
                LEAVE(NULL);
            }
            p->mark = m2;
            v.len = 1;
        }
    } else {
        if (p->error) LEAVE(NULL);
        p->mark = m;
    }
    if (!parser_expect(p, TK_RPAR)) {
        nodevec_free(&v);
        LEAVE(NULL);
    }
    LEAVE(parser_tuple_node(p, &v, _start));
}

/* genexp:
 *     | '(' (assignment_expression | expression !':=') for_if_clauses ')'
 *     | invalid_comprehension */
Node *parser_genexp(Parser *p)
{
    ENTER();
    if (parser_expect(p, TK_LPAR)) {
        Node *a = parser_assignment_expression(p);
        if (!a && !p->error) {
            int m = p->mark;
            a = parser_expression(p);
            if (a && parser_next_is(p, TK_COLONEQUAL)) a = NULL;
            if (!a) p->mark = m;
        }
        NodeVec gens = {0};
        if (a && parser_for_if_clauses(p, &gens) && parser_expect(p, TK_RPAR)) {
            Node *n = parser_node_from(p, N_GENERATOREXP, _start);
            n->u.comp.elt = a;
            n->u.comp.generators = nodevec_finish(p, &gens);
            LEAVE(n);
        }
        nodevec_free(&gens);
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (INVALID) {
        parser_invalid_comprehension(p);
        RESET();
    }
    LEAVE(NULL);
}

/* list: '[' [star_named_expressions] ']' */
Node *parser_list(Parser *p)
{
    ENTER();
    if (!parser_expect(p, TK_LSQB)) LEAVE(NULL);
    NodeVec v = {0};
    int m = p->mark;
    if (!parser_star_named_expressions(p, &v)) {
        nodevec_free(&v);
        if (p->error) LEAVE(NULL);
        p->mark = m;
    }
    if (!parser_expect(p, TK_RSQB)) {
        nodevec_free(&v);
        LEAVE(NULL);
    }
    Node *n = parser_node_from(p, N_LIST, _start);
    n->u.seq.elts = nodevec_finish(p, &v);
    n->u.seq.ctx = CTX_LOAD;
    LEAVE(n);
}

/* listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
 * setcomp:  '{' named_expression for_if_clauses '}' | invalid_comprehension */
Node *parser_comprehension(Parser *p, int open, int close, NodeKind kind)
{
    ENTER();
    if (parser_expect(p, open)) {
        Node *a = parser_named_expression(p);
        NodeVec gens = {0};
        if (a && parser_for_if_clauses(p, &gens) && parser_expect(p, close)) {
            Node *n = parser_node_from(p, kind, _start);
            n->u.comp.elt = a;
            n->u.comp.generators = nodevec_finish(p, &gens);
            LEAVE(n);
        }
        nodevec_free(&gens);
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (INVALID) {
        parser_invalid_comprehension(p);
        RESET();
    }
    LEAVE(NULL);
}

/* kvpair: expression ':' expression  (returns the key) */
Node *parser_kvpair(Parser *p, Node **value)
{
    int start = p->mark;
    Node *k = parser_expression(p);
    if (k && parser_expect(p, TK_COLON)) {
        Node *v = parser_expression(p);
        if (v) {
            *value = v;
            return k;
        }
    }
    p->mark = start;
    return NULL;
}

/* double_starred_kvpair: '**' bitwise_or | kvpair  (a NULL key for '**') */
static bool double_starred_kvpair(Parser *p, NodeVec *keys, NodeVec *values)
{
    int start = p->mark;
    if (parser_expect(p, TK_DOUBLESTAR)) {
        Node *a = parser_bitwise_or(p);
        if (a) {
            nodevec_push(keys, NULL);
            nodevec_push(values, a);
            return true;
        }
    }
    if (p->error) return false;
    p->mark = start;
    Node *v;
    Node *k = parser_kvpair(p, &v);
    if (!k) return false;
    nodevec_push(keys, k);
    nodevec_push(values, v);
    return true;
}

/* dict:
 *     | '{' [double_starred_kvpairs] '}'
 *     | '{' invalid_double_starred_kvpairs '}' */
Node *parser_dict(Parser *p)
{
    ENTER();
    if (parser_expect(p, TK_LBRACE)) {
        NodeVec keys = {0}, values = {0};
        int m = p->mark;
        if (double_starred_kvpair(p, &keys, &values)) {
            for (;;) {
                int m2 = p->mark;
                if (!parser_expect(p, TK_COMMA)) break;
                if (!double_starred_kvpair(p, &keys, &values)) {
                    p->mark = m2;
                    break;
                }
            }
            if (!p->error) parser_expect(p, TK_COMMA);
        } else {
            p->mark = m;
        }
        if (!p->error && parser_expect(p, TK_RBRACE)) {
            Node *n = parser_node_from(p, N_DICT, _start);
            n->u.dict.keys = nodevec_finish(p, &keys);
            n->u.dict.values = nodevec_finish(p, &values);
            LEAVE(n);
        }
        nodevec_free(&keys);
        nodevec_free(&values);
    }
    if (p->error) LEAVE(NULL);
    RESET();
    /* CPython's generator guards an alternative with call_invalid_rules
     * only when it is a lone invalid_ rule: this one runs in the first
     * pass too, which is why a missing ':' after a later key is reported
     * there, before any second-pass rule can speak. */
    if (parser_expect(p, TK_LBRACE)) {
        parser_invalid_double_starred_kvpairs(p);
        RESET();
    }
    LEAVE(NULL);
}

/* set: '{' star_named_expressions '}' */
Node *parser_set(Parser *p)
{
    ENTER();
    if (!parser_expect(p, TK_LBRACE)) LEAVE(NULL);
    NodeVec v = {0};
    if (!parser_star_named_expressions(p, &v) || !parser_expect(p, TK_RBRACE)) {
        nodevec_free(&v);
        LEAVE(NULL);
    }
    Node *n = parser_node_from(p, N_SET, _start);
    n->u.seq.elts = nodevec_finish(p, &v);
    LEAVE(n);
}

/* dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension */
Node *parser_dictcomp(Parser *p)
{
    ENTER();
    if (parser_expect(p, TK_LBRACE)) {
        Node *v;
        Node *k = parser_kvpair(p, &v);
        NodeVec gens = {0};
        if (k && parser_for_if_clauses(p, &gens) && parser_expect(p, TK_RBRACE)) {
            Node *n = parser_node_from(p, N_DICTCOMP, _start);
            n->u.comp.elt = k;
            n->u.comp.value = v;
            n->u.comp.generators = nodevec_finish(p, &gens);
            LEAVE(n);
        }
        nodevec_free(&gens);
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (INVALID) {
        parser_invalid_dict_comprehension(p);
        RESET();
    }
    LEAVE(NULL);
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
Node *parser_lambdef(Parser *p)
{
    ENTER();
    if (!parser_expect(p, KW_LAMBDA)) LEAVE(NULL);
    int m = p->mark;
    Node *params = parser_lambda_params(p);
    if (!params) {
        if (p->error) LEAVE(NULL);
        p->mark = m;
    }
    if (!parser_expect(p, TK_COLON)) LEAVE(NULL);
    Node *body = parser_expression(p);
    if (!body) LEAVE(NULL);
    Node *n = parser_node_from(p, N_LAMBDA, _start);
    n->u.lambda.args = params ? params : parser_empty_arguments(p);
    n->u.lambda.body = body;
    LEAVE(n);
}

/* for_if_clause:
 *     | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
 *     | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
 *     | invalid_for_target */
static Node *for_if_clause(Parser *p)
{
    ENTER();
    PToken *async = parser_expect(p, KW_ASYNC);
    if (parser_expect(p, KW_FOR)) {
        Node *target = parser_star_targets(p);
        if (target && parser_expect(p, KW_IN)) {
            Node *iter = parser_disjunction(p);
            if (!iter) LEAVE(NULL); /* the cut */
            NodeVec ifs = {0};
            for (;;) {
                int m = p->mark;
                if (!parser_expect(p, KW_IF)) break;
                Node *c = parser_disjunction(p);
                if (!c) {
                    p->mark = m;
                    break;
                }
                nodevec_push(&ifs, c);
            }
            if (p->error) {
                nodevec_free(&ifs);
                LEAVE(NULL);
            }
            if (async) parser_unsupported(p, async, "asynchronous comprehensions");
            Node *n = parser_node(p, N_COMPREHENSION, 0, 0, 0, 0);
            n->u.comprehension.target = target;
            n->u.comprehension.iter = iter;
            n->u.comprehension.ifs = nodevec_finish(p, &ifs);
            n->u.comprehension.is_async = async != NULL;
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

bool parser_for_if_clauses(Parser *p, NodeVec *out)
{
    int n = 0;
    for (;;) {
        int m = p->mark;
        Node *c = for_if_clause(p);
        if (!c) {
            p->mark = m;
            break;
        }
        nodevec_push(out, c);
        n++;
    }
    return n > 0 && !p->error;
}

/* starred_expression: invalid_starred_expression | '*' expression */
Node *parser_starred_expression(Parser *p)
{
    ENTER();
    if (INVALID) {
        parser_invalid_starred_expression(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    if (!parser_expect(p, TK_STAR)) LEAVE(NULL);
    Node *a = parser_expression(p);
    if (!a) LEAVE(NULL);
    LEAVE(parser_starred_node(p, a, _start));
}

/* kwarg_or_starred:        invalid_kwarg | NAME '=' expression | starred_expression
 * kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
 * A keyword goes to kw, a starred expression to args. */
static bool kwarg_item(Parser *p, bool double_starred, NodeVec *args, NodeVec *kw)
{
    if (!parser_enter(p)) return false;
    int start = p->mark;
    if (p->call_invalid_rules) {
        parser_invalid_kwarg(p);
        if (p->error) goto fail;
        p->mark = start;
    }
    PToken *name = parser_expect_name(p);
    if (name && parser_expect(p, TK_EQUAL)) {
        Node *v = parser_expression(p);
        if (v) {
            Node *k = parser_node_from(p, N_KEYWORD, start);
            k->u.keyword.arg = parser_tok_str(p, name);
            k->u.keyword.value = v;
            nodevec_push(kw, k);
            parser_leave(p);
            return true;
        }
    }
    if (p->error) goto fail;
    p->mark = start;
    if (!double_starred) {
        Node *s = parser_starred_expression(p);
        if (s) {
            nodevec_push(args, s);
            parser_leave(p);
            return true;
        }
    } else if (parser_expect(p, TK_DOUBLESTAR)) {
        Node *v = parser_expression(p);
        if (v) {
            Node *k = parser_node_from(p, N_KEYWORD, start);
            k->u.keyword.value = v;
            nodevec_push(kw, k);
            parser_leave(p);
            return true;
        }
    }
fail:
    p->mark = start;
    parser_leave(p);
    return false;
}

/* ','.item+ ; false when not even one */
static bool kwarg_items(Parser *p, bool double_starred, NodeVec *args, NodeVec *kw)
{
    if (!kwarg_item(p, double_starred, args, kw)) return false;
    for (;;) {
        int m = p->mark;
        int na = args->len, nk = kw->len;
        if (!parser_expect(p, TK_COMMA)) break;
        if (!kwarg_item(p, double_starred, args, kw)) {
            p->mark = m;
            args->len = na;
            kw->len = nk;
            break;
        }
    }
    return !p->error;
}

/* kwargs:
 *     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
 *     | ','.kwarg_or_starred+
 *     | ','.kwarg_or_double_starred+ */
bool parser_kwargs(Parser *p, NodeVec *args, NodeVec *kw)
{
    int start = p->mark, na = args->len, nk = kw->len;
    if (kwarg_items(p, false, args, kw)) {
        int m = p->mark, na2 = args->len, nk2 = kw->len;
        if (parser_expect(p, TK_COMMA) && kwarg_items(p, true, args, kw)) return true;
        if (p->error) return false;
        p->mark = m;
        args->len = na2;
        kw->len = nk2;
        return true;
    }
    if (p->error) return false;
    p->mark = start;
    args->len = na;
    kw->len = nk;
    if (kwarg_items(p, true, args, kw)) return true;
    p->mark = start;
    args->len = na;
    kw->len = nk;
    return false;
}

/* args:
 *     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
 *     | kwargs
 * Returns a Call holder (func NULL) with args and keywords. */
static Node *positional_arg_inner(Parser *p);

/* One element of args' gathered list: CPython nests three helper rules
 * here (the gather, the element's alternatives, the inner group), which
 * count towards its parser depth limit. */
static Node *positional_arg(Parser *p)
{
    if (!parser_enter(p)) return NULL;
    if (!parser_enter(p)) {
        parser_leave(p);
        return NULL;
    }
    Node *r = NULL;
    if (parser_enter(p)) {
        r = positional_arg_inner(p);
        parser_leave(p);
    }
    parser_leave(p);
    parser_leave(p);
    return r;
}

static Node *positional_arg_inner(Parser *p)
{
    int start = p->mark;
    Node *e = parser_starred_expression(p);
    if (e) return e;
    if (p->error) return NULL;
    p->mark = start;
    e = parser_assignment_expression(p);
    if (!e && !p->error) {
        p->mark = start;
        e = parser_expression(p);
        if (e && parser_next_is(p, TK_COLONEQUAL)) e = NULL;
    }
    /* The '!=' lookahead belongs to the plain-expression branch only. */
    if (e && parser_next_is(p, TK_EQUAL)) e = NULL;
    if (!e) p->mark = start;
    return e;
}

Node *parser_args(Parser *p)
{
    ENTER();
    NodeVec args = {0}, kw = {0};
    Node *a = positional_arg(p);
    if (a) {
        nodevec_push(&args, a);
        for (;;) {
            int m = p->mark;
            if (!parser_expect(p, TK_COMMA)) break;
            Node *b = positional_arg(p);
            if (!b) {
                p->mark = m;
                break;
            }
            nodevec_push(&args, b);
        }
        if (p->error) goto fail;
        int m = p->mark;
        if (!(parser_expect(p, TK_COMMA) && parser_kwargs(p, &args, &kw))) {
            if (p->error) goto fail;
            p->mark = m;
        }
        goto ok;
    }
    if (p->error) goto fail;
    RESET();
    if (parser_kwargs(p, &args, &kw)) goto ok;
fail:
    nodevec_free(&args);
    nodevec_free(&kw);
    RESET();
    LEAVE(NULL);
ok:;
    Node *n = parser_node_from(p, N_CALL, _start);
    n->u.call.args = nodevec_finish(p, &args);
    n->u.call.keywords = nodevec_finish(p, &kw);
    LEAVE(n);
}

/* arguments (memo): args [','] &')' | invalid_arguments */
Node *parser_arguments(Parser *p)
{
    ENTER();
    MEMO(M_ARGUMENTS);
    Node *a = parser_args(p);
    if (a) {
        parser_expect(p, TK_COMMA);
        if (parser_next_is(p, TK_RPAR)) MEMO_LEAVE(M_ARGUMENTS, a);
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (INVALID) {
        parser_invalid_arguments(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    MEMO_LEAVE(M_ARGUMENTS, NULL);
}

/* annotated_rhs: yield_expr | star_expressions */
Node *parser_annotated_rhs(Parser *p)
{
    Node *r = parser_yield_expr(p);
    if (r || p->error) return r;
    return parser_star_expressions(p);
}
