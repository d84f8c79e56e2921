/* parser_target.c — assignment, for and del targets, and the parameter
 * lists of def and lambda.
 *
 * Targets are parsed by their own rules (star_targets, t_primary, ...), not
 * converted from expressions, exactly as CPython does: which tokens the
 * parser looks at decides where a generic SyntaxError points.  Parameter
 * lists follow the grammar's five alternatives and are assembled the way
 * _PyPegen_make_arguments does.
 */
#include "pysim/parser_impl.h"

#include <string.h>

static Node *name_from(Parser *p, PToken *t, AstContext ctx)
{
    Node *n = parser_node(p, N_NAME, t->t.lineno, t->t.col, t->t.end_lineno, t->t.end_col);
    n->u.name.id = parser_tok_str(p, t);
    n->u.name.ctx = ctx;
    return n;
}

/* t_lookahead: '(' | '[' | '.' */
bool parser_t_lookahead(Parser *p)
{
    int t = parser_type(p);
    return t == TK_LPAR || t == TK_LSQB || t == TK_DOT;
}

/* t_primary (left-recursive):
 *     | t_primary '.' NAME &t_lookahead
 *     | t_primary '[' slices ']' &t_lookahead
 *     | t_primary genexp &t_lookahead
 *     | t_primary '(' [arguments] ')' &t_lookahead
 *     | atom &t_lookahead */
Node *parser_t_primary(Parser *p)
{
    ENTER();
    MEMO(M_T_PRIMARY);
    Node *a = parser_atom(p);
    if (!a || !parser_t_lookahead(p)) MEMO_LEAVE(M_T_PRIMARY, NULL);
    for (;;) {
        int m = p->mark;
        int t = parser_type(p);
        Node *n = NULL;
        if (t == TK_DOT) {
            p->mark++;
            PToken *name = parser_expect_name(p);
            if (name && parser_t_lookahead(p)) {
                n = parser_node_from(p, N_ATTRIBUTE, _start);
                n->u.attribute.value = a;
                n->u.attribute.attr = parser_tok_str(p, name);
                n->u.attribute.ctx = CTX_LOAD;
            }
        } else if (t == TK_LSQB) {
            p->mark++;
            Node *s = parser_slices(p);
            if (s && parser_expect(p, TK_RSQB) && parser_t_lookahead(p)) {
                n = parser_node_from(p, N_SUBSCRIPT, _start);
                n->u.subscript.value = a;
                n->u.subscript.slice = s;
                n->u.subscript.ctx = CTX_LOAD;
            }
        } else if (t == TK_LPAR) {
            Node *g = parser_genexp(p);
            if (g && parser_t_lookahead(p)) {
                n = parser_node_from(p, N_CALL, _start);
                n->u.call.func = a;
                n->u.call.args = parser_list1(p, g);
            } else if (!p->error) {
                p->mark = m + 1;
                int m2 = p->mark;
                Node *args = parser_arguments(p);
                if (!args) p->mark = m2;
                if (!p->error && parser_expect(p, TK_RPAR) && parser_t_lookahead(p)) {
                    n = parser_node_from(p, N_CALL, _start);
                    n->u.call.func = a;
                    if (args) {
                        n->u.call.args = args->u.call.args;
                        n->u.call.keywords = args->u.call.keywords;
                    }
                }
            }
        }
        if (p->error) LEAVE(NULL);
        if (!n) {
            p->mark = m;
            break;
        }
        a = n;
    }
    MEMO_LEAVE(M_T_PRIMARY, a);
}

/* t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
 * with the given context (the first two alternatives of several rules). */
static Node *attr_or_subscript(Parser *p, AstContext ctx)
{
    ENTER();
    Node *a = parser_t_primary(p);
    if (a && parser_expect(p, TK_DOT)) {
        PToken *name = parser_expect_name(p);
        if (name && !parser_t_lookahead(p)) {
            Node *n = parser_node_from(p, N_ATTRIBUTE, _start);
            n->u.attribute.value = a;
            n->u.attribute.attr = parser_tok_str(p, name);
            n->u.attribute.ctx = ctx;
            LEAVE(n);
        }
    }
    if (p->error) LEAVE(NULL);
    RESET();
    a = parser_t_primary(p);
    if (a && parser_expect(p, TK_LSQB)) {
        Node *s = parser_slices(p);
        if (s && parser_expect(p, TK_RSQB) && !parser_t_lookahead(p)) {
            Node *n = parser_node_from(p, N_SUBSCRIPT, _start);
            n->u.subscript.value = a;
            n->u.subscript.slice = s;
            n->u.subscript.ctx = ctx;
            LEAVE(n);
        }
    }
    if (p->error) LEAVE(NULL);
    RESET();
    LEAVE(NULL);
}

Node *parser_single_subscript_attribute_target(Parser *p)
{
    return attr_or_subscript(p, CTX_STORE);
}

/* single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
Node *parser_single_target(Parser *p)
{
    ENTER();
    Node *r = attr_or_subscript(p, CTX_STORE);
    if (r || p->error) LEAVE(r);
    PToken *name = parser_expect_name(p);
    if (name) LEAVE(name_from(p, name, CTX_STORE));
    if (parser_expect(p, TK_LPAR)) {
        r = parser_single_target(p);
        if (r && parser_expect(p, TK_RPAR)) LEAVE(r);
    }
    RESET();
    LEAVE(NULL);
}

static Node *target_with_star_atom(Parser *p);

/* star_target (memo): '*' (!'*' star_target) | target_with_star_atom */
Node *parser_star_target(Parser *p)
{
    ENTER();
    MEMO(M_STAR_TARGET);
    if (parser_expect(p, TK_STAR) && !parser_next_is(p, TK_STAR)) {
        Node *a = parser_star_target(p);
        if (a) {
            Node *n = parser_node_from(p, N_STARRED, _start);
            n->u.starred.value = parser_set_ctx(p, a, CTX_STORE);
            n->u.starred.ctx = CTX_STORE;
            MEMO_LEAVE(M_STAR_TARGET, n);
        }
    }
    if (p->error) LEAVE(NULL);
    RESET();
    MEMO_LEAVE(M_STAR_TARGET, target_with_star_atom(p));
}

/* ','.star_target+ [',']  (star_targets_list_seq) */
static bool star_targets_list_seq(Parser *p, NodeVec *v)
{
    Node *a = parser_star_target(p);
    if (!a) return false;
    nodevec_push(v, a);
    for (;;) {
        int m = p->mark;
        if (!parser_expect(p, TK_COMMA)) break;
        Node *b = parser_star_target(p);
        if (!b) {
            p->mark = m;
            break;
        }
        nodevec_push(v, b);
    }
    if (p->error) return false;
    parser_expect(p, TK_COMMA);
    return true;
}

/* star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ',' */
bool parser_star_targets_tuple_seq(Parser *p, NodeVec *v)
{
    int start = p->mark, n0 = v->len;
    Node *a = parser_star_target(p);
    if (!a) return false;
    nodevec_push(v, a);
    int more = 0;
    for (;;) {
        int m = p->mark;
        if (!parser_expect(p, TK_COMMA)) break;
        Node *b = parser_star_target(p);
        if (!b) {
            p->mark = m;
            break;
        }
        nodevec_push(v, b);
        more++;
    }
    if (p->error) return false;
    if (more) {
        parser_expect(p, TK_COMMA);
        return true;
    }
    if (parser_expect(p, TK_COMMA)) return true;
    p->mark = start;
    v->len = n0;
    return false;
}

/* star_atom:
 *     | NAME
 *     | '(' target_with_star_atom ')'
 *     | '(' [star_targets_tuple_seq] ')'
 *     | '[' [star_targets_list_seq] ']' */
static Node *star_atom(Parser *p)
{
    ENTER();
    PToken *name = parser_expect_name(p);
    if (name) LEAVE(name_from(p, name, CTX_STORE));
    if (parser_expect(p, TK_LPAR)) {
        Node *a = target_with_star_atom(p);
        if (a && parser_expect(p, TK_RPAR)) LEAVE(parser_set_ctx(p, a, CTX_STORE));
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (parser_expect(p, TK_LPAR)) {
        NodeVec v = {0};
        int m = p->mark;
        if (!parser_star_targets_tuple_seq(p, &v)) {
            nodevec_free(&v);
            if (p->error) LEAVE(NULL);
            p->mark = m;
        }
        if (parser_expect(p, TK_RPAR)) {
            Node *n = parser_node_from(p, N_TUPLE, _start);
            n->u.seq.elts = nodevec_finish(p, &v);
            n->u.seq.ctx = CTX_STORE;
            LEAVE(n);
        }
        nodevec_free(&v);
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (parser_expect(p, TK_LSQB)) {
        NodeVec v = {0};
        int m = p->mark;
        if (!star_targets_list_seq(p, &v)) {
            nodevec_free(&v);
            if (p->error) LEAVE(NULL);
            p->mark = m;
        }
        if (parser_expect(p, TK_RSQB)) {
            Node *n = parser_node_from(p, N_LIST, _start);
            n->u.seq.elts = nodevec_finish(p, &v);
            n->u.seq.ctx = CTX_STORE;
            LEAVE(n);
        }
        nodevec_free(&v);
    }
    RESET();
    LEAVE(NULL);
}

/* target_with_star_atom (memo):
 *     | t_primary '.' NAME !t_lookahead
 *     | t_primary '[' slices ']' !t_lookahead
 *     | star_atom */
static Node *target_with_star_atom(Parser *p)
{
    ENTER();
    MEMO(M_TARGET_WITH_STAR_ATOM);
    Node *r = attr_or_subscript(p, CTX_STORE);
    if (r || p->error) MEMO_LEAVE(M_TARGET_WITH_STAR_ATOM, r);
    MEMO_LEAVE(M_TARGET_WITH_STAR_ATOM, star_atom(p));
}

/* star_targets: star_target !',' | star_target (',' star_target)* [','] */
Node *parser_star_targets(Parser *p)
{
    ENTER();
    Node *a = parser_star_target(p);
    if (!a) LEAVE(NULL);
    if (!parser_next_is(p, TK_COMMA)) LEAVE(a);
    if (p->error) LEAVE(NULL);
    NodeVec v = {0};
    nodevec_push(&v, a);
    for (;;) {
        int m = p->mark;
        if (!parser_expect(p, TK_COMMA)) break;
        Node *b = parser_star_target(p);
        if (!b) {
            p->mark = m;
            break;
        }
        nodevec_push(&v, b);
    }
    if (p->error) {
        nodevec_free(&v);
        LEAVE(NULL);
    }
    parser_expect(p, TK_COMMA);
    Node *n = parser_node_from(p, N_TUPLE, _start);
    n->u.seq.elts = nodevec_finish(p, &v);
    n->u.seq.ctx = CTX_STORE;
    LEAVE(n);
}

/* del_target (memo):
 *     | t_primary '.' NAME !t_lookahead
 *     | t_primary '[' slices ']' !t_lookahead
 *     | del_t_atom
 * del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']' */
static Node *del_target(Parser *p)
{
    ENTER();
    MEMO(M_DEL_TARGET);
    Node *r = attr_or_subscript(p, CTX_DEL);
    if (r || p->error) MEMO_LEAVE(M_DEL_TARGET, r);
    PToken *name = parser_expect_name(p);
    if (name) MEMO_LEAVE(M_DEL_TARGET, name_from(p, name, CTX_DEL));
    if (parser_expect(p, TK_LPAR)) {
        Node *a = del_target(p);
        if (a && parser_expect(p, TK_RPAR)) MEMO_LEAVE(M_DEL_TARGET, parser_set_ctx(p, a, CTX_DEL));
    }
    if (p->error) LEAVE(NULL);
    for (int alt = 0; alt < 2; alt++) {
        RESET();
        int open = alt == 0 ? TK_LPAR : TK_LSQB, close = alt == 0 ? TK_RPAR : TK_RSQB;
        if (!parser_expect(p, open)) continue;
        NodeVec v = {0};
        int m = p->mark;
        if (!parser_del_targets(p, &v)) {
            nodevec_free(&v);
            if (p->error) LEAVE(NULL);
            p->mark = m;
        }
        if (parser_expect(p, close)) {
            Node *n = parser_node_from(p, alt == 0 ? N_TUPLE : N_LIST, _start);
            n->u.seq.elts = nodevec_finish(p, &v);
            n->u.seq.ctx = CTX_DEL;
            MEMO_LEAVE(M_DEL_TARGET, n);
        }
        nodevec_free(&v);
        if (p->error) LEAVE(NULL);
    }
    MEMO_LEAVE(M_DEL_TARGET, NULL);
}

/* del_targets: ','.del_target+ [','] */
bool parser_del_targets(Parser *p, NodeVec *out)
{
    Node *a = del_target(p);
    if (!a) return false;
    nodevec_push(out, a);
    for (;;) {
        int m = p->mark;
        if (!parser_expect(p, TK_COMMA)) break;
        Node *b = del_target(p);
        if (!b) {
            p->mark = m;
            break;
        }
        nodevec_push(out, b);
    }
    if (p->error) return false;
    parser_expect(p, TK_COMMA);
    return true;
}

/* ---- parameters ------------------------------------------------------------------ */

Node *parser_empty_arguments(Parser *p)
{
    return parser_node(p, N_ARGUMENTS, 0, 0, 0, 0);
}

/* param: NAME annotation?   lambda_param: NAME
 * param_star_annotation: NAME star_annotation
 * annotation: ':' expression   star_annotation: ':' star_expression */
static Node *param(Parser *p, bool lambda, bool star_annotation)
{
    ENTER();
    PToken *name = parser_expect_name(p);
    if (!name) LEAVE(NULL);
    Node *ann = NULL;
    if (!lambda) {
        int m = p->mark;
        if (parser_expect(p, TK_COLON))
            ann = star_annotation ? parser_star_expression(p) : parser_expression(p);
        if (!ann) {
            if (p->error) LEAVE(NULL);
            if (star_annotation) LEAVE(NULL);
            p->mark = m;
        }
    }
    Node *n = parser_node_from(p, N_ARG, _start);
    n->u.arg.arg = parser_tok_str(p, name);
    n->u.arg.annotation = ann;
    LEAVE(n);
}

/* default: '=' expression | invalid_default */
static Node *default_value(Parser *p)
{
    ENTER();
    if (parser_expect(p, TK_EQUAL)) {
        Node *e = parser_expression(p);
        if (e) LEAVE(e);
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (INVALID) {
        parser_invalid_default(p);
        RESET();
    }
    LEAVE(NULL);
}

/* The ending of every parameter form: ',' | &')' (lambda: &':'). */
static bool param_end(Parser *p, bool lambda)
{
    if (parser_expect(p, TK_COMMA)) return true;
    return parser_next_is(p, lambda ? TK_COLON : TK_RPAR);
}

/* param_no_default / param_with_default / param_maybe_default (and their
 * lambda forms); want_default: 0 none, 1 required, 2 optional.  The
 * default (or NULL) goes to *def. */
static Node *param_form(Parser *p, bool lambda, int want_default, bool star_ann, Node **def)
{
    ENTER();
    *def = NULL;
    Node *a = param(p, lambda, star_ann);
    if (!a) LEAVE(NULL);
    if (want_default) {
        int m = p->mark;
        *def = default_value(p);
        if (p->error) LEAVE(NULL);
        if (!*def) {
            if (want_default == 1) {
                RESET();
                LEAVE(NULL);
            }
            p->mark = m;
        }
    }
    if (!param_end(p, lambda)) {
        RESET();
        LEAVE(NULL);
    }
    LEAVE(a);
}

Node *parser_param_form(Parser *p, bool lambda, int want_default)
{
    Node *d;
    return param_form(p, lambda, want_default, false, &d);
}

Node *parser_param_plain(Parser *p, bool lambda)
{
    return param(p, lambda, false);
}

/* Repeats a form; returns how many matched (args/defaults appended). */
static int param_forms(Parser *p, bool lambda, int want_default, NodeVec *args, NodeVec *defs)
{
    int n = 0;
    for (;;) {
        int m = p->mark;
        Node *d;
        Node *a = param_form(p, lambda, want_default, false, &d);
        if (!a) {
            p->mark = m;
            break;
        }
        nodevec_push(args, a);
        if (defs) nodevec_push(defs, d);
        n++;
    }
    return n;
}

typedef struct ParamParts {
    NodeVec posonly, posonly_defs; /* slash_*: names, and their defaults */
    NodeVec plain;                 /* param_no_default after the slash */
    NodeVec with, with_defs;       /* param_with_default */
    bool star;                     /* star_etc parsed */
    Node *vararg, *kwarg;
    NodeVec kwonly, kw_defaults;
} ParamParts;

static void parts_free(ParamParts *pp)
{
    nodevec_free(&pp->posonly);
    nodevec_free(&pp->posonly_defs);
    nodevec_free(&pp->plain);
    nodevec_free(&pp->with);
    nodevec_free(&pp->with_defs);
    nodevec_free(&pp->kwonly);
    nodevec_free(&pp->kw_defaults);
}

/* kwds: invalid_kwds | '**' param_no_default */
static Node *kwds(Parser *p, bool lambda)
{
    ENTER();
    if (INVALID) {
        if (lambda) parser_invalid_lambda_kwds(p);
        else parser_invalid_kwds(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    if (!parser_expect(p, TK_DOUBLESTAR)) LEAVE(NULL);
    Node *d;
    Node *a = param_form(p, lambda, 0, false, &d);
    if (!a) RESET();
    LEAVE(a);
}

/* param_maybe_default* [kwds] after the star */
static bool star_tail(Parser *p, bool lambda, ParamParts *pp, bool need_one)
{
    int n = param_forms(p, lambda, 2, &pp->kwonly, &pp->kw_defaults);
    if (p->error || (need_one && !n)) return false;
    int m = p->mark;
    pp->kwarg = kwds(p, lambda);
    if (!pp->kwarg) {
        if (p->error) return false;
        p->mark = m;
    }
    return true;
}

/* star_etc:
 *     | invalid_star_etc
 *     | '*' param_no_default param_maybe_default* [kwds]
 *     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
 *     | '*' ',' param_maybe_default+ [kwds]
 *     | kwds */
static bool star_etc(Parser *p, bool lambda, ParamParts *pp)
{
    if (!parser_enter(p)) return false;
    int start = p->mark;
    if (p->call_invalid_rules) {
        if (lambda) parser_invalid_lambda_star_etc(p);
        else parser_invalid_star_etc(p);
        if (p->error) goto fail;
        p->mark = start;
    }
    for (int alt = 0; alt < 2; alt++) {
        if (alt == 1 && lambda) break;
        p->mark = start;
        pp->kwonly.len = pp->kw_defaults.len = 0;
        pp->kwarg = NULL;
        if (!parser_expect(p, TK_STAR)) break;
        Node *d;
        Node *a = param_form(p, lambda, 0, alt == 1, &d);
        if (a && star_tail(p, lambda, pp, false)) {
            pp->vararg = a;
            goto ok;
        }
        if (p->error) goto fail;
    }
    p->mark = start;
    pp->kwonly.len = pp->kw_defaults.len = 0;
    pp->kwarg = NULL;
    if (parser_expect(p, TK_STAR) && parser_expect(p, TK_COMMA) && star_tail(p, lambda, pp, true)) goto ok;
    if (p->error) goto fail;
    p->mark = start;
    pp->kwonly.len = pp->kw_defaults.len = 0;
    pp->kwarg = kwds(p, lambda);
    if (pp->kwarg) goto ok;
fail:
    p->mark = start;
    pp->kwonly.len = pp->kw_defaults.len = 0;
    pp->kwarg = NULL;
    parser_leave(p);
    return false;
ok:
    pp->star = true;
    parser_leave(p);
    return true;
}

/* slash_no_default: param_no_default+ '/' (',' | &')')
 * slash_with_default: param_no_default* param_with_default+ '/' (',' | &')') */
static bool slash_tail(Parser *p, bool lambda)
{
    if (!parser_expect(p, TK_SLASH)) return false;
    return param_end(p, lambda);
}

static bool slash_no_default(Parser *p, bool lambda, ParamParts *pp)
{
    int start = p->mark;
    if (param_forms(p, lambda, 0, &pp->posonly, &pp->posonly_defs) && slash_tail(p, lambda)) return true;
    p->mark = start;
    pp->posonly.len = pp->posonly_defs.len = 0;
    return false;
}

static bool slash_with_default(Parser *p, bool lambda, ParamParts *pp)
{
    int start = p->mark;
    param_forms(p, lambda, 0, &pp->posonly, &pp->posonly_defs);
    if (!p->error && param_forms(p, lambda, 1, &pp->posonly, &pp->posonly_defs) &&
        slash_tail(p, lambda))
        return true;
    p->mark = start;
    pp->posonly.len = pp->posonly_defs.len = 0;
    return false;
}

bool parser_slash(Parser *p, bool lambda, bool with_default)
{
    ParamParts pp;
    memset(&pp, 0, sizeof pp);
    bool ok = with_default ? slash_with_default(p, lambda, &pp) : slash_no_default(p, lambda, &pp);
    parts_free(&pp);
    return ok;
}

/* _PyPegen_make_arguments */
static Node *make_arguments(Parser *p, ParamParts *pp)
{
    Node *n = parser_node(p, N_ARGUMENTS, 0, 0, 0, 0);
    n->u.arguments.posonlyargs = nodevec_finish(p, &pp->posonly);
    NodeVec args = {0}, defaults = {0};
    for (int i = 0; i < pp->plain.len; i++) nodevec_push(&args, pp->plain.items[i]);
    for (int i = 0; i < pp->with.len; i++) nodevec_push(&args, pp->with.items[i]);
    for (int i = 0; i < pp->posonly_defs.len; i++)
        if (pp->posonly_defs.items[i]) nodevec_push(&defaults, pp->posonly_defs.items[i]);
    for (int i = 0; i < pp->with_defs.len; i++) nodevec_push(&defaults, pp->with_defs.items[i]);
    n->u.arguments.args = nodevec_finish(p, &args);
    n->u.arguments.defaults = nodevec_finish(p, &defaults);
    n->u.arguments.vararg = pp->vararg;
    n->u.arguments.kwarg = pp->kwarg;
    n->u.arguments.kwonlyargs = nodevec_finish(p, &pp->kwonly);
    n->u.arguments.kw_defaults = nodevec_finish(p, &pp->kw_defaults);
    parts_free(pp);
    return n;
}

/* parameters:
 *     | slash_no_default param_no_default* param_with_default* [star_etc]
 *     | slash_with_default param_with_default* [star_etc]
 *     | param_no_default+ param_with_default* [star_etc]
 *     | param_with_default+ [star_etc]
 *     | star_etc */
static Node *parameters(Parser *p, bool lambda)
{
    ENTER();
    for (int alt = 0; alt < 5; alt++) {
        RESET();
        ParamParts pp;
        memset(&pp, 0, sizeof pp);
        bool ok = false;
        switch (alt) {
        case 0:
            ok = slash_no_default(p, lambda, &pp);
            if (ok) {
                param_forms(p, lambda, 0, &pp.plain, NULL);
                param_forms(p, lambda, 1, &pp.with, &pp.with_defs);
            }
            break;
        case 1:
            ok = slash_with_default(p, lambda, &pp);
            if (ok) param_forms(p, lambda, 1, &pp.with, &pp.with_defs);
            break;
        case 2:
            ok = param_forms(p, lambda, 0, &pp.plain, NULL) > 0;
            if (ok) param_forms(p, lambda, 1, &pp.with, &pp.with_defs);
            break;
        case 3:
            ok = param_forms(p, lambda, 1, &pp.with, &pp.with_defs) > 0;
            break;
        case 4:
            ok = star_etc(p, lambda, &pp);
            break;
        }
        if (ok && !p->error && alt < 4) {
            int m = p->mark;
            if (!star_etc(p, lambda, &pp)) p->mark = m;
        }
        if (p->error) {
            parts_free(&pp);
            LEAVE(NULL);
        }
        if (ok) LEAVE(make_arguments(p, &pp));
        parts_free(&pp);
    }
    RESET();
    LEAVE(NULL);
}

/* params: invalid_parameters | parameters */
Node *parser_params(Parser *p)
{
    ENTER();
    if (INVALID) {
        parser_invalid_parameters(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    LEAVE(parameters(p, false));
}

/* lambda_params: invalid_lambda_parameters | lambda_parameters */
Node *parser_lambda_params(Parser *p)
{
    ENTER();
    if (INVALID) {
        parser_invalid_lambda_parameters(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    LEAVE(parameters(p, true));
}
