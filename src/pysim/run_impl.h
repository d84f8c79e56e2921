/* run_impl.h — what run.c (scripts) and repl.c (interactive sessions)
 * share: reporting how a run or a statement ended. */
#ifndef MEMGUIDE_PYSIM_RUN_IMPL_H
#define MEMGUIDE_PYSIM_RUN_IMPL_H

#include "base/arena.h"
#include "base/buf.h"
#include "pysim/pysim.h"
#include "pysim/syntax_error.h"
#include "pysim/vm.h"

/* Appends "FILE:LINE:COL: unsupported: WHAT" for the run's stop, its line
 * moved down by line_base (a REPL statement's lines count from 1). */
void run_stop_diag(PyVM *vm, Buf *diag, int line_base);

/* A statement or module failed (py_eval_* returned -1): reports it as
 * python3.12 does and returns the run's status: PYSIM_UNSUPPORTED for a
 * stop, SystemExit's status, or PYSIM_EXCEPTION after printing the
 * traceback.  *exited is set for SystemExit and stops. */
int run_report_failure(PyVM *vm, Buf *diag, int line_base, bool *exited);

/* A compile-time failure: a SyntaxError printed (PYSIM_EXCEPTION) or an
 * unsupported construct described in *diag (PYSIM_UNSUPPORTED). */
int run_report_syntax_error(const SyntaxErr *err, Buf *diag, int line_base);

/* The compiled units of a run and the arena of their trees: functions
 * made from them point into both, so they live until the run ends. */
typedef struct CompileUnit CompileUnit;
typedef struct RunUnits {
    Arena arena;
    CompileUnit **units;
    size_t n, cap;
} RunUnits;

void run_units_keep(RunUnits *r, CompileUnit *u);

/* The interactive interpreter over the whole source (pysim_run with
 * opt->repl): returns the run's status. */
int repl_run(PyVM *vm, const PysimOptions *opt, Buf *diag, RunUnits *units);

#endif
