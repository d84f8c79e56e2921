/* buf.h — the one growable byte buffer of the project.
 *
 * A Buf owns p[0..len) and keeps p[len] == '\0' whenever p != NULL, so the
 * contents can always be used as a C string.  Allocation failure aborts:
 * the tool never runs with half-built output. */
#ifndef MEMGUIDE_BUF_H
#define MEMGUIDE_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>

typedef struct Buf {
    char *p;
    size_t len, cap;
} Buf;

#define BUF_INIT {NULL, 0, 0}

/* Makes room for at least n more bytes past len. */
void buf_reserve(Buf *b, size_t n);
void buf_put(Buf *b, const void *data, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_putc(Buf *b, int c);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(Buf *b, const char *fmt, va_list ap);
/* Appends s with &, <, >, " and ' escaped for HTML text and attributes. */
void buf_put_html(Buf *b, const char *s, size_t n);
/* Appends the UTF-8 encoding of code point cp. */
void buf_put_utf8(Buf *b, unsigned cp);
/* Empties the buffer but keeps its memory. */
void buf_clear(Buf *b);
/* Releases the memory; the Buf is empty and reusable afterwards. */
void buf_free(Buf *b);
/* Hands the contents to the caller (malloc'ed, NUL-terminated, never NULL)
 * and leaves the Buf empty. */
char *buf_take(Buf *b);

/* Allocation helpers that abort on failure. */
void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

#endif
