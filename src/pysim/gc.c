/* gc.c — the cycle collector, CPython 3.12's Modules/gcmodule.c.
 *
 * A collection of generation g merges the younger lists into g's list
 * (younger ones appended after it, generation 0 first), copies each
 * object's count into gc_refs, subtracts the references the collected
 * objects hold to each other, and walks the list: an object with
 * references from outside stays (and marks what it refers to), one
 * without moves to the unreachable list, from which it is moved back to
 * the tail if something reachable refers to it later.  This dance is what
 * orders the lists (and so every finalizer) breadth-first from the roots,
 * and it is reproduced step for step.  Then: tuples (and in full
 * collections dicts) holding nothing trackable are untracked, survivors
 * move to the next generation, weak references to the garbage are cleared
 * (callbacks run only for weak references that survive), __del__ runs
 * once per object (PEP 442), whatever a finalizer resurrected is spared,
 * and the rest is cleared with tp_clear so reference counting frees it.
 *
 * Invariant: a tracked object is in exactly one list, linked through the
 * PyGCHead before it; gc_flags are zero outside a collection.
 */
#include <string.h>

#include "pysim/gc.h"
#include "pysim/obj.h"
#include "pysim/slots.h"
#include "pysim/vm.h"
#include "pysim/weakref.h"

#define NGEN PY_GC_NGEN

/* gc_flags during a collection */
enum {
    GCF_COLLECTING = 1u << 0, /* in the set being collected (PREV_MASK_COLLECTING) */
    GCF_UNREACHABLE = 1u << 1, /* tentatively in the unreachable list (NEXT_MASK_UNREACHABLE) */
};

typedef struct GcGen {
    PyGCHead head; /* sentinel of a circular list */
    int64_t threshold, count;
} GcGen;

struct PyGcState {
    GcGen gen[NGEN];
    PyGCHead permanent;       /* gc.freeze(), and immortal containers */
    bool enabled, collecting, scheduled;
    int debug;
    int64_t long_lived_total, long_lived_pending;
    PyObj *garbage, *callbacks; /* gc.garbage, gc.callbacks (lists), or NULL */
};

#define STATE (py_vm->heap.gc)
#define AS_GC(o) PY_GC_HEAD(o)
#define FROM_GC(g) PY_FROM_GC(g)

/* ---- lists ---- */

static void list_init(PyGCHead *l)
{
    l->prev = l->next = l;
}

static bool list_empty(const PyGCHead *l) { return l->next == l; }

static void list_append(PyGCHead *n, PyGCHead *l)
{
    n->prev = l->prev;
    n->next = l;
    l->prev->next = n;
    l->prev = n;
}

static void list_unlink(PyGCHead *n)
{
    n->prev->next = n->next;
    n->next->prev = n->prev;
}

static void list_move(PyGCHead *n, PyGCHead *l)
{
    list_unlink(n);
    list_append(n, l);
}

/* Appends list from to list to; from becomes empty. */
static void list_merge(PyGCHead *from, PyGCHead *to)
{
    if (!list_empty(from)) {
        to->prev->next = from->next;
        from->next->prev = to->prev;
        from->prev->next = to;
        to->prev = from->prev;
    }
    list_init(from);
}

static int64_t list_size(const PyGCHead *l)
{
    int64_t n = 0;
    for (const PyGCHead *g = l->next; g != l; g = g->next) n++;
    return n;
}

/* ---- state ---- */

void py_gc_init(Heap *h)
{
    struct PyGcState *st = xcalloc(1, sizeof *st);
    static const int64_t thresholds[NGEN] = {700, 10, 10};
    for (int i = 0; i < NGEN; i++) {
        list_init(&st->gen[i].head);
        st->gen[i].threshold = thresholds[i];
    }
    list_init(&st->permanent);
    st->enabled = true;
    h->gc = st;
}

void py_gc_fini(Heap *h)
{
    free(h->gc);
    h->gc = NULL;
}

void py_gc_startup_done(void)
{
    struct PyGcState *st = STATE;
    /* CPython's startup ends with its objects in generation 1 and five
     * young collections counted since the last older one (python3.12 run
     * with an empty environment: gc.get_count() is (N, 5, 0)) */
    list_merge(&st->gen[0].head, &st->gen[1].head);
    st->gen[0].count = 0;
    st->gen[1].count = 5;
}

/* ---- tracking ---- */

void py_gc_track(PyObj *o)
{
    if (!(o->ob_flags & PY_OBF_GC) || (o->ob_flags & (PY_OBF_GC_TRACKED | PY_OBF_INSTANCE_VALUES))) return;
    PyGCHead *g = AS_GC(o);
    g->gc_flags = 0;
    list_append(g, &STATE->gen[0].head);
    o->ob_flags |= PY_OBF_GC_TRACKED;
}

void py_gc_untrack(PyObj *o)
{
    if (!(o->ob_flags & PY_OBF_GC_TRACKED)) return;
    PyGCHead *g = AS_GC(o);
    list_unlink(g);
    g->prev = g->next = NULL;
    g->gc_flags = 0;
    o->ob_flags &= ~(uint32_t)PY_OBF_GC_TRACKED;
}

void py_gc_materialize_dict(PyObj *d)
{
    if (!(d->ob_flags & PY_OBF_INSTANCE_VALUES)) return;
    /* make_dict_from_instance_attributes: a dict object now (counted
     * unless it comes from the free list), tracked if a value may be */
    if (py_dict_place_values(d) < 0) {
        py_err_clear(); /* no room for 64 bytes: the run is over its memory cap anyway */
        return;
    }
    py_gc_track(d);
    py_dict_maybe_untrack(d);
}

/* ---- scheduling ---- */

void py_gc_on_alloc(void)
{
    struct PyGcState *st = STATE;
    if (!st) return;
    st->gen[0].count++;
    if (st->gen[0].count > st->gen[0].threshold && st->enabled && st->gen[0].threshold && !st->collecting &&
        !py_err_occurred())
        st->scheduled = true; /* _Py_ScheduleGC */
}

void py_gc_on_free(void)
{
    struct PyGcState *st = STATE;
    if (st && st->gen[0].count > 0) st->gen[0].count--;
}

/* ---- the algorithm ---- */

static int visit_decref(PyObj *o, void *arg)
{
    (void)arg;
    if (o->ob_flags & PY_OBF_GC) {
        PyGCHead *g = AS_GC(o);
        /* only objects of the collected set count */
        if ((g->gc_flags & GCF_COLLECTING) && g->gc_refs > 0) g->gc_refs--;
    }
    return 0;
}

/* An object's references, as the collector sees them (an instance whose
 * attributes are still inline values visits the values themselves: see
 * class.c's subtype_traverse). */
static int traverse(PyObj *o, PyVisitFn visit, void *arg)
{
    PyType *t = PY_TYPE(o);
    return t->tp_traverse ? t->tp_traverse(o, visit, arg) : 0;
}

/* update_refs: gc_refs = the reference count; immortal objects leave for
 * the permanent generation (their count means nothing). */
static void update_refs(PyGCHead *base)
{
    PyGCHead *g = base->next;
    while (g != base) {
        PyGCHead *next = g->next;
        PyObj *o = FROM_GC(g);
        if (o->ob_flags & PY_OBF_IMMORTAL) {
            list_move(g, &STATE->permanent);
        } else {
            g->gc_refs = (int64_t)o->ob_refcnt;
            g->gc_flags |= GCF_COLLECTING;
        }
        g = next;
    }
}

static void subtract_refs(PyGCHead *base)
{
    for (PyGCHead *g = base->next; g != base; g = g->next) traverse(FROM_GC(g), visit_decref, NULL);
}

static int visit_reachable(PyObj *o, void *arg)
{
    PyGCHead *young = arg;
    if (!(o->ob_flags & PY_OBF_GC)) return 0;
    PyGCHead *g = AS_GC(o);
    /* not in the collected set, or already scanned */
    if (!(g->gc_flags & GCF_COLLECTING)) return 0;
    if (g->gc_flags & GCF_UNREACHABLE) {
        /* passed over as unreachable, but it is not: back to the tail of
         * young, to be scanned again */
        list_move(g, young);
        g->gc_flags &= ~(uint32_t)GCF_UNREACHABLE;
        g->gc_refs = 1;
    } else if (g->gc_refs == 0) {
        g->gc_refs = 1; /* ahead of the scan: it will be traversed there */
    }
    return 0;
}

static void move_unreachable(PyGCHead *young, PyGCHead *unreachable)
{
    PyGCHead *g = young->next;
    while (g != young) {
        if (g->gc_refs) {
            traverse(FROM_GC(g), visit_reachable, young);
            g->gc_flags &= ~(uint32_t)GCF_COLLECTING;
            g = g->next; /* after the traversal: it may have appended */
        } else {
            PyGCHead *next = g->next;
            list_move(g, unreachable);
            g->gc_flags |= GCF_UNREACHABLE;
            g = next;
        }
    }
}

static void deduce_unreachable(PyGCHead *base, PyGCHead *unreachable)
{
    update_refs(base);
    subtract_refs(base);
    list_init(unreachable);
    move_unreachable(base, unreachable);
}

/* _PyObject_GC_MAY_BE_TRACKED */
static bool may_be_tracked(PyObj *o)
{
    if (!(o->ob_flags & PY_OBF_GC)) return false;
    if (PY_IS_TYPE(o, py_tuple_type)) return (o->ob_flags & PY_OBF_GC_TRACKED) != 0;
    return true;
}

/* _PyTuple_MaybeUntrack */
static void tuple_maybe_untrack(PyObj *t)
{
    size_t n = py_tuple_size(t);
    for (size_t i = 0; i < n; i++) {
        PyObj *e = PY_TUPLE_ITEMS(t)[i];
        if (!e || may_be_tracked(e)) return; /* NULL: not fully built yet */
    }
    py_gc_untrack(t);
}

static void untrack_tuples(PyGCHead *head)
{
    PyGCHead *g = head->next;
    while (g != head) {
        PyGCHead *next = g->next;
        if (PY_IS_TYPE(FROM_GC(g), py_tuple_type)) tuple_maybe_untrack(FROM_GC(g));
        g = next;
    }
}

static void untrack_dicts(PyGCHead *head)
{
    PyGCHead *g = head->next;
    while (g != head) {
        PyGCHead *next = g->next;
        if (PY_IS_TYPE(FROM_GC(g), py_dict_type)) py_dict_maybe_untrack(FROM_GC(g));
        g = next;
    }
}

static void call_weakref_callback(PyObj *wr, PyObj *callback)
{
    PyObj *r = py_call1(callback, wr);
    if (r) py_decref(r);
    else if (!py_stopping()) py_write_unraisable(callback);
}

/* handle_weakrefs: weak references to the garbage die now; the callbacks
 * of those that are not garbage themselves run (their owner outlived the
 * referent).  Returns how many of those weak references the callbacks
 * freed. */
static int64_t handle_weakrefs(PyGCHead *unreachable, PyGCHead *old)
{
    PyGCHead wrcb;
    list_init(&wrcb);
    int64_t freed = 0;
    for (PyGCHead *g = unreachable->next; g != unreachable; g = g->next) {
        PyObj *o = FROM_GC(g);
        if (py_weakref_check(o)) py_weakref_clear_ref(o);
        if (!(o->ob_flags & PY_OBF_HAS_WEAKREFS)) continue;
        for (PyObj *wr = py_weakref_first(o); wr; wr = py_weakref_first(o)) {
            py_weakref_clear_ref(wr);
            if (!((PyWeakrefObj *)wr)->callback) continue;
            /* a weak reference in the garbage too: its callback never runs */
            if (AS_GC(wr)->gc_flags & GCF_COLLECTING) continue;
            if (!(wr->ob_flags & PY_OBF_GC_TRACKED)) continue;
            py_incref(wr);
            list_move(AS_GC(wr), &wrcb);
        }
    }
    while (!list_empty(&wrcb)) {
        PyGCHead *g = wrcb.next;
        PyObj *wr = FROM_GC(g);
        PyObj *cb = ((PyWeakrefObj *)wr)->callback;
        if (cb && !py_stopping()) call_weakref_callback(wr, cb);
        py_decref(wr);
        if (wrcb.next == g) list_move(g, old); /* still alive */
        else freed++;
    }
    return freed;
}

/* finalize_garbage: tp_finalize (__del__) once per object, the object
 * kept alive meanwhile (so getrefcount(self) inside shows one more than
 * a __del__ run by a reference count reaching zero). */
static void finalize_garbage(PyGCHead *collectable)
{
    PyGCHead seen;
    list_init(&seen);
    while (!list_empty(collectable)) {
        PyGCHead *g = collectable->next;
        PyObj *o = FROM_GC(g);
        list_move(g, &seen);
        PyType *t = PY_TYPE(o);
        if (!(o->ob_flags & PY_OBF_FINALIZED) && t->tp_finalize && !py_stopping()) {
            o->ob_flags |= PY_OBF_FINALIZED;
            py_incref(o);
            PyObj *saved = py_err_fetch();
            t->tp_finalize(o);
            if (saved) py_err_restore(saved);
            else if (!py_stopping()) py_err_clear();
            py_decref(o);
        }
    }
    list_merge(&seen, collectable);
}

/* handle_resurrected_objects: a finalizer may have made some garbage
 * reachable again; what is still unreachable goes to `still`, the rest
 * to the older generation. */
static void handle_resurrected(PyGCHead *unreachable, PyGCHead *still, PyGCHead *old)
{
    for (PyGCHead *g = unreachable->next; g != unreachable; g = g->next) g->gc_flags &= ~(uint32_t)GCF_COLLECTING;
    deduce_unreachable(unreachable, still);
    for (PyGCHead *g = still->next; g != still; g = g->next) g->gc_flags &= ~(uint32_t)GCF_UNREACHABLE;
    list_merge(unreachable, old);
}

/* CPython's tuples and bound methods have no tp_clear: cycles through them
 * are broken by clearing the other members. */
static bool has_clear(PyObj *o)
{
    PyType *t = PY_TYPE(o);
    if (t == &py_tuple_type || t == &py_method_type) return false;
    return t->tp_clear != NULL;
}

static void delete_garbage(PyGCHead *collectable, PyGCHead *old)
{
    struct PyGcState *st = STATE;
    while (!list_empty(collectable)) {
        PyGCHead *g = collectable->next;
        PyObj *o = FROM_GC(g);
        if (st->debug & PY_GC_DEBUG_SAVEALL) {
            if (py_list_append(py_gc_garbage(), o) < 0) py_err_clear();
        } else if (has_clear(o)) {
            py_incref(o);
            PY_TYPE(o)->tp_clear(o);
            py_decref(o);
        }
        if (collectable->next == g) {
            /* still alive: it may die later */
            g->gc_flags &= ~(uint32_t)GCF_COLLECTING;
            list_move(g, old);
        }
    }
}

static void debug_collectable(PyGCHead *unreachable)
{
    Buf b = BUF_INIT;
    for (PyGCHead *g = unreachable->next; g != unreachable; g = g->next) {
        PyObj *o = FROM_GC(g);
        buf_printf(&b, "gc: collectable <%s 0x%llx>\n", PY_TYPE(o)->name, (unsigned long long)o->ob_id);
    }
    vm_write_err(b.p, b.len);
    buf_free(&b);
}

/* gc_collect_main: returns the number of unreachable objects found. */
static int64_t collect_main(int generation, int64_t *n_collected, bool nofail)
{
    struct PyGcState *st = STATE;
    if (generation + 1 < NGEN) st->gen[generation + 1].count += 1;
    for (int i = 0; i <= generation; i++) st->gen[i].count = 0;
    /* the younger generations join this one, generation 0 first */
    for (int i = 0; i < generation; i++) list_merge(&st->gen[i].head, &st->gen[generation].head);
    PyGCHead *young = &st->gen[generation].head;
    PyGCHead *old = generation < NGEN - 1 ? &st->gen[generation + 1].head : young;

    PyGCHead unreachable;
    deduce_unreachable(young, &unreachable);
    untrack_tuples(young);
    if (young != old) {
        if (generation == NGEN - 2) st->long_lived_pending += list_size(young);
        list_merge(young, old);
    } else {
        /* dicts are untracked in full collections only (bpo-14775) */
        untrack_dicts(young);
        st->long_lived_pending = 0;
        st->long_lived_total = list_size(young);
    }
    /* move_legacy_finalizers: no object has a pre-PEP 442 tp_del */
    for (PyGCHead *g = unreachable.next; g != &unreachable; g = g->next) g->gc_flags &= ~(uint32_t)GCF_UNREACHABLE;
    if (st->debug & PY_GC_DEBUG_COLLECTABLE) debug_collectable(&unreachable);

    int64_t m = handle_weakrefs(&unreachable, old);
    finalize_garbage(&unreachable);
    PyGCHead final;
    handle_resurrected(&unreachable, &final, old);
    m += list_size(&final);
    delete_garbage(&final, old);

    /* the free lists are emptied by full collections only */
    if (generation == NGEN - 1) {
        int64_t n = heap_clear_freelists(&py_vm->heap);
        for (int64_t i = 0; i < n; i++) py_gc_on_free();
    }
    /* gc_collect_main reports an error left by a finalizer as
     * unraisable; finalizers here report their own */
    (void)nofail;
    if (py_err_occurred() && !py_stopping()) py_err_clear();
    if (n_collected) *n_collected = m;
    return m;
}

/* invoke_gc_callback: each of gc.callbacks gets (phase, info). */
static void invoke_callbacks(const char *phase, int generation, int64_t collected)
{
    struct PyGcState *st = STATE;
    if (!st->callbacks || py_list_size(st->callbacks) == 0 || py_stopping()) return;
    PyObj *info = py_dict_new();
    PyObj *g = py_int_from_i64(generation), *c = py_int_from_i64(collected), *u = py_int_from_i64(0);
    py_dict_setitem_c(info, "generation", g);
    py_dict_setitem_c(info, "collected", c);
    py_dict_setitem_c(info, "uncollectable", u);
    py_decref(g);
    py_decref(c);
    py_decref(u);
    PyObj *ph = py_str_from_c(phase);
    for (size_t i = 0; i < py_list_size(st->callbacks) && !py_stopping(); i++) {
        PyObj *cb = py_newref(py_list_item(st->callbacks, i));
        PyObj *r = py_call2(cb, ph, info);
        if (r) py_decref(r);
        else if (!py_stopping()) py_write_unraisable(cb);
        py_decref(cb);
    }
    py_decref(ph);
    py_decref(info);
}

static int64_t collect_with_callback(int generation)
{
    invoke_callbacks("start", generation, 0);
    int64_t collected = 0;
    int64_t n = collect_main(generation, &collected, false);
    invoke_callbacks("stop", generation, collected);
    return n;
}

/* gc_collect_generations: the oldest generation over its threshold; a full
 * collection only once a quarter of the long-lived objects are new. */
static void collect_generations(void)
{
    struct PyGcState *st = STATE;
    for (int i = NGEN - 1; i >= 0; i--) {
        if (st->gen[i].count > st->gen[i].threshold) {
            if (i == NGEN - 1 && st->long_lived_pending < st->long_lived_total / 4) continue;
            collect_with_callback(i);
            break;
        }
    }
}

void py_gc_maybe_collect(void)
{
    struct PyGcState *st = STATE;
    if (!st->scheduled) return;
    st->scheduled = false;
    if (py_stopping() || st->collecting) return;
    PyObj *saved = py_err_fetch();
    st->collecting = true;
    collect_generations();
    st->collecting = false;
    if (saved) py_err_restore(saved);
}

int64_t py_gc_collect_generation(int gen)
{
    struct PyGcState *st = STATE;
    if (st->collecting) return 0;
    st->collecting = true;
    int64_t n = collect_with_callback(gen);
    st->collecting = false;
    return n;
}

int64_t py_gc_collect_if_enabled(void)
{
    struct PyGcState *st = STATE;
    if (!st->enabled || st->collecting) return 0;
    st->collecting = true;
    PyObj *saved = py_err_fetch();
    int64_t n = collect_with_callback(NGEN - 1);
    if (saved) py_err_restore(saved);
    st->collecting = false;
    return n;
}

int64_t py_gc_collect_nofail(void)
{
    struct PyGcState *st = STATE;
    if (st->collecting) return 0;
    st->collecting = true;
    int64_t n = collect_main(NGEN - 1, NULL, true);
    st->collecting = false;
    return n;
}

void py_gc_collect_all(void)
{
    for (int i = 0; i < 8 && py_gc_collect_nofail() > 0; i++) {
    }
}

/* ---- the end of a run ---- */

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

static bool any_tracked(struct PyGcState *st)
{
    for (int i = 0; i < NGEN; i++)
        if (!list_empty(&st->gen[i].head)) return true;
    return !list_empty(&st->permanent);
}

/* Whatever is still tracked has its references dropped so that
 * everything is freed (a program's leftover cycles, and memguide's own
 * objects that live for the run). */
void py_gc_clear_all(void)
{
    struct PyGcState *st = STATE;
    st->enabled = false;
    py_clear(&st->garbage);
    py_clear(&st->callbacks);
    for (int round = 0; round < 16 && any_tracked(st); round++) {
        ObjList all = {0};
        for (int i = 0; i < NGEN; i++)
            for (PyGCHead *g = st->gen[i].head.next; g != &st->gen[i].head; g = g->next) push(&all, FROM_GC(g));
        for (PyGCHead *g = st->permanent.next; g != &st->permanent; g = g->next) push(&all, FROM_GC(g));
        for (size_t i = 0; i < all.n; i++) py_incref(all.items[i]);
        for (size_t i = 0; i < all.n; i++)
            if (all.items[i]->ob_type->tp_clear) all.items[i]->ob_type->tp_clear(all.items[i]);
        for (size_t i = 0; i < all.n; i++) py_decref(all.items[i]);
        free(all.items);
    }
}

/* ---- the gc module's view ---- */

bool py_gc_is_enabled(void) { return STATE->enabled; }
void py_gc_set_enabled(bool on) { STATE->enabled = on; }
int py_gc_get_debug(void) { return STATE->debug; }
void py_gc_set_debug(int flags) { STATE->debug = flags; }

void py_gc_get_threshold(int64_t out[NGEN])
{
    for (int i = 0; i < NGEN; i++) out[i] = STATE->gen[i].threshold;
}

void py_gc_set_threshold(const int64_t th[NGEN], int n)
{
    for (int i = 0; i < n && i < NGEN; i++) STATE->gen[i].threshold = th[i];
}

void py_gc_get_count(int64_t out[NGEN])
{
    for (int i = 0; i < NGEN; i++) out[i] = STATE->gen[i].count;
}

PyObj *py_gc_garbage(void)
{
    if (!STATE->garbage) STATE->garbage = py_list_new(0);
    return STATE->garbage;
}

PyObj *py_gc_callbacks(void)
{
    if (!STATE->callbacks) STATE->callbacks = py_list_new(0);
    return STATE->callbacks;
}

int py_gc_foreach(int gen, int (*fn)(PyObj *o, void *arg), void *arg)
{
    struct PyGcState *st = STATE;
    for (int i = gen < 0 ? 0 : gen; i <= (gen < 0 ? NGEN - 1 : gen); i++) {
        PyGCHead *head = &st->gen[i].head;
        for (PyGCHead *g = head->next; g != head; g = g->next) {
            int rc = fn(FROM_GC(g), arg);
            if (rc) return rc;
        }
    }
    return 0;
}

void py_gc_freeze(void)
{
    struct PyGcState *st = STATE;
    for (int i = 0; i < NGEN; i++) {
        list_merge(&st->gen[i].head, &st->permanent);
        st->gen[i].count = 0;
    }
}

void py_gc_unfreeze(void)
{
    struct PyGcState *st = STATE;
    list_merge(&st->permanent, &st->gen[NGEN - 1].head);
}

int64_t py_gc_freeze_count(void) { return list_size(&STATE->permanent); }

bool py_gc_is_finalized(PyObj *o)
{
    return (o->ob_flags & PY_OBF_GC) && (o->ob_flags & PY_OBF_FINALIZED);
}
