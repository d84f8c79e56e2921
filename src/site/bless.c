/* bless.c — `memguide check --bless`: what the examples really print is
 * written back into the lesson's expectations that disagree with it.
 *
 * Three kinds of expectation are rewritten: the contents of an output
 * fence, the text of a "# Output:" comment, and the output lines of a
 * failing pycon statement.  Invariant: every other byte of the file —
 * prose, code, fences, spacing, line endings, expectations that already
 * match (with their "..." kept) — is left exactly as it was. */
#include <string.h>

#include "pysim/pysim.h"
#include "site/site_impl.h"

typedef struct Edit {
    size_t start, end;
    Buf text;
} Edit;

typedef struct Edits {
    Edit *v;
    size_t n, cap;
} Edits;

static Buf *add(Edits *e, size_t start, size_t end)
{
    if (e->n == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 8;
        e->v = xrealloc(e->v, e->cap * sizeof *e->v);
    }
    Edit *x = &e->v[e->n++];
    x->start = start;
    x->end = end;
    Buf empty = BUF_INIT;
    x->text = empty;
    buf_put(&x->text, "", 0);
    return &x->text;
}

/* The line ending the lesson uses around offset at ("\r\n" or "\n"). */
static const char *eol_at(const SiteLesson *l, size_t at)
{
    const char *nl = memchr(l->src + at, '\n', l->len - at);
    return nl && nl > l->src && nl[-1] == '\r' ? "\r\n" : "\n";
}

/* Appends text as fence lines: each line after prefix, ended by eol. */
static void put_lines(Buf *b, const char *prefix, const char *text, size_t n, const char *eol)
{
    for (size_t pos = 0; pos < n;) {
        const char *nl = memchr(text + pos, '\n', n - pos);
        size_t end = nl ? (size_t)(nl - text) : n;
        buf_puts(b, prefix);
        buf_put(b, text + pos, end - pos);
        buf_puts(b, eol);
        pos = nl ? end + 1 : n;
    }
}

static void bless_python(const SiteLesson *l, const SiteExample *e, Edits *ed)
{
    if (e->has_out && !site_output_matches(e->out_text, e->out_len, e->actual, e->actual_len)) {
        Buf *b = add(ed, e->out_start, e->out_end);
        put_lines(b, e->out_prefix ? e->out_prefix : "", e->actual, e->actual_len, eol_at(l, e->out_start));
    }
    for (size_t k = 0; k < e->ncomments; k++) {
        const SiteOutComment *c = &e->comments[k];
        /* a comment holds one line: output over several lines cannot go there */
        if (!c->failed || !c->actual || !c->file_end || strchr(c->actual, '\n')) continue;
        Buf *b = add(ed, c->file_start, c->file_end);
        buf_puts(b, c->actual);
    }
}

static void bless_pycon(const SiteLesson *l, const SiteExample *e, Edits *ed)
{
    /* only where the session's bytes in the file are its text (not
     * indented inside a list), so offsets agree */
    if (e->code_end - e->code_start != e->code_len || memcmp(l->src + e->code_start, e->code, e->code_len) != 0)
        return;
    SiteSpan *want, *got;
    size_t nw = site_pycon_outputs(e->code, e->code_len, &want);
    size_t ng = site_pycon_outputs(e->actual, e->actual_len, &got);
    if (nw == ng) {
        const char *eol = eol_at(l, e->code_start);
        for (size_t s = 0; s < nw; s++) {
            const char *w = e->code + want[s].start, *a = e->actual + got[s].start;
            size_t wl = want[s].end - want[s].start, al = got[s].end - got[s].start;
            if (site_output_matches(w, wl, a, al)) continue;
            Buf *b = add(ed, e->code_start + want[s].start, e->code_start + want[s].end);
            /* keep a missing final newline missing */
            bool last_open = want[s].end == e->code_len && wl && w[wl - 1] != '\n';
            put_lines(b, "", a, al, eol);
            if (last_open && b->len >= strlen(eol)) b->len -= strlen(eol);
        }
    }
    free(want);
    free(got);
}

static int by_start(const void *a, const void *b)
{
    const Edit *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

int site_bless_text(const SiteLesson *l, char **out, size_t *out_len)
{
    Edits ed = {NULL, 0, 0};
    for (size_t i = 0; i < l->nex; i++) {
        const SiteExample *e = &l->ex[i];
        if (!e->ran || !e->failed || e->status == PYSIM_UNSUPPORTED) continue;
        if (e->kind == SITE_EX_PYTHON)
            bless_python(l, e, &ed);
        else
            bless_pycon(l, e, &ed);
    }
    if (ed.n) qsort(ed.v, ed.n, sizeof *ed.v, by_start);
    Buf b = BUF_INIT;
    size_t pos = 0;
    int changed = 0;
    for (size_t i = 0; i < ed.n; i++) {
        Edit *x = &ed.v[i];
        if (x->start < pos) continue; /* overlapping: keep the first */
        buf_put(&b, l->src + pos, x->start - pos);
        buf_put(&b, x->text.p, x->text.len);
        pos = x->end;
        changed++;
    }
    buf_put(&b, l->src + pos, l->len - pos);
    for (size_t i = 0; i < ed.n; i++) buf_free(&ed.v[i].text);
    free(ed.v);
    *out_len = b.len;
    *out = buf_take(&b);
    return changed;
}
