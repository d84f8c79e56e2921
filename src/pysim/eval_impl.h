/* eval_impl.h — what the evaluator's files share (eval.c statements and
 * calls, eval_expr.c expressions, eval_target.c names and assignment,
 * eval_comp.c comprehensions and generator expressions); not for others.
 */
#ifndef MEMGUIDE_PYSIM_EVAL_IMPL_H
#define MEMGUIDE_PYSIM_EVAL_IMPL_H

#include "pysim/eval.h"
#include "pysim/vm.h"

/* How a statement finished. */
typedef enum { X_OK, X_BREAK, X_CONTINUE, X_RETURN, X_ERROR } Exec;

/* An exception is being raised at node n of frame f: the first time the
 * frame sees this exception, a traceback line for n is added (CPython's
 * PyTraceBack_Here at the failing instruction).  Also fixes the location
 * of a stop.  Returns NULL for convenience. */
PyObj *eval_fail(Frame *f, const Node *n);

/* Expressions (eval_expr.c): NEW reference or NULL. */
PyObj *eval_expr(Frame *f, Node *n);
/* Evaluates a call's arguments into a vectorcall layout. */
typedef struct CallArgs {
    PyObj **args;      /* positional then keyword values (owned refs) */
    size_t nargs;      /* positional count */
    PyObj *kwnames;    /* tuple or NULL */
    PyObj *small[8];
    size_t n, cap;
} CallArgs;
int eval_call_args(Frame *f, Node *call, CallArgs *ca, PyObj *self);
void call_args_free(CallArgs *ca);

/* Statements (eval.c). */
Exec exec_block(Frame *f, NodeList body);
/* The with statement (eval_with.c). */
Exec exec_with(Frame *f, Node *s);

/* Names and targets (eval_target.c). */
PyObj *eval_load_name(Frame *f, Node *n);
int eval_store_name(Frame *f, int scope, int slot, PyObj *name, PyObj *v);
int eval_delete_name(Frame *f, Node *n);
int eval_assign(Frame *f, Node *target, PyObj *v);
int eval_delete(Frame *f, Node *target);
int eval_augassign(Frame *f, Node *s);
/* a <op> b as 3.12's BINARY_OP instruction with inline cache `ad` does it:
 * once specialized for exact ints it releases b before a, and for floats it
 * reuses the storage of an operand only the stack holds.  Steals a and b;
 * returns a NEW reference or NULL with an exception set (eval_adapt.c). */
PyObj *eval_adaptive_binop(AstAdapt *ad, PyObj *a, PyObj *b, PyBinOp op, bool inplace);

/* Comprehensions (eval_comp.c). */
PyObj *eval_comprehension(Frame *f, Node *n);
PyObj *eval_genexp(Frame *f, Node *n);

/* Frame objects and traceback objects (eval_frameobj.c): the frame
 * object of f (BORROWED; made on first use, f holds it); at the end of f,
 * a frame object still referenced elsewhere takes f over (true: f is not
 * to be freed now); and the traceback object an exception gets as it
 * leaves f at line lineno. */
PyObj *eval_frame_object(Frame *f);
bool eval_frame_object_take(Frame *f);
void py_traceback_here(PyObj *exc, Frame *f, int lineno);

/* Frames (eval.c). */
Frame *frame_new(CodeInfo *code, PyFuncObj *func, PyObj *globals, PyObj *builtins, PyObj *locals);
void frame_free(Frame *f);
int frame_enter(Frame *f);   /* pushes it (recursion limit); -1 RecursionError */
void frame_leave(Frame *f);

/* Calls a Python function from Python code, moving the argument references
 * into its frame (see eval.c). */
PyObj *eval_function_call_moving(PyFuncObj *fn, PyObj **args, size_t nargs, PyObj *kwnames, bool *consumed);

/* Fills a new frame's cells: its own new ones, and the free ones from
 * closure (a tuple of cells, or NULL); -1 with an exception. */
int eval_init_cells(Frame *fr, PyObj *closure);
/* Makes a function object for a def or lambda node (defaults, closure). */
PyObj *eval_make_function(Frame *f, Node *n, CodeInfo *code);
/* The closure tuple for code, taken from frame f's cells. */
PyObj *eval_closure(Frame *f, CodeInfo *code);

/* Tracing hook: called before each statement (issue: trace.c). */
extern void (*py_trace_line_hook)(Frame *f, const Node *stmt);

#endif
