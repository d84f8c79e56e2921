/* lexer_impl.h — what the lexer's two files share (lexer.c: reading,
 * tokens, indentation, operators; lexer_literal.c: numbers, identifiers,
 * strings, f-strings); not for anyone else.
 *
 * The Lexer mirrors CPython's tok_state: characters are read with
 * lx_nextc()/lx_backup(), lines are "read" lazily (lineno and line_start
 * advance when a new line's first character is fetched and never go back),
 * and a token's columns are measured as CPython measures them.
 *
 * Invariant: line_start <= cur <= read_end <= end, and every byte before
 * read_end belongs to a line counted in lineno.
 */
#ifndef MEMGUIDE_PYSIM_LEXER_IMPL_H
#define MEMGUIDE_PYSIM_LEXER_IMPL_H

#include <stdbool.h>
#include <stddef.h>

#include "pysim/lexer.h"

#define MAXINDENT 100      /* indentation levels */
#define MAXLEVEL 200       /* nested brackets */
#define MAXFSTRINGLEVEL 150
#define MAX_EXPR_NESTING 3 /* f-string replacement fields inside format specs */
#define TABSIZE 8
#define EOFC (-1)

/* tok->done values that matter here. */
enum { D_OK, D_EOF, D_ERROR, D_INTERACT_STOP };

enum { MODE_REGULAR, MODE_FSTRING };

/* One entry of CPython's tok_mode_stack: an f-string being read. */
typedef struct FMode {
    int kind;
    int quote, quote_size;
    bool raw;
    size_t start;            /* f_string_start: its first byte (the prefix) */
    size_t multi_line_start; /* the line start when it began */
    int line_start_lineno;   /* f_string_line_start */
    int curly_depth;         /* curly_bracket_depth */
    int expr_start_depth;    /* curly_bracket_expr_start_depth */
    bool debug;              /* f_string_debug: an '=' seen in the field */
    /* last_expr_buffer: the text of the current replacement field starts
     * at expr_start; expr_end is where it ended (-1 while it runs). */
    bool expr_valid;
    size_t expr_start;
    long expr_end;
} FMode;

struct Lexer {
    const char *filename;
    const char *src;
    size_t len;          /* the caller's bytes */
    size_t end;          /* len, or len + 1 with the implicit newline */
    bool implicit_nl;
    bool extra;

    size_t cur, read_end, line_start;
    int lineno;
    int done;
    bool failed;         /* an error was returned; keep returning it */
    bool deferred;       /* the error is a status code CPython's parser reports */
    bool eof_in_brackets;

    size_t tok_start;    /* tok->start */
    int starting_col;
    int first_lineno;
    size_t multi_line_start;

    bool atbol, cont_line, comment_newline;
    int pendin, indent;
    int indstack[MAXINDENT], altindstack[MAXINDENT];
    int level;
    char parenstack[MAXLEVEL];
    int parenlineno[MAXLEVEL], parencol[MAXLEVEL];

    FMode modes[MAXFSTRINGLEVEL];
    int mode_index;

    SyntaxErr *err;
    bool char_offsets;
    LexerWarn warn;
    void *warn_ctx;
    bool interactive;    /* tok->prompt != NULL: the REPL's line-at-a-time input */
    LexerPrompt prompt;
    void *prompt_ctx;
    bool underflow_stop; /* IUNDERFLOW_STOP: read no more interactive lines */
};

static inline bool lx_id_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static inline bool lx_id_char(int c)
{
    return lx_id_start(c) || (c >= '0' && c <= '9');
}

static inline bool lx_is_digit(int c) { return c >= '0' && c <= '9'; }

static inline bool lx_is_xdigit(int c)
{
    return lx_is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static inline FMode *lx_mode(Lexer *lx) { return &lx->modes[lx->mode_index]; }

static inline bool lx_inside_fstring(const Lexer *lx) { return lx->mode_index > 0; }

static inline bool lx_inside_fstring_expr(const FMode *m) { return m->expr_start_depth >= 0; }

/* ---- lexer.c ---- */
int lx_nextc(Lexer *lx);                 /* tok_nextc: next byte or EOFC */
void lx_backup(Lexer *lx, int c);        /* tok_backup (nothing for EOFC) */
int lx_col(const Lexer *lx);             /* bytes from line start to cur */
/* A SyntaxError raised by the tokenizer itself at the read position (or
 * with explicit columns); the lexer stops with it. */
void lx_error(Lexer *lx, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void lx_error_range(Lexer *lx, int col, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* MAKE_TOKEN: a token of the bytes [p_start, p_end), or without columns. */
TokKind lx_make(Lexer *lx, Token *t, TokKind kind, bool has_pos, size_t p_start, size_t p_end);
TokKind lx_error_token(Lexer *lx, Token *t);
void lx_set_start(Lexer *lx, size_t at); /* tok->start and its column */
TokKind lx_get_normal(Lexer *lx, Token *t); /* tok_get_normal_mode */

/* ---- lexer_literal.c ---- */
bool lx_verify_identifier(Lexer *lx);    /* a NAME's non-ASCII characters */
/* The rest of a number whose first character c is read (after_dot: c is
 * the first digit after a leading '.'); false after an error. */
bool lx_read_number(Lexer *lx, int c, bool after_dot);
TokKind lx_read_string(Lexer *lx, Token *t, int quote);   /* opening quote read */
TokKind lx_start_fstring(Lexer *lx, Token *t, int quote); /* FSTRING_START */
TokKind lx_get_fstring(Lexer *lx, Token *t, FMode *m);    /* tok_get_fstring_mode */
/* update_fstring_expr for '{' and for the '}' '!' ':' ending a field. */
void lx_fstring_expr_mark(Lexer *lx, int c);
/* set_fstring_expr: the '=' debug text of the current field, if any. */
void lx_fstring_expr_debug(Lexer *lx, size_t *start, size_t *len);
TokKind lx_with_debug(Token *t, TokKind k, size_t start, size_t len);

#endif
