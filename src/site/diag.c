/* diag.c — the build's list of diagnostics, GCC style.
 *
 * Invariant: the text holds complete lines only ("path:line:col: severity:
 * message\n", then any detail lines), in the order problems were found;
 * the counters match the lines. */
#include <stdarg.h>

#include "site/site_impl.h"

void site_diag(SiteDiags *d, const char *severity, const char *path, int line, int col, const char *fmt, ...)
{
    if (d->prefix && path[0] != '/') buf_puts(&d->text, d->prefix);
    buf_printf(&d->text, "%s:%d:%d: %s: ", path, line < 1 ? 1 : line, col < 1 ? 1 : col, severity);
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&d->text, fmt, ap);
    va_end(ap);
    buf_putc(&d->text, '\n');
    if (severity[0] == 'e')
        d->errors++;
    else
        d->warnings++;
}

void site_diag_detail(SiteDiags *d, const char *text, size_t n)
{
    if (!n) return;
    buf_put(&d->text, text, n);
    if (text[n - 1] != '\n') buf_putc(&d->text, '\n');
}
