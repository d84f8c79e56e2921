/* trace_gc.c — which objects no name reaches are kept alive only by
 * reference cycles: the garbage the cycle collector would find now.
 *
 * The search is the collector's own (Modules/gcmodule.c): take the
 * candidates (objects shown before, alive, not reached from any frame this
 * step) and everything they reference that no frame reaches; start each
 * one's count at its reference count and subtract one for every reference
 * from another candidate (tp_traverse).  A candidate with a count left is
 * held from outside (a code object's constant, a cache, a C caller's
 * temporary), and so is everything it reaches; the rest is garbage.
 *
 * Invariant: only reads the heap (tp_traverse with our own visitor).
 */
#include "pysim/trace_impl.h"

#include <stdlib.h>

/* Past this many candidates the search gives up for this step (nothing is
 * shown as garbage): the cost stays bounded whatever the program does. */
#define MAX_CANDIDATES 20000

typedef struct Search {
    Recorder *r;
    uint32_t *c;          /* candidate records */
    size_t n, cap;
    bool overflow;
    size_t cur;           /* the candidate being traversed (propagation) */
    uint32_t *work;       /* held records still to propagate from */
    size_t nwork, capwork;
} Search;

static void push(uint32_t **v, size_t *n, size_t *cap, uint32_t x)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 256;
        *v = xrealloc(*v, *cap * sizeof **v);
    }
    (*v)[(*n)++] = x;
}

void trace_mark_seen(Recorder *r, PyObj *o)
{
    if (!o) return;
    uint32_t i = objtab_get(&r->objs, o, 0);
    r->objs.recs[i].held = r->stamp;
}

static int visit_expand(PyObj *o, void *arg)
{
    Search *s = arg;
    Recorder *r = s->r;
    if (s->overflow) return 1;
    uint32_t i = objtab_get(&r->objs, o, 0);
    ObjInfo *in = &r->objs.recs[i];
    if (in->mark == r->stamp || in->held == r->stamp || in->cand == r->stamp) return 0;
    if (s->n >= MAX_CANDIDATES) {
        s->overflow = true;
        return 1;
    }
    in->cand = r->stamp;
    push(&s->c, &s->n, &s->cap, i);
    return 0;
}

static int visit_subtract(PyObj *o, void *arg)
{
    Search *s = arg;
    Recorder *r = s->r;
    uint32_t i = objtab_find(&r->objs, o);
    if (i && r->objs.recs[i].cand == r->stamp) r->objs.recs[i].gc_refs--;
    return 0;
}

static int visit_hold(PyObj *o, void *arg)
{
    Search *s = arg;
    Recorder *r = s->r;
    uint32_t i = objtab_find(&r->objs, o);
    if (!i) return 0;
    ObjInfo *in = &r->objs.recs[i];
    if (in->cand != r->stamp || in->held == r->stamp) return 0;
    in->held = r->stamp;
    push(&s->work, &s->nwork, &s->capwork, i);
    return 0;
}

static void traverse(Search *s, uint32_t i, PyVisitFn visit)
{
    PyObj *o = s->r->objs.recs[i].o;
    PyType *t = PY_TYPE(o);
    if (t->tp_traverse) t->tp_traverse(o, visit, s);
}

void trace_find_cycles(Recorder *r)
{
    Search s = {r, NULL, 0, 0, false, 0, NULL, 0, 0};
    ObjTable *t = &r->objs;
    for (uint32_t i = 1; i < t->nrecs; i++) {
        ObjInfo *in = &t->recs[i];
        if (!in->o || !in->ref || in->mark == r->stamp || in->held == r->stamp) continue;
        in->cand = r->stamp;
        push(&s.c, &s.n, &s.cap, i);
    }
    /* everything the candidates reach that no frame does */
    for (size_t k = 0; k < s.n && !s.overflow; k++) traverse(&s, s.c[k], visit_expand);
    if (s.overflow || !s.n) {
        for (size_t k = 0; k < s.n; k++) t->recs[s.c[k]].cand = 0;
        free(s.c);
        return;
    }
    for (size_t k = 0; k < s.n; k++) {
        ObjInfo *in = &t->recs[s.c[k]];
        in->gc_refs = (in->o->ob_flags & PY_OBF_IMMORTAL) ? INT64_MAX / 2 : (int64_t)in->o->ob_refcnt;
    }
    for (size_t k = 0; k < s.n; k++) traverse(&s, s.c[k], visit_subtract);
    /* held from outside, and everything they reach */
    for (size_t k = 0; k < s.n; k++) {
        ObjInfo *in = &t->recs[s.c[k]];
        if (in->gc_refs > 0 && in->held != r->stamp) {
            in->held = r->stamp;
            push(&s.work, &s.nwork, &s.capwork, s.c[k]);
        }
    }
    while (s.nwork) traverse(&s, s.work[--s.nwork], visit_hold);
    /* the rest is garbage: shown, marked unreachable */
    for (size_t k = 0; k < s.n; k++) {
        ObjInfo *in = &t->recs[s.c[k]];
        if (in->held == r->stamp) continue;
        in->garbage = r->stamp;
        trace_reach(r, in->o);
    }
    free(s.c);
    free(s.work);
}
