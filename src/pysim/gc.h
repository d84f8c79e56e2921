/* gc.h — the cycle collector. */
#ifndef MEMGUIDE_PYSIM_GC_H
#define MEMGUIDE_PYSIM_GC_H

#include <stdint.h>

/* One full collection: returns how many unreachable objects it found
 * (what gc.collect() returns). */
int64_t py_gc_collect(void);
/* Collects until nothing more is found (end of a run). */
void py_gc_collect_all(void);
/* Drops every tracked container's references (end of a run). */
void py_gc_clear_all(void);

#endif
