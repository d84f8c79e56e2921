/* vm.h — the state of one simulated run.
 *
 * One run at a time per thread: py_vm points at the state of the run in
 * progress (set by pysim_run, NULL otherwise).  Everything a run allocates
 * is released when the run ends, so runs are independent and their output
 * depends on nothing but the source.
 */
#ifndef MEMGUIDE_PYSIM_VM_H
#define MEMGUIDE_PYSIM_VM_H

#include "base/buf.h"
#include "pysim/heap.h"
#include "pysim/object.h"
#include "pysim/pysim.h"

typedef struct Frame Frame;
typedef struct CodeInfo CodeInfo;
typedef struct Node Node;

/* Why the run must stop at once, past any except or finally clause. */
typedef enum {
    PY_STOP_NONE,
    PY_STOP_UNSUPPORTED, /* Python outside the simulated subset */
    PY_STOP_LIMIT,       /* the step limit (or another hard limit) was reached */
} PyStopKind;

#define PY_NSMALLNEG 5
#define PY_NSMALLPOS 257

typedef struct PyVM {
    const PysimOptions *opt;
    const char *filename;
    const char *source;
    size_t source_len;

    Heap heap;

    /* Exceptions (error.c). */
    PyObj *cur_exc;          /* NEW: the exception being raised, or NULL */
    uint64_t exc_serial;     /* bumped by every raise (not by a bare re-raise) */
    PyObj **handled;         /* stack of exceptions being handled (except blocks) */
    size_t nhandled, caphandled;
    PyStopKind stop;         /* set: unwinding past every handler */
    Buf stop_msg;            /* "unsupported: ..." or "error: ..." */
    int stop_line, stop_col; /* where, once known (col 1-based); 0 = not yet */

    /* Execution (eval.c). */
    Frame *frame;            /* innermost frame */
    int depth;               /* Python frames on the stack */
    int recursion_limit;     /* sys.getrecursionlimit() */
    int c_depth;             /* nested C recursion (repr, compare, ...) */
    uint64_t steps, max_steps;

    /* Singletons and caches. */
    PyObj *small_ints[PY_NSMALLNEG + PY_NSMALLPOS];
    PyObj *latin1[256];      /* one-character strings U+0000..U+00FF */
    PyObj *empty_str, *empty_tuple, *empty_bytes;
    PyObj *true_obj, *false_obj;
    void *int_cache_mem;     /* C memory of the small ints and bools */
    void *static_mem;        /* C memory of the other static objects */
    struct PyStrObj *id_letters[128]; /* the one-letter _Py_ID statics, made on first use */
    PyObj *interned;         /* dict str -> str: the interned strings */

    PyObj *builtins;         /* dict: the builtins module's namespace */
    PyObj *builtins_module;
    PyObj **builtins_copy;   /* owned: the values of interp->builtins_copy, the copy of
                                builtins CPython makes before site adds open, exit... */
    size_t nbuiltins_copy;
    PyObj *modules;          /* dict: sys.modules */
    PyObj *main_dict;        /* __main__'s globals */
    bool stdio_lost;         /* finalize.c: sys is cleared at exit, print and error reports go nowhere */
    PyObj *last_exc;         /* the REPL's last uncaught exception while sys is not imported */
    int64_t int_max_str_digits; /* sys.get_int_max_str_digits() */

    bool booting;            /* vm_init has not readied the types yet */
    PyType **late_types;     /* static types readied on first use */
    size_t nlate, caplate;
    PyObj **repr_stack;      /* containers whose repr is in progress */
    PyObj *repr_tsdict;      /* the thread state's dict, made by the first Py_ReprEnter, or NULL */
    /* dict.c: freed C-only key tables of split instance dicts, kept for the
     * next instance (C memory only: no simulated block, nothing CPython
     * sees); released by vm_fini */
    struct PyDictKeys *spare_split_keys[32];
    int nspare_split_keys;
    size_t nrepr, caprepr;
    PyObj **hidden;          /* references held where CPython borrows (py_hold_hidden) */
    size_t nhidden, caphidden;
} PyVM;

extern PyVM *py_vm;

/* Starts a run (py_vm = vm), ends the program (its objects die, __del__
 * runs), releases everything. */
void vm_init(PyVM *vm, const PysimOptions *opt);
void vm_end_program(PyVM *vm);
void vm_fini(PyVM *vm);

/* Counts one executed step; returns -1 (with the run stopping) past the limit. */
int vm_count_step(void);

/* Writes program output (stdout / stderr of the simulated program). */
void vm_write_out(const char *s, size_t n);
void vm_write_err(const char *s, size_t n);

#endif
