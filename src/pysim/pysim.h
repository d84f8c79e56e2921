/* pysim.h — the simulator as a library: run a Python program, get its output.
 *
 * The simulator does no I/O of its own: the program's stdout and stderr go
 * to the sinks given in PysimOptions, and it never reads files, the clock or
 * the environment, so the same source always gives the same bytes.  It never
 * calls exit() and never prints.
 */
#ifndef MEMGUIDE_PYSIM_H
#define MEMGUIDE_PYSIM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

/* Exit statuses, as the command line reports them. */
enum {
    PYSIM_OK = 0,          /* the program ran to the end */
    PYSIM_EXCEPTION = 1,   /* an uncaught exception or a SyntaxError (CPython's 1) */
    PYSIM_UNSUPPORTED = 3, /* outside the simulated subset, or over a limit */
};

/* Where output goes: write(ctx, bytes, n).  NULL write discards. */
typedef struct PysimSink {
    void (*write)(void *ctx, const char *s, size_t n);
    void *ctx;
} PysimSink;

typedef struct PysimOptions {
    const char *filename;    /* as tracebacks show it ("example.py") */
    const char *source;      /* UTF-8 program text */
    size_t source_len;
    bool repl;               /* interactive semantics: each statement compiled
                                alone, expression values echoed */
    uint64_t max_steps;      /* 0: PYSIM_DEFAULT_MAX_STEPS */
    uint64_t max_memory;     /* simulated bytes; 0: PYSIM_DEFAULT_MAX_MEMORY */
    PysimSink out, err;      /* the program's stdout and stderr */
} PysimOptions;

#define PYSIM_DEFAULT_MAX_STEPS 50000000ull
#define PYSIM_DEFAULT_MAX_MEMORY (1ull << 30)

/* Runs a program to its end.  Returns a PYSIM_* status.  When the status is
 * PYSIM_UNSUPPORTED, *diag (if given) receives one line
 * "FILE:LINE:COL: unsupported: WHAT" (or ": error: ..." for a limit)
 * without a newline; the caller decides where to print it. */
int pysim_run(const PysimOptions *opt, Buf *diag);

/* Dump flags: the token stream (the format of `python3.12 -m tokenize`) or
 * the tree (the format of ast.dump(tree, indent=4)) of a source text.
 * Return 0, or PYSIM_EXCEPTION with CPython's SyntaxError text in *err. */
int pysim_dump_tokens(const char *filename, const char *src, size_t len, Buf *out, Buf *err);
int pysim_dump_ast(const char *filename, const char *src, size_t len, Buf *out, Buf *err);

#endif
