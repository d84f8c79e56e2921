/* const_fold.c — constants: objects, folding, merging, literal warnings.
 * See const_fold.h.
 */
#include "pysim/const_fold.h"

#include <math.h>
#include <string.h>

#include "pysim/ast_walk.h"
#include "pysim/obj.h"
#include "pysim/str_impl.h"
#include "pysim/unicode.h"
#include "pysim/vm.h"

/* Python/ast_opt.c limits */
#define MAX_INT_SIZE 128
#define MAX_COLLECTION_SIZE 256
#define MAX_STR_SIZE 4096
#define MAX_TOTAL_ITEMS 1024

typedef struct Fold {
    ConstCache *cache;
    Arena *arena;
    const char *filename, *src;
    size_t len;
    Buf *warnings;
    SyntaxErr *err;
    bool failed;
} Fold;

/* ---- the cache ---- */

void const_cache_init(ConstCache *c) { memset(c, 0, sizeof *c); }

void const_cache_free(ConstCache *c)
{
    for (size_t i = 0; i < c->n; i++) {
        free(c->keys[i]);
        py_xdecref(c->values[i]);
    }
    for (size_t i = 0; i < c->narena; i++) py_decref(c->arena[i]);
    free(c->arena);
    free(c->codegen);
    free(c->keys);
    free(c->values);
    free(c->index);
    memset(c, 0, sizeof *c);
}

void const_cache_drop_codegen(ConstCache *c)
{
    for (size_t i = 0; i < c->ncodegen; i++) py_clear(&c->values[c->codegen[i]]);
    c->ncodegen = 0;
}

static size_t hash_key(const char *k, size_t n)
{
    size_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)k[i]) * 1099511628211ull;
    return h;
}

/* Keys are length-prefixed so that they may hold NUL bytes. */
static void key_of(PyObj *o, Buf *b)
{
    char tag;
    if (o == PY_NONE) tag = 'N';
    else if (o == PY_ELLIPSIS) tag = 'E';
    else if (o == PY_TRUE || o == PY_FALSE) tag = 'B';
    else if (PY_IS_TYPE(o, py_int_type)) tag = 'i';
    else if (PY_IS_TYPE(o, py_float_type)) tag = 'f';
    else if (PY_IS_TYPE(o, py_complex_type)) tag = 'c'; /* complex.c */
    else if (PY_IS_TYPE(o, py_str_type)) tag = 's';
    else if (PY_IS_TYPE(o, py_bytes_type)) tag = 'b';
    else if (PY_IS_TYPE(o, py_tuple_type)) tag = 't';
    else if (PY_IS_TYPE(o, py_frozenset_type)) tag = 'z';
    else tag = '?';
    buf_putc(b, tag);
    switch (tag) {
    case 'B': buf_putc(b, o == PY_TRUE ? '1' : '0'); break;
    case 'i': {
        PyObj *s = py_int_to_str(o, 16);
        if (s) {
            buf_put(b, py_str_utf8(s), py_str_nbytes(s));
            py_decref(s);
        } else {
            py_err_clear();
        }
        break;
    }
    case 'f': {
        /* the bits: 0.0 and -0.0 are different constants, nan is itself */
        double d = py_float_value(o);
        buf_put(b, &d, sizeof d);
        break;
    }
    case 'c': {
        /* complex.c: the bits of both parts, so the four signed zeros differ */
        double d[2] = {((PyComplexObj *)o)->real, ((PyComplexObj *)o)->imag};
        buf_put(b, d, sizeof d);
        break;
    }
    case 's': buf_printf(b, "%zu:", py_str_nbytes(o)); buf_put(b, py_str_utf8(o), py_str_nbytes(o)); break;
    case 'b': {
        const unsigned char *d;
        size_t n;
        py_bytes_view(o, &d, &n);
        buf_printf(b, "%zu:", n);
        buf_put(b, d, n);
        break;
    }
    case 't':
        buf_printf(b, "%zu(", py_tuple_size(o));
        for (size_t i = 0; i < py_tuple_size(o); i++) key_of(py_tuple_item(o, i), b);
        buf_putc(b, ')');
        break;
    case 'z': {
        /* order-independent: the sorted item keys */
        size_t n = py_set_size(o), pos = 0, k = 0;
        char **items = xmalloc((n ? n : 1) * sizeof *items);
        size_t *lens = xmalloc((n ? n : 1) * sizeof *lens);
        PyObj *x;
        while (py_set_next(o, &pos, &x)) {
            Buf ib = BUF_INIT;
            key_of(x, &ib);
            lens[k] = ib.len;
            items[k++] = buf_take(&ib);
        }
        for (size_t i = 1; i < k; i++)
            for (size_t j = i; j > 0 && strcmp(items[j - 1], items[j]) > 0; j--) {
                char *t = items[j];
                items[j] = items[j - 1];
                items[j - 1] = t;
                size_t tl = lens[j];
                lens[j] = lens[j - 1];
                lens[j - 1] = tl;
            }
        buf_printf(b, "%zu{", k);
        for (size_t i = 0; i < k; i++) {
            buf_put(b, items[i], lens[i]);
            free(items[i]);
        }
        buf_putc(b, '}');
        free(items);
        free(lens);
        break;
    }
    default: buf_printf(b, "%p", (void *)o); break;
    }
}

static void cache_grow(ConstCache *c)
{
    size_t cap = c->capindex ? c->capindex * 2 : 64;
    size_t *idx = xmalloc(cap * sizeof *idx);
    for (size_t i = 0; i < cap; i++) idx[i] = SIZE_MAX;
    for (size_t i = 0; i < c->n; i++) {
        size_t klen;
        memcpy(&klen, c->keys[i], sizeof klen);
        size_t h = hash_key(c->keys[i] + sizeof klen, klen) & (cap - 1);
        while (idx[h] != SIZE_MAX) h = (h + 1) & (cap - 1);
        idx[h] = i;
    }
    free(c->index);
    c->index = idx;
    c->capindex = cap;
}

/* The canonical object for o (NEW reference); o itself the first time.
 * Tuples and frozensets are canonical all the way down. */
static PyObj *merge(ConstCache *c, PyObj *o)
{
    if (PY_IS_TYPE(o, py_tuple_type)) {
        for (size_t i = 0; i < py_tuple_size(o); i++) {
            PyObj *m = merge(c, py_tuple_item(o, i));
            py_setref(&PY_TUPLE_ITEMS(o)[i], m);
        }
    }
    Buf kb = BUF_INIT;
    key_of(o, &kb);
    if (c->n * 2 >= c->capindex) cache_grow(c);
    size_t h = hash_key(kb.p, kb.len) & (c->capindex - 1);
    while (c->index[h] != SIZE_MAX) {
        size_t i = c->index[h];
        size_t klen;
        memcpy(&klen, c->keys[i], sizeof klen);
        if (klen == kb.len && !memcmp(c->keys[i] + sizeof klen, kb.p, klen)) {
            buf_free(&kb);
            return py_newref(c->values[i]);
        }
        h = (h + 1) & (c->capindex - 1);
    }
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 64;
        c->keys = xrealloc(c->keys, c->cap * sizeof *c->keys);
        c->values = xrealloc(c->values, c->cap * sizeof *c->values);
    }
    char *k = xmalloc(sizeof(size_t) + kb.len);
    memcpy(k, &kb.len, sizeof kb.len);
    memcpy(k + sizeof kb.len, kb.p, kb.len);
    buf_free(&kb);
    c->keys[c->n] = k;
    c->values[c->n] = py_newref(o);
    c->index[h] = c->n++;
    return py_newref(o);
}

/* Keeps a literal's own object alive like the AST arena does (steals v). */
static void arena_keep(ConstCache *c, PyObj *v)
{
    if (c->narena == c->caparena) {
        c->caparena = c->caparena ? c->caparena * 2 : 64;
        c->arena = xrealloc(c->arena, c->caparena * sizeof *c->arena);
    }
    c->arena[c->narena++] = v;
}

/* A call with only named keywords (no * or ** argument) passes their names
 * as one constant tuple, made and merged at compile time as CPython's
 * KW_NAMES constant is. */
static void call_kwnames(Fold *f, Node *n)
{
    NodeList kws = n->u.call.keywords, args = n->u.call.args;
    if (!kws.len) return;
    for (int i = 0; i < args.len; i++)
        if (args.items[i]->kind == N_STARRED) return;
    for (int i = 0; i < kws.len; i++)
        if (!kws.items[i]->u.keyword.arg) return;
    PyObj *t = py_tuple_new((size_t)kws.len);
    if (!t) return;
    for (int i = 0; i < kws.len; i++) {
        Node *k = kws.items[i];
        PY_TUPLE_ITEMS(t)[i] = py_newref(k->u.keyword.arg_obj ? k->u.keyword.arg_obj : py_intern_c(k->u.keyword.arg));
    }
    PyObj *m = merge(f->cache, t);
    py_decref(t);
    arena_keep(f->cache, m);
    n->u.call.kwnames = m;
}

/* The canonical constant for a freshly made object v (steals v). */
static PyObj *canonical(ConstCache *c, PyObj *v)
{
    PyObj *m = merge(c, v);
    if (m != v && !(v->ob_flags & PY_OBF_IMMORTAL)) arena_keep(c, v);
    else py_decref(v);
    py_decref(m); /* the cache keeps it alive */
    return m;
}

/* ---- making constants ---- */

static void make_literal(Fold *f, Node *n)
{
    PyObj *v = NULL;
    switch (n->u.constant.ck) {
    case CONST_NONE: v = py_newref(PY_NONE); break;
    case CONST_TRUE: v = py_newref(PY_TRUE); break;
    case CONST_FALSE: v = py_newref(PY_FALSE); break;
    case CONST_ELLIPSIS: v = py_newref(PY_ELLIPSIS); break;
    case CONST_INT: v = py_int_from_str(n->u.constant.text, strlen(n->u.constant.text), 0, NULL); break;
    case CONST_FLOAT: v = py_float_new(n->u.constant.f); break;
    case CONST_IMAG: v = py_complex_new(0.0, n->u.constant.f); break; /* complex.c */
    case CONST_STR: {
        if (n->u.constant.len == 1 && py_str_literal_letter(n->u.constant.text[0])) {
            v = py_str_literal_letter(n->u.constant.text[0]);
            n->u.constant.interned_swap = true;
            break;
        }
        v = py_str_new(n->u.constant.text, n->u.constant.len);
        /* identifier-like string constants are interned (compile.c's
         * intern_string_constants) */
        if (v && py_str_is_identifier_like(n->u.constant.text, n->u.constant.len)) {
            PyObj *i = py_str_intern(v);
            n->u.constant.interned_swap = i != v;
            py_decref(v);
            v = i;
        }
        break;
    }
    case CONST_BYTES: v = py_bytes_new(n->u.constant.text, n->u.constant.len); break;
    }
    if (!v) {
        py_err_clear();
        f->failed = true;
        syntax_error_unsupported(f->err, f->filename, f->src, f->len, n->lineno, n->col, "this literal");
        return;
    }
    /* the parser's second arena reference to a one-piece bytes literal */
    if (n->u.constant.arena_twice && !(v->ob_flags & PY_OBF_IMMORTAL)) arena_keep(f->cache, py_newref(v));
    n->u.constant.value = canonical(f->cache, v);
}

/* Turns node n into a Constant holding v (stolen); NULL leaves it as is. */
static void become_const(Fold *f, Node *n, PyObj *v)
{
    if (!v) {
        if (py_stopping()) return;
        py_err_clear();
        return;
    }
    /* a folded str is a constant like any other: making the code object
     * interns it when identifier-like (codeobject.c's
     * intern_string_constants), so "p" + "y" is "py" even when no literal
     * "py" shares its compilation (each statement at the prompt) */
    bool swapped = false;
    if (PY_IS_TYPE(v, py_str_type) && py_str_is_identifier_like(py_str_utf8(v), py_str_nbytes(v))) {
        PyObj *i = py_str_intern(v);
        swapped = i != v;
        py_decref(v);
        v = i;
    }
    PyObj *m = canonical(f->cache, v);
    memset(&n->u, 0, sizeof n->u);
    n->kind = N_CONSTANT;
    n->u.constant.ck = CONST_NONE;
    n->u.constant.value = m;
    n->u.constant.interned_swap = swapped;
}

static bool is_const(const Node *n) { return n && n->kind == N_CONSTANT && n->u.constant.value; }

static PyObj *const_tuple(NodeList elts)
{
    for (int i = 0; i < elts.len; i++)
        if (!is_const(elts.items[i])) return NULL;
    PyObj *t = py_tuple_new((size_t)elts.len);
    if (!t) return NULL;
    for (int i = 0; i < elts.len; i++) PY_TUPLE_ITEMS(t)[i] = py_newref(elts.items[i]->u.constant.value);
    return t;
}

static int64_t num_bits(PyObj *o)
{
    PyObj *b = py_call_method(o, py_intern_c("bit_length"), NULL, 0, NULL);
    int64_t n = 0;
    if (b) {
        py_int_as_i64(b, &n);
        py_decref(b);
    } else {
        py_err_clear();
    }
    return n;
}

static bool is_exact_int(PyObj *o) { return PY_IS_TYPE(o, py_int_type) || PY_IS_TYPE(o, py_bool_type); }

static int64_t size_of(PyObj *o)
{
    int64_t n = py_len(o);
    if (n < 0) py_err_clear();
    return n;
}

/* Would CPython's safe_* helpers refuse to fold a op b? */
static bool too_big(PyObj *a, PyObj *b, AstOperator op)
{
    switch (op) {
    case OP_MULT: {
        if (is_exact_int(a) && is_exact_int(b)) {
            if (py_int_sign(a) == 0 || py_int_sign(b) == 0) return false;
            int64_t va = num_bits(a), vb = num_bits(b);
            return va > MAX_INT_SIZE || vb > MAX_INT_SIZE || va + vb > MAX_INT_SIZE;
        }
        PyObj *n = is_exact_int(a) ? a : is_exact_int(b) ? b : NULL;
        PyObj *seq = n == a ? b : a;
        if (!n) return false;
        int64_t cnt;
        if (!py_int_as_i64(n, &cnt)) return true;
        int64_t size = size_of(seq);
        if (size <= 0) return false;
        if (PY_IS_TYPE(seq, py_tuple_type) || PY_IS_TYPE(seq, py_frozenset_type))
            return cnt < 0 || cnt > MAX_COLLECTION_SIZE / size || (cnt && size * cnt > MAX_TOTAL_ITEMS);
        if (PY_IS_TYPE(seq, py_str_type) || PY_IS_TYPE(seq, py_bytes_type)) return cnt < 0 || cnt > MAX_STR_SIZE / size;
        return false;
    }
    case OP_POW:
        if (is_exact_int(a) && is_exact_int(b) && py_int_sign(a) != 0 && py_int_sign(b) > 0) {
            int64_t va = num_bits(a), e;
            if (!py_int_as_i64(b, &e)) return true;
            return va > MAX_INT_SIZE / e;
        }
        return false;
    case OP_LSHIFT:
        if (is_exact_int(a) && is_exact_int(b) && py_int_sign(a) != 0 && py_int_sign(b) != 0) {
            int64_t va = num_bits(a), w;
            if (!py_int_as_i64(b, &w)) return true;
            return va > MAX_INT_SIZE || w > MAX_INT_SIZE || va > MAX_INT_SIZE - w;
        }
        return false;
    case OP_MOD:
        return PY_IS_TYPE(a, py_str_type) || PY_IS_TYPE(a, py_bytes_type);
    default:
        return false;
    }
}

static void fold(Fold *f, Node *n);

static void fold_list(Fold *f, NodeList l)
{
    for (int i = 0; i < l.len && !f->failed; i++)
        if (l.items[i]) fold(f, l.items[i]);
}

static bool has_starred(NodeList l)
{
    for (int i = 0; i < l.len; i++)
        if (l.items[i]->kind == N_STARRED) return true;
    return false;
}

/* fold_iter: a list to iterate over becomes a tuple, a set a frozenset. */
static void fold_iter(Fold *f, Node *n)
{
    if (n->kind == N_LIST) {
        if (has_starred(n->u.seq.elts)) return;
        n->kind = N_TUPLE;
        PyObj *t = const_tuple(n->u.seq.elts);
        if (t) become_const(f, n, t);
    } else if (n->kind == N_SET) {
        PyObj *t = const_tuple(n->u.seq.elts);
        if (!t) return;
        PyObj *fs = py_frozenset_new(t);
        py_decref(t);
        become_const(f, n, fs);
    }
}

static const PyBinOp ast_to_binop[] = {
    /* ORDER OPERATOR */
    PY_OP_ADD, PY_OP_SUB, PY_OP_MUL, PY_OP_MATMUL, PY_OP_TRUEDIV, PY_OP_FLOORDIV, PY_OP_MOD,
    PY_OP_POW, PY_OP_LSHIFT, PY_OP_RSHIFT, PY_OP_AND, PY_OP_OR, PY_OP_XOR,
};

/* Set displays of >= 3 constants are built from a frozenset constant that
 * the compiler rebuilt in its own iteration order; lists from a tuple. */
static void mark_const_display(Fold *f, Node *n)
{
    NodeList elts = n->u.seq.elts;
    if (elts.len <= 2 || has_starred(elts)) return;
    PyObj *t = const_tuple(elts);
    if (!t) return;
    PyObj *c = t;
    if (n->kind == N_SET) {
        PyObj *fs = py_frozenset_new(t);
        py_decref(t);
        if (!fs) {
            py_err_clear();
            return;
        }
        /* the compiler's constant merging rebuilds the frozenset in its
         * own iteration order; creating the code object rebuilds it once
         * more if interning swapped one of its strings (3.12) */
        bool swapped = false;
        for (int i = 0; i < elts.len; i++) swapped |= elts.items[i]->u.constant.interned_swap;
        for (int pass = 0; pass < (swapped ? 2 : 1); pass++) {
            PyObj *order = py_sequence_list(fs);
            py_decref(fs);
            if (!order) {
                py_err_clear();
                return;
            }
            fs = py_frozenset_new(order);
            py_decref(order);
            if (!fs) {
                py_err_clear();
                return;
            }
        }
        c = fs;
    }
    PyObj *m = merge(f->cache, c);
    py_decref(c);
    n->u.seq.const_items = m;
    py_decref(m);
}

static void fold(Fold *f, Node *n)
{
    if (!n || f->failed) return;
    switch (n->kind) {
    case N_MODULE:
    case N_INTERACTIVE: fold_list(f, n->u.module.body); break;
    case N_EXPRESSION: fold(f, n->u.expression.body); break;
    case N_FUNCTIONDEF:
        fold_list(f, n->u.funcdef.decorators);
        fold(f, n->u.funcdef.args);
        fold(f, n->u.funcdef.returns);
        fold_list(f, n->u.funcdef.body);
        break;
    case N_CLASSDEF:
        fold_list(f, n->u.classdef.decorators);
        fold_list(f, n->u.classdef.bases);
        fold_list(f, n->u.classdef.keywords);
        fold_list(f, n->u.classdef.body);
        break;
    case N_ARGUMENTS:
        fold_list(f, n->u.arguments.defaults);
        fold_list(f, n->u.arguments.kw_defaults);
        fold_list(f, n->u.arguments.posonlyargs);
        fold_list(f, n->u.arguments.args);
        fold_list(f, n->u.arguments.kwonlyargs);
        fold(f, n->u.arguments.vararg);
        fold(f, n->u.arguments.kwarg);
        break;
    case N_ARG: fold(f, n->u.arg.annotation); break;
    case N_KEYWORD:
        if (n->u.keyword.arg) n->u.keyword.arg_obj = py_intern_c(n->u.keyword.arg);
        fold(f, n->u.keyword.value);
        break;
    case N_RETURN: fold(f, n->u.ret.value); break;
    case N_DELETE: fold_list(f, n->u.del.targets); break;
    case N_ASSIGN:
        fold_list(f, n->u.assign.targets);
        fold(f, n->u.assign.value);
        break;
    case N_AUGASSIGN:
        fold(f, n->u.augassign.target);
        fold(f, n->u.augassign.value);
        break;
    case N_ANNASSIGN:
        fold(f, n->u.annassign.target);
        fold(f, n->u.annassign.annotation);
        fold(f, n->u.annassign.value);
        break;
    case N_FOR:
        fold(f, n->u.for_.target);
        fold(f, n->u.for_.iter);
        fold_iter(f, n->u.for_.iter);
        fold_list(f, n->u.for_.body);
        fold_list(f, n->u.for_.orelse);
        break;
    case N_WHILE:
    case N_IF:
        fold(f, n->u.if_.test);
        fold_list(f, n->u.if_.body);
        fold_list(f, n->u.if_.orelse);
        break;
    case N_WITH:
        fold_list(f, n->u.with.items);
        fold_list(f, n->u.with.body);
        break;
    case N_WITHITEM:
        fold(f, n->u.withitem.context_expr);
        fold(f, n->u.withitem.optional_vars);
        break;
    case N_RAISE:
        fold(f, n->u.raise.exc);
        fold(f, n->u.raise.cause);
        break;
    case N_TRY:
    case N_TRYSTAR:
        fold_list(f, n->u.try_.body);
        fold_list(f, n->u.try_.handlers);
        fold_list(f, n->u.try_.orelse);
        fold_list(f, n->u.try_.finalbody);
        break;
    case N_EXCEPTHANDLER:
        fold(f, n->u.handler.type);
        fold_list(f, n->u.handler.body);
        break;
    case N_ASSERT:
        fold(f, n->u.assert_.test);
        fold(f, n->u.assert_.msg);
        break;
    case N_EXPR: fold(f, n->u.expr.value); break;
    case N_BOOLOP: fold_list(f, n->u.boolop.values); break;
    case N_NAMEDEXPR:
        fold(f, n->u.namedexpr.target);
        fold(f, n->u.namedexpr.value);
        break;
    case N_BINOP: {
        fold(f, n->u.binop.left);
        fold(f, n->u.binop.right);
        Node *l = n->u.binop.left, *r = n->u.binop.right;
        if (!is_const(l) || !is_const(r) || n->u.binop.op == OP_MATMULT) break;
        PyObj *a = l->u.constant.value, *b = r->u.constant.value;
        if (too_big(a, b, n->u.binop.op)) break;
        become_const(f, n, py_binop(a, b, ast_to_binop[n->u.binop.op]));
        break;
    }
    case N_UNARYOP: {
        fold(f, n->u.unaryop.operand);
        Node *o = n->u.unaryop.operand;
        if (!is_const(o)) {
            /* ast_opt.c fold_unaryop: `not a is b` becomes `a is not b` (and
             * is/is not, in/not in the other way) when the comparison has one
             * operator; the node takes the comparison's place and position,
             * so the compiler's literal warning then names the inverted
             * operator. ==, <, ... stay: they need not be each other's
             * negation. */
            if (n->u.unaryop.op == UOP_NOT && o && o->kind == N_COMPARE &&
                o->u.compare.comparators.len == 1) {
                AstCmpOp *op = &o->u.compare.ops[0];
                AstCmpOp inv = *op == CMP_IS ? CMP_ISNOT : *op == CMP_ISNOT ? CMP_IS
                             : *op == CMP_IN ? CMP_NOTIN : *op == CMP_NOTIN ? CMP_IN : *op;
                if (inv != *op) {
                    *op = inv;
                    *n = *o;
                }
            }
            break;
        }
        PyObj *v = o->u.constant.value;
        switch (n->u.unaryop.op) {
        case UOP_NOT: {
            int t = py_truthy(v);
            become_const(f, n, t < 0 ? NULL : py_bool(!t));
            break;
        }
        case UOP_USUB: become_const(f, n, py_unaryop(v, PY_UOP_NEG)); break;
        case UOP_UADD: become_const(f, n, py_unaryop(v, PY_UOP_POS)); break;
        case UOP_INVERT: become_const(f, n, py_unaryop(v, PY_UOP_INVERT)); break;
        }
        break;
    }
    case N_LAMBDA:
        fold(f, n->u.lambda.args);
        fold(f, n->u.lambda.body);
        break;
    case N_IFEXP:
        fold(f, n->u.ifexp.test);
        fold(f, n->u.ifexp.body);
        fold(f, n->u.ifexp.orelse);
        break;
    case N_DICT:
        fold_list(f, n->u.dict.keys);
        fold_list(f, n->u.dict.values);
        break;
    case N_SET:
    case N_LIST:
        fold_list(f, n->u.seq.elts);
        if (n->u.seq.ctx == CTX_LOAD || n->kind == N_SET) mark_const_display(f, n);
        break;
    case N_TUPLE: {
        fold_list(f, n->u.seq.elts);
        if (n->u.seq.ctx != CTX_LOAD) break;
        PyObj *t = const_tuple(n->u.seq.elts);
        if (t) become_const(f, n, t);
        break;
    }
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_DICTCOMP:
    case N_GENERATOREXP:
        fold(f, n->u.comp.elt);
        fold(f, n->u.comp.value);
        fold_list(f, n->u.comp.generators);
        break;
    case N_COMPREHENSION:
        fold(f, n->u.comprehension.target);
        fold(f, n->u.comprehension.iter);
        fold_iter(f, n->u.comprehension.iter);
        fold_list(f, n->u.comprehension.ifs);
        break;
    case N_AWAIT:
    case N_YIELD:
    case N_YIELDFROM: fold(f, n->u.yield.value); break;
    case N_COMPARE: {
        fold(f, n->u.compare.left);
        fold_list(f, n->u.compare.comparators);
        int k = n->u.compare.comparators.len;
        AstCmpOp last = n->u.compare.ops[k - 1];
        if (last == CMP_IN || last == CMP_NOTIN) fold_iter(f, n->u.compare.comparators.items[k - 1]);
        break;
    }
    case N_CALL:
        fold(f, n->u.call.func);
        fold_list(f, n->u.call.args);
        fold_list(f, n->u.call.keywords);
        call_kwnames(f, n);
        break;
    case N_FORMATTEDVALUE:
        fold(f, n->u.formatted.value);
        fold(f, n->u.formatted.format_spec);
        break;
    case N_JOINEDSTR: fold_list(f, n->u.joined.values); break;
    case N_CONSTANT:
        if (!n->u.constant.value) make_literal(f, n);
        break;
    case N_ATTRIBUTE:
        n->u.attribute.attr_obj = py_intern_c(n->u.attribute.attr);
        fold(f, n->u.attribute.value);
        break;
    case N_SUBSCRIPT: {
        fold(f, n->u.subscript.value);
        fold(f, n->u.subscript.slice);
        Node *v = n->u.subscript.value, *i = n->u.subscript.slice;
        if (n->u.subscript.ctx == CTX_LOAD && is_const(v) && is_const(i))
            become_const(f, n, py_getitem(v->u.constant.value, i->u.constant.value));
        break;
    }
    case N_STARRED: fold(f, n->u.starred.value); break;
    case N_NAME:
        /* __debug__ is the constant True */
        if (n->u.name.ctx == CTX_LOAD && !strcmp(n->u.name.id, "__debug__")) become_const(f, n, py_newref(PY_TRUE));
        break;
    case N_SLICE:
        fold(f, n->u.slice.lower);
        fold(f, n->u.slice.upper);
        fold(f, n->u.slice.step);
        break;
    default: break;
    }
}

/* ---- warnings ---- */

static void warn(Fold *f, const Node *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void warn(Fold *f, const Node *n, const char *fmt, ...)
{
    if (!f->warnings) return;
    Buf msg = BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&msg, fmt, ap);
    va_end(ap);
    /* no registry at compile time: every occurrence is shown */
    buf_printf(f->warnings, "%s:%d: SyntaxWarning: %s\n", f->filename, n->lineno, msg.p);
    /* then the source line, stripped, indented by two spaces */
    const char *p = f->src, *end = syntax_error_file_has_lines(f->filename) ? f->src + f->len : f->src;
    for (int line = 1; line < n->lineno && p < end; p++)
        if (*p == '\n') line++;
    const char *eol = p;
    while (eol < end && *eol != '\n') eol++;
    while (p < eol && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
    while (eol > p && (eol[-1] == ' ' || eol[-1] == '\t' || eol[-1] == '\r')) eol--;
    if (eol > p) {
        buf_puts(f->warnings, "  ");
        buf_put(f->warnings, p, (size_t)(eol - p));
        buf_putc(f->warnings, '\n');
    }
    buf_free(&msg);
}

static bool is_literal_for_is(const Node *n)
{
    if (!is_const(n)) return false;
    PyObj *v = n->u.constant.value;
    return v != PY_NONE && v != PY_TRUE && v != PY_FALSE && v != PY_ELLIPSIS;
}

static void check_warnings(Fold *f, Node *n);

static void check_list(Fold *f, NodeList l)
{
    for (int i = 0; i < l.len; i++)
        if (l.items[i]) check_warnings(f, l.items[i]);
}

/* Python/compile.c check_compare, check_caller, check_subscripter, in
 * code-generation order (which is source order). */
static void check_warnings(Fold *f, Node *n)
{
    if (!n) return;
    switch (n->kind) {
    case N_COMPARE: {
        check_warnings(f, n->u.compare.left);
        Node *left = n->u.compare.left;
        for (int i = 0; i < n->u.compare.comparators.len; i++) {
            Node *right = n->u.compare.comparators.items[i];
            AstCmpOp op = n->u.compare.ops[i];
            if (op == CMP_IS || op == CMP_ISNOT) {
                Node *lit = is_literal_for_is(left) ? left : is_literal_for_is(right) ? right : NULL;
                if (lit)
                    warn(f, n, op == CMP_IS ? "\"is\" with '%s' literal. Did you mean \"==\"?"
                                            : "\"is not\" with '%s' literal. Did you mean \"!=\"?",
                         py_type_name(lit->u.constant.value));
            }
            left = right;
        }
        check_list(f, n->u.compare.comparators);
        return;
    }
    case N_CALL: {
        Node *fn = n->u.call.func;
        const char *what = NULL;
        if (is_const(fn)) what = py_type_name(fn->u.constant.value);
        else if (fn->kind == N_TUPLE) what = "tuple";
        else if (fn->kind == N_LIST || fn->kind == N_LISTCOMP) what = "list";
        else if (fn->kind == N_DICT || fn->kind == N_DICTCOMP) what = "dict";
        else if (fn->kind == N_SET || fn->kind == N_SETCOMP) what = "set";
        else if (fn->kind == N_GENERATOREXP) what = "generator";
        else if (fn->kind == N_JOINEDSTR || fn->kind == N_FORMATTEDVALUE) what = "str";
        if (what) warn(f, n, "'%s' object is not callable; perhaps you missed a comma?", what);
        check_warnings(f, fn);
        check_list(f, n->u.call.args);
        check_list(f, n->u.call.keywords);
        return;
    }
    case N_SUBSCRIPT: {
        Node *v = n->u.subscript.value;
        if (is_const(v)) {
            PyObj *c = v->u.constant.value;
            if (c == PY_NONE || c == PY_ELLIPSIS || PY_INT_CHECK(c) || PY_IS_TYPE(c, py_float_type) ||
                PY_IS_TYPE(c, py_complex_type) /* complex.c */)
                warn(f, n, "'%s' object is not subscriptable; perhaps you missed a comma?", py_type_name(c));
        } else if (v->kind == N_SET || v->kind == N_SETCOMP || v->kind == N_GENERATOREXP || v->kind == N_LAMBDA) {
            const char *what = v->kind == N_LAMBDA ? "function" : v->kind == N_GENERATOREXP ? "generator" : "set";
            warn(f, n, "'%s' object is not subscriptable; perhaps you missed a comma?", what);
        }
        check_warnings(f, v);
        check_warnings(f, n->u.subscript.slice);
        return;
    }
    default: break;
    }
    /* everything else: visit the children in source order */
    switch (n->kind) {
    case N_MODULE:
    case N_INTERACTIVE: check_list(f, n->u.module.body); break;
    case N_FUNCTIONDEF:
        check_list(f, n->u.funcdef.decorators);
        check_warnings(f, n->u.funcdef.args);
        check_list(f, n->u.funcdef.body);
        break;
    case N_ARGUMENTS:
        check_list(f, n->u.arguments.defaults);
        check_list(f, n->u.arguments.kw_defaults);
        break;
    case N_CLASSDEF:
        check_list(f, n->u.classdef.decorators);
        check_list(f, n->u.classdef.bases);
        check_list(f, n->u.classdef.keywords);
        check_list(f, n->u.classdef.body);
        break;
    case N_KEYWORD: check_warnings(f, n->u.keyword.value); break;
    case N_RETURN: check_warnings(f, n->u.ret.value); break;
    case N_DELETE: check_list(f, n->u.del.targets); break;
    case N_ASSIGN:
        check_warnings(f, n->u.assign.value);
        check_list(f, n->u.assign.targets);
        break;
    case N_AUGASSIGN:
        check_warnings(f, n->u.augassign.target);
        check_warnings(f, n->u.augassign.value);
        break;
    case N_ANNASSIGN:
        check_warnings(f, n->u.annassign.value);
        check_warnings(f, n->u.annassign.target);
        break;
    case N_FOR:
        check_warnings(f, n->u.for_.iter);
        check_warnings(f, n->u.for_.target);
        check_list(f, n->u.for_.body);
        check_list(f, n->u.for_.orelse);
        break;
    case N_WHILE:
    case N_IF:
        check_warnings(f, n->u.if_.test);
        check_list(f, n->u.if_.body);
        check_list(f, n->u.if_.orelse);
        break;
    case N_WITH:
        check_list(f, n->u.with.items);
        check_list(f, n->u.with.body);
        break;
    case N_WITHITEM:
        check_warnings(f, n->u.withitem.context_expr);
        check_warnings(f, n->u.withitem.optional_vars);
        break;
    case N_RAISE:
        check_warnings(f, n->u.raise.exc);
        check_warnings(f, n->u.raise.cause);
        break;
    case N_TRY:
    case N_TRYSTAR:
        check_list(f, n->u.try_.body);
        check_list(f, n->u.try_.handlers);
        check_list(f, n->u.try_.orelse);
        check_list(f, n->u.try_.finalbody);
        break;
    case N_EXCEPTHANDLER:
        check_warnings(f, n->u.handler.type);
        check_list(f, n->u.handler.body);
        break;
    case N_ASSERT:
        check_warnings(f, n->u.assert_.test);
        check_warnings(f, n->u.assert_.msg);
        break;
    case N_EXPR: check_warnings(f, n->u.expr.value); break;
    case N_BOOLOP: check_list(f, n->u.boolop.values); break;
    case N_NAMEDEXPR: check_warnings(f, n->u.namedexpr.value); break;
    case N_BINOP:
        check_warnings(f, n->u.binop.left);
        check_warnings(f, n->u.binop.right);
        break;
    case N_UNARYOP: check_warnings(f, n->u.unaryop.operand); break;
    case N_LAMBDA:
        check_warnings(f, n->u.lambda.args);
        check_warnings(f, n->u.lambda.body);
        break;
    case N_IFEXP:
        check_warnings(f, n->u.ifexp.test);
        check_warnings(f, n->u.ifexp.body);
        check_warnings(f, n->u.ifexp.orelse);
        break;
    case N_DICT:
        for (int i = 0; i < n->u.dict.keys.len; i++) {
            check_warnings(f, n->u.dict.keys.items[i]);
            check_warnings(f, n->u.dict.values.items[i]);
        }
        break;
    case N_SET:
    case N_LIST:
    case N_TUPLE: check_list(f, n->u.seq.elts); break;
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_GENERATOREXP:
    case N_DICTCOMP:
        check_list(f, n->u.comp.generators);
        check_warnings(f, n->u.comp.elt);
        check_warnings(f, n->u.comp.value);
        break;
    case N_COMPREHENSION:
        check_warnings(f, n->u.comprehension.iter);
        check_warnings(f, n->u.comprehension.target);
        check_list(f, n->u.comprehension.ifs);
        break;
    case N_AWAIT:
    case N_YIELD:
    case N_YIELDFROM: check_warnings(f, n->u.yield.value); break;
    case N_FORMATTEDVALUE:
        check_warnings(f, n->u.formatted.value);
        check_warnings(f, n->u.formatted.format_spec);
        break;
    case N_JOINEDSTR: check_list(f, n->u.joined.values); break;
    case N_ATTRIBUTE: check_warnings(f, n->u.attribute.value); break;
    case N_STARRED: check_warnings(f, n->u.starred.value); break;
    case N_SLICE:
        check_warnings(f, n->u.slice.lower);
        check_warnings(f, n->u.slice.upper);
        check_warnings(f, n->u.slice.step);
        break;
    default: break;
    }
}

/* MAKE_FUNCTION's defaults: when every default is a constant, 3.12's
 * flowgraph optimiser folds their BUILD_TUPLE into one constant tuple
 * (fold_tuple_on_constants), merged with equal constants, and drops the
 * items' own LOAD_CONSTs.  Made after the whole tree is folded, so that an
 * equal tuple literal anywhere in the unit is the canonical object. */
static void defaults_tuples(Node *n, void *ctx)
{
    ConstCache *c = ctx;
    Node *a = n->kind == N_FUNCTIONDEF ? n->u.funcdef.args : n->kind == N_LAMBDA ? n->u.lambda.args : NULL;
    if (a && a->u.arguments.defaults.len) {
        PyObj *t = const_tuple(a->u.arguments.defaults);
        if (t) {
            size_t before = c->n;
            PyObj *m = merge(c, t);
            py_decref(t);
            if (c->n > before && c->values[c->n - 1] == m) {
                c->codegen = xrealloc(c->codegen, (c->ncodegen + 1) * sizeof *c->codegen);
                c->codegen[c->ncodegen++] = c->n - 1;
            }
            a->u.arguments.defaults_const = m;
            py_decref(m); /* the cache keeps it alive until the code objects do */
        } else if (py_err_occurred()) {
            py_err_clear();
        }
    }
    ast_visit_children(n, defaults_tuples, ctx, false);
}

int const_fold_module(ConstCache *c, Arena *arena, Node *mod, const char *filename, const char *src, size_t len,
                      Buf *warnings, SyntaxErr *err)
{
    Fold f = {c, arena, filename, src, len, warnings, err, false};
    fold(&f, mod);
    if (!f.failed) defaults_tuples(mod, c);
    if (!f.failed) check_warnings(&f, mod);
    return f.failed ? -1 : 0;
}
