/* gc.c — the cycle collector (CPython's Modules/gcmodule.c algorithm):
 * copy every tracked container's count, subtract the references containers
 * hold to each other, and whatever is left with no outside reference (nor
 * reachable from something that has one) is unreachable garbage: its
 * finalizers (__del__) run once, then its references are cleared, which
 * lets ordinary reference counting free it.
 */
#include <string.h>

#include "pysim/gc.h"
#include "pysim/obj.h"
#include "pysim/vm.h"

typedef struct ObjList {
    PyObj **items;
    size_t n, cap;
} ObjList;

static void push(ObjList *l, PyObj *o)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        l->items = xrealloc(l->items, l->cap * sizeof *l->items);
    }
    l->items[l->n++] = o;
}

static int visit_decref(PyObj *o, void *arg)
{
    (void)arg;
    if (o->ob_flags & PY_OBF_GC_TRACKED) PY_GC_HEAD(o)->gc_refs--;
    return 0;
}

static int visit_reachable(PyObj *o, void *arg)
{
    ObjList *stack = arg;
    if (!(o->ob_flags & PY_OBF_GC_TRACKED)) return 0;
    PyGCHead *g = PY_GC_HEAD(o);
    if (g->gc_refs <= 0) {
        g->gc_refs = 1; /* reachable: revisit its referents */
        push(stack, o);
    }
    return 0;
}

/* The unreachable tracked objects, in the collector's list order. */
static void find_unreachable(ObjList *out)
{
    Heap *h = &py_vm->heap;
    ObjList all = {0};
    for (PyGCHead *g = h->gc_head; g; g = g->next) {
        PyObj *o = PY_FROM_GC(g);
        g->gc_refs = (o->ob_flags & PY_OBF_IMMORTAL) ? 1 << 30 : (int64_t)o->ob_refcnt;
        push(&all, o);
    }
    for (size_t i = 0; i < all.n; i++) {
        PyObj *o = all.items[i];
        if (o->ob_type->tp_traverse) o->ob_type->tp_traverse(o, visit_decref, NULL);
    }
    ObjList stack = {0};
    for (size_t i = 0; i < all.n; i++)
        if (PY_GC_HEAD(all.items[i])->gc_refs > 0) push(&stack, all.items[i]);
    while (stack.n) {
        PyObj *o = stack.items[--stack.n];
        if (o->ob_type->tp_traverse) o->ob_type->tp_traverse(o, visit_reachable, &stack);
    }
    for (size_t i = 0; i < all.n; i++)
        if (PY_GC_HEAD(all.items[i])->gc_refs <= 0) push(out, all.items[i]);
    free(all.items);
    free(stack.items);
}

static bool contains(const ObjList *l, PyObj *o)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->items[i] == o) return true;
    return false;
}

int64_t py_gc_collect(void)
{
    ObjList garbage = {0};
    find_unreachable(&garbage);
    int64_t n = (int64_t)garbage.n;
    if (!n) return 0;
    /* PEP 442: finalizers first, once per object, each kept alive while
     * its __del__ runs */
    bool finalized = false;
    for (size_t i = 0; i < garbage.n && !py_stopping(); i++) {
        PyObj *o = garbage.items[i];
        PyType *t = o->ob_type;
        if (t->tp_finalize && !(o->ob_flags & PY_OBF_FINALIZED)) {
            o->ob_flags |= PY_OBF_FINALIZED;
            py_incref(o);
            PyObj *saved = py_err_fetch();
            t->tp_finalize(o);
            if (saved) py_err_restore(saved);
            py_decref(o);
            finalized = true;
        }
    }
    /* a finalizer may have resurrected objects: clear only what is still
     * unreachable */
    ObjList clear = {0};
    if (finalized) {
        ObjList still = {0};
        find_unreachable(&still);
        for (size_t i = 0; i < still.n; i++)
            if (contains(&garbage, still.items[i])) push(&clear, still.items[i]);
        free(still.items);
    } else {
        clear = garbage;
        garbage.items = NULL;
    }
    free(garbage.items);
    for (size_t i = 0; i < clear.n; i++) py_incref(clear.items[i]);
    for (size_t i = 0; i < clear.n; i++) {
        PyObj *o = clear.items[i];
        if (o->ob_type->tp_clear) o->ob_type->tp_clear(o);
    }
    for (size_t i = 0; i < clear.n; i++) py_decref(clear.items[i]);
    free(clear.items);
    return n;
}

void py_gc_collect_all(void)
{
    for (int i = 0; i < 8 && py_gc_collect() > 0; i++) {
    }
}

/* End of run: whatever is still tracked has its references dropped so that
 * everything is freed (a program's leftover cycles, and memguide's own
 * objects that live for the run). */
void py_gc_clear_all(void)
{
    Heap *h = &py_vm->heap;
    for (int round = 0; round < 16 && h->gc_head; round++) {
        ObjList all = {0};
        for (PyGCHead *g = h->gc_head; g; g = g->next) push(&all, PY_FROM_GC(g));
        for (size_t i = 0; i < all.n; i++) py_incref(all.items[i]);
        for (size_t i = 0; i < all.n; i++)
            if (all.items[i]->ob_type->tp_clear) all.items[i]->ob_type->tp_clear(all.items[i]);
        for (size_t i = 0; i < all.n; i++) py_decref(all.items[i]);
        free(all.items);
    }
}
