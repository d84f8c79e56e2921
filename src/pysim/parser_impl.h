/* parser_impl.h — what the parser's files (parser*.c) share; not for
 * anyone else.
 *
 * The parser mirrors CPython's generated PEG parser: tokens are fetched
 * lazily into an array (fill counts them, and the last one fetched is where
 * a generic "invalid syntax" points), every rule restores `mark` when it
 * fails, a few rules are memoized per token, and error_indicator stops
 * everything once an error is recorded.  Rule functions return NULL for
 * "no match" and for "error"; p->error tells them apart.
 */
#ifndef MEMGUIDE_PYSIM_PARSER_IMPL_H
#define MEMGUIDE_PYSIM_PARSER_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/buf.h"
#include "pysim/ast.h"
#include "pysim/lexer.h"
#include "pysim/parser.h"
#include "pysim/syntax_error.h"

/* Parser token types: the lexer's kinds, plus one per hard keyword.
 * ORDER KEYWORD (keyword_names in parser.c) */
enum {
    KW_FIRST = 100,
    KW_FALSE = KW_FIRST, KW_NONE, KW_TRUE, KW_AND, KW_AS, KW_ASSERT,
    KW_ASYNC, KW_AWAIT, KW_BREAK, KW_CLASS, KW_CONTINUE, KW_DEF, KW_DEL,
    KW_ELIF, KW_ELSE, KW_EXCEPT, KW_FINALLY, KW_FOR, KW_FROM, KW_GLOBAL,
    KW_IF, KW_IMPORT, KW_IN, KW_IS, KW_LAMBDA, KW_NONLOCAL, KW_NOT, KW_OR,
    KW_PASS, KW_RAISE, KW_RETURN, KW_TRY, KW_WHILE, KW_WITH, KW_YIELD,
    KW_END
};

/* Memoized rules (CPython's "(memo)" rules and left-recursive heads). */
enum {
    M_SIMPLE_STMT, M_BLOCK, M_EXPRESSION, M_STAR_EXPRESSION, M_DISJUNCTION,
    M_CONJUNCTION, M_INVERSION, M_FACTOR, M_AWAIT_PRIMARY, M_STAR_TARGET,
    M_TARGET_WITH_STAR_ATOM, M_DEL_TARGET, M_ARGUMENTS, M_IMPORT_STMT,
    M_BITWISE_OR, M_PRIMARY, M_T_PRIMARY, M_STRINGS, M_INVALID_NAMED_EXPR,
    M_COUNT
};

/* One memoized result, in the parser's memo pool; entries of a token are
 * chained through `next` (pool indices, -1 ends). */
typedef struct Memo {
    void *result;
    int32_t end;  /* mark after the match */
    int32_t next;
    int rule;
} Memo;

/* A token as the parser keeps it: the lexer's Token, packed (a source is
 * far below 4 GiB), with the parser's type and memo. */
typedef struct PToken {
    struct {
        int lineno, col, end_lineno, end_col; /* col -1: no position */
        uint32_t start, end;                  /* bytes of the source */
        uint32_t debug_start, debug_len;      /* Token.debug_*: f-string '=' text */
        int16_t level;                        /* open brackets */
    } t;
    int16_t type;     /* TokKind or KW_* */
    int32_t memo;     /* first Memo in the pool, -1 none */
    const char *str;  /* NAME: its text in the arena (made on demand) */
} PToken;

/* Where an error points when a rule raises it: CPython's CURRENT_POS. */
#define CURRENT_POS (-5)

typedef struct Parser {
    Arena *arena;           /* the tree's: nodes, lists, strings */
    Arena scratch;          /* the parse's: tokens, freed at the end */
    Memo *memo;             /* the memo pool (malloc'ed) */
    int memo_len, memo_cap;
    const char *filename;
    const char *src;
    size_t len;
    ParseMode mode;
    bool interactive;       /* reading the REPL's input line by line */
    bool interactive_exit;  /* the REPL's input ended before a statement */
    Lexer *lx;
    PToken **toks;          /* fetched tokens, each in the arena */
    int fill, cap;
    int mark;
    int level;              /* rule nesting, against MAXSTACK */
    bool call_invalid_rules; /* second pass */
    bool error;             /* error_indicator */
    bool tok_error;         /* the lexer failed (its error is in *err) */
    SyntaxErr *err;
    Buf *warnings;
    int known_err_token;    /* -1, or the token errors point at */
    bool char_offsets;      /* error columns in characters, not bytes */
    bool parsing_started;   /* single input: a token came before ENDMARKER */
    int in_fstring_expr;    /* > 0 while parsing a replacement field */
    /* The first construct outside memguide's subset met in pass 1. */
    bool unsupported;
    const char *unsupported_what;
    int unsupported_lineno, unsupported_col;
} Parser;

/* ---- rule scaffolding (every parser*.c) ----
 * ENTER() starts a rule: counts its depth against MAXSTACK, records the
 * start mark in _start, and fetches the token there as CPython does for
 * EXTRA.  LEAVE(x) returns x, restoring mark when x is NULL.  MEMO and
 * MEMO_LEAVE look up and store a memoized result.  In invalid rules DONE()
 * gives up (mark restored) and NEXT_ALT() moves to the next alternative. */
#define ENTER()                        \
    if (!parser_enter(p)) return NULL; \
    int _start = p->mark;              \
    (void)_start;                      \
    if (!parser_tok(p, p->mark)) {     \
        parser_leave(p);               \
        return NULL;                   \
    }
#define LEAVE(x)                   \
    do {                           \
        void *_x = (x);            \
        if (!_x) p->mark = _start; \
        parser_leave(p);           \
        return _x;                 \
    } while (0)
#define RESET() (p->mark = _start)
#define INVALID (p->call_invalid_rules)
#define MEMO(rule)                                         \
    do {                                                   \
        bool _found;                                       \
        Node *_memo = parser_memo_get(p, (rule), &_found); \
        if (_found) LEAVE(_memo);                          \
    } while (0)
#define MEMO_LEAVE(rule, x)                     \
    do {                                        \
        Node *_r = (x);                         \
        if (!_r) RESET();                       \
        if (p->error) LEAVE(NULL);              \
        parser_memo_put(p, (rule), _start, _r); \
        LEAVE(_r);                              \
    } while (0)
#define DONE()            \
    do {                  \
        p->mark = _start; \
        parser_leave(p);  \
        return NULL;      \
    } while (0)
#define NEXT_ALT()            \
    do {                      \
        if (p->error) DONE(); \
        RESET();              \
    } while (0)

/* ---- tokens (parser.c) ---- */
PToken *parser_fill_to(Parser *p, int i);      /* fetches tokens up to i; NULL on error */
/* Token i, fetching it if need be; NULL on error. */
static inline PToken *parser_tok(Parser *p, int i)
{
    return i < p->fill ? p->toks[i] : parser_fill_to(p, i);
}
int parser_type(Parser *p);                            /* type at mark; -1 on error */
PToken *parser_expect(Parser *p, int type);            /* consume a token of type */
PToken *parser_expect_name(Parser *p);                 /* a NAME that is no keyword */
PToken *parser_expect_soft(Parser *p, const char *kw); /* a NAME spelled kw */
bool parser_next_is(Parser *p, int type);              /* lookahead without consuming */
const char *parser_tok_str(Parser *p, PToken *t);      /* arena copy of a token's text */
PToken *parser_last_token(Parser *p);                  /* last non-whitespace before mark */
bool parser_enter(Parser *p);                          /* level++; false when too deep */
void parser_leave(Parser *p);
void *parser_memo_get(Parser *p, int rule, bool *found);
void parser_memo_put(Parser *p, int rule, int start, void *result);
/* Forgets every memoized result from token `from` on (all of them with
 * from == 0); used where no backtracking can come back. */
void parser_memo_release(Parser *p, int from);
void parser_unsupported(Parser *p, PToken *at, const char *what);

/* ---- nodes (parser.c) ---- */
Node *parser_node(Parser *p, NodeKind k, int lineno, int col, int end_lineno, int end_col);
/* A node spanning from token `start` to the last token before mark. */
Node *parser_node_from(Parser *p, NodeKind k, int start);

/* Growable node lists built in malloc'ed memory, moved into the arena. */
typedef struct NodeVec {
    Node **items;
    int len, cap;
} NodeVec;
void nodevec_push(NodeVec *v, Node *n);
NodeList nodevec_finish(Parser *p, NodeVec *v); /* frees v */
void nodevec_free(NodeVec *v);
NodeList parser_list1(Parser *p, Node *n);

Node *parser_set_ctx(Parser *p, Node *e, AstContext ctx);
const char *parser_expr_name(const Node *e); /* _PyPegen_get_expr_name */

/* ---- errors (parser.c) ---- */
void *parser_raise_at(Parser *p, SyntaxErrKind kind, int lineno, int col, int end_lineno,
                 int end_col, const char *fmt, ...) __attribute__((format(printf, 7, 8)));
void *parser_raise(Parser *p, SyntaxErrKind kind, bool use_mark, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void *parser_raise_node(Parser *p, const Node *a, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *parser_raise_range(Parser *p, int l1, int c1, int l2, int c2, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
void *parser_raise_node_range(Parser *p, const Node *a, const Node *b, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void *parser_raise_tok_range(Parser *p, const PToken *a, const PToken *b, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void *parser_raise_tok(Parser *p, const PToken *a, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *parser_raise_starting_from_tok(Parser *p, const PToken *a, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *parser_raise_starting_from_node(Parser *p, const Node *a, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void parser_warn(Parser *p, int lineno, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* ---- statements (parser_stmt.c, parser_compound.c) ---- */
bool parser_simple_stmts(Parser *p, NodeVec *out);
Node *parser_compound_stmt(Parser *p);
NodeList parser_statements(Parser *p, bool *ok);
Node *parser_file(Parser *p);
Node *parser_interactive(Parser *p);
Node *parser_eval(Parser *p);
NodeList parser_block(Parser *p, bool *ok);
const char *parser_dotted_name(Parser *p);                /* "a.b.c" in the arena */
bool parser_as_names(Parser *p, bool dotted, NodeVec *v); /* ','.(dotted_)as_name+ */
bool parser_type_params(Parser *p);                       /* '[' type_param_seq ']' (unsupported) */
Node *parser_subject_expr(Parser *p);                     /* a match statement's subject */
Node *parser_except_block(Parser *p, bool star);          /* except_block / except_star_block */

/* ---- expressions (parser_expr.c, parser_display.c) ---- */
Node *parser_name_node(Parser *p, PToken *t, AstContext ctx); /* Name from a NAME token */
Node *parser_tuple_node(Parser *p, NodeVec *v, int start);    /* Tuple(Load) from start */
Node *parser_starred_node(Parser *p, Node *value, int start); /* Starred(Load) from start */
Node *parser_group(Parser *p);
Node *parser_dict(Parser *p);
Node *parser_set(Parser *p);
Node *parser_dictcomp(Parser *p);
Node *parser_comprehension(Parser *p, int open, int close, NodeKind kind); /* listcomp, setcomp */
Node *parser_expressions(Parser *p);
Node *parser_expression(Parser *p);
Node *parser_expression_without_invalid(Parser *p);
Node *parser_yield_expr(Parser *p);
Node *parser_star_expressions(Parser *p);
Node *parser_star_expression(Parser *p);
Node *parser_star_named_expression(Parser *p);
bool parser_star_named_expressions(Parser *p, NodeVec *out);
Node *parser_named_expression(Parser *p);
Node *parser_assignment_expression(Parser *p);
Node *parser_disjunction(Parser *p);
Node *parser_bitwise_or(Parser *p);
Node *parser_primary(Parser *p);
Node *parser_atom(Parser *p);
Node *parser_slices(Parser *p);
Node *parser_annotated_rhs(Parser *p);
Node *parser_arguments(Parser *p);      /* a Call holder: args and keywords */
Node *parser_args(Parser *p);
Node *parser_genexp(Parser *p);
Node *parser_lambdef(Parser *p);
Node *parser_list(Parser *p);
Node *parser_tuple(Parser *p);
Node *parser_starred_expression(Parser *p);
bool parser_for_if_clauses(Parser *p, NodeVec *out);
Node *parser_kvpair(Parser *p, Node **value);
bool parser_kwargs(Parser *p, NodeVec *args, NodeVec *kw);

/* ---- targets and parameters (parser_target.c) ---- */
Node *parser_star_targets(Parser *p);
Node *parser_star_target(Parser *p);
Node *parser_single_target(Parser *p);
Node *parser_single_subscript_attribute_target(Parser *p);
Node *parser_t_primary(Parser *p);
bool parser_t_lookahead(Parser *p);
bool parser_del_targets(Parser *p, NodeVec *out);
Node *parser_params(Parser *p);
Node *parser_lambda_params(Parser *p);
Node *parser_empty_arguments(Parser *p);
/* One parameter with its ending (',' or a look at ')' / ':' for lambda);
 * want_default: 0 none (param_no_default), 1 required (param_with_default),
 * 2 optional (param_maybe_default).  Returns the arg node. */
Node *parser_param_form(Parser *p, bool lambda, int want_default);
Node *parser_param_plain(Parser *p, bool lambda);             /* param: NAME annotation? */
bool parser_slash(Parser *p, bool lambda, bool with_default); /* slash_(no|with)_default */
bool parser_star_targets_tuple_seq(Parser *p, NodeVec *out);

/* ---- strings (parser_string.c) ---- */
Node *parser_strings(Parser *p);
Node *parser_fstring_replacement_field(Parser *p);

/* ---- invalid rules (parser_invalid*.c) ---- */
/* RAISE_SYNTAX_ERROR_INVALID_TARGET: "cannot assign to X" / "cannot
 * delete X" at the first invalid part of e; nothing when e is a valid
 * target. */
enum { TARGETS_STAR, TARGETS_DEL, TARGETS_FOR };
void *parser_raise_invalid_target(Parser *p, int type, const Node *e);
/* The last comprehension's last if, or its iterable. */
const Node *parser_last_comprehension_item(const NodeVec *gens);
void *parser_invalid_arguments(Parser *p);
void *parser_invalid_kwarg(Parser *p);
void *parser_invalid_legacy_expression(Parser *p);
void *parser_invalid_expression(Parser *p);
void *parser_invalid_named_expression(Parser *p);
void *parser_invalid_assignment(Parser *p);
void *parser_invalid_del_stmt(Parser *p);
void *parser_invalid_block(Parser *p);
void *parser_invalid_comprehension(Parser *p);
void *parser_invalid_dict_comprehension(Parser *p);
void *parser_invalid_parameters(Parser *p);
void *parser_invalid_default(Parser *p);
void *parser_invalid_star_etc(Parser *p);
void *parser_invalid_kwds(Parser *p);
void *parser_invalid_lambda_parameters(Parser *p);
void *parser_invalid_lambda_star_etc(Parser *p);
void *parser_invalid_lambda_kwds(Parser *p);
void *parser_invalid_with_item(Parser *p);
void *parser_invalid_for_target(Parser *p);
void *parser_invalid_group(Parser *p);
void *parser_invalid_import(Parser *p);
void *parser_invalid_import_from_targets(Parser *p);
void *parser_invalid_with_stmt(Parser *p);
void *parser_invalid_with_stmt_indent(Parser *p);
void *parser_invalid_try_stmt(Parser *p);
void *parser_invalid_except_stmt(Parser *p);
void *parser_invalid_finally_stmt(Parser *p);
void *parser_invalid_except_stmt_indent(Parser *p);
void *parser_invalid_except_star_stmt_indent(Parser *p);
void *parser_invalid_if_stmt(Parser *p);
void *parser_invalid_elif_stmt(Parser *p);
void *parser_invalid_else_stmt(Parser *p);
void *parser_invalid_while_stmt(Parser *p);
void *parser_invalid_for_stmt(Parser *p);
void *parser_invalid_def_raw(Parser *p);
void *parser_invalid_class_def_raw(Parser *p);
void *parser_invalid_double_starred_kvpairs(Parser *p);
void *parser_invalid_kvpair(Parser *p);
void *parser_invalid_starred_expression(Parser *p);
void *parser_invalid_replacement_field(Parser *p);
void *parser_invalid_conversion_character(Parser *p);
void *parser_invalid_ann_assign_target(Parser *p);
void *parser_invalid_match_stmt(Parser *p);

#endif
