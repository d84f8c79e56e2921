/* syntax_error.h — the record of a SyntaxError (or IndentationError,
 * TabError, the parser's MemoryError, or an unsupported construct) and the
 * printer that shows it exactly as `python3.12 FILE.py` does on stderr.
 *
 * The record holds what CPython's SyntaxError object holds: msg, lineno,
 * offset, end_lineno, end_offset and text.  offset and end_offset are
 * CPython's: 1-based, counted in characters by the parser and tokenizer
 * (in bytes by the compiler, a CPython quirk the compiler keeps by passing
 * its own numbers); 0 or -1 mean "none".  text is the source line as
 * CPython attaches it (with or without its newline, depending on who
 * raised the error).  The lexer, the parser and the compiler all fill it;
 * the run path prints it with syntax_error_print.
 *
 * An unsupported construct ("async functions", "'match' statements") is not
 * a Python error: memguide prints it as "FILE:LINE:COL: unsupported: WHAT".
 */
#ifndef MEMGUIDE_PYSIM_SYNTAX_ERROR_H
#define MEMGUIDE_PYSIM_SYNTAX_ERROR_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"

/* ORDER SYNTAX_ERR_KIND (kind_names in syntax_error.c) */
typedef enum SyntaxErrKind {
    SE_SYNTAX_ERROR,      /* SyntaxError */
    SE_INDENTATION_ERROR, /* IndentationError */
    SE_TAB_ERROR,         /* TabError */
    SE_MEMORY_ERROR,      /* MemoryError: "Parser stack overflowed - ..." */
    SE_VALUE_ERROR        /* ValueError: 3.12's "field 'value' is required for
                             Constant" for an f"{x:{y=}}" debug field */
} SyntaxErrKind;

typedef struct SyntaxErr {
    bool set;              /* false: nothing recorded (the other fields are zero) */
    bool unsupported;      /* outside memguide's subset; msg says what */
    SyntaxErrKind kind;
    char *msg;             /* owned; the message without the class name */
    char *filename;        /* owned */
    int lineno;            /* 0: no location (only the message is printed) */
    int offset;            /* 1-based column; for unsupported: characters */
    int end_lineno;
    int end_offset;
    char *text;            /* owned, NUL-terminated; NULL: no source line */
} SyntaxErr;

#define SYNTAX_ERR_INIT {false, false, SE_SYNTAX_ERROR, NULL, NULL, 0, 0, 0, 0, NULL}

/* Releases what the record owns and resets it to SYNTAX_ERR_INIT. */
void syntax_error_clear(SyntaxErr *e);

/* Records an error with every field given as CPython has it.  text may be
 * NULL (no line) and need not be NUL-terminated (text_len bytes are
 * copied).  Replaces whatever the record held. */
void syntax_error_set(SyntaxErr *e, SyntaxErrKind kind, const char *filename,
                      int lineno, int offset, int end_lineno, int end_offset,
                      const char *text, size_t text_len, const char *fmt, ...)
    __attribute__((format(printf, 10, 11)));

/* Records an error the way CPython's parser raises one
 * (_PyPegen_raise_error_known_location): offset and end_offset are 1-based
 * byte offsets into line `lineno` (end_offset <= 0: none); text is that
 * line of the source as CPython reads it back from the file.  With
 * char_offsets the offsets are converted to characters against that line
 * (what CPython does when it knows the source's encoding: string input, a
 * BOM or a coding cookie); without, they stay bytes (a plain file, and the
 * compiler's errors). */
void syntax_error_at(SyntaxErr *e, SyntaxErrKind kind, const char *filename,
                     const char *src, size_t len, int lineno, int offset,
                     int end_lineno, int end_offset, bool char_offsets,
                     const char *fmt, ...)
    __attribute__((format(printf, 11, 12)));

/* Records an unsupported construct at line `lineno`, 0-based byte column
 * col of src (reported 1-based, in characters). */
void syntax_error_unsupported(SyntaxErr *e, const char *filename,
                              const char *src, size_t len, int lineno, int col,
                              const char *what);

/* Appends exactly what python3.12 prints on stderr for the uncaught error
 * (the '  File "...", line N' header, the source line, the carets, and
 * "SyntaxError: msg"), each line ending in "\n".  For a MemoryError or a
 * ValueError (no location) only the last line.  Must not be called for an unsupported record. */
void syntax_error_print(const SyntaxErr *e, Buf *out);

/* Appends "FILE:LINE:COL: unsupported: WHAT" (no newline) for an
 * unsupported record. */
void syntax_error_format_unsupported(const SyntaxErr *e, Buf *out);

/* "SyntaxError", "IndentationError", "TabError", "MemoryError" or
 * "ValueError". */
const char *syntax_error_kind_name(SyntaxErrKind kind);

/* Line `lineno` (from 1) of src as CPython reads it back from the file for
 * SyntaxError.text: with its newline ("\r\n" read as "\n"), a BOM on
 * line 1 kept (3.12 keeps it), and of a line over 999 bytes only its last
 * 999-byte piece, as CPython's line buffer leaves it.  Appends it
 * to out and returns true, or returns false when the source has no such
 * line. */
bool syntax_error_program_text(Buf *out, const char *src, size_t len, int lineno);

/* Whether warnings and tracebacks can show source lines of a file of
 * this name: not for "<stdin>", "<string>" and the like, which CPython's
 * linecache cannot read. */
bool syntax_error_file_has_lines(const char *filename);

/* CPython's _PyPegen_byte_offset_to_character_offset: the number of
 * characters in the first `bytes` bytes of line (UTF-8, decoded with
 * errors="replace"), where bytes is clipped to strlen(line) + 1. */
int syntax_error_char_offset(const char *line, long bytes);

#endif
