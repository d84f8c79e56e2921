/* eval.h — the tree-walking evaluator: frames, calls, statements,
 * expressions.
 *
 * Invariant: py_vm->frame is the innermost running frame; a frame's slots
 * own their values; every expression evaluation returns a NEW reference or
 * NULL with an exception (or a stop) set.
 */
#ifndef MEMGUIDE_PYSIM_EVAL_H
#define MEMGUIDE_PYSIM_EVAL_H

#include "pysim/ast.h"
#include "pysim/compile.h"
#include "pysim/obj.h"

typedef struct Frame Frame;

struct Frame {
    Frame *back;
    CodeInfo *code;
    PyFuncObj *func;        /* NULL for module and class bodies */
    PyObj *globals, *builtins;
    PyObj *locals;          /* dict for SC_NAME (module / class body), else NULL */
    PyObj *fast_locals;     /* function frame: the f_locals dict, once asked for */
    PyObj **slots;          /* code->nfast + ncells + nfree */
    const Node *stmt;       /* statement being executed (line number) */
    const Node *err_node;   /* where the exception being raised was noticed */
    PyObj *retval;          /* return value in flight */
    PyObj *frame_obj;       /* the frame object once a traceback needed one */
    uint64_t tb_serial;     /* the exception this frame already added a traceback line for */
};

/* Calls a Python function. */
PyObj *py_eval_function_call(PyFuncObj *f, PyObj *const *args, size_t nargs, PyObj *kwnames);
/* super() without arguments: the class and first argument of the caller. */
int py_eval_zero_arg_super(PyObj **type, PyObj **obj);
/* Runs a compiled module body with the given globals (as locals too).
 * Returns 0, or -1 with an exception set. */
int py_eval_module(CodeInfo *code, PyObj *globals);
/* REPL: runs one compiled interactive statement, echoing expression values. */
int py_eval_interactive(CodeInfo *code, PyObj *globals);

#endif
