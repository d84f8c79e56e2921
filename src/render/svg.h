/* svg.h — memory diagrams: one step of a trace as an SVG picture.
 *
 * Frames with their names on the left, objects on the right, an arrow for
 * every reference (a name's, a slot's, an attribute's).  Each object box
 * shows its type, a short form of its id, its reference count and its
 * value; lists and tuples have indexed slots, dicts key/value rows,
 * instances their attributes.  Cached, interned and immortal objects carry
 * a mark; what the step created or changed, and the names it rebound, are
 * highlighted (with a label or a shape, never by colour alone); objects
 * freed by the step are drawn as faded, dashed ghosts labelled "freed";
 * objects kept alive only by a reference cycle are grouped as unreachable.
 *
 * The picture is a pure function of the trace (the step drawn, the one
 * before it for the highlights, and where earlier steps put each object, so
 * that an object keeps its place from step to step); it never touches the
 * interpreter.  Output is deterministic SVG 1.1 with a <title> and a
 * <desc> that says in words what the picture shows; colours come from CSS
 * classes (mg-*) and custom properties (--mg-*) a page can override for
 * light and dark themes.
 */
#ifndef MEMGUIDE_RENDER_SVG_H
#define MEMGUIDE_RENDER_SVG_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"
#include "pysim/trace.h"

typedef struct SvgOptions {
    bool inline_values;    /* draw small immutable values (numbers, bools, None, short strings)
                              inside their containers and frames instead of as objects */
    bool aria;             /* add role="img" and aria-labelledby (WAI-ARIA, beyond SVG 1.1's
                              DTD): for pictures inlined in HTML */
    bool hide_caption;     /* leave out the caption line ("Step 3 of 9 - line 4: ...") */
    const char *id_prefix; /* prefix of ids inside the SVG (NULL: "mg"); make it unique per
                              picture when several are inlined in one page */
    int max_objects;       /* objects drawn at most; past it a "+N more objects" note (0: 40) */
    int max_items;         /* slots drawn per container before a "... N more" row (0: 10) */
    bool omit_style;       /* leave out the <style> block: a page inlining many pictures
                              gives it once (svg_write_css) */
} SvgOptions;

/* The CSS the pictures use (what each SVG's <style> holds): classes mg-*,
 * colours from custom properties --mg-* with light defaults and dark ones
 * under prefers-color-scheme: dark. */
void svg_write_css(Buf *out);

/* Appends the SVG of step `step` (< trace_step_count) to *out.  Each call
 * lays out the steps before it again; to draw many steps use an
 * SvgRenderer, which gives the same bytes. */
void svg_render_step(const Trace *t, size_t step, const SvgOptions *o, Buf *out);

/* Draws many steps of one trace, laying them out once.  The trace and the
 * options (copied) must outlive the renderer. */
typedef struct SvgRenderer SvgRenderer;
SvgRenderer *svg_renderer_new(const Trace *t, const SvgOptions *o);
void svg_renderer_step(SvgRenderer *r, size_t step, Buf *out);
void svg_renderer_free(SvgRenderer *r);

#endif
