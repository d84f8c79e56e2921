/* trace_glue.c — the site's one door to the trace recorder and the SVG
 * renderer (issue 4: src/pysim/trace.h, src/render/svg.h).
 *
 * The build compiles with or without them: when their headers are absent
 * (they are being written alongside), runs are plain pysim_run calls,
 * site_trace_available() says false, and pages show outputs without
 * diagrams.  Invariant: every other file of src/site/ sees only the
 * functions below, so the recorder's API shows up in this file alone. */
#include <string.h>

#include "pysim/pysim.h"
#include "site/site_impl.h"

#if defined(__has_include) && !defined(SITE_NO_TRACE)
#if __has_include("pysim/trace.h") && __has_include("render/svg.h")
#define SITE_HAVE_TRACE 1
#endif
#endif

#ifdef SITE_HAVE_TRACE
#include "pysim/trace.h"
#include "render/svg.h"

struct SiteTrace {
    Trace *t;
    size_t *out_len;     /* stdout bytes before each step */
    SvgRenderer *svg;    /* lays the steps out once for all of them */
    SvgOptions svg_opt;
    char *svg_prefix;
};

bool site_trace_available(void)
{
    return true;
}

int site_trace_run(const PysimOptions *opt, bool want_trace, uint64_t max_steps, SiteTrace **out, Buf *diag)
{
    *out = NULL;
    if (!want_trace) return pysim_run(opt, diag);
    TraceOptions topt = {0};
    topt.max_steps = max_steps;
    Trace *t = NULL;
    int status = pysim_run_traced(opt, &topt, &t, diag);
    if (!t) return status;
    SiteTrace *st = xcalloc(1, sizeof *st);
    st->t = t;
    size_t n = trace_step_count(t);
    st->out_len = xcalloc(n ? n : 1, sizeof *st->out_len);
    for (size_t i = 0; i < n; i++) {
        size_t len = 0;
        trace_step_stdout(t, i, &len);
        st->out_len[i] = len;
    }
    *out = st;
    return status;
}

void site_trace_free(SiteTrace *t)
{
    if (!t) return;
    if (t->svg) svg_renderer_free(t->svg);
    trace_free(t->t);
    free(t->out_len);
    free(t->svg_prefix);
    free(t);
}

size_t site_trace_steps(const SiteTrace *t)
{
    return t ? trace_step_count(t->t) : 0;
}

int site_trace_line(const SiteTrace *t, size_t step)
{
    return trace_step_line(t->t, step);
}

const char *site_trace_event(const SiteTrace *t, size_t step)
{
    return trace_step_event(t->t, step);
}

size_t site_trace_out_len(const SiteTrace *t, size_t step)
{
    return t->out_len[step];
}

bool site_trace_truncated(const SiteTrace *t)
{
    return t && trace_truncated(t->t);
}

void site_trace_svg(SiteTrace *t, size_t step, bool inline_values, const char *id_prefix, Buf *out)
{
    if (!t->svg || t->svg_opt.inline_values != inline_values || strcmp(t->svg_prefix, id_prefix) != 0) {
        if (t->svg) svg_renderer_free(t->svg);
        free(t->svg_prefix);
        t->svg_prefix = xstrdup(id_prefix);
        memset(&t->svg_opt, 0, sizeof t->svg_opt);
        t->svg_opt.inline_values = inline_values;
        t->svg_opt.aria = true;         /* inlined in HTML pages */
        t->svg_opt.hide_caption = true; /* the stepper says which step it is */
        t->svg_opt.id_prefix = t->svg_prefix;
        t->svg = svg_renderer_new(t->t, &t->svg_opt);
    }
    size_t start = out->len;
    svg_renderer_step(t->svg, step, out);
    /* the picture is inlined in a line of HTML: no newline after it */
    while (out->len > start && out->p[out->len - 1] == '\n') out->p[--out->len] = 0;
}

#else /* no recorder in this build: plain runs */

bool site_trace_available(void)
{
    return false;
}

int site_trace_run(const PysimOptions *opt, bool want_trace, uint64_t max_steps, SiteTrace **out, Buf *diag)
{
    (void)want_trace;
    (void)max_steps;
    *out = NULL;
    return pysim_run(opt, diag);
}

void site_trace_free(SiteTrace *t)
{
    (void)t;
}

size_t site_trace_steps(const SiteTrace *t)
{
    (void)t;
    return 0;
}

int site_trace_line(const SiteTrace *t, size_t step)
{
    (void)t;
    (void)step;
    return 0;
}

const char *site_trace_event(const SiteTrace *t, size_t step)
{
    (void)t;
    (void)step;
    return "line";
}

size_t site_trace_out_len(const SiteTrace *t, size_t step)
{
    (void)t;
    (void)step;
    return 0;
}

bool site_trace_truncated(const SiteTrace *t)
{
    (void)t;
    return false;
}

void site_trace_svg(SiteTrace *t, size_t step, bool inline_values, const char *id_prefix, Buf *out)
{
    (void)t;
    (void)step;
    (void)inline_values;
    (void)id_prefix;
    (void)out;
}

#endif
