/* run.c — pysim_run: parse, compile, evaluate, and report a program's
 * end the way python3.12 does (exit status, traceback on stderr,
 * SystemExit), or as memguide's own one-line diagnostic for a stop.
 */
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "pysim/compile.h"
#include "pysim/eval.h"
#include "pysim/modules.h"
#include "pysim/obj.h"
#include "pysim/parser.h"
#include "pysim/pysim.h"
#include "pysim/run_impl.h"
#include "pysim/syntax_error.h"
#include "pysim/vm.h"

static void write_err_buf(Buf *b)
{
    if (b->len) vm_write_err(b->p, b->len);
}

void run_stop_diag(PyVM *vm, Buf *diag, int line_base)
{
    if (!diag) return;
    buf_printf(diag, "%s:%d:%d: %s", vm->filename, (vm->stop_line ? vm->stop_line : 1) + line_base,
               vm->stop_col ? vm->stop_col : 1, vm->stop_msg.p ? vm->stop_msg.p : "stopped");
}

/* SystemExit: its code decides the status; a non-int code is printed. */
static int system_exit(PyObj *exc)
{
    PyObj *code = ((PyExcObj *)exc)->value;
    if (!code || code == PY_NONE) return 0;
    if (PY_INT_CHECK(code)) {
        int64_t v;
        if (!py_int_as_i64(code, &v)) return -1;
        return (int)(v & 0xff);
    }
    PyObj *s = py_str(code);
    if (s) {
        Buf b = BUF_INIT;
        buf_put(&b, py_str_utf8(s), py_str_nbytes(s));
        buf_putc(&b, '\n');
        write_err_buf(&b);
        buf_free(&b);
        py_decref(s);
    }
    py_err_clear();
    return 1;
}

static void print_exception(PyObj *exc)
{
    Buf b = BUF_INIT;
    py_print_exception(&b, exc);
    write_err_buf(&b);
    buf_free(&b);
}

int run_report_failure(PyVM *vm, Buf *diag, int line_base, bool *exited)
{
    if (vm->stop != PY_STOP_NONE) {
        run_stop_diag(vm, diag, line_base);
        *exited = true;
        return PYSIM_UNSUPPORTED;
    }
    PyObj *exc = py_err_fetch();
    if (!exc) {
        /* a bug in memguide: an error returned without an exception */
        py_err_format(&py_exc_SystemError, "error return without exception set");
        exc = py_err_fetch();
    }
    int status = PYSIM_EXCEPTION;
    if (py_isinstance_c(exc, &py_exc_SystemExit)) {
        *exited = true;
        status = system_exit(exc);
        if (status < 0) {
            print_exception(exc);
            status = PYSIM_EXCEPTION;
        }
    } else {
        /* PyErr_Print keeps the exception as sys.last_exc (with its
         * frames and their locals) until the next one, or the exit */
        py_sys_set_last_exc(exc);
        print_exception(exc);
    }
    py_decref(exc);
    return status;
}

int run_report_syntax_error(const SyntaxErr *err, Buf *diag, int line_base)
{
    if (err->unsupported) {
        if (diag) {
            SyntaxErr moved = *err;
            moved.lineno += line_base;
            syntax_error_format_unsupported(&moved, diag);
        }
        return PYSIM_UNSUPPORTED;
    }
    Buf b = BUF_INIT;
    syntax_error_print(err, &b);
    write_err_buf(&b);
    buf_free(&b);
    return PYSIM_EXCEPTION;
}

void run_units_keep(RunUnits *r, CompileUnit *u)
{
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 16;
        r->units = xrealloc(r->units, r->cap * sizeof *r->units);
    }
    r->units[r->n++] = u;
}

static int run_script(PyVM *vm, const PysimOptions *opt, Buf *diag, RunUnits *units)
{
    Arena *arena = &units->arena;
    CompileUnit *unit = NULL;
    SyntaxErr err = SYNTAX_ERR_INIT;
    Buf warnings = BUF_INIT;
    int status = PYSIM_OK;
    Node *mod = parse_module(arena, opt->filename, opt->source, opt->source_len, PARSE_FILE, &err, &warnings);
    if (mod) unit = compile_module_ex(arena, mod, opt->filename, opt->source, opt->source_len, &err, &warnings);
    write_err_buf(&warnings);
    buf_free(&warnings);
    if (!unit) {
        status = run_report_syntax_error(&err, diag, 0);
        syntax_error_clear(&err);
        return status;
    }
    PyObj *file = py_str_from_c(opt->filename);
    py_dict_setitem(vm->main_dict, PY_ID(__file__), file);
    py_decref(file);
    run_units_keep(units, unit);
    int rc = py_eval_module(compile_unit_code(unit), vm->main_dict);
    /* the module's code object and the tree's constants go before the
     * traceback is printed and before the interpreter finalizes */
    compile_release_module(unit);
    if (rc < 0) {
        bool exited = false;
        status = run_report_failure(vm, diag, 0, &exited);
    }
    return status;
}

int pysim_run(const PysimOptions *opt, Buf *diag)
{
    PyVM vm;
    vm_init(&vm, opt);
    RunUnits units = {ARENA_INIT, NULL, 0, 0};
    int status = opt->repl ? repl_run(&vm, opt, diag, &units) : run_script(&vm, opt, diag, &units);
    vm_end_program(&vm);
    if (vm.stop != PY_STOP_NONE && status != PYSIM_UNSUPPORTED) {
        /* a stop in a finalizer at exit */
        run_stop_diag(&vm, diag, 0);
        status = PYSIM_UNSUPPORTED;
    }
    for (size_t i = 0; i < units.n; i++) compile_free_unit(units.units[i]);
    free(units.units);
    vm_fini(&vm);
    arena_free(&units.arena);
    return status;
}
