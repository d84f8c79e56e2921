/* trace_hooks.h — where the evaluator and the heap tell the trace recorder
 * (trace.c) what happens.  Each hook is a function pointer that is NULL
 * unless a traced run is recording, so an untraced run pays one test of a
 * NULL pointer at each site and nothing else.
 *
 * Invariant: a hook only reads the interpreter's state; it never changes
 * a reference count, allocates simulated memory or raises.  (The line
 * hook, py_trace_line_hook, is declared in eval_impl.h.)
 */
#ifndef MEMGUIDE_PYSIM_TRACE_HOOKS_H
#define MEMGUIDE_PYSIM_TRACE_HOOKS_H

#include "pysim/object.h"

typedef struct Frame Frame;
typedef struct Node Node;

/* A frame starts running (after frame_enter): a function, lambda, class
 * body, or a generator expression resuming. */
extern void (*py_trace_call_hook)(Frame *f);
/* A frame stops running (before frame_leave): retval is what it returns
 * or yields (BORROWED), NULL when an exception is leaving it. */
extern void (*py_trace_return_hook)(Frame *f, PyObj *retval);
/* An exception is raised in frame f, or reaches it, at node n (the first
 * time f sees this exception: where a traceback line is added). */
extern void (*py_trace_exception_hook)(Frame *f, const Node *n);
/* heap.c: an object was just allocated (py_alloc_fl), or is about to die
 * (py_dealloc, after __del__ did not resurrect it, before its type's
 * dealloc releases what it holds). */
extern void (*py_trace_alloc_hook)(PyObj *o);
extern void (*py_trace_free_hook)(PyObj *o);

#endif
