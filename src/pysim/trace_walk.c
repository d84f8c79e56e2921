/* trace_walk.c — one snapshot: the running frames with their names, and
 * every object reachable from them, breadth first (names in frame order,
 * then what those objects hold), each described once (trace_value.c) and
 * kept as a version shared with earlier steps when nothing changed.
 *
 * Invariant: the walk only reads; objects are numbered (ref) in the order
 * the walk first meets them, so numbering is deterministic.
 */
#include "pysim/trace_impl.h"

#include <stdlib.h>
#include <string.h>

#include "pysim/vm.h"

/* Names a diagram leaves out: dunders (__name__, __builtins__, the
 * __class__ cell) and the compiler's hidden names (".0"). */
static bool hidden_name(const char *s, size_t n)
{
    if (n && s[0] == '.') return true;
    return n >= 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

uint32_t trace_reach(Recorder *r, PyObj *o)
{
    uint32_t i = objtab_get(&r->objs, o, 0);
    ObjInfo *in = &r->objs.recs[i];
    if (!in->ref) in->ref = r->next_ref++;
    if (in->mark != r->stamp) {
        in->mark = r->stamp;
        if (r->nqueue == r->capqueue) {
            r->capqueue = r->capqueue ? r->capqueue * 2 : 256;
            r->queue = xrealloc(r->queue, r->capqueue * sizeof *r->queue);
        }
        r->queue[r->nqueue++] = i;
    }
    return in->ref;
}

/* ---- frames ---- */

typedef struct VarVec {
    TraceVar *v;
    size_t n, cap;
} VarVec;

static void add_var(Recorder *r, VarVec *vv, PyObj *name, PyObj *value, uint32_t flags)
{
    const char *s = py_str_utf8(name);
    size_t n = py_str_nbytes(name);
    if (hidden_name(s, n)) return;
    if (vv->n == vv->cap) {
        vv->cap = vv->cap ? vv->cap * 2 : 16;
        vv->v = xrealloc(vv->v, vv->cap * sizeof *vv->v);
    }
    vv->v[vv->n++] = (TraceVar){trace_intern(r->t, s, n), trace_reach(r, value), flags};
}

/* What fast slot i holds for the program: a cell's contents for cells
 * and free variables. */
static PyObj *slot_value(const Frame *f, int i)
{
    PyObj *v = f->slots[i];
    if (v && i >= f->code->nfast) v = ((PyCellObj *)v)->ref;
    return v;
}

/* Keeps fi->order = the bound fast slots, in the order they were bound. */
static void update_order(FrameInfo *fi, const Frame *f)
{
    int nslots = f->code->nfast + f->code->ncells + f->code->nfree;
    int k = 0;
    for (int j = 0; j < fi->norder; j++)
        if (slot_value(f, fi->order[j])) fi->order[k++] = fi->order[j];
    fi->norder = k;
    for (int i = 0; i < nslots; i++) {
        if (!slot_value(f, i)) continue;
        bool known = false;
        for (int j = 0; j < fi->norder && !known; j++) known = fi->order[j] == i;
        if (known) continue;
        if (fi->norder == fi->caporder) {
            fi->caporder = fi->caporder ? fi->caporder * 2 : 8;
            fi->order = xrealloc(fi->order, (size_t)fi->caporder * sizeof *fi->order);
        }
        fi->order[fi->norder++] = i;
    }
}

TraceFrameKind trace_frame_kind(const Frame *f)
{
    switch (f->code->kind) {
    case CODE_MODULE: return TRACE_FR_MODULE;
    case CODE_LAMBDA: return TRACE_FR_LAMBDA;
    case CODE_CLASS: return TRACE_FR_CLASS;
    case CODE_GENEXP: return TRACE_FR_GENEXPR;
    default: return TRACE_FR_FUNCTION;
    }
}

static void walk_frame(Recorder *r, Frame *f, TraceFrame *tf, int line)
{
    FrameInfo *fi = trace_frame_info(r, f);
    CodeInfo *c = f->code;
    tf->id = fi->id;
    tf->name = trace_intern(r->t, py_str_utf8(c->name), py_str_nbytes(c->name));
    tf->qualname = trace_intern(r->t, py_str_utf8(c->qualname), py_str_nbytes(c->qualname));
    tf->kind = trace_frame_kind(f);
    tf->line = line;
    VarVec vv = {NULL, 0, 0};
    trace_mark_seen(r, f->globals);
    trace_mark_seen(r, f->builtins);
    if (f->locals) trace_mark_seen(r, f->locals);
    if (f->locals && PY_DICT_CHECK(f->locals)) {
        size_t pos = 0;
        PyObj *k, *v;
        while (py_dict_next(f->locals, &pos, &k, &v))
            if (PY_STR_CHECK(k)) add_var(r, &vv, k, v, 0);
    }
    /* fast slots: a function's locals; in a module or class body, an
     * inlined comprehension's variables while it runs */
    update_order(fi, f);
    for (int j = 0; j < fi->norder; j++) {
        int i = fi->order[j];
        uint32_t flags = i < c->nfast ? (f->locals ? TRACE_VAR_COMPREHENSION : 0)
                         : i < c->nfast + c->ncells ? TRACE_VAR_CELL : TRACE_VAR_FREE;
        add_var(r, &vv, c->slot_names[i], slot_value(f, i), flags);
    }
    tf->vars = vv.n ? arena_alloc(&r->t->arena, vv.n * sizeof *vv.v) : NULL;
    if (vv.n) memcpy((void *)tf->vars, vv.v, vv.n * sizeof *vv.v);
    tf->nvars = vv.n;
    free(vv.v);
}

/* ---- versions ---- */

static bool same_version(const TraceObject *v, const Scratch *s)
{
    if (v->kind != s->kind || v->type != s->type || v->flags != s->flags || v->size != s->size ||
        v->length != s->length || v->id != s->id)
        return false;
    if ((v->value != NULL) != s->has_value) return false;
    if (s->has_value && (strlen(v->value) != s->value.len || memcmp(v->value, s->value.p, s->value.len))) return false;
    if (v->nitems != s->nitems || v->nentries != s->nentries || v->nattrs != s->nattrs) return false;
    if (s->nitems && memcmp(v->items, s->items, s->nitems * sizeof *s->items)) return false;
    if (s->nentries && memcmp(v->entries, s->entries, s->nentries * sizeof *s->entries)) return false;
    for (size_t i = 0; i < s->nattrs; i++)
        if (v->attrs[i].name != s->attrs[i].name || v->attrs[i].ref != s->attrs[i].ref ||
            v->attrs[i].role != s->attrs[i].role)
            return false;
    return true;
}

static const TraceObject *commit(Recorder *r, ObjInfo *in, const Scratch *s)
{
    if (in->last && same_version(in->last, s)) return in->last;
    Arena *a = &r->t->arena;
    TraceObject *v = arena_alloc(a, sizeof *v);
    v->ref = in->ref;
    v->id = s->id;
    v->type = s->type;
    v->kind = s->kind;
    v->flags = s->flags;
    v->size = s->size;
    v->length = s->length;
    v->value = s->has_value ? arena_strndup(a, s->value.p ? s->value.p : "", s->value.len) : NULL;
    if (s->nitems) {
        uint32_t *items = arena_alloc(a, s->nitems * sizeof *items);
        memcpy(items, s->items, s->nitems * sizeof *items);
        v->items = items;
    }
    v->nitems = s->nitems;
    if (s->nentries) {
        TraceEntry *e = arena_alloc(a, s->nentries * sizeof *e);
        memcpy(e, s->entries, s->nentries * sizeof *e);
        v->entries = e;
    }
    v->nentries = s->nentries;
    if (s->nattrs) {
        TraceAttr *at = arena_alloc(a, s->nattrs * sizeof *at);
        memcpy(at, s->attrs, s->nattrs * sizeof *at);
        v->attrs = at;
    }
    v->nattrs = s->nattrs;
    in->last = v;
    return v;
}

/* Describes every queued object from index *done on (the queue grows as
 * their references are reached). */
static void describe_queued(Recorder *r, size_t *done, size_t *omitted)
{
    for (; *done < r->nqueue; (*done)++) {
        uint32_t i = r->queue[*done];
        if (*done >= TRACE_MAX_OBJECTS) {
            /* reached, numbered, but not recorded */
            (*omitted)++;
            continue;
        }
        trace_describe(r, r->objs.recs[i].o, &r->scratch);
        commit(r, &r->objs.recs[i], &r->scratch);
    }
}

static int by_ref(const void *a, const void *b, void *ctx)
{
    const ObjTable *t = ctx;
    uint32_t x = t->recs[*(const uint32_t *)a].ref, y = t->recs[*(const uint32_t *)b].ref;
    return x < y ? -1 : x > y;
}

/* qsort with a context, as an insertion-free merge sort (qsort_r is not C11). */
static void sort_refs(uint32_t *v, size_t n, const ObjTable *t)
{
    if (n < 2) return;
    uint32_t *tmp = xmalloc(n * sizeof *tmp);
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) tmp[k++] = by_ref(&v[j], &v[i], (void *)t) < 0 ? v[j++] : v[i++];
            while (i < mid) tmp[k++] = v[i++];
            while (j < hi) tmp[k++] = v[j++];
        }
        memcpy(v, tmp, n * sizeof *v);
    }
    free(tmp);
}

void trace_walk(Recorder *r, TraceStep *step, PyObj *const *extra, size_t nextra)
{
    r->stamp++;
    r->nqueue = 0;
    size_t nframes = 0;
    for (Frame *f = py_vm->frame; f; f = f->back) nframes++;
    TraceFrame *frames = nframes ? arena_alloc(&r->t->arena, nframes * sizeof *frames) : NULL;
    size_t k = nframes;
    for (Frame *f = py_vm->frame; f; f = f->back) {
        k--;
        int line = f == py_vm->frame ? step->line : f->stmt ? f->stmt->lineno : f->code->firstlineno;
        walk_frame(r, f, &frames[k], line);
    }
    step->frames = frames;
    step->nframes = nframes;
    for (size_t i = 0; i < nextra; i++)
        if (extra[i]) trace_reach(r, extra[i]);
    size_t done = 0, omitted = 0;
    describe_queued(r, &done, &omitted);
    /* objects no name reaches that only cycles keep alive */
    trace_find_cycles(r);
    describe_queued(r, &done, &omitted);
    /* the recorded objects, by ref; r->queue keeps their records in the
     * same order for the differences */
    size_t n = r->nqueue < TRACE_MAX_OBJECTS ? r->nqueue : TRACE_MAX_OBJECTS;
    r->nqueue = n;
    sort_refs(r->queue, n, &r->objs);
    TraceHeapEntry *heap = n ? arena_alloc(&r->t->arena, n * sizeof *heap) : NULL;
    for (size_t i = 0; i < n; i++) {
        ObjInfo *in = &r->objs.recs[r->queue[i]];
        PyObj *o = in->o;
        heap[i].obj = in->last;
        heap[i].refcnt = (o->ob_flags & PY_OBF_IMMORTAL) ? 0 : o->ob_refcnt;
        heap[i].unreachable = in->garbage == r->stamp;
    }
    step->heap = heap;
    step->nheap = n;
    step->heap_omitted = omitted;
}
