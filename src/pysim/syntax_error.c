/* syntax_error.c — the SyntaxError record and its CPython-format printer.
 *
 * Invariant: a record with set == true owns msg and filename (never NULL)
 * and text (maybe NULL); syntax_error_clear returns it to SYNTAX_ERR_INIT.
 *
 * The printer follows CPython 3.12's C code for uncaught SyntaxErrors
 * (pythonrun.c: print_exception_file_and_line and print_error_text), bug
 * for bug: offsets are characters but the text is measured in UTF-8 bytes
 * when clipping, and only an exact SyntaxError shows a range of carets
 * (its subclasses IndentationError and TabError always show one).
 */
#include "pysim/syntax_error.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ORDER SYNTAX_ERR_KIND */
static const char *const kind_names[] = {
    "SyntaxError", "IndentationError", "TabError", "MemoryError", "ValueError",
};

const char *syntax_error_kind_name(SyntaxErrKind kind)
{
    return kind_names[kind];
}

void syntax_error_clear(SyntaxErr *e)
{
    free(e->msg);
    free(e->filename);
    free(e->text);
    *e = (SyntaxErr)SYNTAX_ERR_INIT;
}

static void set_common(SyntaxErr *e, SyntaxErrKind kind, const char *filename,
                       const char *fmt, va_list ap)
{
    syntax_error_clear(e);
    Buf m = BUF_INIT;
    buf_vprintf(&m, fmt, ap);
    e->set = true;
    e->kind = kind;
    e->msg = buf_take(&m);
    e->filename = xstrdup(filename ? filename : "<string>");
}

void syntax_error_set(SyntaxErr *e, SyntaxErrKind kind, const char *filename,
                      int lineno, int offset, int end_lineno, int end_offset,
                      const char *text, size_t text_len, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_common(e, kind, filename, fmt, ap);
    va_end(ap);
    e->lineno = lineno;
    e->offset = offset;
    e->end_lineno = end_lineno;
    e->end_offset = end_offset;
    e->text = text ? xstrndup(text, text_len) : NULL;
}

/* CPython reads the line back with a 1000-byte fgets buffer and universal
 * newlines ("\r\n" or a lone "\r" reads as "\n"); a line longer than the
 * buffer is read in 999-byte chunks, and what it keeps of the wanted line
 * is its last chunk. */
#define LINEBUF_MAX 999

bool syntax_error_file_has_lines(const char *filename)
{
    size_t n = filename ? strlen(filename) : 0;
    return !(n >= 2 && filename[0] == '<' && filename[n - 1] == '>');
}

bool syntax_error_program_text(Buf *out, const char *src, size_t len, int lineno)
{
    if (lineno <= 0) return false;
    size_t pos = 0;
    int i = 0;
    size_t mark = out->len;
    while (i < lineno) {
        if (pos >= len) return false;
        size_t got = 0;
        bool nl = false;
        bool target = i + 1 == lineno;
        if (target) {
            out->len = mark;
            if (out->p) out->p[mark] = '\0';
        }
        while (pos < len && got < LINEBUF_MAX) {
            char c = src[pos++];
            if (c == '\r') {
                if (pos < len && src[pos] == '\n') pos++;
                c = '\n';
            }
            if (target) buf_putc(out, c);
            got++;
            if (c == '\n') {
                nl = true;
                break;
            }
        }
        if (got == LINEBUF_MAX && !nl) continue; /* the line goes on */
        i++;
    }
    return true;
}

/* Number of code points Python's UTF-8 decoder (errors="replace") makes of
 * s[0..n): each maximal invalid piece is one U+FFFD; a valid but truncated
 * sequence at the end is one too. */
static int decoded_length(const unsigned char *s, size_t n)
{
    int count = 0;
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        size_t need;
        if (c < 0x80) need = 1;
        else if (c >= 0xC2 && c <= 0xDF) need = 2;
        else if (c >= 0xE0 && c <= 0xEF) need = 3;
        else if (c >= 0xF0 && c <= 0xF4) need = 4;
        else {
            count++;
            i++;
            continue;
        }
        /* A complete sequence, a truncated one at the end, or a good prefix
         * before a bad byte: each is one character (or one U+FFFD). */
        size_t k = 1;
        while (k < need && i + k < n && (s[i + k] & 0xC0) == 0x80) k++;
        count++;
        i += k;
    }
    return count;
}

int syntax_error_char_offset(const char *line, long bytes)
{
    long len = (long)strlen(line);
    if (bytes > len + 1) bytes = len + 1;
    if (bytes <= 0) return 0;
    /* Past the end the terminating NUL is decoded too: one more character. */
    if (bytes == len + 1) return decoded_length((const unsigned char *)line, (size_t)len) + 1;
    return decoded_length((const unsigned char *)line, (size_t)bytes);
}

void syntax_error_at(SyntaxErr *e, SyntaxErrKind kind, const char *filename,
                     const char *src, size_t len, int lineno, int offset,
                     int end_lineno, int end_offset, bool char_offsets,
                     const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_common(e, kind, filename, fmt, ap);
    va_end(ap);
    Buf line = BUF_INIT;
    bool have = syntax_error_program_text(&line, src, len, lineno);
    if (!have) {
        /* Past the end of the file CPython shows the tokenizer's last
         * line; ours is the source's last line. */
        size_t end = len, start;
        while (end > 0 && (src[end - 1] == '\n' || src[end - 1] == '\r')) end--;
        start = end;
        while (start > 0 && src[start - 1] != '\n') start--;
        buf_put(&line, src + start, end - start);
    }
    if (char_offsets) {
        offset = syntax_error_char_offset(line.p ? line.p : "", offset);
        if (end_offset > 0) end_offset = syntax_error_char_offset(line.p ? line.p : "", end_offset);
    }
    e->lineno = lineno;
    e->offset = offset;
    e->end_lineno = end_lineno;
    e->end_offset = end_offset;
    e->text = buf_take(&line);
}

void syntax_error_unsupported(SyntaxErr *e, const char *filename,
                              const char *src, size_t len, int lineno, int col,
                              const char *what)
{
    syntax_error_clear(e);
    Buf line = BUF_INIT;
    int offset = col + 1;
    if (syntax_error_program_text(&line, src, len, lineno))
        offset = decoded_length((const unsigned char *)line.p,
                                (size_t)col < line.len ? (size_t)col : line.len) + 1;
    buf_free(&line);
    e->set = true;
    e->unsupported = true;
    e->msg = xstrdup(what);
    e->filename = xstrdup(filename ? filename : "<string>");
    e->lineno = lineno;
    e->offset = offset;
    e->end_lineno = lineno;
    e->end_offset = offset;
}

/* pythonrun.c print_error_text: the line without its indentation, then the
 * carets.  offset is 1-based and may point anywhere (or nowhere). */
static void print_error_text(Buf *out, long offset, long end_offset, const char *text)
{
    long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    long len = (long)strlen(text);
    if (len > 0 && text[len - 1] == '\n') len--;
    if (offset > len) offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl) break;
        long inl = nl - text;
        if (inl >= offset) break;
        inl += 1;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    buf_puts(out, "    ");
    buf_puts(out, text);
    if (text[len] != '\n') buf_putc(out, '\n');
    if (offset < 0) return;
    buf_puts(out, "    ");
    while (--offset >= 0) buf_putc(out, ' ');
    for (long i = 0; i < carets; i++) buf_putc(out, '^');
    buf_putc(out, '\n');
}

void syntax_error_print(const SyntaxErr *e, Buf *out)
{
    if (e->kind == SE_MEMORY_ERROR || e->kind == SE_VALUE_ERROR || e->lineno == 0) {
        buf_printf(out, "%s: %s\n", kind_names[e->kind], e->msg);
        return;
    }
    buf_printf(out, "  File \"%s\", line %d\n", e->filename, e->lineno);
    if (e->text) {
        long end_lineno = e->end_lineno, end_offset = e->end_offset;
        /* Only an exact SyntaxError carries its end to the printer. */
        if (e->kind != SE_SYNTAX_ERROR) {
            end_lineno = e->lineno;
            end_offset = -1;
        }
        long line_size = (long)strlen(e->text);
        if (end_lineno > e->lineno) end_offset = line_size;
        if (end_offset > line_size + 1) end_offset = line_size + 1;
        print_error_text(out, e->offset, end_offset, e->text);
    }
    buf_printf(out, "%s: %s\n", kind_names[e->kind], e->msg);
}

void syntax_error_format_unsupported(const SyntaxErr *e, Buf *out)
{
    buf_printf(out, "%s:%d:%d: unsupported: %s", e->filename, e->lineno, e->offset, e->msg);
}
