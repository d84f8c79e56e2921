/* gc.h — the cycle collector, as CPython 3.12's Modules/gcmodule.c.
 *
 * Tracked containers live in one of three generation lists (plus the
 * permanent one of gc.freeze()), in the order CPython keeps them: a new
 * container is appended to generation 0, survivors of a collection are
 * appended to the next older list.  That order decides the order in which
 * finalizers (__del__) and weakref callbacks run, so it is kept exactly.
 *
 * Counting (what gc.get_count() shows): generation 0's count goes up when a
 * container is allocated (not when it comes from a type free list) and down
 * when one is freed (not when it goes to a free list); past the threshold a
 * collection is scheduled and runs at the next eval-breaker check
 * (py_gc_maybe_collect), as 3.12 does.
 */
#ifndef MEMGUIDE_PYSIM_GC_H
#define MEMGUIDE_PYSIM_GC_H

#include <stdbool.h>
#include <stdint.h>

#include "pysim/heap.h"
#include "pysim/object.h"

#define PY_GC_NGEN 3

/* gc.set_debug flags (gc.DEBUG_*). */
enum {
    PY_GC_DEBUG_STATS = 1 << 0,
    PY_GC_DEBUG_COLLECTABLE = 1 << 1,
    PY_GC_DEBUG_UNCOLLECTABLE = 1 << 2,
    PY_GC_DEBUG_SAVEALL = 1 << 5,
};

/* The collector's state for heap h: made by heap_init, released by
 * heap_fini (after py_gc_clear_all has freed every object). */
void py_gc_init(Heap *h);
void py_gc_fini(Heap *h);

/* Allocation accounting, called by heap.c for container objects that go
 * through the allocator (not a type free list): _PyObject_GC_Link and
 * PyObject_GC_Del.  Allocation may schedule a collection. */
void py_gc_on_alloc(void);
void py_gc_on_free(void);

/* The end of interpreter startup: what is tracked so far (builtins, type
 * dictionaries, sys.modules, __main__) lives in generation 1 when a
 * program starts, as after CPython's startup collections. */
void py_gc_startup_done(void);

/* The eval breaker: runs a scheduled automatic collection.  Called where
 * CPython 3.12 checks it: RESUME (eval.c run_frame; eval_comp.c
 * gen_iternext), JUMP_BACKWARD (the back edges of exec_for, exec_while and
 * comp_level) and the end of a CALL of anything but a Python function
 * (eval_expr.c eval_call, except the calls 3.12 specializes without the
 * check: len, isinstance, type(x), list.append). */
void py_gc_maybe_collect(void);

/* gc.collect(generation): collects generations 0..gen with the
 * gc.callbacks notifications; returns the number of unreachable objects
 * found (0 when a collection is already running). */
int64_t py_gc_collect_generation(int gen);
/* PyGC_Collect: a full collection if automatic collection is enabled
 * (the first one at exit). */
int64_t py_gc_collect_if_enabled(void);
/* _PyGC_CollectNoFail: a full collection whether enabled or not, without
 * callbacks (interpreter finalization). */
int64_t py_gc_collect_nofail(void);
/* Full collections until one finds nothing (end of a run). */
void py_gc_collect_all(void);
/* Drops every tracked container's references (the end of a run, after
 * the program is over): everything is freed. */
void py_gc_clear_all(void);

/* ---- what the gc module reads and sets ---- */
bool py_gc_is_enabled(void);
void py_gc_set_enabled(bool on);
void py_gc_get_threshold(int64_t out[PY_GC_NGEN]);
void py_gc_set_threshold(const int64_t th[PY_GC_NGEN], int n); /* the first n given */
void py_gc_get_count(int64_t out[PY_GC_NGEN]);
int py_gc_get_debug(void);
void py_gc_set_debug(int flags);
/* gc.garbage and gc.callbacks: lists the collector uses (BORROWED; made
 * on first use). */
PyObj *py_gc_garbage(void);
PyObj *py_gc_callbacks(void);
/* Calls fn for every tracked object of generation gen (-1: all three) in
 * list order, stopping at the first nonzero result (returned). */
int py_gc_foreach(int gen, int (*fn)(PyObj *o, void *arg), void *arg);
/* gc.freeze / gc.unfreeze / gc.get_freeze_count. */
void py_gc_freeze(void);
void py_gc_unfreeze(void);
int64_t py_gc_freeze_count(void);
/* Has the collector finalized o (gc.is_finalized)? */
bool py_gc_is_finalized(PyObj *o);

/* An instance's attribute storage (3.12's inline values) became a dict
 * object of its own (`__dict__` was asked for): from now on the collector
 * tracks it like any dict. */
void py_gc_materialize_dict(PyObj *dict);

#endif
