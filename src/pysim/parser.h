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
 * parameters) the parser stops with an "unsupported" record instead.
 */
#ifndef MEMGUIDE_PYSIM_PARSER_H
#define MEMGUIDE_PYSIM_PARSER_H

#include <stddef.h>

#include "base/arena.h"
#include "base/buf.h"
#include "pysim/ast.h"
#include "pysim/syntax_error.h"

typedef enum ParseMode {
    PARSE_FILE,        /* a module: python3.12 FILE.py, exec */
    PARSE_INTERACTIVE, /* one statement as the REPL reads it (single input) */
    PARSE_EXPRESSION   /* one expression: eval */
} ParseMode;

/* Parses src[0..len) (UTF-8; a BOM is skipped).  Returns the root
 * (N_MODULE, N_INTERACTIVE or N_EXPRESSION for the three modes), every node,
 * list and string allocated in *a, identifiers NUL-terminated, constants as
 * ast.h describes them, every compile: field zero.
 *
 * On failure returns NULL and fills *err (which the caller owns; it must be
 * SYNTAX_ERR_INIT or cleared): a SyntaxError / IndentationError / TabError
 * exactly as python3.12 reports it, the parser's MemoryError for input
 * nested too deeply, or err->unsupported with "async functions",
 * "'await' expressions", "'match' statements", "type aliases" or "type
 * parameters" at the construct's first token.
 *
 * filename is what error records name; it must outlive nothing (copied).
 * If warnings is not NULL, the SyntaxWarnings CPython's compiler shows for
 * this source (invalid escape sequences, "invalid decimal literal" before
 * a keyword) are appended to it as python3.12 prints them on stderr:
 * "FILE:LINE: SyntaxWarning: MESSAGE\n  SOURCE LINE\n", once per line and
 * message. */
Node *parse_module(Arena *a, const char *filename, const char *src, size_t len,
                   ParseMode mode, SyntaxErr *err, Buf *warnings);

/* Appends ast.dump(tree, indent=4, include_attributes=True) as python3.12
 * prints it (no final newline).  tree is any node parse_module made. */
void ast_dump(Buf *out, const Node *tree);

#endif
