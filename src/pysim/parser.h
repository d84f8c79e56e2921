/* parser.h — Python 3.12's parser: source text in, ast.h tree out.
 *
 * The parser is CPython's PEG grammar (Grammar/python.gram of 3.12) written
 * as recursive descent over the lexer's tokens, with the same two passes:
 * a first pass with the plain grammar, and, when that fails, a second pass
 * with the "invalid_*" rules that produce CPython's specific messages.  So
 * the tree (node for node, with every position) and the SyntaxErrors
 * (message, line, columns) are what ast.parse() and python3.12 give.
 *
 * Outside memguide's subset (async/await, match, the type statement, type
 * parameters, and identifiers that need Unicode normalization tables) the
 * parser reports an "unsupported" record instead.
 */
#ifndef MEMGUIDE_PYSIM_PARSER_H
#define MEMGUIDE_PYSIM_PARSER_H

#include <stddef.h>

#include "base/arena.h"
#include "base/buf.h"
#include "pysim/ast.h"
#include "pysim/lexer.h"
#include "pysim/syntax_error.h"

typedef enum ParseMode {
    PARSE_FILE,        /* a module: python3.12 FILE.py, exec */
    PARSE_INTERACTIVE, /* one statement as the REPL reads it (single input) */
    PARSE_EXPRESSION   /* one expression: eval */
} ParseMode;

/* Parses src[0..len) (UTF-8; a BOM is skipped).  Returns the root
 * (N_MODULE, N_INTERACTIVE or N_EXPRESSION for the three modes), every node,
 * list and string allocated in *a, identifiers NUL-terminated, constants as
 * ast.h describes them, every compile: field zero.  The parser's own
 * working memory (tokens, memo) is freed before it returns.
 *
 * On failure returns NULL and fills *err (which the caller owns; it must be
 * SYNTAX_ERR_INIT or cleared) with what python3.12 raises:
 *   - a SyntaxError / IndentationError / TabError, message and location
 *     exactly as CPython reports them (columns in bytes for PARSE_FILE
 *     unless the file has a BOM or coding cookie, in characters otherwise,
 *     as CPython does);
 *   - MemoryError "Parser stack overflowed - Python source too complex to
 *     parse" for input nested beyond CPython's parser limit (about 5960
 *     nested unary operators);
 *   - ValueError "field 'value' is required for Constant", 3.12's failure
 *     on an '=' field nested in a format spec (f"{x:{y=}}").
 * A program CPython would accept but memguide does not simulate gives
 * err->unsupported at the construct's first token, with what as msg:
 * "async functions", "'async for' loops", "'async with' statements",
 * "asynchronous comprehensions", "'await' expressions", "'match'
 * statements", "type aliases", "type parameters", "identifiers that NFKC
 * normalization changes".  A syntax error
 * anywhere wins over these.
 *
 * filename is what error records name; it is copied.  If warnings is not
 * NULL, the SyntaxWarnings CPython's parser shows for this source (invalid
 * escape sequences, "invalid decimal literal" for a number run into a
 * keyword) are appended to it as python3.12 prints them on stderr, before
 * anything else, whether or not the parse succeeds:
 * "FILE:LINE: SyntaxWarning: MESSAGE\n  SOURCE LINE STRIPPED\n", once per
 * line and message.  (Warnings of CPython's compiler, such as '"is" with a
 * literal', are not the parser's.) */
Node *parse_module(Arena *a, const char *filename, const char *src, size_t len,
                   ParseMode mode, SyntaxErr *err, Buf *warnings);

/* The REPL's reading of one statement from src[0..len): lines are read
 * one at a time as the parser needs them, with prompt() called before each
 * (see lexer_set_interactive), and the statement's lines are numbered from
 * 1.  *consumed receives the bytes of src read (whole lines; what follows
 * is the next statement's).  Returns the N_INTERACTIVE root, or NULL: with
 * *err set for an error, with err->set false at the end of input.  Errors
 * name no source line for "<stdin>"-like names in warnings. */
Node *parse_interactive(Arena *a, const char *filename, const char *src, size_t len, SyntaxErr *err,
                        Buf *warnings, LexerPrompt prompt, void *prompt_ctx, size_t *consumed);

/* Appends ast.dump(tree, indent=4, include_attributes=True) as python3.12
 * prints it (no final newline).  tree is any node parse_module made. */
void ast_dump(Buf *out, const Node *tree);

#endif
