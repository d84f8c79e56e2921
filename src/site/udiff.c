/* udiff.c — unified diffs of expected and actual output, as `diff -u`
 * prints them, for diagnostics.
 *
 * Invariant: applying the diff to the expected text gives the actual text
 * (a line without a final newline is marked as diff marks it). */
#include <string.h>

#include "site/site_impl.h"

#define CONTEXT 3
/* Past this many cells the table would be too big: show everything as
 * changed instead of a minimal diff. */
#define MAX_CELLS 4000000u

typedef struct Line {
    const char *s;
    size_t n;       /* without the newline */
    bool nl;        /* ended by a newline */
} Line;

static size_t split(const char *s, size_t n, Line **out)
{
    size_t count = 0, cap = 16;
    Line *v = xmalloc(cap * sizeof *v);
    for (size_t pos = 0; pos < n;) {
        const char *nl = memchr(s + pos, '\n', n - pos);
        size_t end = nl ? (size_t)(nl - s) : n;
        if (count == cap) v = xrealloc(v, (cap *= 2) * sizeof *v);
        v[count++] = (Line){s + pos, end - pos, nl != NULL};
        pos = nl ? end + 1 : n;
    }
    *out = v;
    return count;
}

static bool same(const Line *a, const Line *b)
{
    return a->n == b->n && a->nl == b->nl && memcmp(a->s, b->s, a->n) == 0;
}

/* An edit script: op ' ' keep, '-' expected only, '+' actual only. */
typedef struct Edit {
    char op;
    size_t ai, bi;
} Edit;

static void put_line(Buf *out, char op, const Line *l)
{
    buf_putc(out, op);
    buf_put(out, l->s, l->n);
    buf_putc(out, '\n');
    if (!l->nl) buf_puts(out, "\\ No newline at end of file\n");
}

void site_udiff(const char *a, size_t alen, const char *b, size_t blen, Buf *out)
{
    Line *la, *lb;
    size_t na = split(a, alen, &la), nb = split(b, blen, &lb);
    Edit *ed = xmalloc((na + nb + 1) * sizeof *ed);
    size_t ne = 0;
    if ((na + 1) * (nb + 1) <= MAX_CELLS) {
        /* longest common subsequence, suffix table */
        unsigned *t = xcalloc((na + 1) * (nb + 1), sizeof *t);
#define T(i, j) t[(i) * (nb + 1) + (j)]
        for (size_t i = na; i-- > 0;)
            for (size_t j = nb; j-- > 0;)
                T(i, j) = same(&la[i], &lb[j]) ? T(i + 1, j + 1) + 1
                                               : (T(i + 1, j) >= T(i, j + 1) ? T(i + 1, j) : T(i, j + 1));
        size_t i = 0, j = 0;
        while (i < na || j < nb) {
            if (i < na && j < nb && same(&la[i], &lb[j])) {
                ed[ne++] = (Edit){' ', i++, j++};
            } else if (j < nb && (i == na || T(i, j + 1) > T(i + 1, j))) {
                ed[ne++] = (Edit){'+', i, j++};
            } else {
                ed[ne++] = (Edit){'-', i++, j};
            }
        }
#undef T
        free(t);
    } else {
        for (size_t i = 0; i < na; i++) ed[ne++] = (Edit){'-', i, 0};
        for (size_t j = 0; j < nb; j++) ed[ne++] = (Edit){'+', na, j};
    }
    buf_puts(out, "--- expected\n+++ actual\n");
    size_t k = 0;
    while (k < ne) {
        while (k < ne && ed[k].op == ' ') k++;
        if (k == ne) break;
        /* a hunk: from CONTEXT lines before this change to CONTEXT lines
         * after the last change that is at most 2*CONTEXT keeps away */
        size_t start = k >= CONTEXT ? k - CONTEXT : 0, end = k;
        for (;;) {
            while (end < ne && ed[end].op != ' ') end++;
            size_t keep = end;
            while (keep < ne && ed[keep].op == ' ' && keep - end < 2 * CONTEXT + 1) keep++;
            if (keep < ne && ed[keep].op != ' ' && keep - end <= 2 * CONTEXT) {
                end = keep;
                continue;
            }
            end = end + CONTEXT < ne ? end + CONTEXT : ne;
            /* only keep-lines may follow the last change */
            break;
        }
        size_t acount = 0, bcount = 0;
        for (size_t e = start; e < end; e++) {
            if (ed[e].op != '+') acount++;
            if (ed[e].op != '-') bcount++;
        }
        size_t astart = ed[start].ai + (acount ? 1 : 0), bstart = ed[start].bi + (bcount ? 1 : 0);
        buf_printf(out, "@@ -%zu", astart);
        if (acount != 1) buf_printf(out, ",%zu", acount);
        buf_printf(out, " +%zu", bstart);
        if (bcount != 1) buf_printf(out, ",%zu", bcount);
        buf_puts(out, " @@\n");
        for (size_t e = start; e < end; e++) {
            if (ed[e].op == '+')
                put_line(out, '+', &lb[ed[e].bi]);
            else
                put_line(out, ed[e].op, &la[ed[e].ai]);
        }
        k = end;
    }
    free(ed);
    free(la);
    free(lb);
}
