/* svg.c — the diagram renderer's entry points: a renderer that lays a
 * trace out once and draws any of its steps, and svg_render_step, which
 * keeps the layout of the last trace it drew (per thread) so drawing every
 * step of a trace one call at a time costs one layout, not one per step.
 *
 * Invariant: the bytes of a step's picture depend only on the trace, the
 * step and the options, whichever entry point made them.
 */
#include "render/svg_impl.h"

#include <stdlib.h>
#include <string.h>

struct SvgRenderer {
    SvgLayout *layout;
};

/* Do two option sets give the same layout? */
static bool same_layout_options(const SvgOptions *a, const SvgOptions *b)
{
    return a->inline_values == b->inline_values && a->hide_caption == b->hide_caption &&
           a->max_objects == b->max_objects && a->max_items == b->max_items;
}

SvgRenderer *svg_renderer_new(const Trace *t, const SvgOptions *o)
{
    SvgRenderer *r = xcalloc(1, sizeof *r);
    SvgOptions dflt = {0};
    r->layout = svg_layout_new(t, o ? o : &dflt);
    return r;
}

void svg_renderer_step(SvgRenderer *r, size_t step, Buf *out) { svg_draw_step(r->layout, step, out); }

void svg_renderer_free(SvgRenderer *r)
{
    if (!r) return;
    svg_layout_free(r->layout);
    free(r);
}

/* The last layout svg_render_step made on this thread. */
static _Thread_local SvgLayout *cached;
static _Thread_local uint64_t cached_serial;

void svg_render_step(const Trace *t, size_t step, const SvgOptions *o, Buf *out)
{
    SvgOptions dflt = {0};
    if (!o) o = &dflt;
    if (!cached || cached_serial != trace_serial(t) || cached->t != t || !same_layout_options(&cached->opt, o)) {
        svg_layout_free(cached);
        cached = svg_layout_new(t, o);
        cached_serial = trace_serial(t);
    }
    /* what does not move boxes: ids, ARIA, the style block */
    cached->opt = *o;
    svg_draw_step(cached, step, out);
}
