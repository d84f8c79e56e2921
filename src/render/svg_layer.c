/* svg_layer.c — what each step of a trace draws, and in which column each
 * object goes.
 *
 * What a step draws: breadth first from the names of the frames
 * (outermost frame first, names in binding order), then the return value
 * and the exception, then what the drawn boxes' rows refer to, then the
 * objects only cycles keep alive; the first max_objects of them.
 *
 * Columns: every reference ever drawn, over the whole trace, makes one
 * graph; an object's column is the length of the longest path to it from
 * a frame (Sugiyama's longest-path layering), the references that close a
 * cycle left out (found by a depth-first search that visits objects in
 * the order they first appear).  So every arrow of every step points to a
 * column further right, except those closing a cycle, and an object has
 * one column for its whole life: stepping never moves it sideways.
 */
#include "render/svg_impl.h"

#include <stdlib.h>
#include <string.h>

#define MAX_COLUMN 24

/* ---- boxes per version (a version's rows do not depend on the step) ---- */

static size_t ptr_hash(const void *p, size_t cap)
{
    return (size_t)(((uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ull) >> 24) & (cap - 1);
}

SvgBox *svg_box_cached(SvgBoxCache *c, const TraceObject *o, const TraceStep *s, const SvgOptions *opt)
{
    if (c->n * 2 >= c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 256;
        const TraceObject **keys = xcalloc(cap, sizeof *keys);
        SvgBox **boxes = xcalloc(cap, sizeof *boxes);
        for (size_t i = 0; i < c->cap; i++) {
            if (!c->keys[i]) continue;
            size_t j = ptr_hash(c->keys[i], cap);
            while (keys[j]) j = (j + 1) & (cap - 1);
            keys[j] = c->keys[i];
            boxes[j] = c->boxes[i];
        }
        free(c->keys);
        free(c->boxes);
        c->keys = keys;
        c->boxes = boxes;
        c->cap = cap;
    }
    size_t j = ptr_hash(o, c->cap);
    for (; c->keys[j]; j = (j + 1) & (c->cap - 1))
        if (c->keys[j] == o) return c->boxes[j];
    SvgBox *b = arena_alloc(&c->arena, sizeof *b);
    svg_box_build(b, o, s, NULL, opt, &c->arena);
    svg_box_measure(b);
    c->keys[j] = o;
    c->boxes[j] = b;
    c->n++;
    return b;
}

void svg_box_cache_free(SvgBoxCache *c)
{
    free(c->keys);
    free(c->boxes);
    arena_free(&c->arena);
    memset(c, 0, sizeof *c);
}

/* ---- one step ---- */

typedef struct Walk {
    const TraceStep *s;
    const SvgOptions *opt;
    SvgBoxCache *boxes;
    uint32_t *idx;       /* [maxref + 1]: position + 1 in refs, 0 none */
    uint32_t *refs;
    size_t n, cap;
} Walk;

static void push(Walk *w, uint32_t ref)
{
    if (!ref || w->idx[ref]) return;
    const TraceHeapEntry *e = trace_step_find(w->s, ref);
    if (!e || svg_is_inline(e->obj, w->opt)) return;
    if (w->n == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 64;
        w->refs = xrealloc(w->refs, w->cap * sizeof *w->refs);
    }
    w->refs[w->n++] = ref;
    w->idx[ref] = (uint32_t)w->n;
}

static void expand(Walk *w, size_t q)
{
    for (; q < w->n; q++) {
        const TraceHeapEntry *e = trace_step_find(w->s, w->refs[q]);
        SvgBox *b = svg_box_cached(w->boxes, e->obj, w->s, w->opt);
        for (size_t r = 0; r < b->nrows; r++) {
            if (b->rows[r].flags & SVG_ROW_KEYREF) push(w, b->rows[r].key_ref);
            if (b->rows[r].cell == SVG_CELL_REF) push(w, b->rows[r].ref);
        }
    }
}

static void add_link(SvgDrawSet *d, size_t *cap, SvgLink l)
{
    if (d->nlinks == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        d->links = xrealloc(d->links, *cap * sizeof *d->links);
    }
    d->links[d->nlinks++] = l;
}

bool svg_frame_has_exc_row(const TraceStep *s, size_t k) { return s->exc_ref && k + 1 == s->nframes; }

void svg_draw_set(SvgDrawSet *d, const TraceStep *s, const SvgOptions *opt, SvgBoxCache *boxes, size_t max,
                  uint32_t *idx)
{
    Walk w = {s, opt, boxes, idx, NULL, 0, 0};
    for (size_t k = 0; k < s->nframes; k++) {
        const TraceFrame *f = &s->frames[k];
        for (size_t v = 0; v < f->nvars; v++) push(&w, f->vars[v].ref);
        if (f->retval) push(&w, f->retval);
        if (svg_frame_has_exc_row(s, k)) push(&w, s->exc_ref);
    }
    expand(&w, 0);
    size_t q = w.n;
    for (size_t i = 0; i < s->nheap; i++)
        if (s->heap[i].unreachable) push(&w, s->heap[i].obj->ref);
    expand(&w, q);
    size_t n = w.n < max ? w.n : max;
    memset(d, 0, sizeof *d);
    d->refs = w.refs;
    d->nrefs = n;
    d->omitted = w.n - n;
    /* the links between what is drawn; idx still maps refs to positions */
    size_t cap = 0;
    for (size_t k = 0; k < s->nframes; k++) {
        const TraceFrame *f = &s->frames[k];
        uint32_t row = 0;
        for (size_t v = 0; v < f->nvars; v++, row++)
            if (idx[f->vars[v].ref] && idx[f->vars[v].ref] <= n)
                add_link(d, &cap, (SvgLink){0, (uint32_t)k, row, f->vars[v].ref});
        if (f->retval && idx[f->retval] && idx[f->retval] <= n)
            add_link(d, &cap, (SvgLink){0, (uint32_t)k, row, f->retval});
        if (f->retval) row++;
        if (svg_frame_has_exc_row(s, k) && idx[s->exc_ref] && idx[s->exc_ref] <= n)
            add_link(d, &cap, (SvgLink){0, (uint32_t)k, row, s->exc_ref});
    }
    for (size_t i = 0; i < n; i++) {
        const TraceHeapEntry *e = trace_step_find(s, w.refs[i]);
        SvgBox *b = svg_box_cached(boxes, e->obj, s, opt);
        for (size_t r = 0; r < b->nrows; r++) {
            const SvgRow *row = &b->rows[r];
            if ((row->flags & SVG_ROW_KEYREF) && idx[row->key_ref] && idx[row->key_ref] <= n)
                add_link(d, &cap, (SvgLink){w.refs[i], 0, (uint32_t)r, row->key_ref});
            if (row->cell == SVG_CELL_REF && idx[row->ref] && idx[row->ref] <= n)
                add_link(d, &cap, (SvgLink){w.refs[i], 0, (uint32_t)r, row->ref});
        }
    }
    for (size_t i = 0; i < w.n; i++) idx[w.refs[i]] = 0;
}

void svg_draw_set_free(SvgDrawSet *d)
{
    free(d->refs);
    free(d->links);
}

/* ---- columns ---- */

typedef struct Arc {
    uint32_t from, to;
    bool back;
} Arc;

static int by_arc(const void *a, const void *b)
{
    const Arc *x = a, *y = b;
    if (x->from != y->from) return x->from < y->from ? -1 : 1;
    return x->to < y->to ? -1 : x->to > y->to;
}

void svg_columns(const SvgDrawSet *sets, size_t nsteps, uint32_t maxref, int *col)
{
    /* the union of every step's references between objects, and the
     * objects in the order they first appear */
    size_t narcs = 0, caparcs = 0;
    Arc *arcs = NULL;
    uint32_t *order = xmalloc((maxref + 1) * sizeof *order);
    uint8_t *seen = xcalloc(maxref + 1, 1);
    size_t norder = 0;
    for (size_t i = 0; i < nsteps; i++) {
        const SvgDrawSet *d = &sets[i];
        for (size_t k = 0; k < d->nrefs; k++)
            if (!seen[d->refs[k]]) seen[d->refs[k]] = 1, order[norder++] = d->refs[k];
        for (size_t k = 0; k < d->nlinks; k++) {
            if (!d->links[k].from) continue;
            if (narcs == caparcs) {
                caparcs = caparcs ? caparcs * 2 : 256;
                arcs = xrealloc(arcs, caparcs * sizeof *arcs);
            }
            arcs[narcs++] = (Arc){d->links[k].from, d->links[k].to, false};
        }
    }
    if (narcs) qsort(arcs, narcs, sizeof *arcs, by_arc); /* arcs is NULL when there are none */
    size_t m = 0;
    for (size_t k = 0; k < narcs; k++)
        if (!m || arcs[k].from != arcs[m - 1].from || arcs[k].to != arcs[m - 1].to) arcs[m++] = arcs[k];
    narcs = m;
    size_t *first = xcalloc(maxref + 2, sizeof *first);
    for (size_t k = 0; k < narcs; k++) first[arcs[k].from + 1]++;
    for (uint32_t r = 0; r <= maxref; r++) first[r + 1] += first[r];
    /* depth first from each object in order of appearance: arcs to an
     * object on the current path close a cycle */
    uint8_t *state = xcalloc(maxref + 1, 1);
    size_t *next = xmalloc((maxref + 1) * sizeof *next);
    uint32_t *stack = xmalloc((maxref + 1) * sizeof *stack);
    uint32_t *post = xmalloc((maxref + 1) * sizeof *post);
    size_t npost = 0;
    for (size_t k = 0; k < norder; k++) {
        uint32_t root = order[k];
        if (state[root]) continue;
        size_t sp = 0;
        stack[sp++] = root;
        state[root] = 1;
        next[root] = first[root];
        while (sp) {
            uint32_t u = stack[sp - 1];
            if (next[u] < first[u + 1]) {
                Arc *a = &arcs[next[u]++];
                if (state[a->to] == 1) a->back = true;
                else if (!state[a->to]) {
                    state[a->to] = 1;
                    next[a->to] = first[a->to];
                    stack[sp++] = a->to;
                }
                continue;
            }
            state[u] = 2;
            post[npost++] = u;
            sp--;
        }
    }
    /* longest paths, in topological order (reverse postorder) */
    for (uint32_t r = 0; r <= maxref; r++) col[r] = 0;
    for (size_t k = npost; k-- > 0;) {
        uint32_t u = post[k];
        for (size_t j = first[u]; j < first[u + 1]; j++) {
            if (arcs[j].back) continue;
            int c = col[u] + 1;
            if (c > MAX_COLUMN) c = MAX_COLUMN;
            if (c > col[arcs[j].to]) col[arcs[j].to] = c;
        }
    }
    free(arcs);
    free(order);
    free(seen);
    free(first);
    free(state);
    free(next);
    free(stack);
    free(post);
}
