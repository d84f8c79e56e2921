/* trace_hooks.c — the hook pointers of trace_hooks.h, kept apart from the
 * recorder so the evaluator and the heap link without it.  All NULL except
 * while pysim_run_traced records (trace.c sets and clears them). */
#include "pysim/trace_hooks.h"

void (*py_trace_call_hook)(Frame *f);
void (*py_trace_return_hook)(Frame *f, PyObj *retval);
void (*py_trace_exception_hook)(Frame *f, const Node *n);
void (*py_trace_alloc_hook)(PyObj *o);
void (*py_trace_free_hook)(PyObj *o);
