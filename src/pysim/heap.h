/* heap.h — where objects are born and die, and the emulated CPython memory
 * that gives them their ids.
 *
 * Two kinds of memory, kept apart on purpose:
 *  - C memory (malloc) holds the object structs memguide works with;
 *  - simulated memory is only numbers: an emulation of CPython 3.12's
 *    allocator (static objects, pymalloc size classes, pools and arenas with
 *    last-freed-first reuse, type free lists, large blocks) hands out the
 *    addresses id() shows.  A refcount bug therefore shows up as a wrong
 *    picture or an assertion, never as memory corruption in memguide.
 */
#ifndef MEMGUIDE_PYSIM_HEAP_H
#define MEMGUIDE_PYSIM_HEAP_H

#include <stddef.h>
#include <stdint.h>

#include "pysim/object.h"

/* CPython 3.12 constants (Objects/obmalloc.c, Include/internal/pycore_gc.h). */
#define HEAP_ALIGN 16
#define HEAP_SMALL_MAX 512          /* requests up to this go to pymalloc */
#define HEAP_NCLASSES (HEAP_SMALL_MAX / HEAP_ALIGN)
#define HEAP_POOL_SIZE (16 * 1024)
#define HEAP_POOL_OVERHEAD 48       /* the pool header */
#define HEAP_ARENA_SIZE (1024 * 1024)
#define HEAP_GC_HEAD 16             /* PyGC_Head before every GC object */
#define HEAP_MANAGED_PRE 16         /* 3.12: dict/values pointers before plain instances */

typedef struct HeapPool HeapPool;
typedef struct HeapFreeList HeapFreeList;

/* Type free lists (pycore_freelist.h): a freed object of these types keeps
 * its address for the next object of the same type (and size, for tuples). */
typedef enum {
    HEAP_FL_NONE, HEAP_FL_FLOAT, HEAP_FL_LIST, HEAP_FL_DICT, HEAP_FL_DICTKEYS,
    HEAP_FL_TUPLE1, /* HEAP_FL_TUPLE1 + n - 1 for tuples of n items, n <= 20 */
    /* 3.12's maybe_freelist_push keeps tuples of up to 20 items, but
     * maybe_freelist_pop serves only lengths below 20: a freed 20-tuple's
     * block stays on its list, never reused, until a full collection */
    HEAP_FL_TUPLE20 = HEAP_FL_TUPLE1 + 19,
    HEAP_FL_COUNT
} HeapFreeListId;

typedef struct Heap {
    /* pymalloc emulation */
    HeapPool *usedpools[HEAP_NCLASSES]; /* pools with free blocks, per class */
    HeapPool *freepools;                /* empty pools ready for any class */
    uint64_t arena_next;                /* where the next arena starts */
    uint64_t arena_end;                 /* end of the current arena's unused pools */
    /* pools by address, to find a block's pool when it is freed */
    HeapPool **pool_index;
    size_t npools, cappools;
    /* large blocks (> HEAP_SMALL_MAX): a first-fit free list */
    uint64_t large_next;
    struct HeapLarge *large_free;
    /* type free lists */
    uint64_t *freelist[HEAP_FL_COUNT];
    size_t nfreelist[HEAP_FL_COUNT];
    /* static objects: addresses in the executable's data */
    uint64_t static_next;
    /* accounting */
    uint64_t live_bytes, max_bytes;
    uint64_t nobjects;
    /* deallocations deferred by the trashcan */
    PyObj **trash;
    size_t ntrash, captrash;
    int dealloc_depth;
    /* the cycle collector's generations and counters (gc.c) */
    struct PyGcState *gc;
    /* the weak reference lists of objects that have some (weakref.c) */
    struct PyWeakTable *weak;
} Heap;

/* The collector's links, before every object whose type has PY_TPF_GC.
 * (CPython keeps the same 16 bytes before the object in simulated memory;
 * we keep ours in C memory.)  prev/next link the object into one of the
 * collector's generation lists while it is tracked (gc.c). */
typedef struct PyGCHead {
    struct PyGCHead *prev, *next;
    int64_t gc_refs;   /* during a collection: the count not explained by the collected set */
    uint32_t gc_flags; /* during a collection: PY_GCF_* (gc.c) */
} PyGCHead;

#define PY_GC_HEAD(o) ((PyGCHead *)(o) - 1)
#define PY_FROM_GC(g) ((PyObj *)((PyGCHead *)(g) + 1))

/* Instances of classes (PY_TPF_MANAGED_DICT) keep their __dict__ and weak
 * reference list before the GC header, as CPython 3.12 does. */
typedef struct PyManagedPre {
    PyObj *dict;
    PyObj *weakrefs;
} PyManagedPre;
#define PY_MANAGED_PRE(o) ((PyManagedPre *)PY_GC_HEAD(o) - 1)

/* Where CPython 3.12 keeps its static singletons, in bytes from the small
 * int -5.  Small ints, bytes and str singletons and () are fields of one
 * struct (_PyRuntime's static_objects, pycore_runtime_init.h), so their
 * distances hold on every 64-bit 3.12 build; None, True, False, Ellipsis and
 * NotImplemented are separate globals of libpython whose places the linker
 * chooses: measured with python3.12.1, they can differ on other builds. */
#define HEAP_AT_SMALL_INTS 0          /* -5 .. 256, 32 bytes apart */
#define HEAP_AT_BYTES_EMPTY 8384      /* b'' */
#define HEAP_AT_BYTES_CHARS 8424      /* b'\x00' .. b'\xff', 48 bytes apart */
#define HEAP_AT_STR_EMPTY 21512       /* '' (a _Py_STR literal) */
#define HEAP_AT_STR_ID_A 33768        /* _Py_ID(a); the other letters in str.c */
#define HEAP_AT_STR_ASCII 58800       /* chr(0) .. chr(127), 48 bytes apart */
#define HEAP_AT_STR_LATIN1 64944      /* chr(128) .. chr(255), 64 bytes apart */
#define HEAP_AT_TUPLE_EMPTY 73152     /* () */
#define HEAP_AT_NONE (-944936)
#define HEAP_AT_NOTIMPLEMENTED (-945368)
#define HEAP_AT_ELLIPSIS (-937032)
#define HEAP_AT_TRUE (-1036072)
#define HEAP_AT_FALSE (-1036040)
/* The address of the singleton at offset `at` (one of HEAP_AT_*, plus an
 * index times its stride). */
uint64_t heap_singleton_addr(int64_t at);

void heap_init(Heap *h, uint64_t max_bytes);
/* Releases all C memory of the simulated heap's bookkeeping (not objects). */
void heap_fini(Heap *h);

/* Simulated blocks: addresses only.  heap_sim_alloc returns 0 when the
 * simulated heap would exceed its cap. */
uint64_t heap_sim_alloc(Heap *h, size_t n);
void heap_sim_free(Heap *h, uint64_t addr, size_t n);
/* Auxiliary blocks that CPython keeps on a free list of their own (dict keys
 * tables of 8 slots): like heap_sim_alloc/free, reusing addresses of list fl
 * first.  heap_sim_realloc emulates PyMem_Realloc: the block stays where it
 * is when pymalloc would keep it (same size class), otherwise it moves. */
uint64_t heap_sim_alloc_fl(Heap *h, size_t n, HeapFreeListId fl);
void heap_sim_free_fl(Heap *h, uint64_t addr, size_t n, HeapFreeListId fl);
uint64_t heap_sim_realloc(Heap *h, uint64_t addr, size_t old_n, size_t new_n);
/* Empties the type free lists into the pools, as a full collection does
 * (gc.c); returns how many freed blocks were container objects. */
int64_t heap_clear_freelists(Heap *h);
/* The address a static object of n bytes would have (never freed). */
uint64_t heap_static_addr(Heap *h, size_t n, size_t align);

/* Objects.
 * py_alloc: a NEW object of type t: C struct of csize zeroed bytes,
 * ob_refcnt 1, an address for a simulated block of simsize bytes (plus the
 * GC header for container types, plus the managed pre-header for class
 * instances), taken from free list fl when it has one.  Returns NULL
 * with MemoryError set when the simulated heap is full. */
PyObj *py_alloc(PyType *t, size_t csize, size_t simsize);
PyObj *py_alloc_fl(PyType *t, size_t csize, size_t simsize, HeapFreeListId fl);
/* An object CPython has not made yet, with no address (id 0, flag
 * PY_OBF_INSTANCE_VALUES): an instance's attribute values, which become a
 * dict object only when __dict__ is asked for.  py_place gives it its block
 * then, as py_alloc_fl would (0, or -1 with MemoryError). */
PyObj *py_alloc_unplaced(PyType *t, size_t csize);
int py_place(PyObj *o, size_t simsize, HeapFreeListId fl);
/* A static, immortal object (singletons, small ints, builtin types' instances). */
void py_init_static(PyObj *o, PyType *t, size_t simsize);
/* Moves the simulated block of o to one of new_simsize bytes (its id stays
 * for in-place growth only where CPython's realloc would keep it: callers
 * use this only for auxiliary arrays, never for objects). */

/* Starts/stops tracking a container for the cycle collector. */
void py_gc_track(PyObj *o);
void py_gc_untrack(PyObj *o);

/* Called by py_decref at zero: __del__, then the type's dealloc, then the
 * memory.  Not for direct use. */
void py_dealloc(PyObj *o);

/* Makes o immortal (interned strings in 3.12, static objects). */
void py_make_immortal(PyObj *o);

#endif
