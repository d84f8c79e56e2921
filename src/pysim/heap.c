/* heap.c — object birth and death, and the emulated CPython allocator.
 *
 * Simulated memory is address arithmetic only (see heap.h).  The emulation
 * follows Objects/obmalloc.c of CPython 3.12:
 *  - requests of up to 512 bytes are rounded up to a multiple of 16 and
 *    served from 16 KiB pools of one size class each, carved from 1 MiB
 *    arenas;
 *  - a pool's free blocks form a LIFO list (the last block freed is the
 *    next one handed out); a never-used pool hands out blocks in address
 *    order;
 *  - a pool that fills up leaves its size class's list; when a block of a
 *    full pool is freed the pool goes back to the *front* of the list; a
 *    pool whose blocks are all free goes to the free-pool list (LIFO) and
 *    can then serve any size class;
 *  - larger requests come from a separate region (glibc malloc in CPython),
 *    emulated with exact-size LIFO bins.
 * Invariant: every simulated block is either live (owned by exactly one
 * object or auxiliary array) or on exactly one free list.
 */
#include "pysim/heap.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "pysim/error.h"
#include "pysim/gc.h"
#include "pysim/obj.h"
#include "pysim/trace_hooks.h"
#include "pysim/vm.h"
#include "pysim/weakref.h"

/* Where the emulated regions start.  CPython's arenas are mmap'ed near the
 * top of the user address space, its static objects live in libpython's
 * data segment (also 0x7f... for a shared library), and malloc'ed large
 * blocks come from the brk heap near the executable (0x55...). */
#define ARENA_BASE 0x7f3a5c000000ull
#define STATIC_BASE 0x7f3a61e4a000ull
#define LARGE_BASE 0x55d4c3a2e000ull
/* The small int -5 (HEAP_AT_*): 8 bytes past a 16-byte boundary as in 3.12,
 * far enough above STATIC_BASE that the singletons before it (None sits
 * about 1 MiB lower) stay clear of the static types allocated from there. */
#define SINGLETONS_BASE (STATIC_BASE + 0x200008ull)

struct HeapPool {
    uint64_t addr;          /* first byte of the pool */
    HeapPool *nextpool, *prevpool; /* in usedpools[class] or freepools */
    uint64_t *freeblocks;   /* LIFO stack of freed block addresses */
    size_t nfree, capfree;
    uint32_t nextoffset;    /* first never-used block */
    uint32_t maxnextoffset;
    uint32_t count;         /* blocks in use */
    int szidx;              /* size class, -1 when empty and unassigned */
    int linked;             /* 1: in usedpools, 2: in freepools, 0: full */
};

typedef struct HeapLarge {
    struct HeapLarge *next;
    uint64_t addr;
    size_t size;
} HeapLarge;

void heap_init(Heap *h, uint64_t max_bytes)
{
    memset(h, 0, sizeof *h);
    h->arena_next = ARENA_BASE;
    h->arena_end = ARENA_BASE;
    h->large_next = LARGE_BASE;
    h->static_next = STATIC_BASE;
    h->max_bytes = max_bytes;
    py_gc_init(h); /* gc: the collector's generations */
}

void heap_fini(Heap *h)
{
    for (size_t i = 0; i < h->npools; i++) {
        if (h->pool_index[i]) {
            free(h->pool_index[i]->freeblocks);
            free(h->pool_index[i]);
        }
    }
    free(h->pool_index);
    HeapLarge *l = h->large_free;
    while (l) {
        HeapLarge *n = l->next;
        free(l);
        l = n;
    }
    for (int i = 0; i < HEAP_FL_COUNT; i++) free(h->freelist[i]);
    free(h->trash);
    py_gc_fini(h);            /* gc */
    py_weakref_table_free(h); /* weakref */
    memset(h, 0, sizeof *h);
}

/* ---- pools ---- */

static void pool_unlink(Heap *h, HeapPool *p)
{
    if (p->prevpool) p->prevpool->nextpool = p->nextpool;
    else if (p->linked == 1) h->usedpools[p->szidx] = p->nextpool;
    else if (p->linked == 2) h->freepools = p->nextpool;
    if (p->nextpool) p->nextpool->prevpool = p->prevpool;
    p->nextpool = p->prevpool = NULL;
    p->linked = 0;
}

static void pool_push_used(Heap *h, HeapPool *p)
{
    p->prevpool = NULL;
    p->nextpool = h->usedpools[p->szidx];
    if (p->nextpool) p->nextpool->prevpool = p;
    h->usedpools[p->szidx] = p;
    p->linked = 1;
}

static HeapPool *pool_of(Heap *h, uint64_t addr)
{
    if (addr < ARENA_BASE) return NULL;
    size_t i = (size_t)((addr - ARENA_BASE) / HEAP_POOL_SIZE);
    return i < h->npools ? h->pool_index[i] : NULL;
}

/* A pool for size class c: a freed empty pool first, else a new one. */
static HeapPool *pool_new(Heap *h, int c)
{
    HeapPool *p = h->freepools;
    if (p) {
        pool_unlink(h, p);
    } else {
        if (h->arena_end == h->arena_next) {
            /* a new arena of 64 pools */
            h->arena_end = h->arena_next + HEAP_ARENA_SIZE;
        }
        p = xcalloc(1, sizeof *p);
        p->addr = h->arena_next;
        h->arena_next += HEAP_POOL_SIZE;
        size_t i = (size_t)((p->addr - ARENA_BASE) / HEAP_POOL_SIZE);
        if (i >= h->cappools) {
            size_t cap = h->cappools ? h->cappools * 2 : 64;
            while (cap <= i) cap *= 2;
            h->pool_index = xrealloc(h->pool_index, cap * sizeof *h->pool_index);
            memset(h->pool_index + h->cappools, 0, (cap - h->cappools) * sizeof *h->pool_index);
            h->cappools = cap;
        }
        h->pool_index[i] = p;
        if (i >= h->npools) h->npools = i + 1;
        p->szidx = -1;
    }
    uint32_t size = (uint32_t)(c + 1) * HEAP_ALIGN;
    if (p->szidx != c) {
        /* (re)initialise for this size class: blocks in address order */
        p->szidx = c;
        p->nfree = 0;
        p->nextoffset = HEAP_POOL_OVERHEAD;
        p->maxnextoffset = HEAP_POOL_SIZE - size;
    }
    pool_push_used(h, p);
    return p;
}

static uint64_t pymalloc_alloc(Heap *h, size_t n)
{
    int c = (int)((n - 1) / HEAP_ALIGN);
    uint32_t size = (uint32_t)(c + 1) * HEAP_ALIGN;
    HeapPool *p = h->usedpools[c];
    if (!p) p = pool_new(h, c);
    uint64_t addr;
    if (p->nfree) {
        addr = p->freeblocks[--p->nfree];
    } else {
        addr = p->addr + p->nextoffset;
        p->nextoffset += size;
    }
    p->count++;
    if (!p->nfree && p->nextoffset > p->maxnextoffset) pool_unlink(h, p); /* now full */
    return addr;
}

static void pymalloc_free(Heap *h, HeapPool *p, uint64_t addr)
{
    bool was_full = p->linked == 0;
    if (p->nfree == p->capfree) {
        p->capfree = p->capfree ? p->capfree * 2 : 16;
        p->freeblocks = xrealloc(p->freeblocks, p->capfree * sizeof *p->freeblocks);
    }
    p->freeblocks[p->nfree++] = addr;
    p->count--;
    if (p->count == 0) {
        /* an empty pool serves any size class next */
        if (!was_full) pool_unlink(h, p);
        p->prevpool = NULL;
        p->nextpool = h->freepools;
        if (p->nextpool) p->nextpool->prevpool = p;
        h->freepools = p;
        p->linked = 2;
        return;
    }
    if (was_full) pool_push_used(h, p);
}

/* ---- large blocks ---- */

static size_t large_chunk(size_t n)
{
    /* glibc chunk: 8 bytes of header, 16-byte granularity */
    size_t c = (n + 8 + 15) & ~(size_t)15;
    return c < 32 ? 32 : c;
}

static uint64_t large_alloc(Heap *h, size_t n)
{
    size_t size = large_chunk(n);
    for (HeapLarge **pl = &h->large_free; *pl; pl = &(*pl)->next) {
        if ((*pl)->size == size) {
            HeapLarge *l = *pl;
            uint64_t addr = l->addr;
            *pl = l->next;
            free(l);
            return addr;
        }
    }
    uint64_t addr = h->large_next + 16;
    h->large_next += size;
    return addr;
}

static void large_free(Heap *h, uint64_t addr, size_t n)
{
    HeapLarge *l = xmalloc(sizeof *l);
    l->addr = addr;
    l->size = large_chunk(n);
    l->next = h->large_free;
    h->large_free = l;
}

/* ---- simulated blocks ---- */

uint64_t heap_sim_alloc(Heap *h, size_t n)
{
    if (n == 0) n = 1;
    if (h->live_bytes + n > h->max_bytes) return 0;
    h->live_bytes += n;
    return n <= HEAP_SMALL_MAX ? pymalloc_alloc(h, n) : large_alloc(h, n);
}

void heap_sim_free(Heap *h, uint64_t addr, size_t n)
{
    if (n == 0) n = 1;
    h->live_bytes -= n;
    if (n <= HEAP_SMALL_MAX) {
        HeapPool *p = pool_of(h, addr);
        if (p) pymalloc_free(h, p, addr);
    } else {
        large_free(h, addr, n);
    }
}

static size_t fl_cap(HeapFreeListId fl);

uint64_t heap_sim_alloc_fl(Heap *h, size_t n, HeapFreeListId fl)
{
    if (fl != HEAP_FL_NONE && h->nfreelist[fl]) {
        h->live_bytes += n;
        return h->freelist[fl][--h->nfreelist[fl]];
    }
    return heap_sim_alloc(h, n);
}

void heap_sim_free_fl(Heap *h, uint64_t addr, size_t n, HeapFreeListId fl)
{
    if (fl != HEAP_FL_NONE && h->nfreelist[fl] < fl_cap(fl)) {
        if (!h->freelist[fl]) h->freelist[fl] = xmalloc(fl_cap(fl) * sizeof(uint64_t));
        h->freelist[fl][h->nfreelist[fl]++] = addr;
        h->live_bytes -= n;
        return;
    }
    heap_sim_free(h, addr, n);
}

/* pymalloc_realloc: a small block keeps its place when the new size is in
 * the same size class or it shrinks by at most a quarter; anything else is
 * a new block (and a large block is moved by "realloc" unless it fits). */
uint64_t heap_sim_realloc(Heap *h, uint64_t addr, size_t old_n, size_t new_n)
{
    if (!addr) return heap_sim_alloc(h, new_n);
    if (new_n == 0) new_n = 1;
    if (old_n <= HEAP_SMALL_MAX) {
        size_t old_block = (old_n + HEAP_ALIGN - 1) & ~(size_t)(HEAP_ALIGN - 1);
        if (new_n <= old_block && 4 * new_n > 3 * old_block) {
            h->live_bytes += new_n;
            h->live_bytes -= old_n;
            return addr;
        }
    } else if (new_n > HEAP_SMALL_MAX && large_chunk(new_n) == large_chunk(old_n)) {
        h->live_bytes += new_n;
        h->live_bytes -= old_n;
        return addr;
    }
    uint64_t na = heap_sim_alloc(h, new_n);
    if (!na) return 0;
    heap_sim_free(h, addr, old_n);
    return na;
}

/* gc: clear_freelists, which a full collection runs last: every block on
 * a type free list goes back to its pool, in CPython's order (tuples by
 * length, floats, lists, dicts, then dict key tables; each list last
 * freed first).  Returns how many of them were container objects
 * (PyObject_GC_Del: the collector uncounts them). */
int64_t heap_clear_freelists(Heap *h)
{
    static const HeapFreeListId order_rest[] = {HEAP_FL_FLOAT, HEAP_FL_LIST, HEAP_FL_DICT, HEAP_FL_DICTKEYS};
    HeapFreeListId order[HEAP_FL_COUNT];
    size_t n = 0;
    for (int i = HEAP_FL_TUPLE1; i < HEAP_FL_COUNT; i++) order[n++] = (HeapFreeListId)i;
    for (size_t i = 0; i < sizeof order_rest / sizeof *order_rest; i++) order[n++] = order_rest[i];
    int64_t objects = 0;
    for (size_t i = 0; i < n; i++) {
        HeapFreeListId fl = order[i];
        bool gc_objects = fl != HEAP_FL_FLOAT && fl != HEAP_FL_DICTKEYS;
        while (h->nfreelist[fl]) {
            uint64_t addr = h->freelist[fl][--h->nfreelist[fl]];
            /* every free-listed block is small: its pool knows its size */
            h->live_bytes += 1;
            heap_sim_free(h, addr, 1);
            if (gc_objects) objects++;
        }
    }
    return objects;
}

uint64_t heap_singleton_addr(int64_t at)
{
    return (uint64_t)((int64_t)SINGLETONS_BASE + at);
}

uint64_t heap_static_addr(Heap *h, size_t n, size_t align)
{
    uint64_t a = (h->static_next + align - 1) & ~(uint64_t)(align - 1);
    h->static_next = a + n;
    assert(h->static_next < heap_singleton_addr(HEAP_AT_TRUE)); /* below the singletons */
    return a;
}

/* ---- objects ---- */

/* C bytes before an object: [PyManagedPre][PyGCHead] object */
static size_t c_prefix(bool gc, bool managed)
{
    return (gc ? sizeof(PyGCHead) : 0) + (managed ? sizeof(PyManagedPre) : 0);
}

/* Bytes of simulated memory before the address id() shows. */
static uint64_t sim_prefix(const PyObj *o)
{
    return ((o->ob_flags & PY_OBF_GC) ? HEAP_GC_HEAD : 0) +
           ((o->ob_type->tpflags & PY_TPF_PREHEADER) ? HEAP_MANAGED_PRE : 0);
}

#define FL_SHIFT 24
#define FL_OF(o) (((o)->ob_flags >> FL_SHIFT) & 0xff)

static size_t fl_cap(HeapFreeListId fl)
{
    /* sizes of CPython 3.12's free lists (pycore_freelist.h, pycore_list.h) */
    switch (fl) {
    case HEAP_FL_FLOAT: return 100;
    case HEAP_FL_LIST: return 80;
    case HEAP_FL_DICT: return 80;
    case HEAP_FL_DICTKEYS: return 80;
    default: return 2000; /* tuples of 1..20 items */
    }
}

/* The simulated block of an object of type t: from the type's free list
 * when it has one, else from the allocator.  0 with MemoryError. */
static uint64_t take_block(PyType *t, size_t block, HeapFreeListId fl)
{
    Heap *h = &py_vm->heap;
    if (fl != HEAP_FL_NONE && fl != HEAP_FL_TUPLE20 && h->nfreelist[fl]) {
        h->live_bytes += block;
        return h->freelist[fl][--h->nfreelist[fl]];
    }
    uint64_t addr = heap_sim_alloc(h, block);
    if (!addr) {
        py_err_no_memory();
        return 0;
    }
    /* gc: _PyObject_GC_Link counts containers made by the allocator (a
     * free list's are not counted, as in CPython) */
    if (t->tpflags & PY_TPF_GC) py_gc_on_alloc();
    return addr;
}

static size_t sim_prefix_of(const PyType *t)
{
    return ((t->tpflags & PY_TPF_GC) ? HEAP_GC_HEAD : 0) + ((t->tpflags & PY_TPF_PREHEADER) ? HEAP_MANAGED_PRE : 0);
}

/* The C side of an object: its struct after the C prefixes, one reference. */
static PyObj *new_c_object(PyType *t, size_t csize)
{
    if (!(t->tpflags & PY_TPF_READY) && !py_vm->booting) py_type_ready_late(t);
    bool gc = (t->tpflags & PY_TPF_GC) != 0;
    size_t cpre = c_prefix(gc, (t->tpflags & PY_TPF_PREHEADER) != 0);
    char *mem = xcalloc(1, cpre + csize);
    PyObj *o = (PyObj *)(mem + cpre);
    o->ob_type = t;
    if (t->tpflags & PY_TPF_HEAPTYPE) py_incref(t);
    o->ob_refcnt = 1;
    o->ob_flags = gc ? PY_OBF_GC : 0;
    py_vm->heap.nobjects++;
    return o;
}

PyObj *py_alloc_fl(PyType *t, size_t csize, size_t simsize, HeapFreeListId fl)
{
    size_t pre = sim_prefix_of(t), block = simsize + pre;
    uint64_t addr = take_block(t, block, fl);
    if (!addr) return NULL;
    PyObj *o = new_c_object(t, csize);
    o->ob_id = addr + pre;
    o->ob_flags |= (uint32_t)fl << FL_SHIFT;
    o->ob_simsize = (uint32_t)block;
    if (py_trace_alloc_hook) py_trace_alloc_hook(o); /* trace */
    return o;
}

PyObj *py_alloc_unplaced(PyType *t, size_t csize)
{
    PyObj *o = new_c_object(t, csize);
    o->ob_flags |= PY_OBF_INSTANCE_VALUES;
    return o;
}

int py_place(PyObj *o, size_t simsize, HeapFreeListId fl)
{
    PyType *t = PY_TYPE(o);
    size_t pre = sim_prefix_of(t), block = simsize + pre;
    uint64_t addr = take_block(t, block, fl);
    if (!addr) return -1;
    o->ob_id = addr + pre;
    o->ob_flags = (o->ob_flags & ~(uint32_t)PY_OBF_INSTANCE_VALUES) | ((uint32_t)fl << FL_SHIFT);
    o->ob_simsize = (uint32_t)block;
    if (py_trace_alloc_hook) py_trace_alloc_hook(o); /* trace */
    return 0;
}

PyObj *py_alloc(PyType *t, size_t csize, size_t simsize)
{
    return py_alloc_fl(t, csize, simsize, HEAP_FL_NONE);
}

void py_init_static(PyObj *o, PyType *t, size_t simsize)
{
    o->ob_type = t;
    o->ob_refcnt = PY_IMMORTAL_REFCNT;
    o->ob_flags |= PY_OBF_IMMORTAL | PY_OBF_STATIC;
    o->ob_simsize = (uint32_t)simsize;
    if (py_vm) o->ob_id = heap_static_addr(&py_vm->heap, simsize, HEAP_ALIGN);
}

void py_make_immortal(PyObj *o)
{
    o->ob_flags |= PY_OBF_IMMORTAL;
    o->ob_refcnt = PY_IMMORTAL_REFCNT;
}

/* (py_gc_track and py_gc_untrack are the collector's: gc.c) */

/* ---- reference counting ---- */

void py_incref_(PyObj *o)
{
    if (!(o->ob_flags & PY_OBF_IMMORTAL)) o->ob_refcnt++;
}

void py_decref_(PyObj *o, const char *file, int line)
{
    if (o->ob_flags & PY_OBF_IMMORTAL) return;
    if (o->ob_refcnt == 0) {
        fprintf(stderr, "%s:%d: memguide bug: reference count of a %s object below zero\n",
                file, line, o->ob_type->name);
        abort();
    }
    if (--o->ob_refcnt == 0) py_dealloc(o);
}

/* Runs __del__ as CPython does (PEP 442): once per object, with the object
 * briefly alive again; an exception in it is reported and ignored. */
static bool run_finalizer(PyObj *o)
{
    PyType *t = o->ob_type;
    if (!t->tp_finalize || (o->ob_flags & PY_OBF_FINALIZED) || py_stopping()) return false;
    /* gc: subtype_dealloc untracks the object and tracks it again (at the
     * young end of the collector's list) while the finalizer runs; it is
     * marked finalized after (gc.is_finalized(self) is False inside) */
    py_gc_untrack(o);
    py_gc_track(o);
    o->ob_refcnt = 1;
    PyObj *saved = py_err_fetch();
    t->tp_finalize(o);
    if (saved) py_err_restore(saved);
    o->ob_flags |= PY_OBF_FINALIZED;
    return --o->ob_refcnt > 0; /* resurrected */
}

/* weakref: does this type's dealloc clear the weak references itself (a
 * class deriving from a built-in type that has its own weak reference
 * list, like set: that type's dealloc clears them, after the subclass's
 * attributes)? */
static bool base_clears_weakrefs(PyType *t)
{
    if (!(t->tpflags & PY_TPF_HEAPTYPE)) return false;
    while (t && (t->tpflags & PY_TPF_HEAPTYPE)) t = t->base;
    return t && py_weakref_type_supports(t);
}

/* The trashcan (Include/cpython/object.h): deallocating a long chain (a
 * linked list of a million nodes) would recurse once per node; past a
 * depth, objects wait on a list and are released one after another by
 * the outermost py_dealloc. */
#define TRASHCAN_DEPTH 200

static void dealloc_now(PyObj *o);

void py_dealloc(PyObj *o)
{
    Heap *h = &py_vm->heap;
    if (h->dealloc_depth >= TRASHCAN_DEPTH) {
        if (h->ntrash == h->captrash) {
            h->captrash = h->captrash ? h->captrash * 2 : 256;
            h->trash = xrealloc(h->trash, h->captrash * sizeof *h->trash);
        }
        h->trash[h->ntrash++] = o;
        return;
    }
    h->dealloc_depth++;
    dealloc_now(o);
    h->dealloc_depth--;
    if (h->dealloc_depth == 0) {
        while (h->ntrash) {
            PyObj *next = h->trash[--h->ntrash];
            h->dealloc_depth++;
            dealloc_now(next);
            h->dealloc_depth--;
        }
    }
}

static void dealloc_now(PyObj *o)
{
    if (run_finalizer(o)) return;
    if (py_trace_free_hook) py_trace_free_hook(o); /* trace */
    PyType *t = o->ob_type;
    Heap *h = &py_vm->heap;
    o->ob_flags |= PY_OBF_DYING;
    py_gc_untrack(o);
    /* weakref: PyObject_ClearWeakRefs, first thing in each type's dealloc */
    if ((o->ob_flags & PY_OBF_HAS_WEAKREFS) && !base_clears_weakrefs(t)) py_weakref_clear_all(o);
    if (t->tp_dealloc) t->tp_dealloc(o);
    unsigned fl = FL_OF(o);
    /* an instance's attribute values that never became a dict object have
     * no block of their own (py_alloc_unplaced) */
    if (o->ob_flags & PY_OBF_INSTANCE_VALUES) {
        /* nothing simulated to release */
    } else if (fl != HEAP_FL_NONE && h->nfreelist[fl] < fl_cap(fl)) {
        if (!h->freelist[fl]) h->freelist[fl] = xmalloc(fl_cap(fl) * sizeof(uint64_t));
        h->freelist[fl][h->nfreelist[fl]++] = o->ob_id - sim_prefix(o);
        h->live_bytes -= o->ob_simsize;
    } else {
        heap_sim_free(h, o->ob_id - sim_prefix(o), o->ob_simsize);
        if (o->ob_flags & PY_OBF_GC) py_gc_on_free(); /* gc: PyObject_GC_Del */
    }
    h->nobjects--;
    free((char *)o - c_prefix(o->ob_flags & PY_OBF_GC, t->tpflags & PY_TPF_PREHEADER));
    if (t->tpflags & PY_TPF_HEAPTYPE) py_decref(t);
}
