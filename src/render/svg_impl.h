/* svg_impl.h — what the diagram renderer's files share: text measuring and
 * escaping (svg_text.c), the content of one object's box (svg_box.c), the
 * layout of a whole trace (svg_layout.c), arrow routes (svg_route.c), the
 * drawing of one step (svg_draw.c) and its description in words
 * (svg_desc.c).  Not for others: they use svg.h.
 *
 * Coordinates are whole pixels (deterministic output); y grows downwards.
 * An object box:
 *
 *        ┌ type  [cached] ───────── rc 2 ┐   header (SVG_HEAD_H), tinted by kind
 *        │  0 │ ●──────────────►          │   rows (SVG_ROW_H): label | cell
 *        │  1 │ 42                        │
 *        └───────────────────── id …20896 ┘   footer (SVG_FOOT_H)
 *
 * Arrows end at the middle of a box's header on its left edge; tags (new,
 * changed, freed, unreachable) sit on the top border.
 */
#ifndef MEMGUIDE_RENDER_SVG_IMPL_H
#define MEMGUIDE_RENDER_SVG_IMPL_H

#include <stdint.h>

#include "base/arena.h"
#include "render/svg.h"

/* ---- geometry (pixels) ---- */
#define SVG_PAD 16         /* canvas margin */
#define SVG_CAPTION_H 26   /* the caption line */
#define SVG_SECTION_H 18   /* "Frames" / "Objects" labels */
#define SVG_HEAD_H 20      /* box and frame header */
#define SVG_ROW_H 22       /* a row of a box or frame */
#define SVG_FOOT_H 14      /* a box's id line */
#define SVG_TAG_H 14       /* a tag (new, changed, freed...) sits this high above its box */
#define SVG_CELL_W 26      /* a cell holding only an arrow's dot */
#define SVG_GAP_Y 20       /* between boxes of a column (room for a tag above a box), and frames */
#define SVG_GUTTER0 64     /* between the frames and the first object column */
#define SVG_GUTTER 56      /* between object columns */
#define SVG_MAX_TEXT 240   /* a value's text is cut (with an ellipsis) past this width */
#define SVG_MAX_LABEL 120  /* a row's label likewise */
#define SVG_DEFAULT_MAX_OBJECTS 40
#define SVG_DEFAULT_MAX_ITEMS 10

/* Font sizes; widths are estimated per character (svg_text_width). */
typedef enum { SVG_F_SANS, SVG_F_SANS_BOLD, SVG_F_MONO, SVG_F_SMALL, SVG_F_TINY } SvgFont;

/* ---- svg_text.c ---- */
/* Estimated width in pixels of UTF-8 text in a font (never less than the
 * browser's: estimates err on the wide side, so nothing overlaps). */
int svg_text_width(const char *s, size_t n, SvgFont f);
/* Appends s cut to at most max_w pixels in font f, an ellipsis marking a
 * cut; returns the width of what was appended. */
int svg_fit(Buf *out, const char *s, size_t n, SvgFont f, int max_w);
/* Appends text escaped for XML character data and attribute values;
 * invalid UTF-8 and control characters become U+FFFD. */
void svg_put_escaped(Buf *out, const char *s, size_t n);
/* The short form of an id shown in a box: "…20896" (its last 5 decimal digits). */
void svg_short_id(Buf *out, uint64_t id);

/* ---- svg_box.c: the content of a box ---- */
typedef enum {
    SVG_CELL_NONE,  /* no cell (a text-only row) */
    SVG_CELL_REF,   /* a dot and an arrow to ref */
    SVG_CELL_TEXT,  /* a value drawn in place (inline mode) */
    SVG_CELL_MORE,  /* "... N more" */
} SvgCellKind;

enum { /* SvgRow.flags */
    SVG_ROW_CHANGED = 1u << 0, /* the slot refers elsewhere than at the previous step */
    SVG_ROW_WEAK = 1u << 1,    /* a weak reference: a dashed arrow */
    SVG_ROW_KEYREF = 1u << 2,  /* dict entry whose key is drawn as an arrow too (key_ref) */
    SVG_ROW_LABEL_MONO = 1u << 3,
    SVG_ROW_MISSING = 1u << 4, /* the target is not drawn (past the object cap) */
};

typedef struct SvgRow {
    const char *label;   /* index, key text or attribute name ("" for none) */
    SvgCellKind cell;
    uint32_t ref;        /* SVG_CELL_REF: the target */
    uint32_t key_ref;    /* SVG_ROW_KEYREF */
    const char *text;    /* SVG_CELL_TEXT / SVG_CELL_MORE; or, in a row without a cell, the text */
    uint32_t flags;
} SvgRow;

typedef struct SvgBox {
    const TraceObject *obj;
    const char *title;   /* header: "list", "Point", "class Point", "function" */
    const char *badges[3]; /* "cached", "interned", "weak" ... NULL-terminated */
    const char *value;   /* the value line (scalars, functions, modules), or NULL */
    SvgRow *rows;
    size_t nrows;
    int w, h;            /* measured */
    int cell_w;          /* the cell column of rows (at the right); labels take the rest */
} SvgBox;

/* Is the object drawn inside whatever refers to it?  Modules always are
 * (a beginner's picture has no use for their insides, and Python Tutor
 * hides them); small values in inline mode. */
bool svg_is_inline(const TraceObject *o, const SvgOptions *opt);
/* The text an inline object is drawn with: a value's repr, "module NAME"
 * (made in a, with tmp as scratch). */
const char *svg_inline_text(const TraceObject *o, Arena *a, Buf *tmp);
/* Fills *b for o as drawn at step s (targets looked up in s for inline
 * values); prev (or NULL) marks changed rows.  Strings go in arena a. */
void svg_box_build(SvgBox *b, const TraceObject *o, const TraceStep *s, const TraceObject *prev,
                   const SvgOptions *opt, Arena *a);
/* Sets b->w, b->h, b->cell_w. */
void svg_box_measure(SvgBox *b);
/* Does the box end with a footer line for its id (else the id ends its
 * value line)? */
bool svg_box_has_footer(const SvgBox *b);
/* y offset of the middle of row i in the box. */
int svg_box_row_mid(const SvgBox *b, size_t i);

/* ---- svg_layer.c: what each step draws, which column each object takes ---- */
/* Boxes of versions, built and measured once (rows do not depend on the step). */
typedef struct SvgBoxCache {
    const TraceObject **keys;
    SvgBox **boxes;
    size_t cap, n;
    Arena arena;
} SvgBoxCache;
SvgBox *svg_box_cached(SvgBoxCache *c, const TraceObject *o, const TraceStep *s, const SvgOptions *opt);
void svg_box_cache_free(SvgBoxCache *c);

/* A reference drawn as an arrow: from a frame's row or a box's row. */
typedef struct SvgLink {
    uint32_t from;       /* the referring box's ref; 0: a frame */
    uint32_t frame;      /* from == 0: the frame's index at the step */
    uint32_t row;        /* the row of the box or frame */
    uint32_t to;
} SvgLink;

/* What one step draws. */
typedef struct SvgDrawSet {
    uint32_t *refs;      /* objects drawn, in priority order */
    size_t nrefs;
    size_t omitted;      /* past the cap */
    SvgLink *links;      /* every arrow between frames and drawn boxes */
    size_t nlinks;
} SvgDrawSet;

/* Fills *d for step s, drawing at most max objects; idx is zeroed scratch
 * of maxref + 1 entries (left zeroed). */
void svg_draw_set(SvgDrawSet *d, const TraceStep *s, const SvgOptions *opt, SvgBoxCache *boxes, size_t max,
                  uint32_t *idx);
void svg_draw_set_free(SvgDrawSet *d);
/* col[ref] for every ref of the trace: the longest-path layer over the
 * references of every step. */
void svg_columns(const SvgDrawSet *sets, size_t nsteps, uint32_t maxref, int *col);
/* Does frame k of step s have the "raised" row? */
bool svg_frame_has_exc_row(const TraceStep *s, size_t k);

/* ---- svg_layout.c: where everything goes, for the whole trace ---- */
typedef struct SvgPlace {
    bool placed;
    int col, x, y, w, h;   /* box rectangle (x filled after the columns are known) */
    uint32_t first, last;  /* steps from its first to its last drawing (ghost included) */
    uint32_t *runs;        /* the steps that draw it (ghost included) as runs of
                              consecutive steps: pairs first, last, ascending */
    uint32_t nruns, capruns;
} SvgPlace;

/* A frame as drawn at one step. */
typedef struct SvgFrameBox {
    const TraceFrame *f;
    int x, y, w, h;
    size_t nrows;          /* vars, then the return value row, then the raised row */
    bool ret_row, exc_row;
} SvgFrameBox;

typedef struct SvgLayout {
    const Trace *t;        /* read while laying out and drawing; never by svg_layout_free,
                              which may run after the trace was freed (svg.c's cache) */
    size_t nsteps;
    SvgOptions opt;
    uint32_t maxref;
    SvgPlace *place;       /* [maxref + 1] */
    int ncols;
    int *col_x, *col_w;
    int frames_x, frames_w, top;
    int frame_label_w;     /* svg_frame_label_w */
    int width, height;     /* the canvas, the same for every step */
    /* per step: refs drawn, in drawing priority order, and how many were left out */
    uint32_t **drawn;
    size_t *ndrawn, *omitted;
} SvgLayout;

SvgLayout *svg_layout_new(const Trace *t, const SvgOptions *opt);
void svg_layout_free(SvgLayout *l);
/* The frames of step s stacked in the frames column: *n boxes (malloc'ed). */
SvgFrameBox *svg_layout_frames(const SvgLayout *l, const TraceStep *s, size_t *n);
/* The frame label column width. */
int svg_frame_label_w(const SvgLayout *l);
/* The drawn box of ref at step, or NULL when not drawn there. */
bool svg_layout_drawn(const SvgLayout *l, size_t step, uint32_t ref);

/* ---- svg_route.c: arrows ---- */
typedef struct SvgRect {
    int x, y, w, h;
    int col;               /* its layout column */
    bool tagged;           /* a tag sits above it at this step */
} SvgRect;
/* Appends the path data ("M.. L.. C..") of an arrow from (sx, sy) in
 * column src_col (-1: the frames) to the box `to` (the middle of its
 * header's left edge).  Arrows leave their column to the right and run
 * vertically only in the gutters between columns, crossing columns on a
 * height at least 8 pixels from every box of boxes[] (the boxes drawn at
 * the step) in those columns, so they never cross a box nor run along
 * its border; lane (0..3) shifts the vertical runs apart. */
void svg_route(Buf *d, const SvgLayout *l, int sx, int sy, int src_col, SvgRect to, const SvgRect *boxes,
               size_t nboxes, int lane);

/* ---- svg_desc.c: in words ---- */
/* The title ("Memory at step 3 of 9, line 4") and the description of step
 * `step`: who refers to what, with refcounts, what changed. */
void svg_describe(const SvgLayout *l, size_t step, Buf *title, Buf *desc);
/* A short text for an object: "the list [1, 2, 3]", "the int 300". */
void svg_object_phrase(Buf *out, const TraceStep *s, const TraceObject *o, int depth);

/* ---- svg_draw.c ---- */
void svg_draw_step(const SvgLayout *l, size_t step, Buf *out);

#endif
