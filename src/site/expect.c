/* expect.c — what an example is expected to print, and how what it did
 * print is compared: doctest's ELLIPSIS, pycon sessions split into what is
 * typed and what is shown, and REPL transcripts rebuilt from the
 * simulator's two sinks.
 *
 * Invariant: a transcript is byte for byte what a terminal shows for
 * `python3.12 -q -i < session`, with each typed line placed after its
 * prompt, so the expected session in a lesson can be compared with it
 * directly. */
#include <string.h>

#include "site/site_impl.h"

/* ---- ELLIPSIS ---- */

static const char *find(const char *hay, size_t hlen, const char *needle, size_t nlen)
{
    if (nlen == 0) return hay;
    for (size_t i = 0; i + nlen <= hlen; i++)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, nlen) == 0) return hay + i;
    return NULL;
}

bool site_ellipsis_match(const char *pat, size_t plen, const char *text, size_t tlen)
{
    const char *dots = find(pat, plen, "...", 3);
    if (!dots) return plen == tlen && memcmp(pat, text, plen) == 0;
    /* doctest's _ellipsis_match over pat.split("..."): the first piece is a
     * prefix, the last a suffix, the ones between are found left to right
     * in what remains between them */
    const char *lastdots = dots, *q;
    while ((q = find(lastdots + 3, (size_t)(pat + plen - (lastdots + 3)), "...", 3)) != NULL) lastdots = q;
    size_t first_len = (size_t)(dots - pat);
    const char *last = lastdots + 3;
    size_t last_len = (size_t)(pat + plen - last);
    if (first_len > tlen || memcmp(pat, text, first_len) != 0) return false;
    if (last_len > tlen || memcmp(last, text + tlen - last_len, last_len) != 0) return false;
    size_t start = first_len, end = tlen - last_len;
    if (start > end) return false;
    for (const char *p = dots + 3; p < last;) {
        const char *next = find(p, (size_t)(last - p), "...", 3);
        size_t wlen = (size_t)(next - p);
        const char *at = find(text + start, end - start, p, wlen);
        if (!at) return false;
        start = (size_t)(at - text) + wlen;
        p = next + 3;
    }
    return true;
}

bool site_output_matches(const char *want, size_t wlen, const char *got, size_t glen)
{
    /* an output fence always ends in a newline; output need not */
    if (glen && got[glen - 1] != '\n' && wlen && want[wlen - 1] == '\n') wlen--;
    if (wlen && want[wlen - 1] != '\n' && glen && got[glen - 1] == '\n') glen--;
    return site_ellipsis_match(want, wlen, got, glen);
}

/* ---- pycon sessions ---- */

static bool is_prompt(const char *line, size_t n, const char *prompt)
{
    /* ">>> x" or a bare ">>>" (trailing blanks dropped by editors) */
    if (n >= 4 && memcmp(line, prompt, 4) == 0) return true;
    return n == 3 && memcmp(line, prompt, 3) == 0;
}

void site_pycon_parse(const char *s, size_t n, SitePycon *p)
{
    memset(p, 0, sizeof *p);
    buf_put(&p->input, "", 0);
    size_t cap = 0;
    bool in_input = false;
    int lineno = 0;
    for (size_t pos = 0; pos < n;) {
        const char *nl = memchr(s + pos, '\n', n - pos);
        size_t end = nl ? (size_t)(nl - s) : n;
        size_t next = nl ? end + 1 : n;
        const char *line = s + pos;
        size_t len = end - pos;
        lineno++;
        if (is_prompt(line, len, ">>> ")) {
            if (p->nstmts == cap) {
                cap = cap ? cap * 2 : 8;
                p->stmts = xrealloc(p->stmts, cap * sizeof *p->stmts);
            }
            SitePyconStmt *st = &p->stmts[p->nstmts++];
            st->first_line = lineno;
            st->nlines = 1;
            st->expect_start = st->expect_end = next;
            st->expect_line = lineno + 1;
            buf_put(&p->input, line + (len > 4 ? 4 : len), len > 4 ? len - 4 : 0);
            buf_putc(&p->input, '\n');
            in_input = true;
        } else if (in_input && is_prompt(line, len, "... ")) {
            SitePyconStmt *st = &p->stmts[p->nstmts - 1];
            st->nlines++;
            st->expect_start = st->expect_end = next;
            st->expect_line = lineno + 1;
            buf_put(&p->input, line + (len > 4 ? 4 : len), len > 4 ? len - 4 : 0);
            buf_putc(&p->input, '\n');
        } else if (p->nstmts == 0) {
            if (len && !p->bad_line) p->bad_line = lineno;
        } else {
            in_input = false;
            p->stmts[p->nstmts - 1].expect_end = next;
        }
        pos = next;
    }
}

void site_pycon_free(SitePycon *p)
{
    buf_free(&p->input);
    free(p->stmts);
    memset(p, 0, sizeof *p);
}

size_t site_pycon_outputs(const char *s, size_t n, SiteSpan **spans)
{
    SitePycon p;
    site_pycon_parse(s, n, &p);
    *spans = xmalloc((p.nstmts ? p.nstmts : 1) * sizeof **spans);
    for (size_t i = 0; i < p.nstmts; i++) {
        (*spans)[i].start = p.stmts[i].expect_start;
        (*spans)[i].end = p.stmts[i].expect_end;
    }
    size_t count = p.nstmts;
    site_pycon_free(&p);
    return count;
}

/* ---- transcripts ---- */

void site_transcript_init(SiteTranscript *t, const char *input, size_t len)
{
    memset(t, 0, sizeof *t);
    buf_put(&t->text, "", 0);
    t->input = input;
    t->input_len = len;
}

void site_transcript_out(void *ctx, const char *s, size_t n)
{
    SiteTranscript *t = ctx;
    buf_put(&t->text, s, n);
}

void site_transcript_err(void *ctx, const char *s, size_t n)
{
    SiteTranscript *t = ctx;
    bool prompt = n == 4 && (memcmp(s, ">>> ", 4) == 0 || memcmp(s, "... ", 4) == 0);
    if (prompt && t->input_pos < t->input_len) {
        const char *nl = memchr(t->input + t->input_pos, '\n', t->input_len - t->input_pos);
        size_t end = nl ? (size_t)(nl - t->input) + 1 : t->input_len;
        /* the typed line, as a terminal echoes it; a bare prompt keeps no
         * trailing blank, as sessions are written */
        if (end - t->input_pos == 1 && t->input[t->input_pos] == '\n')
            buf_put(&t->text, s, 3);
        else
            buf_put(&t->text, s, n);
        buf_put(&t->text, t->input + t->input_pos, end - t->input_pos);
        if (!nl) buf_putc(&t->text, '\n');
        t->input_pos = end;
        return;
    }
    if (prompt) {
        /* the prompt at the end of input, and the newline after it */
        t->at_eof_prompt = true;
        return;
    }
    if (t->at_eof_prompt && n >= 1 && s[0] == '\n') {
        t->at_eof_prompt = false;
        s++;
        n--;
    }
    buf_put(&t->text, s, n);
}
