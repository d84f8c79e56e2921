/* fence.c — the options after a fence's language word:
 *
 *     ```python diagram=final inline title="Two names, one list"
 *
 * Grammar: options separated by blanks (or commas); each is NAME or
 * NAME=VALUE, VALUE bare or in double quotes (\" and \\ escape inside).
 * Known: diagram=steps|final|none, inline, norun, continue, quiz,
 * title="...".  Invariant: an option we do not know is an error, never
 * ignored, and every problem in the string is reported, not just the
 * first. */
#include <stdarg.h>
#include <string.h>

#include "site/site_impl.h"

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == ',';
}

static bool name_is(const char *s, size_t n, const char *want)
{
    return strlen(want) == n && memcmp(s, want, n) == 0;
}

static void report(SiteFenceErr err, void *ctx, size_t off, int *count, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static void report(SiteFenceErr err, void *ctx, size_t off, int *count, const char *fmt, ...)
{
    Buf m = BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&m, fmt, ap);
    va_end(ap);
    if (err) err(ctx, off, m.p);
    buf_free(&m);
    (*count)++;
}

int site_fence_parse(const char *s, size_t len, SiteFenceOpts *o, SiteFenceErr err, void *ctx)
{
    int problems = 0;
    bool seen_diagram = false, seen_inline = false, seen_norun = false, seen_cont = false, seen_quiz = false,
         seen_title = false;
    memset(o, 0, sizeof *o);
    o->inline_values = -1;
    size_t i = 0;
    while (i < len) {
        while (i < len && is_blank(s[i])) i++;
        if (i >= len) break;
        size_t name_at = i;
        while (i < len && !is_blank(s[i]) && s[i] != '=') i++;
        const char *name = s + name_at;
        size_t nlen = i - name_at;
        bool has_value = false;
        Buf value = BUF_INIT;
        buf_put(&value, "", 0);
        size_t value_at = i;
        if (i < len && s[i] == '=') {
            has_value = true;
            i++;
            value_at = i;
            if (i < len && s[i] == '"') {
                i++;
                bool closed = false;
                while (i < len) {
                    if (s[i] == '\\' && i + 1 < len && (s[i + 1] == '"' || s[i + 1] == '\\')) {
                        buf_putc(&value, s[i + 1]);
                        i += 2;
                    } else if (s[i] == '"') {
                        closed = true;
                        i++;
                        break;
                    } else {
                        buf_putc(&value, s[i++]);
                    }
                }
                if (!closed) report(err, ctx, value_at, &problems, "unterminated quoted value");
            } else {
                while (i < len && !is_blank(s[i])) buf_putc(&value, s[i++]);
            }
        }
        bool *seen = NULL;
        if (name_is(name, nlen, "diagram")) {
            seen = &seen_diagram;
            if (!has_value) {
                report(err, ctx, name_at, &problems, "option 'diagram' needs a value: diagram=steps, final or none");
            } else if (!strcmp(value.p, "steps")) {
                o->diagram = SITE_DIAGRAM_STEPS;
            } else if (!strcmp(value.p, "final")) {
                o->diagram = SITE_DIAGRAM_FINAL;
            } else if (!strcmp(value.p, "none")) {
                o->diagram = SITE_DIAGRAM_NONE;
            } else {
                report(err, ctx, value_at, &problems, "unknown diagram '%.*s' (steps, final or none)", (int)value.len, value.p);
            }
        } else if (name_is(name, nlen, "title")) {
            seen = &seen_title;
            if (!has_value)
                report(err, ctx, name_at, &problems, "option 'title' needs a value: title=\"...\"");
            else {
                free(o->title);
                o->title = xstrndup(value.p, value.len);
            }
        } else if (name_is(name, nlen, "inline") || name_is(name, nlen, "norun") || name_is(name, nlen, "continue") ||
                   name_is(name, nlen, "quiz")) {
            bool on = true;
            if (has_value) {
                if (!strcmp(value.p, "true") || !strcmp(value.p, "yes"))
                    on = true;
                else if (!strcmp(value.p, "false") || !strcmp(value.p, "no"))
                    on = false;
                else
                    report(err, ctx, value_at, &problems, "option takes no value (or true/false), not '%.*s'", (int)value.len,
                           value.p);
            }
            switch (name[0]) {
            case 'i': seen = &seen_inline; o->inline_values = on; break;
            case 'n': seen = &seen_norun; o->norun = on; break;
            case 'c': seen = &seen_cont; o->cont = on; break;
            default: seen = &seen_quiz; o->quiz = on; break;
            }
        } else {
            report(err, ctx, name_at, &problems,
                   "unknown option '%.*s' (known: diagram=steps|final|none, inline, norun, continue, quiz, title=\"...\")",
                   (int)nlen, name);
        }
        if (seen) {
            if (*seen) report(err, ctx, name_at, &problems, "option '%.*s' given twice", (int)nlen, name);
            *seen = true;
        }
        buf_free(&value);
    }
    if (o->norun && o->cont) {
        report(err, ctx, 0, &problems, "'norun' and 'continue' cannot go together");
    }
    return problems;
}

void site_fence_opts_free(SiteFenceOpts *o)
{
    free(o->title);
    o->title = NULL;
}
