/* repl.c — the interactive interpreter, as `python3.12 -q -i < FILE` runs
 * a session: each top-level statement is read, compiled and run on its
 * own (so its constants are its own, and die with it), expression values
 * are echoed and kept in `_`, errors are printed and the session goes on.
 *
 * The prompts go to stderr as CPython writes them when its input is not a
 * terminal: ">>> " before a statement's first line, "... " before each
 * further line, and a newline when the input ends.  Lines of a statement
 * are numbered from 1 in tracebacks and SyntaxErrors ("<stdin>", line 1);
 * memguide's own diagnostics name the line of the file.
 */
#include <string.h>

#include "pysim/compile.h"
#include "pysim/eval.h"
#include "pysim/modules.h"
#include "pysim/obj.h"
#include "pysim/parser.h"
#include "pysim/run_impl.h"
#include "pysim/vm.h"

#define STDIN_NAME "<stdin>"

static void write_prompt(void *ctx, bool first, bool eof)
{
    (void)ctx;
    vm_write_err(first ? ">>> " : "... ", 4);
    if (eof) vm_write_err("\n", 1);
}

static void write_warnings(Buf *w)
{
    if (w->len) vm_write_err(w->p, w->len);
    w->len = 0;
}

/* PyErr_Print keeps a SyntaxError as sys.last_exc too: the exception
 * object CPython's parser raised, rebuilt from the record (its text
 * without the newline, as the REPL's line buffer gives it). */
static void keep_syntax_error(const SyntaxErr *err)
{
    PyType *t;
    switch (err->kind) {
    case SE_SYNTAX_ERROR: t = &py_exc_SyntaxError; break;
    case SE_INDENTATION_ERROR: t = &py_exc_IndentationError; break;
    case SE_TAB_ERROR: t = &py_exc_TabError; break;
    default: return;
    }
    size_t tlen = err->text ? strlen(err->text) : 0;
    while (tlen && (err->text[tlen - 1] == '\n' || err->text[tlen - 1] == '\r')) tlen--;
    PyObj *msg = py_str_from_c(err->msg ? err->msg : "");
    PyObj *fields[6] = {
        py_str_from_c(STDIN_NAME), py_int_from_i64(err->lineno), py_int_from_i64(err->offset),
        err->text ? py_str_new(err->text, tlen) : py_newref(PY_NONE), py_int_from_i64(err->end_lineno),
        py_int_from_i64(err->end_offset),
    };
    PyObj *loc = py_tuple_from_array(fields, 6);
    for (int i = 0; i < 6; i++) py_xdecref(fields[i]);
    PyObj *args[2] = {msg, loc};
    PyObj *exc = msg && loc ? py_call((PyObj *)t, args, 2, NULL) : NULL;
    if (exc) py_sys_set_last_exc(exc);
    py_xdecref(exc);
    py_xdecref(loc);
    py_xdecref(msg);
    py_err_clear();
}

static int count_lines(const char *s, size_t n)
{
    int lines = 0;
    for (const char *p = s; (p = memchr(p, '\n', (size_t)(s + n - p))) != NULL; p++) lines++;
    return lines;
}

/* Reads, compiles and runs one statement starting at *pos.  Returns false
 * at the end of the session (end of input, SystemExit, a stop), with
 * *status set. */
static bool one_statement(PyVM *vm, const PysimOptions *opt, Buf *diag, RunUnits *units, size_t *pos,
                          int *line_base, int *status)
{
    const char *src = opt->source + *pos;
    size_t avail = opt->source_len - *pos, used = 0;
    int base = *line_base;
    SyntaxErr err = SYNTAX_ERR_INIT;
    Buf warnings = BUF_INIT;
    bool go_on = true;

    Node *n = parse_interactive(&units->arena, STDIN_NAME, src, avail, &err, &warnings, write_prompt, vm, &used);
    *pos += used;
    *line_base += count_lines(src, used);
    write_warnings(&warnings);
    CompileUnit *u = NULL;
    if (n) {
        u = compile_interactive(&units->arena, n, STDIN_NAME, src, used, &err, &warnings);
        write_warnings(&warnings);
    }
    if (!u) {
        if (err.set) {
            /* a SyntaxError ends the statement, not the session */
            if (run_report_syntax_error(&err, diag, base) == PYSIM_UNSUPPORTED) {
                *status = PYSIM_UNSUPPORTED;
                go_on = false;
            } else {
                keep_syntax_error(&err);
            }
        } else {
            go_on = false; /* end of input */
        }
        goto out;
    }
    run_units_keep(units, u);
    int rc = py_eval_module(compile_unit_code(u), vm->main_dict);
    compile_release_module(u);
    if (rc < 0) {
        bool exited = false;
        int st = run_report_failure(vm, diag, base, &exited);
        if (exited) {
            *status = st;
            go_on = false;
        }
    }
out:
    syntax_error_clear(&err);
    buf_free(&warnings);
    return go_on;
}

int repl_run(PyVM *vm, const PysimOptions *opt, Buf *diag, RunUnits *units)
{
    size_t pos = 0;
    int line_base = 0, status = PYSIM_OK;
    while (one_statement(vm, opt, diag, units, &pos, &line_base, &status)) {
    }
    return status;
}
