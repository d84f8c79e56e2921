/* ast.h — the syntax tree the parser builds and the compiler annotates.
 *
 * It mirrors CPython 3.12's `ast` module node for node and field for field,
 * so `memguide run --ast` can print exactly what ast.dump() prints and be
 * tested against it.  Differences: identifiers are C strings, constants
 * keep their literal form (the compiler makes the objects), and a few
 * fields at the end of some nodes belong to the compiler (marked "compile:").
 *
 * Positions are CPython's: lineno/end_lineno count from 1, col/end_col are
 * UTF-8 byte offsets counted from 0, end_col exclusive.
 *
 * All nodes, lists and strings live in the Arena given to the parser.
 */
#ifndef MEMGUIDE_PYSIM_AST_H
#define MEMGUIDE_PYSIM_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Node Node;
typedef struct PyObj PyObj;

typedef struct NodeList {
    Node **items;
    int len;
} NodeList;

/* ORDER NODE (node_names in ast.c) */
typedef enum NodeKind {
    /* mod */
    N_MODULE, N_INTERACTIVE, N_EXPRESSION,
    /* stmt */
    N_FUNCTIONDEF, N_CLASSDEF, N_RETURN, N_DELETE, N_ASSIGN, N_AUGASSIGN,
    N_ANNASSIGN, N_FOR, N_WHILE, N_IF, N_WITH, N_RAISE, N_TRY, N_TRYSTAR,
    N_ASSERT, N_IMPORT, N_IMPORTFROM, N_GLOBAL, N_NONLOCAL, N_EXPR, N_PASS,
    N_BREAK, N_CONTINUE,
    /* expr */
    N_BOOLOP, N_NAMEDEXPR, N_BINOP, N_UNARYOP, N_LAMBDA, N_IFEXP, N_DICT,
    N_SET, N_LISTCOMP, N_SETCOMP, N_DICTCOMP, N_GENERATOREXP, N_AWAIT,
    N_YIELD, N_YIELDFROM, N_COMPARE, N_CALL, N_FORMATTEDVALUE, N_JOINEDSTR,
    N_CONSTANT, N_ATTRIBUTE, N_SUBSCRIPT, N_STARRED, N_NAME, N_LIST, N_TUPLE,
    N_SLICE,
    /* other */
    N_COMPREHENSION, N_EXCEPTHANDLER, N_ARGUMENTS, N_ARG, N_KEYWORD, N_ALIAS,
    N_WITHITEM,
    N_KIND_COUNT
} NodeKind;

/* ast.operator; ORDER OPERATOR (same order as PyBinOp in object.h) */
typedef enum {
    OP_ADD, OP_SUB, OP_MULT, OP_MATMULT, OP_DIV, OP_FLOORDIV, OP_MOD,
    OP_POW, OP_LSHIFT, OP_RSHIFT, OP_BITAND, OP_BITOR, OP_BITXOR
} AstOperator;

/* The inline cache of a BINARY_OP instruction (3.12 specializes +, - and *
 * of two exact ints, floats or strs after warming up); eval_adapt.c keeps
 * it.  All zero is a fresh instruction.  Node-held because an AST node is
 * one instruction of one code object, as the cache is in CPython. */
typedef struct AstAdapt {
    uint8_t kind;     /* ADAPT_*: eval_adapt.c */
    uint8_t backoff;  /* the counter's backoff exponent */
    uint16_t value;   /* executions left before (re)specializing */
} AstAdapt;

typedef enum { UOP_INVERT, UOP_NOT, UOP_UADD, UOP_USUB } AstUnaryOp;
typedef enum { BOOL_AND, BOOL_OR } AstBoolOp;
/* ast.cmpop; ORDER CMPOP */
typedef enum {
    CMP_EQ, CMP_NOTEQ, CMP_LT, CMP_LTE, CMP_GT, CMP_GTE, CMP_IS, CMP_ISNOT,
    CMP_IN, CMP_NOTIN
} AstCmpOp;
typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } AstContext;

/* The literal a Constant node holds. */
typedef enum {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,   /* text: the literal's digits with prefix, underscores removed ("0x1f", "12") */
    CONST_FLOAT, /* f: the value (strtod of the literal without underscores) */
    CONST_IMAG,  /* f: the imaginary part */
    CONST_STR,   /* text/len: UTF-8; lone surrogates as 3-byte sequences; may hold NUL */
    CONST_BYTES  /* text/len: the bytes */
} ConstKind;

struct Node {
    NodeKind kind;
    int lineno, col, end_lineno, end_col;
    union {
        /* Module(body), Interactive(body) */
        struct { NodeList body; } module;
        /* Expression(body) */
        struct { Node *body; } expression;

        /* FunctionDef(name, args, body, decorator_list, returns); Lambda uses args/body[0] */
        struct {
            const char *name;
            Node *args;          /* N_ARGUMENTS */
            NodeList body;
            NodeList decorators;
            Node *returns;       /* may be NULL */
            void *code;          /* compile: the CodeInfo of the body */
            Node *store;         /* compile: a Name node saying where the function is bound */
        } funcdef;
        /* Lambda(args, body) */
        struct { Node *args; Node *body; void *code; } lambda;
        /* ClassDef(name, bases, keywords, body, decorator_list) */
        struct {
            const char *name;
            NodeList bases, keywords, body, decorators;
            void *code;
            Node *store;         /* compile: where the class is bound */
        } classdef;
        /* Return(value) — value may be NULL */
        struct { Node *value; } ret;
        /* Delete(targets) */
        struct { NodeList targets; } del;
        /* Assign(targets, value) */
        struct { NodeList targets; Node *value; } assign;
        /* AugAssign(target, op, value) */
        struct { Node *target; AstOperator op; Node *value; AstAdapt adapt; } augassign;
        /* AnnAssign(target, annotation, value, simple) */
        struct { Node *target, *annotation, *value; bool simple; } annassign;
        /* For(target, iter, body, orelse) */
        struct { Node *target, *iter; NodeList body, orelse; } for_;
        /* While(test, body, orelse); If(test, body, orelse) */
        struct { Node *test; NodeList body, orelse; } while_, if_;
        /* With(items, body) */
        struct { NodeList items, body; } with;
        /* Raise(exc, cause) — both may be NULL */
        struct { Node *exc, *cause; } raise;
        /* Try(body, handlers, orelse, finalbody); TryStar likewise */
        struct { NodeList body, handlers, orelse, finalbody; } try_;
        /* Assert(test, msg) */
        struct { Node *test, *msg; } assert_;
        /* Import(names) */
        struct { NodeList names; } import;
        /* ImportFrom(module, names, level) — module may be NULL */
        struct { const char *module; NodeList names; int level; } importfrom;
        /* Global(names), Nonlocal(names) */
        struct { const char **names; int len; } global;
        /* Expr(value) */
        struct { Node *value; } expr;

        /* BoolOp(op, values) */
        struct { AstBoolOp op; NodeList values; } boolop;
        /* NamedExpr(target, value) */
        struct { Node *target, *value; } namedexpr;
        /* BinOp(left, op, right) */
        struct { Node *left; AstOperator op; Node *right; AstAdapt adapt; } binop;
        /* UnaryOp(op, operand) */
        struct { AstUnaryOp op; Node *operand; } unaryop;
        /* IfExp(test, body, orelse) */
        struct { Node *test, *body, *orelse; } ifexp;
        /* Dict(keys, values) — a NULL key is a **mapping */
        struct { NodeList keys, values; } dict;
        /* Set(elts), List(elts, ctx), Tuple(elts, ctx) */
        struct {
            NodeList elts;
            AstContext ctx;
            PyObj *const_items;  /* compile: a display of >= 3 constants is built from this
                                    tuple (list) or frozenset (set) constant, as CPython does */
        } seq;
        /* ListComp(elt, generators), SetComp, GeneratorExp; DictComp uses key/value */
        struct { Node *elt, *value; NodeList generators; void *code; } comp;
        /* Await(value), Yield(value), YieldFrom(value) */
        struct { Node *value; } yield;
        /* Compare(left, ops, comparators) */
        struct { Node *left; AstCmpOp *ops; NodeList comparators; } compare;
        /* Call(func, args, keywords) */
        /* compile: kwnames is the constant tuple of keyword names when every
         * keyword is named and no argument is starred (CALL's KW_NAMES) */
        struct { Node *func; NodeList args, keywords; PyObj *kwnames; } call;
        /* FormattedValue(value, conversion, format_spec): conversion -1, 's', 'r', 'a' */
        struct { Node *value; int conversion; Node *format_spec; } formatted;
        /* JoinedStr(values) */
        struct { NodeList values; } joined;
        /* Constant(value, kind): is_u is kind='u' */
        struct {
            ConstKind ck;
            const char *text;
            size_t len;
            double f;
            bool is_u;
            PyObj *value;        /* compile: the constant object (owned by the code) */
            bool interned_swap;  /* compile: a str literal replaced by an interned copy
                                    that existed before (codeobject.c interning) */
            bool arena_twice;    /* parse: a bytes literal of one non-empty piece, whose
                                    object the AST arena holds twice (see concatenate) */
        } constant;
        /* Attribute(value, attr, ctx) */
        struct { Node *value; const char *attr; AstContext ctx; PyObj *attr_obj; } attribute;
        /* Subscript(value, slice, ctx) */
        struct { Node *value, *slice; AstContext ctx; } subscript;
        /* Starred(value, ctx) */
        struct { Node *value; AstContext ctx; } starred;
        /* Name(id, ctx) */
        struct {
            const char *id;
            AstContext ctx;
            PyObj *id_obj;       /* compile: interned str */
            int scope;           /* compile: how the name is reached (compile.h) */
            int slot;            /* compile: local or cell index */
        } name;
        /* Slice(lower, upper, step) — each may be NULL */
        struct { Node *lower, *upper, *step; } slice;

        /* comprehension(target, iter, ifs, is_async) */
        struct { Node *target, *iter; NodeList ifs; bool is_async; } comprehension;
        /* ExceptHandler(type, name, body) — type, name may be NULL */
        struct { Node *type; const char *name; NodeList body; PyObj *name_obj; int scope, slot; } handler;
        /* arguments(posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults)
         * kw_defaults has one entry per kwonlyarg, NULL where there is none. */
        struct {
            NodeList posonlyargs, args, kwonlyargs, kw_defaults, defaults;
            Node *vararg, *kwarg;
            PyObj *defaults_const; /* compile: the defaults as one constant tuple when all
                                      are constants (CPython's flowgraph folds their
                                      BUILD_TUPLE); borrowed from the code's constants */
        } arguments;
        /* arg(arg, annotation) */
        struct { const char *arg; Node *annotation; } arg;
        /* keyword(arg, value) — arg NULL is **value */
        struct { const char *arg; Node *value; PyObj *arg_obj; } keyword;
        /* alias(name, asname) — asname may be NULL */
        struct { const char *name, *asname; Node *store; } alias;
        /* withitem(context_expr, optional_vars) */
        struct { Node *context_expr, *optional_vars; } withitem;
    } u;
};

/* The name ast.dump uses for a kind ("Module", "FunctionDef", ...). */
const char *ast_kind_name(NodeKind k);

#endif
