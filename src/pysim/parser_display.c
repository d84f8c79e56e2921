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
Node *p_group(Parser *p)
{
    ENTER();
    if (p_expect(p, TK_LPAR)) {
        Node *a = p_yield_expr(p);
        if (!a && !p->error) a = p_named_expression(p);
        if (a && p_expect(p, TK_RPAR)) LEAVE(a);
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (INVALID) {
        p_invalid_group(p);
        RESET();
    }
    LEAVE(NULL);
}

/* tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
Node *p_tuple(Parser *p)
{
    ENTER();
    if (!p_expect(p, TK_LPAR)) LEAVE(NULL);
    NodeVec v = {0};
    int m = p->mark;
    Node *a = p_star_named_expression(p);
    if (a && p_expect(p, TK_COMMA)) {
        nv_push(&v, a);
        int m2 = p->mark;
        if (!p_star_named_expressions(p, &v)) {
            if (p->error) {
                nv_free(&v);
                LEAVE(NULL);
            }
            p->mark = m2;
            v.len = 1;
        }
    } else {
        if (p->error) LEAVE(NULL);
        p->mark = m;
    }
    if (!p_expect(p, TK_RPAR)) {
        nv_free(&v);
        LEAVE(NULL);
    }
    LEAVE(p_tuple_node(p, &v, _start));
}

/* genexp:
 *     | '(' (assignment_expression | expression !':=') for_if_clauses ')'
 *     | invalid_comprehension */
Node *p_genexp(Parser *p)
{
    ENTER();
    if (p_expect(p, TK_LPAR)) {
        Node *a = p_assignment_expression(p);
        if (!a && !p->error) {
            int m = p->mark;
            a = p_expression(p);
            if (a && p_next_is(p, TK_COLONEQUAL)) a = NULL;
            if (!a) p->mark = m;
        }
        NodeVec gens = {0};
        if (a && p_for_if_clauses(p, &gens) && p_expect(p, TK_RPAR)) {
            Node *n = p_node_from(p, N_GENERATOREXP, _start);
            n->u.comp.elt = a;
            n->u.comp.generators = nv_finish(p, &gens);
            LEAVE(n);
        }
        nv_free(&gens);
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (INVALID) {
        p_invalid_comprehension(p);
        RESET();
    }
    LEAVE(NULL);
}

/* list: '[' [star_named_expressions] ']' */
Node *p_list(Parser *p)
{
    ENTER();
    if (!p_expect(p, TK_LSQB)) LEAVE(NULL);
    NodeVec v = {0};
    int m = p->mark;
    if (!p_star_named_expressions(p, &v)) {
        nv_free(&v);
        if (p->error) LEAVE(NULL);
        p->mark = m;
    }
    if (!p_expect(p, TK_RSQB)) {
        nv_free(&v);
        LEAVE(NULL);
    }
    Node *n = p_node_from(p, N_LIST, _start);
    n->u.seq.elts = nv_finish(p, &v);
    n->u.seq.ctx = CTX_LOAD;
    LEAVE(n);
}

/* listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
 * setcomp:  '{' named_expression for_if_clauses '}' | invalid_comprehension */
Node *p_comprehension(Parser *p, int open, int close, NodeKind kind)
{
    ENTER();
    if (p_expect(p, open)) {
        Node *a = p_named_expression(p);
        NodeVec gens = {0};
        if (a && p_for_if_clauses(p, &gens) && p_expect(p, close)) {
            Node *n = p_node_from(p, kind, _start);
            n->u.comp.elt = a;
            n->u.comp.generators = nv_finish(p, &gens);
            LEAVE(n);
        }
        nv_free(&gens);
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (INVALID) {
        p_invalid_comprehension(p);
        RESET();
    }
    LEAVE(NULL);
}

/* kvpair: expression ':' expression  (returns the key) */
Node *p_kvpair(Parser *p, Node **value)
{
    int start = p->mark;
    Node *k = p_expression(p);
    if (k && p_expect(p, TK_COLON)) {
        Node *v = p_expression(p);
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
    if (p_expect(p, TK_DOUBLESTAR)) {
        Node *a = p_bitwise_or(p);
        if (a) {
            nv_push(keys, NULL);
            nv_push(values, a);
            return true;
        }
    }
    if (p->error) return false;
    p->mark = start;
    Node *v;
    Node *k = p_kvpair(p, &v);
    if (!k) return false;
    nv_push(keys, k);
    nv_push(values, v);
    return true;
}

/* dict:
 *     | '{' [double_starred_kvpairs] '}'
 *     | '{' invalid_double_starred_kvpairs '}' */
Node *p_dict(Parser *p)
{
    ENTER();
    if (p_expect(p, TK_LBRACE)) {
        NodeVec keys = {0}, values = {0};
        int m = p->mark;
        if (double_starred_kvpair(p, &keys, &values)) {
            for (;;) {
                int m2 = p->mark;
                if (!p_expect(p, TK_COMMA)) break;
                if (!double_starred_kvpair(p, &keys, &values)) {
                    p->mark = m2;
                    break;
                }
            }
            if (!p->error) p_expect(p, TK_COMMA);
        } else {
            p->mark = m;
        }
        if (!p->error && p_expect(p, TK_RBRACE)) {
            Node *n = p_node_from(p, N_DICT, _start);
            n->u.dict.keys = nv_finish(p, &keys);
            n->u.dict.values = nv_finish(p, &values);
            LEAVE(n);
        }
        nv_free(&keys);
        nv_free(&values);
    }
    if (p->error) LEAVE(NULL);
    RESET();
    /* CPython's generator guards an alternative with call_invalid_rules
     * only when it is a lone invalid_ rule: this one runs in the first
     * pass too, which is why a missing ':' after a later key is reported
     * there, before any second-pass rule can speak. */
    if (p_expect(p, TK_LBRACE)) {
        p_invalid_double_starred_kvpairs(p);
        RESET();
    }
    LEAVE(NULL);
}

/* set: '{' star_named_expressions '}' */
Node *p_set(Parser *p)
{
    ENTER();
    if (!p_expect(p, TK_LBRACE)) LEAVE(NULL);
    NodeVec v = {0};
    if (!p_star_named_expressions(p, &v) || !p_expect(p, TK_RBRACE)) {
        nv_free(&v);
        LEAVE(NULL);
    }
    Node *n = p_node_from(p, N_SET, _start);
    n->u.seq.elts = nv_finish(p, &v);
    LEAVE(n);
}

/* dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension */
Node *p_dictcomp(Parser *p)
{
    ENTER();
    if (p_expect(p, TK_LBRACE)) {
        Node *v;
        Node *k = p_kvpair(p, &v);
        NodeVec gens = {0};
        if (k && p_for_if_clauses(p, &gens) && p_expect(p, TK_RBRACE)) {
            Node *n = p_node_from(p, N_DICTCOMP, _start);
            n->u.comp.elt = k;
            n->u.comp.value = v;
            n->u.comp.generators = nv_finish(p, &gens);
            LEAVE(n);
        }
        nv_free(&gens);
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (INVALID) {
        p_invalid_dict_comprehension(p);
        RESET();
    }
    LEAVE(NULL);
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
Node *p_lambdef(Parser *p)
{
    ENTER();
    if (!p_expect(p, KW_LAMBDA)) LEAVE(NULL);
    int m = p->mark;
    Node *params = p_lambda_params(p);
    if (!params) {
        if (p->error) LEAVE(NULL);
        p->mark = m;
    }
    if (!p_expect(p, TK_COLON)) LEAVE(NULL);
    Node *body = p_expression(p);
    if (!body) LEAVE(NULL);
    Node *n = p_node_from(p, N_LAMBDA, _start);
    n->u.lambda.args = params ? params : p_empty_arguments(p);
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
    PToken *async = p_expect(p, KW_ASYNC);
    if (p_expect(p, KW_FOR)) {
        Node *target = p_star_targets(p);
        if (target && p_expect(p, KW_IN)) {
            Node *iter = p_disjunction(p);
            if (!iter) LEAVE(NULL); /* the cut */
            NodeVec ifs = {0};
            for (;;) {
                int m = p->mark;
                if (!p_expect(p, KW_IF)) break;
                Node *c = p_disjunction(p);
                if (!c) {
                    p->mark = m;
                    break;
                }
                nv_push(&ifs, c);
            }
            if (p->error) {
                nv_free(&ifs);
                LEAVE(NULL);
            }
            if (async) p_unsupported(p, async, "asynchronous comprehensions");
            Node *n = p_node(p, N_COMPREHENSION, 0, 0, 0, 0);
            n->u.comprehension.target = target;
            n->u.comprehension.iter = iter;
            n->u.comprehension.ifs = nv_finish(p, &ifs);
            n->u.comprehension.is_async = async != NULL;
            LEAVE(n);
        }
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (INVALID) {
        p_invalid_for_target(p);
        RESET();
    }
    LEAVE(NULL);
}

bool p_for_if_clauses(Parser *p, NodeVec *out)
{
    int n = 0;
    for (;;) {
        int m = p->mark;
        Node *c = for_if_clause(p);
        if (!c) {
            p->mark = m;
            break;
        }
        nv_push(out, c);
        n++;
    }
    return n > 0 && !p->error;
}

/* starred_expression: invalid_starred_expression | '*' expression */
Node *p_starred_expression(Parser *p)
{
    ENTER();
    if (INVALID) {
        p_invalid_starred_expression(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    if (!p_expect(p, TK_STAR)) LEAVE(NULL);
    Node *a = p_expression(p);
    if (!a) LEAVE(NULL);
    LEAVE(p_starred_node(p, a, _start));
}

/* kwarg_or_starred:        invalid_kwarg | NAME '=' expression | starred_expression
 * kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
 * A keyword goes to kw, a starred expression to args. */
static bool kwarg_item(Parser *p, bool double_starred, NodeVec *args, NodeVec *kw)
{
    if (!p_enter(p)) return false;
    int start = p->mark;
    if (p->call_invalid_rules) {
        p_invalid_kwarg(p);
        if (p->error) goto fail;
        p->mark = start;
    }
    PToken *name = p_expect_name(p);
    if (name && p_expect(p, TK_EQUAL)) {
        Node *v = p_expression(p);
        if (v) {
            Node *k = p_node_from(p, N_KEYWORD, start);
            k->u.keyword.arg = p_tok_str(p, name);
            k->u.keyword.value = v;
            nv_push(kw, k);
            p_leave(p);
            return true;
        }
    }
    if (p->error) goto fail;
    p->mark = start;
    if (!double_starred) {
        Node *s = p_starred_expression(p);
        if (s) {
            nv_push(args, s);
            p_leave(p);
            return true;
        }
    } else if (p_expect(p, TK_DOUBLESTAR)) {
        Node *v = p_expression(p);
        if (v) {
            Node *k = p_node_from(p, N_KEYWORD, start);
            k->u.keyword.value = v;
            nv_push(kw, k);
            p_leave(p);
            return true;
        }
    }
fail:
    p->mark = start;
    p_leave(p);
    return false;
}

/* ','.item+ ; false when not even one */
static bool kwarg_items(Parser *p, bool double_starred, NodeVec *args, NodeVec *kw)
{
    if (!kwarg_item(p, double_starred, args, kw)) return false;
    for (;;) {
        int m = p->mark;
        int na = args->len, nk = kw->len;
        if (!p_expect(p, TK_COMMA)) break;
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
bool p_kwargs(Parser *p, NodeVec *args, NodeVec *kw)
{
    int start = p->mark, na = args->len, nk = kw->len;
    if (kwarg_items(p, false, args, kw)) {
        int m = p->mark, na2 = args->len, nk2 = kw->len;
        if (p_expect(p, TK_COMMA) && kwarg_items(p, true, args, kw)) return true;
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
    if (!p_enter(p)) return NULL;
    if (!p_enter(p)) {
        p_leave(p);
        return NULL;
    }
    Node *r = NULL;
    if (p_enter(p)) {
        r = positional_arg_inner(p);
        p_leave(p);
    }
    p_leave(p);
    p_leave(p);
    return r;
}

static Node *positional_arg_inner(Parser *p)
{
    int start = p->mark;
    Node *e = p_starred_expression(p);
    if (e) return e;
    if (p->error) return NULL;
    p->mark = start;
    e = p_assignment_expression(p);
    if (!e && !p->error) {
        p->mark = start;
        e = p_expression(p);
        if (e && p_next_is(p, TK_COLONEQUAL)) e = NULL;
    }
    /* The '!=' lookahead belongs to the plain-expression branch only. */
    if (e && p_next_is(p, TK_EQUAL)) e = NULL;
    if (!e) p->mark = start;
    return e;
}

Node *p_args(Parser *p)
{
    ENTER();
    NodeVec args = {0}, kw = {0};
    Node *a = positional_arg(p);
    if (a) {
        nv_push(&args, a);
        for (;;) {
            int m = p->mark;
            if (!p_expect(p, TK_COMMA)) break;
            Node *b = positional_arg(p);
            if (!b) {
                p->mark = m;
                break;
            }
            nv_push(&args, b);
        }
        if (p->error) goto fail;
        int m = p->mark;
        if (!(p_expect(p, TK_COMMA) && p_kwargs(p, &args, &kw))) {
            if (p->error) goto fail;
            p->mark = m;
        }
        goto ok;
    }
    if (p->error) goto fail;
    RESET();
    if (p_kwargs(p, &args, &kw)) goto ok;
fail:
    nv_free(&args);
    nv_free(&kw);
    RESET();
    LEAVE(NULL);
ok:;
    Node *n = p_node_from(p, N_CALL, _start);
    n->u.call.args = nv_finish(p, &args);
    n->u.call.keywords = nv_finish(p, &kw);
    LEAVE(n);
}

/* arguments (memo): args [','] &')' | invalid_arguments */
Node *p_arguments(Parser *p)
{
    ENTER();
    MEMO(M_ARGUMENTS);
    Node *a = p_args(p);
    if (a) {
        p_expect(p, TK_COMMA);
        if (p_next_is(p, TK_RPAR)) MEMO_LEAVE(M_ARGUMENTS, a);
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (INVALID) {
        p_invalid_arguments(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    MEMO_LEAVE(M_ARGUMENTS, NULL);
}

/* annotated_rhs: yield_expr | star_expressions */
Node *p_annotated_rhs(Parser *p)
{
    Node *r = p_yield_expr(p);
    if (r || p->error) return r;
    return p_star_expressions(p);
}
