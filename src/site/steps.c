/* steps.c — an example's steps as the stepper loads them: one small
 * script per example (steps/ID-N.js), fetched only when the reader starts
 * stepping, so a page with many examples stays light.
 *
 *   memguideSteps("ID-N", {"count": M, "line": [..], "event": [..],
 *     "out": "all the output", "outlen": [..], "svg": [..], "svgs": [[..]..],
 *     "lines": [..], "truncated": false})
 *
 * line[i] is the line of the example's code at step i (0 when the step is
 * in code of an earlier example of a `continue` chain); outlen[i] is how
 * much of "out" was printed before it, in JavaScript string units (UTF-16
 * code units, so out.slice(0, outlen[i]) is right for any text); svg[i]
 * indexes "svgs", the distinct diagrams, each a list of indexes into
 * "lines": the picture of step i is svgs[svg[i]].map(k => lines[k])
 * joined with newlines.  Layouts are stable from step to step, so most
 * lines are shared and each is stored once.
 * Invariant: the file is a script of its own (never inlined in a page),
 * its strings never hold "</", and the same example always gives the same
 * bytes. */
#include <stdio.h>
#include <string.h>

#include "site/site_html.h"

/* FNV-1a, for finding equal diagrams */
static uint64_t hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

/* A set of strings numbered in the order they were first added. */
typedef struct Intern {
    Buf text;                 /* the strings, one after another */
    size_t *start, *len;      /* of string k in text */
    size_t n, cap;            /* strings; capacity of start/len */
    size_t *slot;             /* open addressing: 1 + k, or 0 */
    size_t nslots;
} Intern;

static size_t intern(Intern *in, const char *s, size_t n)
{
    if (2 * (in->n + 1) > in->nslots) {
        size_t ns = in->nslots ? 2 * in->nslots : 256;
        size_t *slot = xcalloc(ns, sizeof *slot);
        for (size_t k = 0; k < in->n; k++) {
            size_t h = (size_t)hash(in->text.p + in->start[k], in->len[k]) & (ns - 1);
            while (slot[h]) h = (h + 1) & (ns - 1);
            slot[h] = k + 1;
        }
        free(in->slot);
        in->slot = slot;
        in->nslots = ns;
    }
    size_t h = (size_t)hash(s, n) & (in->nslots - 1);
    for (; in->slot[h]; h = (h + 1) & (in->nslots - 1)) {
        size_t k = in->slot[h] - 1;
        if (in->len[k] == n && memcmp(in->text.p + in->start[k], s, n) == 0) return k;
    }
    if (in->n == in->cap) {
        in->cap = in->cap ? 2 * in->cap : 64;
        in->start = xrealloc(in->start, in->cap * sizeof *in->start);
        in->len = xrealloc(in->len, in->cap * sizeof *in->len);
    }
    in->start[in->n] = in->text.len;
    in->len[in->n] = n;
    buf_put(&in->text, s, n);
    in->slot[h] = ++in->n;
    return in->n - 1;
}

static void intern_free(Intern *in)
{
    buf_free(&in->text);
    free(in->start);
    free(in->len);
    free(in->slot);
}

/* UTF-16 code units in the UTF-8 text s[0..n). */
static size_t utf16_units(const char *s, size_t n)
{
    size_t units = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) == 0x80) continue;
        units += c >= 0xF0 ? 2 : 1;
    }
    return units;
}

/* Drops the SVG's <style> element: the page the steps are shown on has
 * the same rules already, in its own inline diagram, and they would
 * otherwise be repeated in every step. */
void site_svg_strip_style(Buf *svg)
{
    if (!svg->p) return;
    char *a = strstr(svg->p, "<style");
    char *b = a ? strstr(a, "</style>") : NULL;
    if (!a || !b) return;
    b += strlen("</style>");
    if (*b == '\n') b++;
    memmove(a, b, (size_t)(svg->p + svg->len - b) + 1);
    svg->len -= (size_t)(b - a);
}

void site_steps_js(const SiteLesson *l, SiteExample *e, const SiteGuide *g, Buf *out)
{
    size_t first = e->step_first, n = e->step_end - e->step_first;
    bool inl = e->opt.inline_values < 0 ? g->inline_values : e->opt.inline_values;
    Buf id = BUF_INIT;
    buf_printf(&id, "%s-%d", l->id, e->index);
    char prefix[32];
    snprintf(prefix, sizeof prefix, "ex%d", e->index); /* as the page's own diagram */
    buf_puts(out, "memguideSteps(");
    site_json_str(out, id.p, id.len);
    buf_printf(out, ",{\"count\":%zu,\"line\":[", n);
    for (size_t i = 0; i < n; i++) {
        int line = site_trace_line(e->trace, first + i) - e->line_offset;
        if (line < 1 || line > e->code_lines) line = 0;
        buf_printf(out, "%s%d", i ? "," : "", line);
    }
    buf_puts(out, "],\"event\":[");
    for (size_t i = 0; i < n; i++) {
        const char *ev = site_trace_event(e->trace, first + i);
        if (i) buf_putc(out, ',');
        site_json_str(out, ev, strlen(ev));
    }
    buf_puts(out, "],\"out\":");
    site_json_str_script(out, e->stdout_text, e->stdout_len);
    buf_puts(out, ",\"outlen\":[");
    for (size_t i = 0; i < n; i++) {
        size_t len = site_trace_out_len(e->trace, first + i);
        len = len > e->out_skip ? len - e->out_skip : 0;
        if (len > e->stdout_len) len = e->stdout_len;
        buf_printf(out, "%s%zu", i ? "," : "", utf16_units(e->stdout_text, len));
    }
    /* the diagrams: each a list of line numbers into "lines", the distinct
     * lines of all of them (the layout is stable, so most lines of a step
     * are lines of the step before); equal diagrams share one list */
    Intern lines = {0}, seqs = {0};
    size_t *which = xmalloc((n ? n : 1) * sizeof *which);
    Buf one = BUF_INIT, seq = BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        buf_clear(&one);
        site_trace_svg(e->trace, first + i, inl, prefix, &one);
        site_svg_strip_style(&one);
        buf_clear(&seq);
        for (size_t pos = 0; pos < one.len;) {
            const char *nl = memchr(one.p + pos, '\n', one.len - pos);
            size_t end = nl ? (size_t)(nl - one.p) : one.len;
            buf_printf(&seq, "%s%zu", seq.len ? "," : "", intern(&lines, one.p + pos, end - pos));
            pos = nl ? end + 1 : one.len;
        }
        which[i] = intern(&seqs, seq.p ? seq.p : "", seq.len);
    }
    buf_puts(out, "],\"svg\":[");
    for (size_t i = 0; i < n; i++) buf_printf(out, "%s%zu", i ? "," : "", which[i]);
    buf_puts(out, "],\"svgs\":[");
    for (size_t k = 0; k < seqs.n; k++) {
        buf_puts(out, k ? ",[" : "[");
        buf_put(out, seqs.text.p + seqs.start[k], seqs.len[k]);
        buf_putc(out, ']');
    }
    buf_puts(out, "],\"lines\":[");
    for (size_t k = 0; k < lines.n; k++) {
        if (k) buf_putc(out, ',');
        site_json_str_script(out, lines.text.p + lines.start[k], lines.len[k]);
    }
    intern_free(&lines);
    intern_free(&seqs);
    free(which);
    buf_free(&one);
    buf_free(&seq);
    buf_printf(out, "],\"truncated\":%s});\n", e->truncated ? "true" : "false");
    buf_free(&id);
}
