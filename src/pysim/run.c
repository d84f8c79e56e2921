/* run.c — pysim_run: parse, compile, evaluate, and report a program's
 * end the way python3.12 does (exit status, traceback on stderr,
 * SystemExit), or as memguide's own one-line diagnostic for a stop.
 */
#include <string.h>

#include "base/arena.h"
#include "pysim/compile.h"
#include "pysim/eval.h"
#include "pysim/obj.h"
#include "pysim/parser.h"
#include "pysim/pysim.h"
#include "pysim/syntax_error.h"
#include "pysim/vm.h"

static void write_err_buf(Buf *b)
{
    if (b->len) vm_write_err(b->p, b->len);
}

/* "FILE:LINE:COL: unsupported: WHAT" or "... error: WHAT" */
static void stop_diag(PyVM *vm, Buf *diag)
{
    if (!diag) return;
    buf_printf(diag, "%s:%d:%d: %s", vm->filename, vm->stop_line ? vm->stop_line : 1, vm->stop_col ? vm->stop_col : 1,
               vm->stop_msg.p ? vm->stop_msg.p : "stopped");
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

int pysim_run(const PysimOptions *opt, Buf *diag)
{
    PyVM vm;
    vm_init(&vm, opt);
    Arena arena = ARENA_INIT;
    SyntaxErr err = SYNTAX_ERR_INIT;
    Buf warnings = BUF_INIT;
    CompileUnit *unit = NULL;
    int status = PYSIM_OK;

    Node *mod = parse_module(&arena, opt->filename, opt->source, opt->source_len, PARSE_FILE, &err, &warnings);
    if (mod) unit = compile_module_ex(&arena, mod, opt->filename, opt->source, opt->source_len, &err, &warnings);
    write_err_buf(&warnings);
    if (!unit) {
        if (err.unsupported) {
            if (diag) syntax_error_format_unsupported(&err, diag);
            status = PYSIM_UNSUPPORTED;
        } else {
            Buf b = BUF_INIT;
            syntax_error_print(&err, &b);
            write_err_buf(&b);
            buf_free(&b);
            status = PYSIM_EXCEPTION;
        }
        goto done;
    }

    PyObj *file = py_str_from_c(opt->filename);
    py_dict_setitem(vm.main_dict, PY_ID(__file__), file);
    py_decref(file);
    if (py_eval_module(compile_unit_code(unit), vm.main_dict) < 0) {
        if (vm.stop != PY_STOP_NONE) {
            stop_diag(&vm, diag);
            status = PYSIM_UNSUPPORTED;
        } else {
            PyObj *exc = py_err_fetch();
            if (!exc) {
                /* a bug in memguide: an error returned without an exception */
                py_err_format(&py_exc_SystemError, "error return without exception set");
                exc = py_err_fetch();
            }
            if (py_isinstance_c(exc, &py_exc_SystemExit)) {
                status = system_exit(exc);
                if (status < 0) {
                    Buf b = BUF_INIT;
                    py_print_exception(&b, exc);
                    write_err_buf(&b);
                    buf_free(&b);
                    status = PYSIM_EXCEPTION;
                }
            } else {
                Buf b = BUF_INIT;
                py_print_exception(&b, exc);
                write_err_buf(&b);
                buf_free(&b);
                status = PYSIM_EXCEPTION;
            }
            py_decref(exc);
        }
    }
    vm_end_program(&vm);
    if (vm.stop != PY_STOP_NONE && status != PYSIM_UNSUPPORTED) {
        /* a stop in a finalizer at exit */
        stop_diag(&vm, diag);
        status = PYSIM_UNSUPPORTED;
    }
done:
    compile_free_unit(unit);
    vm_fini(&vm);
    arena_free(&arena);
    syntax_error_clear(&err);
    buf_free(&warnings);
    return status;
}
