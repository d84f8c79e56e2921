/* lexer.h — Python 3.12's tokenizer: source text in, tokens out.
 *
 * The tokens are exactly the ones CPython 3.12's C tokenizer makes: the same
 * kinds (token.h numbering), the same boundaries and the same positions,
 * including INDENT/DEDENT, NEWLINE versus NL, f-strings split into
 * FSTRING_START / FSTRING_MIDDLE / expression tokens / FSTRING_END (PEP 701),
 * and the same SyntaxErrors at the same places.
 *
 * Two modes, as in CPython:
 *   - parser mode (extra = false): what the parser reads.  No COMMENT or NL
 *     tokens; INDENT/DEDENT/ENDMARKER carry no column (col == -1).
 *   - tokenize mode (extra = true): what the `tokenize` module reports, and
 *     what a syntax highlighter wants: COMMENT and NL tokens too, so that
 *     every byte outside the tokens is blank (spaces, tabs, form feeds,
 *     newlines, a line-continuation backslash); and a few checks the
 *     `tokenize` module skips (number suffixes, identifier characters,
 *     bracket matching) are skipped.
 *
 * Positions: lineno/end_lineno from 1; col/end_col are UTF-8 byte offsets
 * in their line from 0, end exclusive (CPython's token positions).  start/end
 * are byte offsets into the source given to lexer_init.  Keywords are NAME
 * tokens, as in CPython's tokenizer (lexer_is_keyword tells them apart).  A source whose
 * last line has no newline is read as if it had one (as CPython does); the
 * token for that invisible newline has start == end == the source length.
 * A UTF-8 byte order mark at the start is skipped.  "\r\n" ends a line like
 * "\n".
 *
 * The lexer copies nothing it is not given: it reads the caller's buffer,
 * which must stay alive and unchanged while the lexer is in use.
 */
#ifndef MEMGUIDE_PYSIM_LEXER_H
#define MEMGUIDE_PYSIM_LEXER_H

#include <stdbool.h>
#include <stddef.h>

#include "pysim/syntax_error.h"

/* Token kinds, numbered as CPython 3.12's token module.  ORDER TOKEN
 * (token_names in lexer.c). */
typedef enum TokKind {
    TK_ENDMARKER, TK_NAME, TK_NUMBER, TK_STRING, TK_NEWLINE, TK_INDENT,
    TK_DEDENT, TK_LPAR, TK_RPAR, TK_LSQB, TK_RSQB, TK_COLON, TK_COMMA,
    TK_SEMI, TK_PLUS, TK_MINUS, TK_STAR, TK_SLASH, TK_VBAR, TK_AMPER,
    TK_LESS, TK_GREATER, TK_EQUAL, TK_DOT, TK_PERCENT, TK_LBRACE, TK_RBRACE,
    TK_EQEQUAL, TK_NOTEQUAL, TK_LESSEQUAL, TK_GREATEREQUAL, TK_TILDE,
    TK_CIRCUMFLEX, TK_LEFTSHIFT, TK_RIGHTSHIFT, TK_DOUBLESTAR, TK_PLUSEQUAL,
    TK_MINEQUAL, TK_STAREQUAL, TK_SLASHEQUAL, TK_PERCENTEQUAL, TK_AMPEREQUAL,
    TK_VBAREQUAL, TK_CIRCUMFLEXEQUAL, TK_LEFTSHIFTEQUAL, TK_RIGHTSHIFTEQUAL,
    TK_DOUBLESTAREQUAL, TK_DOUBLESLASH, TK_DOUBLESLASHEQUAL, TK_AT,
    TK_ATEQUAL, TK_RARROW, TK_ELLIPSIS, TK_COLONEQUAL, TK_EXCLAMATION,
    TK_OP,          /* a character that is no operator ('$', '?', '`') */
    TK_AWAIT, TK_ASYNC, TK_TYPE_IGNORE, TK_TYPE_COMMENT, TK_SOFT_KEYWORD,
    TK_FSTRING_START, TK_FSTRING_MIDDLE, TK_FSTRING_END,
    TK_COMMENT,     /* tokenize mode only */
    TK_NL,          /* tokenize mode only: a newline that ends no statement */
    TK_ERRORTOKEN,  /* lexer_next failed; see the SyntaxErr */
    TK_ENCODING,    /* never produced; the first line of a tokenize dump */
    TK_KIND_COUNT
} TokKind;

typedef struct Token {
    TokKind kind;
    int lineno, col, end_lineno, end_col; /* col == -1: no position (see above) */
    size_t start, end;                    /* bytes [start, end) of the source */
    /* Byte offsets of the line starts CPython measures the columns from:
     * the start column from start_line_begin, the end column from
     * line_begin (the line the lexer stood on when it made the token). */
    size_t start_line_begin, line_begin;
    int level;                            /* open brackets before this token */
    /* For the '}', '!' and ':' that end the expression of an f-string
     * replacement field written with '=': the source text of the field
     * from after '{' to this token ("x = " in f"{x = }"), which 3.12 shows
     * before the value.  Otherwise debug_len == 0 and debug_start unused. */
    size_t debug_start, debug_len;
} Token;

/* Opaque lexer state (about 15 KB: CPython's fixed-size stacks). */
typedef struct Lexer Lexer;

/* Creates a lexer for src[0..len) (UTF-8).  filename is used for error
 * records only and must outlive the lexer.  extra selects tokenize mode.
 * Never fails; release with lexer_free. */
Lexer *lexer_init(const char *filename, const char *src, size_t len, bool extra);
void lexer_free(Lexer *lx);

/* How errors the parser reports for the lexer count columns: in
 * characters (true: string input, a file with a BOM or a coding cookie) or
 * in UTF-8 bytes (false: a plain file, CPython's default).  Default true. */
void lexer_set_char_offsets(Lexer *lx, bool chars);

/* Receives the lexer's SyntaxWarnings (parser mode only): "invalid decimal
 * literal" and the like for a number run into a keyword ("1if x else y"),
 * and invalid escapes before a brace in an f-string. */
typedef void (*LexerWarn)(void *ctx, int lineno, const char *msg);
void lexer_set_warning_sink(Lexer *lx, LexerWarn fn, void *ctx);

/* Interactive input, as the REPL reads it: a line is read only when the
 * parser asks for a token past the lines read so far, and before each,
 * prompt(ctx, first, eof) is called: first is true for a statement's first
 * line (">>> ") and false after (" ... "), eof true when the input is used
 * up.  Completely empty lines (and a first line holding only spaces or a
 * comment) reach the parser as NEWLINE, as CPython's interactive tokenizer
 * lets them through. */
typedef void (*LexerPrompt)(void *ctx, bool first, bool eof);
void lexer_set_interactive(Lexer *lx, LexerPrompt prompt, void *ctx);
/* Single input: closes the open indentation blocks (DEDENT tokens come
 * next), as CPython's parser does when the input ends inside a block. */
void lexer_imply_dedents(Lexer *lx);
/* Interactive input: from now on the end of the lines read so far is the
 * end of input (ENDMARKER), so that the parser's second pass, which looks
 * for a better error message, never waits for more lines. */
void lexer_stop_reading_lines(Lexer *lx);
/* Bytes of the source read so far: the lines handed to the parser. */
size_t lexer_bytes_read(const Lexer *lx);

/* The next token.  After ENDMARKER it keeps returning ENDMARKER.  On an
 * error it returns TK_ERRORTOKEN, fills *err (which the caller owns and
 * must have initialised with SYNTAX_ERR_INIT) the way CPython reports that
 * error, and keeps returning TK_ERRORTOKEN.
 *
 * In parser mode one error condition is not an error of the lexer: end of
 * input inside open brackets returns TK_ERRORTOKEN with err untouched and
 * lexer_at_eof_in_brackets() true; the parser decides what to report. */
TokKind lexer_next(Lexer *lx, Token *tok, SyntaxErr *err);

/* After TK_ERRORTOKEN: true when the input ended inside brackets (see
 * above); *ch, *lineno, *col (bytes) then describe the innermost open one. */
bool lexer_at_eof_in_brackets(const Lexer *lx, char *ch, int *lineno, int *col);

/* After TK_ERRORTOKEN: true when the error is one CPython's tokenizer only
 * signals with a status code and its parser reports (bad indentation,
 * inconsistent tabs, a character after a line continuation, end of input
 * after one), false when the tokenizer raised it itself.  Only the second
 * kind overrides a parser error found earlier in the file. */
bool lexer_error_deferred(const Lexer *lx);

/* True when a bracket is open; *ch, *lineno, *col (bytes) then describe
 * the innermost one. */
bool lexer_open_bracket(const Lexer *lx, char *ch, int *lineno, int *col);

/* True while the lexer is inside an f-string (its mode stack is not
 * empty). */
bool lexer_in_fstring(const Lexer *lx);

/* Where the lexer stands: its current line and the byte offset of the next
 * character in that line (CPython's tok->lineno and tok->cur - line_start),
 * which some SyntaxErrors use as their end. */
void lexer_position(const Lexer *lx, int *lineno, int *col);

/* The token module's name of a kind ("NAME", "LPAR", ...). */
const char *lexer_kind_name(TokKind k);

/* The kind of an operator token's exact text, TK_OP when it is none. */
TokKind lexer_op_kind(const char *s, size_t len);

/* True when s[0..len) is one of Python 3.12's 35 keywords. */
bool lexer_is_keyword(const char *s, size_t len);
/* True for the soft keywords "_", "case", "match" and "type". */
bool lexer_is_soft_keyword(const char *s, size_t len);

#endif
