/* parser_expr.c — the expression rules of Python 3.12's grammar: operators
 * by precedence, primaries, atoms, numbers and slices; the displays,
 * comprehensions, lambdas and call arguments are in parser_display.c.
 *
 * Rules are CPython's, alternative for alternative; the left-recursive
 * ones (sum: sum '+' term | ...) are loops, which look at exactly the
 * tokens CPython's left-recursion growing looks at.  Invariant as in every
 * parser file: a rule that fails leaves p->mark where it found it.
 */
#include "pysim/parser_impl.h"

#include <stdlib.h>
#include <string.h>

Node *parser_name_node(Parser *p, PToken *t, AstContext ctx)
{
    Node *n = parser_node(p, N_NAME, t->t.lineno, t->t.col, t->t.end_lineno, t->t.end_col);
    n->u.name.id = parser_tok_str(p, t);
    n->u.name.ctx = ctx;
    return n;
}

Node *parser_tuple_node(Parser *p, NodeVec *v, int start)
{
    Node *n = parser_node_from(p, N_TUPLE, start);
    n->u.seq.elts = nodevec_finish(p, v);
    n->u.seq.ctx = CTX_LOAD;
    return n;
}

/* X (',' X)+ [','] | X ',' | X  — expressions, star_expressions */
static Node *seq_or_single(Parser *p, Node *(*item)(Parser *))
{
    ENTER();
    Node *a = item(p);
    if (!a) LEAVE(NULL);
    NodeVec v = {0};
    nodevec_push(&v, a);
    for (;;) {
        int m = p->mark;
        if (!parser_expect(p, TK_COMMA)) break;
        Node *b = item(p);
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
    if (v.len > 1) {
        parser_expect(p, TK_COMMA);
        LEAVE(parser_tuple_node(p, &v, _start));
    }
    if (parser_expect(p, TK_COMMA)) LEAVE(parser_tuple_node(p, &v, _start));
    nodevec_free(&v);
    LEAVE(a);
}

Node *parser_expressions(Parser *p)
{
    return seq_or_single(p, parser_expression);
}

Node *parser_star_expressions(Parser *p)
{
    return seq_or_single(p, parser_star_expression);
}

/* expression (memo):
 *     | invalid_expression
 *     | invalid_legacy_expression
 *     | disjunction 'if' disjunction 'else' expression
 *     | disjunction
 *     | lambdef */
Node *parser_expression(Parser *p)
{
    ENTER();
    MEMO(M_EXPRESSION);
    if (INVALID) {
        parser_invalid_expression(p);
        if (p->error) LEAVE(NULL);
        RESET();
        parser_invalid_legacy_expression(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    Node *a = parser_disjunction(p);
    if (a) {
        int m = p->mark;
        if (parser_expect(p, KW_IF)) {
            Node *b = parser_disjunction(p);
            if (b && parser_expect(p, KW_ELSE)) {
                Node *c = parser_expression(p);
                if (c) {
                    Node *n = parser_node_from(p, N_IFEXP, _start);
                    n->u.ifexp.test = b;
                    n->u.ifexp.body = a;
                    n->u.ifexp.orelse = c;
                    MEMO_LEAVE(M_EXPRESSION, n);
                }
            }
        }
        if (p->error) LEAVE(NULL);
        p->mark = m;
        MEMO_LEAVE(M_EXPRESSION, a);
    }
    if (p->error) LEAVE(NULL);
    RESET();
    MEMO_LEAVE(M_EXPRESSION, parser_lambdef(p));
}

/* expression_without_invalid: the same without the invalid rules below. */
Node *parser_expression_without_invalid(Parser *p)
{
    bool saved = p->call_invalid_rules;
    p->call_invalid_rules = false;
    int start = p->mark;
    /* Memo entries made with invalid rules on would leak in; CPython's
     * generated code shares them too, so we do the same. */
    Node *a = parser_disjunction(p);
    Node *res = NULL;
    if (a) {
        int m = p->mark;
        if (parser_expect(p, KW_IF)) {
            Node *b = parser_disjunction(p);
            if (b && parser_expect(p, KW_ELSE)) {
                Node *c = parser_expression(p);
                if (c) {
                    res = parser_node_from(p, N_IFEXP, start);
                    res->u.ifexp.test = b;
                    res->u.ifexp.body = a;
                    res->u.ifexp.orelse = c;
                }
            }
        }
        if (!res && !p->error) {
            p->mark = m;
            res = a;
        }
    }
    if (!res && !p->error) {
        p->mark = start;
        res = parser_lambdef(p);
    }
    if (!res) p->mark = start;
    p->call_invalid_rules = saved;
    return res;
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
Node *parser_yield_expr(Parser *p)
{
    ENTER();
    if (parser_expect(p, KW_YIELD) && parser_expect(p, KW_FROM)) {
        Node *a = parser_expression(p);
        if (a) {
            Node *n = parser_node_from(p, N_YIELDFROM, _start);
            n->u.yield.value = a;
            LEAVE(n);
        }
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (!parser_expect(p, KW_YIELD)) LEAVE(NULL);
    Node *a = parser_star_expressions(p);
    if (p->error) LEAVE(NULL);
    Node *n = parser_node_from(p, N_YIELD, _start);
    n->u.yield.value = a;
    LEAVE(n);
}

Node *parser_starred_node(Parser *p, Node *value, int start)
{
    Node *n = parser_node_from(p, N_STARRED, start);
    n->u.starred.value = value;
    n->u.starred.ctx = CTX_LOAD;
    return n;
}

/* star_expression (memo): '*' bitwise_or | expression */
Node *parser_star_expression(Parser *p)
{
    ENTER();
    MEMO(M_STAR_EXPRESSION);
    if (parser_expect(p, TK_STAR)) {
        Node *a = parser_bitwise_or(p);
        if (a) MEMO_LEAVE(M_STAR_EXPRESSION, parser_starred_node(p, a, _start));
    }
    if (p->error) LEAVE(NULL);
    RESET();
    MEMO_LEAVE(M_STAR_EXPRESSION, parser_expression(p));
}

/* star_named_expression: '*' bitwise_or | named_expression */
Node *parser_star_named_expression(Parser *p)
{
    ENTER();
    if (parser_expect(p, TK_STAR)) {
        Node *a = parser_bitwise_or(p);
        if (a) LEAVE(parser_starred_node(p, a, _start));
    }
    if (p->error) LEAVE(NULL);
    RESET();
    Node *r = parser_named_expression(p);
    if (!r) RESET();
    LEAVE(r);
}

/* star_named_expressions: ','.star_named_expression+ [','] */
bool parser_star_named_expressions(Parser *p, NodeVec *out)
{
    Node *a = parser_star_named_expression(p);
    if (!a) return false;
    nodevec_push(out, a);
    for (;;) {
        int m = p->mark;
        if (!parser_expect(p, TK_COMMA)) break;
        Node *b = parser_star_named_expression(p);
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

/* assignment_expression: NAME ':=' ~ expression */
Node *parser_assignment_expression(Parser *p)
{
    ENTER();
    PToken *name = parser_expect_name(p);
    if (!name || !parser_expect(p, TK_COLONEQUAL)) LEAVE(NULL);
    Node *v = parser_expression(p);
    if (!v) LEAVE(NULL);
    Node *n = parser_node_from(p, N_NAMEDEXPR, _start);
    n->u.namedexpr.target = parser_name_node(p, name, CTX_STORE);
    n->u.namedexpr.value = v;
    LEAVE(n);
}

/* named_expression:
 *     | assignment_expression
 *     | invalid_named_expression
 *     | expression !':=' */
Node *parser_named_expression(Parser *p)
{
    ENTER();
    Node *r = parser_assignment_expression(p);
    if (r) LEAVE(r);
    if (p->error) LEAVE(NULL);
    RESET();
    if (INVALID) {
        parser_invalid_named_expression(p);
        if (p->error) LEAVE(NULL);
        RESET();
    }
    r = parser_expression(p);
    if (r && !parser_next_is(p, TK_COLONEQUAL)) LEAVE(r);
    RESET();
    LEAVE(NULL);
}

/* disjunction (memo): conjunction ('or' conjunction)+ | conjunction
 * conjunction (memo): inversion ('and' inversion)+ | inversion */
static Node *inversion(Parser *p);
static Node *conjunction(Parser *p);

static Node *boolop(Parser *p, int memo, int kw, AstBoolOp op, Node *(*item)(Parser *))
{
    ENTER();
    MEMO(memo);
    Node *a = item(p);
    if (!a) MEMO_LEAVE(memo, NULL);
    NodeVec v = {0};
    nodevec_push(&v, a);
    for (;;) {
        int m = p->mark;
        if (!parser_expect(p, kw)) break;
        Node *b = item(p);
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
    if (v.len == 1) {
        nodevec_free(&v);
        MEMO_LEAVE(memo, a);
    }
    Node *n = parser_node_from(p, N_BOOLOP, _start);
    n->u.boolop.op = op;
    n->u.boolop.values = nodevec_finish(p, &v);
    MEMO_LEAVE(memo, n);
}

Node *parser_disjunction(Parser *p)
{
    return boolop(p, M_DISJUNCTION, KW_OR, BOOL_OR, conjunction);
}

static Node *conjunction(Parser *p)
{
    return boolop(p, M_CONJUNCTION, KW_AND, BOOL_AND, inversion);
}

/* inversion (memo): 'not' inversion | comparison */
static Node *comparison(Parser *p);

static Node *inversion(Parser *p)
{
    ENTER();
    MEMO(M_INVERSION);
    if (parser_expect(p, KW_NOT)) {
        Node *a = inversion(p);
        if (a) {
            Node *n = parser_node_from(p, N_UNARYOP, _start);
            n->u.unaryop.op = UOP_NOT;
            n->u.unaryop.operand = a;
            MEMO_LEAVE(M_INVERSION, n);
        }
    }
    if (p->error) LEAVE(NULL);
    RESET();
    MEMO_LEAVE(M_INVERSION, comparison(p));
}

/* compare_op_bitwise_or_pair: the operator, or -1 (mark unchanged). */
static int compare_op(Parser *p)
{
    int m = p->mark;
    switch (parser_type(p)) {
    case TK_EQEQUAL: p->mark++; return CMP_EQ;
    case TK_NOTEQUAL: {
        /* '<>' is only accepted with barry_as_FLUFL; as '!=' otherwise. */
        PToken *t = parser_tok(p, p->mark);
        if (t->t.end - t->t.start == 2 && p->src[t->t.start] == '<') return -1;
        p->mark++;
        return CMP_NOTEQ;
    }
    case TK_LESSEQUAL: p->mark++; return CMP_LTE;
    case TK_LESS: p->mark++; return CMP_LT;
    case TK_GREATEREQUAL: p->mark++; return CMP_GTE;
    case TK_GREATER: p->mark++; return CMP_GT;
    case KW_NOT:
        p->mark++;
        if (parser_expect(p, KW_IN)) return CMP_NOTIN;
        p->mark = m;
        return -1;
    case KW_IN: p->mark++; return CMP_IN;
    case KW_IS:
        p->mark++;
        if (parser_expect(p, KW_NOT)) return CMP_ISNOT;
        return CMP_IS;
    default: return -1;
    }
}

/* comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
static Node *comparison(Parser *p)
{
    ENTER();
    Node *a = parser_bitwise_or(p);
    if (!a) LEAVE(NULL);
    NodeVec v = {0};
    int ops[64], nops = 0, cap = 64;
    int *opsp = ops;
    for (;;) {
        int m = p->mark;
        int op = compare_op(p);
        if (op < 0) {
            p->mark = m;
            break;
        }
        Node *b = parser_bitwise_or(p);
        if (!b) {
            p->mark = m;
            break;
        }
        if (nops == cap) {
            int *grown = malloc((size_t)cap * 2 * sizeof *grown);
            memcpy(grown, opsp, (size_t)nops * sizeof *grown);
            if (opsp != ops) free(opsp);
            opsp = grown;
            cap *= 2;
        }
        opsp[nops++] = op;
        nodevec_push(&v, b);
    }
    if (p->error || !nops) {
        nodevec_free(&v);
        if (opsp != ops) free(opsp);
        if (p->error) LEAVE(NULL);
        LEAVE(a);
    }
    Node *n = parser_node_from(p, N_COMPARE, _start);
    n->u.compare.left = a;
    n->u.compare.ops = arena_alloc(p->arena, (size_t)nops * sizeof(AstCmpOp));
    for (int i = 0; i < nops; i++) n->u.compare.ops[i] = (AstCmpOp)opsp[i];
    n->u.compare.comparators = nodevec_finish(p, &v);
    if (opsp != ops) free(opsp);
    LEAVE(n);
}

/* One level of left-associative binary operators: the table maps tokens to
 * operators, next is the operand rule. */
typedef struct BinLevel {
    const int *toks;
    const AstOperator *ops;
    int n;
} BinLevel;

static Node *binop_level_raw(Parser *p, const BinLevel *lv, Node *(*next)(Parser *))
{
    ENTER();
    Node *a = next(p);
    if (!a) LEAVE(NULL);
    for (;;) {
        int m = p->mark;
        int t = parser_type(p), i;
        for (i = 0; i < lv->n && lv->toks[i] != t; i++) {
        }
        if (i == lv->n) break;
        p->mark++;
        Node *b = next(p);
        if (!b) {
            p->mark = m;
            break;
        }
        Node *n = parser_node_from(p, N_BINOP, _start);
        n->u.binop.left = a;
        n->u.binop.op = lv->ops[i];
        n->u.binop.right = b;
        a = n;
    }
    if (p->error) LEAVE(NULL);
    LEAVE(a);
}

static Node *factor(Parser *p);

/* CPython's left-recursive rules nest two calls deep (the rule and its
 * _raw function): counted the same, so that the parser's MemoryError for
 * deep nesting comes where CPython's does. */
static Node *binop_level(Parser *p, const BinLevel *lv, Node *(*next)(Parser *))
{
    if (!parser_enter(p)) return NULL;
    Node *r = binop_level_raw(p, lv, next);
    parser_leave(p);
    return r;
}

static const int term_toks[] = {TK_STAR, TK_SLASH, TK_DOUBLESLASH, TK_PERCENT, TK_AT};
static const AstOperator term_ops[] = {OP_MULT, OP_DIV, OP_FLOORDIV, OP_MOD, OP_MATMULT};
static const BinLevel term_level = {term_toks, term_ops, 5};
static Node *term(Parser *p) { return binop_level(p, &term_level, factor); }

static const int sum_toks[] = {TK_PLUS, TK_MINUS};
static const AstOperator sum_ops[] = {OP_ADD, OP_SUB};
static const BinLevel sum_level = {sum_toks, sum_ops, 2};
static Node *sum(Parser *p) { return binop_level(p, &sum_level, term); }

static const int shift_toks[] = {TK_LEFTSHIFT, TK_RIGHTSHIFT};
static const AstOperator shift_ops[] = {OP_LSHIFT, OP_RSHIFT};
static const BinLevel shift_level = {shift_toks, shift_ops, 2};
static Node *shift_expr(Parser *p) { return binop_level(p, &shift_level, sum); }

static const int and_toks[] = {TK_AMPER};
static const AstOperator and_ops[] = {OP_BITAND};
static const BinLevel and_level = {and_toks, and_ops, 1};
static Node *bitwise_and(Parser *p) { return binop_level(p, &and_level, shift_expr); }

static const int xor_toks[] = {TK_CIRCUMFLEX};
static const AstOperator xor_ops[] = {OP_BITXOR};
static const BinLevel xor_level = {xor_toks, xor_ops, 1};
static Node *bitwise_xor(Parser *p) { return binop_level(p, &xor_level, bitwise_and); }

static const int or_toks[] = {TK_VBAR};
static const AstOperator or_ops[] = {OP_BITOR};
static const BinLevel or_level = {or_toks, or_ops, 1};

Node *parser_bitwise_or(Parser *p)
{
    ENTER();
    MEMO(M_BITWISE_OR);
    MEMO_LEAVE(M_BITWISE_OR, binop_level(p, &or_level, bitwise_xor));
}

/* factor (memo): '+' factor | '-' factor | '~' factor | power
 * power: await_primary '**' factor | await_primary */
static Node *await_primary(Parser *p);

static Node *factor(Parser *p)
{
    ENTER();
    MEMO(M_FACTOR);
    int t = parser_type(p);
    if (t == TK_PLUS || t == TK_MINUS || t == TK_TILDE) {
        p->mark++;
        Node *a = factor(p);
        if (a) {
            Node *n = parser_node_from(p, N_UNARYOP, _start);
            n->u.unaryop.op = t == TK_PLUS ? UOP_UADD : t == TK_MINUS ? UOP_USUB : UOP_INVERT;
            n->u.unaryop.operand = a;
            MEMO_LEAVE(M_FACTOR, n);
        }
        if (p->error) LEAVE(NULL);
        RESET();
    }
    Node *a = await_primary(p);
    if (!a) MEMO_LEAVE(M_FACTOR, NULL);
    int m = p->mark;
    if (parser_expect(p, TK_DOUBLESTAR)) {
        /* power: await_primary '**' factor is a rule of its own in
         * CPython: each '**' nests two levels deep, not one. */
        Node *b = NULL;
        if (parser_enter(p)) {
            b = factor(p);
            parser_leave(p);
        }
        if (b) {
            Node *n = parser_node_from(p, N_BINOP, _start);
            n->u.binop.left = a;
            n->u.binop.op = OP_POW;
            n->u.binop.right = b;
            MEMO_LEAVE(M_FACTOR, n);
        }
        if (p->error) LEAVE(NULL);
    }
    p->mark = m;
    MEMO_LEAVE(M_FACTOR, a);
}

/* await_primary (memo): AWAIT primary | primary */
static Node *await_primary(Parser *p)
{
    ENTER();
    MEMO(M_AWAIT_PRIMARY);
    PToken *aw = parser_expect(p, KW_AWAIT);
    if (aw) {
        Node *a = parser_primary(p);
        if (a) {
            parser_unsupported(p, aw, "'await' expressions");
            Node *n = parser_node_from(p, N_AWAIT, _start);
            n->u.yield.value = a;
            MEMO_LEAVE(M_AWAIT_PRIMARY, n);
        }
        if (p->error) LEAVE(NULL);
        RESET();
    }
    MEMO_LEAVE(M_AWAIT_PRIMARY, parser_primary(p));
}

/* The call's argument lists, held in a Call node without a function. */
static Node *call_from(Parser *p, Node *func, Node *args, int start)
{
    Node *n = parser_node_from(p, N_CALL, start);
    n->u.call.func = func;
    if (args) {
        n->u.call.args = args->u.call.args;
        n->u.call.keywords = args->u.call.keywords;
    }
    return n;
}

/* primary:
 *     | primary '.' NAME
 *     | primary genexp
 *     | primary '(' [arguments] ')'
 *     | primary '[' slices ']'
 *     | atom */
static Node *primary_raw(Parser *p);

Node *parser_primary(Parser *p)
{
    if (!parser_enter(p)) return NULL; /* the left-recursive rule's second level */
    Node *r = primary_raw(p);
    parser_leave(p);
    return r;
}

static Node *primary_raw(Parser *p)
{
    ENTER();
    MEMO(M_PRIMARY);
    Node *a = parser_atom(p);
    if (!a) MEMO_LEAVE(M_PRIMARY, NULL);
    for (;;) {
        int m = p->mark;
        int t = parser_type(p);
        Node *n = NULL;
        if (t == TK_DOT) {
            p->mark++;
            PToken *name = parser_expect_name(p);
            if (name) {
                n = parser_node_from(p, N_ATTRIBUTE, _start);
                n->u.attribute.value = a;
                n->u.attribute.attr = parser_tok_str(p, name);
                n->u.attribute.ctx = CTX_LOAD;
            }
        } else if (t == TK_LPAR) {
            Node *g = parser_genexp(p);
            if (g) {
                n = parser_node_from(p, N_CALL, _start);
                n->u.call.func = a;
                n->u.call.args = parser_list1(p, g);
            } else if (!p->error) {
                p->mark = m + 1;
                int m2 = p->mark;
                Node *args = parser_arguments(p);
                if (!args) p->mark = m2;
                if (!p->error && parser_expect(p, TK_RPAR)) n = call_from(p, a, args, _start);
            }
        } else if (t == TK_LSQB) {
            p->mark++;
            Node *s = parser_slices(p);
            if (s && parser_expect(p, TK_RSQB)) {
                n = parser_node_from(p, N_SUBSCRIPT, _start);
                n->u.subscript.value = a;
                n->u.subscript.slice = s;
                n->u.subscript.ctx = CTX_LOAD;
            }
        }
        if (p->error) LEAVE(NULL);
        if (!n) {
            p->mark = m;
            break;
        }
        a = n;
    }
    MEMO_LEAVE(M_PRIMARY, a);
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static Node *slice(Parser *p)
{
    ENTER();
    Node *lower = parser_expression(p);
    if (!lower) {
        if (p->error) LEAVE(NULL);
        RESET();
    }
    if (parser_expect(p, TK_COLON)) {
        int m = p->mark;
        Node *upper = parser_expression(p);
        if (!upper) {
            if (p->error) LEAVE(NULL);
            p->mark = m;
        }
        Node *step = NULL;
        m = p->mark;
        if (parser_expect(p, TK_COLON)) {
            int m2 = p->mark;
            step = parser_expression(p);
            if (!step) {
                if (p->error) LEAVE(NULL);
                p->mark = m2;
            }
        } else {
            p->mark = m;
        }
        Node *n = parser_node_from(p, N_SLICE, _start);
        n->u.slice.lower = lower;
        n->u.slice.upper = upper;
        n->u.slice.step = step;
        LEAVE(n);
    }
    if (p->error) LEAVE(NULL);
    RESET();
    Node *r = parser_named_expression(p);
    if (!r) RESET();
    LEAVE(r);
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
Node *parser_slices(Parser *p)
{
    ENTER();
    Node *a = slice(p);
    if (a && !parser_next_is(p, TK_COMMA)) LEAVE(a);
    if (p->error) LEAVE(NULL);
    RESET();
    NodeVec v = {0};
    for (;;) {
        int m = p->mark;
        if (v.len && !parser_expect(p, TK_COMMA)) break;
        Node *e = slice(p);
        if (!e && !p->error) e = parser_starred_expression(p);
        if (!e) {
            p->mark = m;
            break;
        }
        nodevec_push(&v, e);
    }
    if (p->error || !v.len) {
        nodevec_free(&v);
        LEAVE(NULL);
    }
    parser_expect(p, TK_COMMA);
    LEAVE(parser_tuple_node(p, &v, _start));
}

/* An int, float or imaginary literal (_PyPegen_number_token). */
static Node *number(Parser *p)
{
    ENTER();
    PToken *t = parser_expect(p, TK_NUMBER);
    if (!t) LEAVE(NULL);
    const char *s = p->src + t->t.start;
    size_t n = t->t.end - t->t.start, k = 0;
    char *text = arena_alloc(p->arena, n + 1);
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_') text[k++] = s[i];
    text[k] = '\0';
    Node *c = parser_node(p, N_CONSTANT, t->t.lineno, t->t.col, t->t.end_lineno, t->t.end_col);
    bool is_imag = text[k - 1] == 'j' || text[k - 1] == 'J';
    bool is_hex = k > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
    bool is_float = !is_hex && (strchr(text, '.') || strchr(text, 'e') || strchr(text, 'E'));
    if (is_imag) {
        c->u.constant.ck = CONST_IMAG;
        text[k - 1] = '\0';
        c->u.constant.f = strtod(text, NULL);
    } else if (is_float) {
        c->u.constant.ck = CONST_FLOAT;
        c->u.constant.f = strtod(text, NULL);
    } else {
        c->u.constant.ck = CONST_INT;
        c->u.constant.text = text;
        c->u.constant.len = k;
        bool decimal = !(k > 1 && text[0] == '0' &&
                         (text[1] == 'x' || text[1] == 'X' || text[1] == 'o' || text[1] == 'O' ||
                          text[1] == 'b' || text[1] == 'B'));
        /* PyLong_FromString's limit on decimal digits (sys.int_info). */
        if (decimal && k > 4300) {
            parser_raise_at(p, SE_SYNTAX_ERROR, t->t.lineno, -1, t->t.end_lineno, -1,
                       "Exceeds the limit (4300 digits) for integer string conversion: "
                       "value has %zu digits; use sys.set_int_max_str_digits() to increase "
                       "the limit - Consider hexadecimal for huge integer literals to avoid "
                       "decimal conversion limits.", k);
            LEAVE(NULL);
        }
    }
    LEAVE(c);
}

static Node *constant_tok(Parser *p, PToken *t, ConstKind ck)
{
    Node *c = parser_node(p, N_CONSTANT, t->t.lineno, t->t.col, t->t.end_lineno, t->t.end_col);
    c->u.constant.ck = ck;
    return c;
}

/* atom:
 *     | NAME | 'True' | 'False' | 'None'
 *     | &(STRING|FSTRING_START) strings
 *     | NUMBER
 *     | &'(' (tuple | group | genexp)
 *     | &'[' (list | listcomp)
 *     | &'{' (dict | set | dictcomp | setcomp)
 *     | '...' */
Node *parser_atom(Parser *p)
{
    ENTER();
    PToken *t = parser_tok(p, p->mark);
    Node *r = NULL;
    switch (t->type) {
    case TK_NAME:
        p->mark++;
        LEAVE(parser_name_node(p, t, CTX_LOAD));
    case KW_TRUE:
        p->mark++;
        LEAVE(constant_tok(p, t, CONST_TRUE));
    case KW_FALSE:
        p->mark++;
        LEAVE(constant_tok(p, t, CONST_FALSE));
    case KW_NONE:
        p->mark++;
        LEAVE(constant_tok(p, t, CONST_NONE));
    case TK_STRING:
    case TK_FSTRING_START:
        r = parser_strings(p);
        break;
    case TK_NUMBER:
        r = number(p);
        break;
    case TK_LPAR:
        if ((r = parser_tuple(p)) || p->error) break;
        RESET();
        if ((r = parser_group(p)) || p->error) break;
        RESET();
        r = parser_genexp(p);
        break;
    case TK_LSQB:
        if ((r = parser_list(p)) || p->error) break;
        RESET();
        r = parser_comprehension(p, TK_LSQB, TK_RSQB, N_LISTCOMP);
        break;
    case TK_LBRACE:
        if ((r = parser_dict(p)) || p->error) break;
        RESET();
        if ((r = parser_set(p)) || p->error) break;
        RESET();
        if ((r = parser_dictcomp(p)) || p->error) break;
        RESET();
        r = parser_comprehension(p, TK_LBRACE, TK_RBRACE, N_SETCOMP);
        break;
    case TK_ELLIPSIS:
        p->mark++;
        LEAVE(constant_tok(p, t, CONST_ELLIPSIS));
    default:
        break;
    }
    if (p->error) LEAVE(NULL);
    if (!r) RESET();
    LEAVE(r);
}
