/* run.c — runs a lesson's examples in the simulator and checks what they
 * print against what the lesson says they print.
 *
 * A python example is a script: its stdout then its uncaught traceback is
 * compared with the ```output fence after it, and each line ending in
 * "# Output: TEXT" with what that line printed.  A pycon example is a
 * session, run with REPL semantics and compared statement by statement.
 * `continue` runs the earlier examples of the chain again before this one
 * (the simulator is deterministic, so the state is the same) and keeps
 * only what this example added.
 *
 * Invariant: every failure is reported at a line of the lesson — the
 * failing line of an output fence, session or "# Output:" comment, or the
 * line of the example where Python stopped — never at a line of the
 * example's own numbering. */
#include <stdlib.h>
#include <string.h>

#include "pysim/pysim.h"
#include "site/site_impl.h"

#define EXAMPLE_FILE "example.py"
/* An example is a teaching program: far fewer steps than this. */
#define EXAMPLE_MAX_STEPS 5000000ull
#define TRACE_MAX_STEPS 1000u

static void to_buf(void *ctx, const char *s, size_t n)
{
    buf_put(ctx, s, n);
}

static SiteDiagram diagram_of(const SiteExample *e, const SiteGuide *g)
{
    return e->opt.diagram == SITE_DIAGRAM_DEFAULT ? g->diagram : e->opt.diagram;
}

/* "FILE:LINE:COL: unsupported: WHAT" (FILE is example.py, or <stdin> in
 * a session) → line, col and "unsupported: WHAT". */
static const char *parse_stop(const char *diag, int *line, int *col)
{
    *line = *col = 1;
    for (const char *p = strchr(diag, ':'); p; p = strchr(p + 1, ':')) {
        char *end;
        long l = strtol(p + 1, &end, 10);
        if (end == p + 1 || *end != ':') continue;
        char *end2;
        long c = strtol(end + 1, &end2, 10);
        if (end2 == end + 1 || *end2 != ':') continue;
        *line = (int)l;
        *col = (int)c;
        end2++;
        while (*end2 == ' ') end2++;
        return end2;
    }
    return diag;
}

/* The line of the last "File "example.py", line N" in a traceback, and
 * the column Python marks in it: a traceback shows the line with its
 * indentation removed under a 4-space margin and, when only part of the
 * line failed, a line of '^'/'~' under that part.  *col is 1-based in the
 * program's own line (prog), its first non-blank when nothing is marked. */
static int traceback_line(const char *s, size_t n, const char *prog, int *col)
{
    static const char mark[] = "File \"" EXAMPLE_FILE "\", line ";
    int line = 0;
    const char *p = s, *last = NULL;
    *col = 1;
    while ((p = strstr(p, mark)) != NULL && p < s + n) {
        p += sizeof mark - 1;
        line = atoi(p);
        last = p;
    }
    if (!last || line < 1) return line;
    /* the program line's own indentation */
    const char *q = prog;
    for (int k = 1; k < line && q; k++) {
        q = strchr(q, '\n');
        if (q) q++;
    }
    int indent = 0;
    while (q && (q[indent] == ' ' || q[indent] == '\t')) indent++;
    *col = indent + 1;
    /* the shown source line, then maybe the marker line */
    const char *src = memchr(last, '\n', (size_t)(s + n - last));
    const char *mk = src ? memchr(src + 1, '\n', (size_t)(s + n - src - 1)) : NULL;
    if (!mk) return line;
    mk++;
    const char *end = memchr(mk, '\n', (size_t)(s + n - mk));
    if (!end) end = s + n;
    int first = -1;
    for (const char *c = mk; c < end; c++) {
        if (*c == '^' || *c == '~') {
            if (first < 0) first = (int)(c - mk);
        } else if (*c != ' ') {
            return line; /* not a marker line */
        }
    }
    if (first >= 4) *col = indent + first - 4 + 1;
    return line;
}

/* The last non-empty line of a text (the exception of a traceback). */
static void last_line(const char *s, size_t n, Buf *out)
{
    while (n && s[n - 1] == '\n') n--;
    size_t start = n;
    while (start && s[start - 1] != '\n') start--;
    buf_put(out, s + start, n - start);
}

/* The first line (0-based) where two texts differ, ignoring lines of the
 * expectation that hold "..."; -1 when none does line by line. */
static int first_diff_line(const char *a, size_t alen, const char *b, size_t blen)
{
    size_t i = 0, j = 0;
    for (int line = 0;; line++) {
        if (i >= alen || j >= blen) return (i >= alen && j >= blen) ? -1 : line;
        const char *ea = memchr(a + i, '\n', alen - i), *eb = memchr(b + j, '\n', blen - j);
        size_t la = (ea ? (size_t)(ea - a) : alen) - i, lb = (eb ? (size_t)(eb - b) : blen) - j;
        bool has_dots = false;
        for (size_t k = 0; k + 3 <= la && !has_dots; k++) has_dots = memcmp(a + i + k, "...", 3) == 0;
        if (has_dots) return -1;
        if (la != lb || memcmp(a + i, b + j, la) != 0) return line;
        i += la + 1;
        j += lb + 1;
    }
}

static void report_stop(SiteLesson *l, SiteExample *e, const char *diag, SiteDiags *d)
{
    int pl, pc, line, col;
    const char *what = parse_stop(diag, &pl, &pc);
    site_example_locate(e, pl, pc, &line, &col);
    /* the column counts from the code, which starts at the fence's column */
    col += e->col - 1;
    if (!strncmp(what, "unsupported: ", 13))
        site_diag(d, "error", l->path, line, col, "memguide's simulator does not support this: %s", what + 13);
    else if (!strncmp(what, "error: ", 7))
        site_diag(d, "error", l->path, line, col, "%s", what + 7);
    else
        site_diag(d, "error", l->path, line, col, "%s", what);
}

/* ---- "# Output:" comments ---- */

/* What each commented line printed, from the trace: output between two
 * steps belongs to the line running then (a callee's output to its own
 * lines, and what follows a return to the caller's line). */
static void attribute_by_trace(SiteExample *e, const char *out, size_t out_len)
{
    const SiteTrace *t = e->trace;
    size_t n = site_trace_steps(t);
    Buf *got = xcalloc(e->ncomments, sizeof *got);
    int cur = 0, stack[256], depth = 0;
    size_t prev_len = e->out_skip;
    for (size_t i = e->step_first; i <= n; i++) {
        size_t len = i < n ? site_trace_out_len(t, i) : e->out_skip + out_len;
        if (len > prev_len && cur) {
            for (size_t k = 0; k < e->ncomments; k++)
                if (e->comments[k].code_line + e->line_offset == cur)
                    buf_put(&got[k], out + (prev_len - e->out_skip), len - prev_len);
        }
        if (len > prev_len) prev_len = len;
        if (i == n) break;
        const char *ev = site_trace_event(t, i);
        int line = site_trace_line(t, i);
        if (!strcmp(ev, "call")) {
            if (depth < 256) stack[depth] = cur;
            depth++;
            cur = line;
        } else if (!strcmp(ev, "return")) {
            depth--;
            cur = depth >= 0 && depth < 256 ? stack[depth] : 0;
            if (depth < 0) depth = 0;
        } else {
            cur = line;
        }
    }
    for (size_t k = 0; k < e->ncomments; k++) {
        if (got[k].len && got[k].p[got[k].len - 1] == '\n') got[k].len--;
        if (got[k].p) got[k].p[got[k].len] = 0;
        e->comments[k].actual = got[k].p ? buf_take(&got[k]) : xstrdup("");
    }
    free(got);
}

/* Without a trace: the commented lines are taken to print the output's
 * lines in order, one each (straight-line code). */
static void attribute_in_order(SiteExample *e, const char *out, size_t out_len)
{
    size_t pos = 0;
    for (size_t k = 0; k < e->ncomments; k++) {
        if (pos >= out_len) {
            e->comments[k].actual = NULL;
            continue;
        }
        const char *nl = memchr(out + pos, '\n', out_len - pos);
        size_t end = nl ? (size_t)(nl - out) : out_len;
        e->comments[k].actual = xstrndup(out + pos, end - pos);
        pos = nl ? end + 1 : out_len;
    }
}

static void check_comments(SiteLesson *l, SiteExample *e, SiteDiags *d)
{
    const char *out = e->stdout_text;
    size_t out_len = e->stdout_len;
    if (e->trace)
        attribute_by_trace(e, out, out_len);
    else
        attribute_in_order(e, out, out_len);
    for (size_t k = 0; k < e->ncomments; k++) {
        SiteOutComment *c = &e->comments[k];
        const char *got = c->actual ? c->actual : "";
        if (c->actual && site_ellipsis_match(c->text, strlen(c->text), got, strlen(got))) continue;
        c->failed = true;
        e->failed = true;
        if (!c->actual)
            site_diag(d, "error", l->path, c->lesson_line, c->lesson_col, "this line prints nothing, expected '%s'",
                      c->text);
        else
            site_diag(d, "error", l->path, c->lesson_line, c->lesson_col, "this line prints '%s', expected '%s'",
                      got, c->text);
        Buf diff = BUF_INIT, a = BUF_INIT, b = BUF_INIT;
        buf_printf(&a, "%s\n", c->text);
        if (c->actual) buf_printf(&b, "%s\n", got);
        site_udiff(a.p, a.len, b.p ? b.p : "", b.len, &diff);
        site_diag_detail(d, diff.p, diff.len);
        buf_free(&diff);
        buf_free(&a);
        buf_free(&b);
    }
}

/* The examples of e's `continue` chain, first to last (malloc'ed). */
static SiteExample **chain_of(SiteExample *e, int *n)
{
    int k = 0;
    for (SiteExample *x = e; x; x = x->prev) k++;
    SiteExample **v = xmalloc((size_t)k * sizeof *v);
    int i = k;
    for (SiteExample *x = e; x; x = x->prev) v[--i] = x;
    *n = k;
    return v;
}

/* ---- python examples ---- */

static void check_python(SiteLesson *l, SiteExample *e, const char *prog, const char *err, size_t err_len,
                         SiteDiags *d)
{
    if (e->has_out) {
        if (!site_output_matches(e->out_text, e->out_len, e->actual, e->actual_len)) {
            e->failed = true;
            int k = first_diff_line(e->out_text, e->out_len, e->actual, e->actual_len);
            int line = k < 0 ? e->out_line : e->out_line + 1 + k;
            site_diag(d, "error", l->path, line, k < 0 ? e->out_col : 1,
                      "the output of the example at line %d differs from this output fence", e->line);
            Buf diff = BUF_INIT;
            site_udiff(e->out_text, e->out_len, e->actual, e->actual_len, &diff);
            site_diag_detail(d, diff.p, diff.len);
            buf_free(&diff);
        }
    } else if (e->status == PYSIM_EXCEPTION) {
        /* an uncaught exception nobody expected: point at its line */
        e->failed = true;
        int line, col, pcol;
        int pline = traceback_line(err, err_len, prog, &pcol);
        site_example_locate(e, pline, pcol, &line, &col);
        /* the column counts from the code, which starts at the fence's column */
        col += e->col - 1;
        Buf msg = BUF_INIT;
        last_line(err, err_len, &msg);
        site_diag(d, "error", l->path, line, col, "the example stops with %s (add an output fence if it should)",
                  msg.p ? msg.p : "an exception");
        site_diag_detail(d, err, err_len);
        buf_free(&msg);
    }
    if (e->ncomments) check_comments(l, e, d);
}

/* The first step of this example's own code in a chain's trace: the
 * earlier examples' code runs first, so it is the first line step past
 * their lines. */
static size_t first_own_step(const SiteExample *e)
{
    size_t n = site_trace_steps(e->trace);
    if (!e->prev) return 0;
    for (size_t i = 0; i < n; i++)
        if (site_trace_line(e->trace, i) > e->line_offset && !strcmp(site_trace_event(e->trace, i), "line")) return i;
    return n;
}

/* Runs one example (and the chain it continues) and checks it. */
static void run_python(SiteLesson *l, SiteExample *e, const SiteGuide *g, bool want_trace, SiteDiags *d)
{
    Buf prog = BUF_INIT, out = BUF_INIT, err = BUF_INIT, diag = BUF_INIT;
    int nchain;
    SiteExample **chain = chain_of(e, &nchain);
    for (int i = 0; i < nchain; i++) {
        buf_put(&prog, chain[i]->code, chain[i]->code_len);
        if (chain[i]->code_len && chain[i]->code[chain[i]->code_len - 1] != '\n') buf_putc(&prog, '\n');
    }
    free(chain);
    buf_put(&prog, "", 0);
    PysimOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.filename = EXAMPLE_FILE;
    opt.source = prog.p;
    opt.source_len = prog.len;
    opt.max_steps = EXAMPLE_MAX_STEPS;
    opt.out = (PysimSink){to_buf, &out};
    opt.err = (PysimSink){to_buf, &err};
    bool trace = want_trace && (diagram_of(e, g) != SITE_DIAGRAM_NONE || e->ncomments);
    if (e->ncomments && site_trace_available()) trace = true;
    e->status = site_trace_run(&opt, trace, TRACE_MAX_STEPS, &e->trace, &diag);
    e->ran = true;
    if (e->trace) {
        e->step_end = site_trace_steps(e->trace);
        e->step_first = first_own_step(e);
        e->truncated = site_trace_truncated(e->trace);
    }
    size_t skip_out = e->prev ? e->prev->out_skip + e->prev->stdout_len : 0;
    if (skip_out > out.len) skip_out = out.len;
    e->out_skip = skip_out;
    e->stdout_len = out.len - skip_out;
    e->stdout_text = xstrndup(out.p ? out.p + skip_out : "", e->stdout_len);
    Buf all = BUF_INIT;
    buf_put(&all, e->stdout_text, e->stdout_len);
    buf_put(&all, err.p ? err.p : "", err.len);
    e->actual_len = all.len;
    e->actual = buf_take(&all);
    if (e->status == PYSIM_UNSUPPORTED) {
        e->failed = true;
        report_stop(l, e, diag.p ? diag.p : "", d);
    } else {
        check_python(l, e, prog.p, err.p ? err.p : "", err.len, d);
    }
    buf_free(&prog);
    buf_free(&out);
    buf_free(&err);
    buf_free(&diag);
}

/* ---- pycon examples ---- */

/* The session line of the input line k (1-based) of a chain's input. */
static void locate_input_line(SiteExample *e, int k, int *line)
{
    int nchain;
    SiteExample **chain = chain_of(e, &nchain);
    *line = e->line;
    for (int i = 0; i < nchain; i++) {
        SitePycon p;
        site_pycon_parse(chain[i]->code, chain[i]->code_len, &p);
        for (size_t s = 0; s < p.nstmts; s++) {
            if (k <= p.stmts[s].nlines) {
                *line = chain[i]->code_line + p.stmts[s].first_line + k - 2;
                site_pycon_free(&p);
                free(chain);
                return;
            }
            k -= p.stmts[s].nlines;
        }
        site_pycon_free(&p);
    }
    free(chain);
}

static void run_pycon(SiteLesson *l, SiteExample *e, const SiteGuide *g, bool want_trace, SiteDiags *d)
{
    SitePycon mine;
    site_pycon_parse(e->code, e->code_len, &mine);
    if (mine.bad_line) {
        site_diag(d, "error", l->path, e->code_line + mine.bad_line - 1, 1,
                  "a pycon session starts with a '>>> ' prompt; this line comes before any");
        e->failed = true;
    }
    Buf input = BUF_INIT, diag = BUF_INIT;
    int nchain;
    SiteExample **chain = chain_of(e, &nchain);
    for (int i = 0; i < nchain; i++) {
        SitePycon p;
        site_pycon_parse(chain[i]->code, chain[i]->code_len, &p);
        buf_put(&input, p.input.p, p.input.len);
        site_pycon_free(&p);
    }
    free(chain);
    buf_put(&input, "", 0);
    SiteTranscript tr;
    site_transcript_init(&tr, input.p, input.len);
    PysimOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.filename = EXAMPLE_FILE;
    opt.source = input.p;
    opt.source_len = input.len;
    opt.repl = true;
    opt.max_steps = EXAMPLE_MAX_STEPS;
    opt.out = (PysimSink){site_transcript_out, &tr};
    opt.err = (PysimSink){site_transcript_err, &tr};
    /* no diagram for sessions: the recorder's REPL traces do not hold the
     * session's final state yet */
    (void)want_trace;
    (void)g;
    e->status = site_trace_run(&opt, false, TRACE_MAX_STEPS, &e->trace, &diag);
    e->ran = true;
    size_t skip = e->prev ? e->prev->out_skip + e->prev->actual_len : 0;
    if (skip > tr.text.len) skip = tr.text.len;
    e->out_skip = skip;
    e->actual_len = tr.text.len - skip;
    e->actual = xstrndup(tr.text.p + skip, e->actual_len);
    if (e->status == PYSIM_UNSUPPORTED) {
        int pl, pc, line;
        const char *what = parse_stop(diag.p ? diag.p : "", &pl, &pc);
        locate_input_line(e, pl, &line);
        e->failed = true;
        if (!strncmp(what, "unsupported: ", 13))
            site_diag(d, "error", l->path, line, e->col - 1 + 4 + pc, "memguide's simulator does not support this: %s", what + 13);
        else
            site_diag(d, "error", l->path, line, 1, "%s", what);
    } else if (!mine.bad_line) {
        SiteSpan *want, *got;
        size_t nw = site_pycon_outputs(e->code, e->code_len, &want);
        size_t ng = site_pycon_outputs(e->actual, e->actual_len, &got);
        if (nw != ng) {
            e->failed = true;
            site_diag(d, "error", l->path, e->line, e->col, "the session does not run as written");
            Buf diff = BUF_INIT;
            site_udiff(e->code, e->code_len, e->actual, e->actual_len, &diff);
            site_diag_detail(d, diff.p, diff.len);
            buf_free(&diff);
        }
        for (size_t s = 0; s < nw && nw == ng; s++) {
            const char *w = e->code + want[s].start, *a = e->actual + got[s].start;
            size_t wl = want[s].end - want[s].start, al = got[s].end - got[s].start;
            if (site_output_matches(w, wl, a, al)) continue;
            e->failed = true;
            int line = e->code_line + mine.stmts[s].first_line - 1;
            site_diag(d, "error", l->path, line, e->col,
                      al ? "this statement prints something other than the session shows"
                         : "this statement prints nothing, but the session shows output");
            Buf diff = BUF_INIT;
            site_udiff(w, wl, a, al, &diff);
            site_diag_detail(d, diff.p, diff.len);
            buf_free(&diff);
        }
        free(want);
        free(got);
    }
    site_pycon_free(&mine);
    buf_free(&tr.text);
    buf_free(&input);
    buf_free(&diag);
}

void site_run_lesson(SiteLesson *l, const SiteGuide *g, bool want_trace, SiteDiags *d, SiteRunStats *st)
{
    for (size_t i = 0; i < l->nex; i++) {
        SiteExample *e = &l->ex[i];
        st->examples++;
        if (e->opts_bad) {
            st->failed++;
            continue;
        }
        if (e->opt.cont) {
            SiteExample *p = i ? &l->ex[i - 1] : NULL;
            if (!p || p->kind != e->kind || p->opt.norun || p->opts_bad || !p->ran) {
                site_diag(d, "error", l->path, e->line, e->col,
                          "'continue' needs an earlier %s example on this page to go on from",
                          e->kind == SITE_EX_PYTHON ? "python" : "pycon");
                st->failed++;
                continue;
            }
            if (p->status != PYSIM_OK) {
                site_diag(d, "error", l->path, e->line, e->col,
                          "'continue': the example at line %d does not run to its end, so this one cannot go on "
                          "from it",
                          p->line);
                st->failed++;
                continue;
            }
            e->prev = p;
            e->line_offset = p->line_offset + p->code_lines;
        }
        if (e->opt.norun) continue;
        if (e->kind == SITE_EX_PYTHON)
            run_python(l, e, g, want_trace, d);
        else
            run_pycon(l, e, g, want_trace, d);
        if (e->failed) st->failed++;
        if (e->trace) st->steps += (int)(e->step_end - e->step_first);
    }
}
