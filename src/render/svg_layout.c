/* svg_layout.c — where every box of a trace's diagrams goes.
 *
 * The layout is computed once for the whole trace so that an object keeps
 * its place from step to step:
 *  1. what each step draws (svg_layer.c: the draw set, capped); objects
 *     freed by a step are drawn once more, as ghosts, where they were.  An
 *     object's lifetime is the set of steps that draw it, kept as runs of
 *     consecutive steps (an object can leave the picture and come back:
 *     None returned now and then);
 *  2. each object's column comes from the references of the whole trace
 *     (svg_layer.c: longest-path layers), and its box is as big as its
 *     largest version;
 *  3. heights, column by column from the left (a referrer is placed before
 *     what it refers to): each object takes, for good, the free height
 *     nearest to the row that first refers to it from the column before,
 *     so most arrows run level; below that row rather than far above it,
 *     where arrows would cross those of the referrer's earlier rows.  In
 *     the first column, what the global frame's names refer to is placed
 *     first, then what other frames' names refer to, then return values
 *     and exceptions, so the longest-lived names get the best places.
 *     "Free" means: no box drawn at any common step is within SVG_GAP_Y;
 *  4. frames are stacked in the left column at every step (they are a
 *     stack: calls push below, returns pop), all as wide as the widest;
 *     columns are as wide as their widest box; the canvas is as big as the
 *     largest step, the same for all.
 * Invariant: boxes drawn at the same step never overlap (the search for a
 * free height checks every box of the column drawn at a step the new one
 * is drawn at).
 */
#include "render/svg_impl.h"

#include <stdlib.h>
#include <string.h>

static int max_objects(const SvgOptions *o) { return o->max_objects > 0 ? o->max_objects : SVG_DEFAULT_MAX_OBJECTS; }

/* ---- frames ---- */

static size_t frame_rows(const TraceStep *s, size_t k)
{
    const TraceFrame *f = &s->frames[k];
    size_t n = f->nvars + (f->retval ? 1 : 0) + (svg_frame_has_exc_row(s, k) ? 1 : 0);
    return n ? n : 1;
}

SvgFrameBox *svg_layout_frames(const SvgLayout *l, const TraceStep *s, size_t *n)
{
    *n = s->nframes;
    SvgFrameBox *fb = s->nframes ? xcalloc(s->nframes, sizeof *fb) : NULL;
    int y = l->top;
    for (size_t k = 0; k < s->nframes; k++) {
        fb[k].f = &s->frames[k];
        fb[k].x = l->frames_x;
        fb[k].y = y;
        fb[k].w = l->frames_w;
        fb[k].nrows = frame_rows(s, k);
        fb[k].ret_row = s->frames[k].retval != 0;
        fb[k].exc_row = svg_frame_has_exc_row(s, k);
        fb[k].h = SVG_HEAD_H + (int)fb[k].nrows * SVG_ROW_H;
        y += fb[k].h + SVG_GAP_Y;
    }
    return fb;
}

/* The label column of frames: as wide as the longest name of the trace. */
static int frame_label_w_of(const Trace *t)
{
    int w = svg_text_width("return", 6, SVG_F_SANS);
    for (size_t i = 0; i < trace_step_count(t); i++) {
        const TraceStep *s = trace_step(t, i);
        for (size_t k = 0; k < s->nframes; k++)
            for (size_t v = 0; v < s->frames[k].nvars; v++) {
                const char *nm = s->frames[k].vars[v].name;
                int vw = svg_text_width(nm, strlen(nm), SVG_F_MONO);
                if (vw > w) w = vw;
            }
    }
    if (w > SVG_MAX_LABEL) w = SVG_MAX_LABEL;
    return w + 20;
}

int svg_frame_label_w(const SvgLayout *l) { return l->frame_label_w; }

/* ---- placing ---- */

/* y of the middle of row `row` of a box (or frame) whose top is y. */
static int row_mid(int y, bool has_value, size_t row)
{
    return y + SVG_HEAD_H + (has_value ? SVG_ROW_H : 0) + (int)row * SVG_ROW_H + SVG_ROW_H / 2;
}

typedef struct ColVec {
    uint32_t *refs;
    size_t n, cap;
} ColVec;

/* Records that step i draws p (steps come in ascending order). */
static void add_step(SvgPlace *p, uint32_t i)
{
    if (p->nruns && p->runs[2 * p->nruns - 1] + 1 >= i) {
        p->runs[2 * p->nruns - 1] = i;
    } else {
        if (p->nruns == p->capruns) {
            p->capruns = p->capruns ? p->capruns * 2 : 2;
            p->runs = xrealloc(p->runs, 2 * p->capruns * sizeof *p->runs);
        }
        p->runs[2 * p->nruns] = p->runs[2 * p->nruns + 1] = i;
        p->nruns++;
    }
    if (p->nruns == 1 && p->runs[0] == i) p->first = i;
    p->last = i;
}

/* Is there a step that draws both? */
static bool meet(const SvgPlace *a, const SvgPlace *b)
{
    if (a->last < b->first || b->last < a->first) return false;
    uint32_t i = 0, j = 0;
    while (i < a->nruns && j < b->nruns) {
        uint32_t af = a->runs[2 * i], al = a->runs[2 * i + 1], bf = b->runs[2 * j], bl = b->runs[2 * j + 1];
        if (al < bf) i++;
        else if (bl < af) j++;
        else return true;
    }
    return false;
}

static bool overlaps(const SvgPlace *a, const SvgPlace *b, int y, int h)
{
    if (!meet(a, b)) return false;
    return y < b->y + b->h + SVG_GAP_Y && b->y < y + h + SVG_GAP_Y;
}

static bool fits(const SvgLayout *l, const ColVec *col, const SvgPlace *p, int y)
{
    if (y < l->top) return false;
    for (size_t i = 0; i < col->n; i++)
        if (overlaps(p, &l->place[col->refs[i]], y, p->h)) return false;
    return true;
}

static void place(SvgLayout *l, ColVec *cv, uint32_t ref, int want)
{
    SvgPlace *p = &l->place[ref];
    if (want < l->top) want = l->top;
    int best = -1;
    long best_d = 0;
    if (fits(l, cv, p, want)) best = want;
    for (size_t i = 0; i < cv->n && best != want; i++) {
        const SvgPlace *o = &l->place[cv->refs[i]];
        if (!meet(o, p)) continue;
        int cand[2] = {o->y + o->h + SVG_GAP_Y, o->y - p->h - SVG_GAP_Y};
        for (int k = 0; k < 2; k++) {
            /* going up much would put it above what its referrer's earlier
             * rows point to: arrows would cross */
            if (cand[k] < want - 2 * SVG_ROW_H || !fits(l, cv, p, cand[k])) continue;
            long d = labs((long)cand[k] - want) * 2 + (cand[k] < want);
            if (best < 0 || d < best_d) best = cand[k], best_d = d;
        }
    }
    if (best < 0) best = want; /* unreachable: below every box always fits */
    p->placed = true;
    p->y = best;
    if (cv->n == cv->cap) {
        cv->cap = cv->cap ? cv->cap * 2 : 16;
        cv->refs = xrealloc(cv->refs, cv->cap * sizeof *cv->refs);
    }
    cv->refs[cv->n++] = ref;
}

SvgLayout *svg_layout_new(const Trace *t, const SvgOptions *opt)
{
    SvgLayout *l = xcalloc(1, sizeof *l);
    l->t = t;
    l->opt = *opt;
    size_t n = l->nsteps = trace_step_count(t);
    for (size_t i = 0; i < n; i++) {
        const TraceStep *s = trace_step(t, i);
        for (size_t k = 0; k < s->nheap; k++)
            if (s->heap[k].obj->ref > l->maxref) l->maxref = s->heap[k].obj->ref;
        for (size_t k = 0; k < s->nfreed; k++)
            if (s->freed[k]->ref > l->maxref) l->maxref = s->freed[k]->ref;
    }
    l->place = xcalloc(l->maxref + 1, sizeof *l->place);
    l->drawn = xcalloc(n ? n : 1, sizeof *l->drawn);
    l->ndrawn = xcalloc(n ? n : 1, sizeof *l->ndrawn);
    l->omitted = xcalloc(n ? n : 1, sizeof *l->omitted);
    l->frames_x = SVG_PAD;
    /* room above the highest boxes for tags and for arrows looping over them */
    l->top = SVG_PAD + (opt->hide_caption ? 0 : SVG_CAPTION_H) + SVG_SECTION_H + SVG_TAG_H + 12;

    SvgBoxCache boxes;
    Buf tmp = BUF_INIT; /* scratch for inline texts */
    memset(&boxes, 0, sizeof boxes);
    uint32_t *idx = xcalloc(l->maxref + 1, sizeof *idx);
    SvgDrawSet *sets = xcalloc(n ? n : 1, sizeof *sets);
    uint32_t *seen_step = xcalloc(l->maxref + 1, sizeof *seen_step); /* step + 1 last drawn */

    /* 1. what each step draws; lifetimes, sizes */
    for (size_t i = 0; i < n; i++) {
        const TraceStep *s = trace_step(t, i);
        SvgDrawSet *d = &sets[i];
        svg_draw_set(d, s, &l->opt, &boxes, (size_t)max_objects(opt), idx);
        l->omitted[i] = d->omitted;
        l->drawn[i] = xmalloc((d->nrefs + s->nfreed + 1) * sizeof **l->drawn);
        for (size_t k = 0; k < d->nrefs; k++) {
            uint32_t ref = d->refs[k];
            l->drawn[i][k] = ref;
            SvgPlace *p = &l->place[ref];
            add_step(p, (uint32_t)i);
            seen_step[ref] = (uint32_t)i + 1;
            SvgBox *b = svg_box_cached(&boxes, trace_step_find(s, ref)->obj, s, &l->opt);
            if (b->w > p->w) p->w = b->w;
            if (b->h > p->h) p->h = b->h;
        }
        /* ghosts: freed by this step, drawn by the previous one */
        size_t g = d->nrefs;
        for (size_t k = 0; k < s->nfreed; k++) {
            uint32_t ref = s->freed[k]->ref;
            if (i == 0 || seen_step[ref] != i) continue;
            l->drawn[i][g++] = ref;
            add_step(&l->place[ref], (uint32_t)i);
        }
        l->ndrawn[i] = g;
    }

    /* 2. columns */
    int *col = xmalloc((l->maxref + 1) * sizeof *col);
    svg_columns(sets, n, l->maxref, col);
    for (uint32_t r = 1; r <= l->maxref; r++) {
        l->place[r].col = col[r];
        if (seen_step[r] && col[r] + 1 > l->ncols) l->ncols = col[r] + 1;
    }
    free(col);
    free(seen_step);

    /* 3. heights, column by column (so a referrer one column left is
     * placed first): each object as level as possible with the row that
     * first refers to it from the column before (or from a frame) */
    ColVec *cols = xcalloc((size_t)(l->ncols + 1), sizeof *cols);
    for (int c = 0; c < l->ncols; c++) {
        /* the first column in three passes, so the objects of the longest
         * lived names get the best places: what the global frame's names
         * refer to, then other frames' names, then return values and
         * exceptions */
        for (int pass = 0; pass < (c == 0 ? 3 : 1); pass++) {
            for (size_t i = 0; i < n; i++) {
                const TraceStep *s = trace_step(t, i);
                const SvgDrawSet *d = &sets[i];
                size_t nfb = 0;
                SvgFrameBox *fb = NULL;
                for (size_t k = 0; k < d->nlinks; k++) {
                    const SvgLink *lk = &d->links[k];
                    SvgPlace *p = &l->place[lk->to];
                    if (p->placed || p->col != c) continue;
                    int want;
                    if (!lk->from) {
                        if (c != 0) continue;
                        int rank = lk->row >= s->frames[lk->frame].nvars ? 2 : lk->frame ? 1 : 0;
                        if (rank != pass) continue;
                        if (!fb) fb = svg_layout_frames(l, s, &nfb);
                        want = row_mid(fb[lk->frame].y, false, lk->row) - SVG_HEAD_H / 2;
                    } else {
                        const SvgPlace *sp = &l->place[lk->from];
                        if (sp->col != c - 1 || !sp->placed) continue;
                        const SvgBox *sb = svg_box_cached(&boxes, trace_step_find(s, lk->from)->obj, s, &l->opt);
                        want = row_mid(sp->y, sb->value != NULL, lk->row) - SVG_HEAD_H / 2;
                    }
                    place(l, &cols[c], lk->to, want);
                }
                free(fb);
            }
        }
        /* what nothing to its left refers to (cycles' objects): on top */
        for (size_t i = 0; i < n; i++)
            for (size_t k = 0; k < sets[i].nrefs; k++) {
                SvgPlace *p = &l->place[sets[i].refs[k]];
                if (!p->placed && p->col == c) place(l, &cols[c], sets[i].refs[k], l->top);
            }
    }
    for (size_t i = 0; i < n; i++) svg_draw_set_free(&sets[i]);
    free(sets);
    free(idx);

    /* 4. columns, frames, canvas */
    l->frame_label_w = frame_label_w_of(t);
    l->frames_w = l->frame_label_w + SVG_CELL_W + 8;
    for (size_t i = 0; i < n; i++) {
        const TraceStep *s = trace_step(t, i);
        for (size_t k = 0; k < s->nframes; k++) {
            const TraceFrame *f = &s->frames[k];
            const char *nm = f->kind == TRACE_FR_MODULE ? "Global frame" : f->name;
            int hw = svg_text_width(nm, strlen(nm), SVG_F_SANS_BOLD) + svg_text_width("line 0000", 9, SVG_F_SMALL) + 28;
            if (hw > l->frames_w) l->frames_w = hw;
            /* inline values in frames need room */
            for (size_t v = 0; v < f->nvars; v++) {
                const TraceHeapEntry *e = trace_step_find(s, f->vars[v].ref);
                if (!e || !svg_is_inline(e->obj, &l->opt)) continue;
                const char *tx = svg_inline_text(e->obj, &boxes.arena, &tmp);
                int tw = svg_text_width(tx, strlen(tx), SVG_F_MONO);
                if (tw > SVG_MAX_TEXT) tw = SVG_MAX_TEXT;
                int fw = l->frame_label_w + tw + 16;
                if (fw > l->frames_w) l->frames_w = fw;
            }
        }
    }
    l->col_x = xcalloc((size_t)(l->ncols + 1), sizeof *l->col_x);
    l->col_w = xcalloc((size_t)(l->ncols + 1), sizeof *l->col_w);
    for (uint32_t r = 1; r <= l->maxref; r++)
        if (l->place[r].placed && l->place[r].w > l->col_w[l->place[r].col]) l->col_w[l->place[r].col] = l->place[r].w;
    int x = l->frames_x + l->frames_w + SVG_GUTTER0;
    for (int c = 0; c < l->ncols; c++) {
        l->col_x[c] = x;
        x += l->col_w[c] + SVG_GUTTER;
    }
    for (uint32_t r = 1; r <= l->maxref; r++)
        if (l->place[r].placed) l->place[r].x = l->col_x[l->place[r].col];
    int width = l->frames_x + l->frames_w + SVG_PAD, height = l->top;
    for (uint32_t r = 1; r <= l->maxref; r++) {
        const SvgPlace *p = &l->place[r];
        if (!p->placed) continue;
        if (p->x + p->w + SVG_PAD > width) width = p->x + p->w + SVG_PAD;
        if (p->y + p->h > height) height = p->y + p->h;
    }
    bool any_omitted = false;
    for (size_t i = 0; i < n; i++) {
        size_t nfb;
        SvgFrameBox *fb = svg_layout_frames(l, trace_step(t, i), &nfb);
        if (nfb && fb[nfb - 1].y + fb[nfb - 1].h > height) height = fb[nfb - 1].y + fb[nfb - 1].h;
        free(fb);
        if (l->omitted[i]) any_omitted = true;
    }
    if (any_omitted || trace_truncated(t)) height += 24; /* the note line */
    l->height = height + SVG_PAD;
    /* room right of the last column for arrows that loop back */
    width += SVG_GUTTER / 2;
    l->width = width < 360 ? 360 : width;
    for (int c = 0; c < l->ncols; c++) free(cols[c].refs);
    free(cols);
    svg_box_cache_free(&boxes);
    buf_free(&tmp);
    return l;
}

void svg_layout_free(SvgLayout *l)
{
    if (!l) return;
    size_t n = l->nsteps;
    for (size_t i = 0; i < n; i++) free(l->drawn[i]);
    free(l->drawn);
    free(l->ndrawn);
    free(l->omitted);
    for (uint32_t r = 0; r <= l->maxref; r++) free(l->place[r].runs);
    free(l->place);
    free(l->col_x);
    free(l->col_w);
    free(l);
}

bool svg_layout_drawn(const SvgLayout *l, size_t step, uint32_t ref)
{
    for (size_t k = 0; k < l->ndrawn[step]; k++)
        if (l->drawn[step][k] == ref) return true;
    return false;
}
