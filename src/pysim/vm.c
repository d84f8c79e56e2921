/* vm.c — starting and ending a run: the static objects, the built-in
 * types, the interned identifiers, builtins and sys.modules; and the few
 * services every file uses (output, the step counter).
 */
#include <string.h>

#include "pysim/finalize.h"
#include "pysim/gc.h"
#include "pysim/int_impl.h"
#include "pysim/modules.h"
#include "pysim/obj.h"
#include "pysim/slots.h"
#include "pysim/str_impl.h"
#include "pysim/vm.h"
#include "pysim/weakref.h"

PyVM *py_vm;
PyIds py_ids;

void py_none_init_statics(PyVM *vm);
void py_tuple_init_statics(PyVM *vm);
void py_bytes_init_statics(PyVM *vm);
void py_bytes_free_statics(PyVM *vm);


/* Every static type, bases before subclasses. */
static PyType *const static_types[] = {
    &py_object_type, &py_type_type, &py_none_type, &py_notimpl_type, &py_ellipsis_type, &py_int_type,
    &py_bool_type, &py_float_type, &py_str_type, &py_bytes_type, &py_bytearray_type, &py_tuple_type,
    &py_complex_type, /* complex.c */
    &py_list_type, &py_dict_type, &py_set_type, &py_frozenset_type, &py_range_type, &py_slice_type,
    &py_function_type, &py_method_type, &py_cfunction_type, &py_method_descr_type,
    &py_classmethod_descr_type, &py_wrapper_descr_type, &py_method_wrapper_type, &py_getset_descr_type,
    &py_member_descr_type, &py_staticmethod_type, &py_classmethod_type, &py_property_type, &py_super_type,
    &py_module_type, &py_cell_type, &py_code_type, &py_mappingproxy_type, &py_dict_keys_type,
    &py_dict_values_type, &py_dict_items_type, &py_list_iter_type, &py_list_reviter_type, &py_tuple_iter_type,
    &py_str_iter_type, &py_str_ascii_iter_type, &py_bytes_iter_type, &py_bytearray_iter_type, &py_range_iter_type,
    &py_longrange_iter_type, &py_dict_keyiter_type, &py_dict_valueiter_type, &py_dict_itemiter_type,
    &py_dict_revkeyiter_type, &py_dict_revvalueiter_type, &py_dict_revitemiter_type,
    &py_set_iter_type, &py_seq_iter_type, &py_callable_iter_type, &py_enumerate_type, &py_zip_type,
    &py_map_type, &py_filter_type, &py_reversed_type, &py_generator_type,
    &py_genericalias_type, &py_genericalias_iter_type, /* genericalias.c */
    /* exceptions */
    &py_exc_BaseException, &py_exc_Exception, &py_exc_SystemExit, &py_exc_KeyboardInterrupt,
    &py_exc_GeneratorExit, &py_exc_StopIteration, &py_exc_StopAsyncIteration, &py_exc_ArithmeticError,
    &py_exc_ZeroDivisionError, &py_exc_OverflowError, &py_exc_FloatingPointError, &py_exc_AssertionError,
    &py_exc_AttributeError, &py_exc_BufferError, &py_exc_EOFError, &py_exc_ImportError,
    &py_exc_ModuleNotFoundError, &py_exc_LookupError, &py_exc_IndexError, &py_exc_KeyError,
    &py_exc_MemoryError, &py_exc_NameError, &py_exc_UnboundLocalError, &py_exc_OSError,
    &py_exc_FileNotFoundError, &py_exc_PermissionError, &py_exc_ConnectionError, &py_exc_TimeoutError,
    &py_exc_ReferenceError, &py_exc_RuntimeError, &py_exc_NotImplementedError, &py_exc_RecursionError,
    &py_exc_SyntaxError, &py_exc_IndentationError, &py_exc_TabError, &py_exc_SystemError, &py_exc_TypeError,
    &py_exc_ValueError, &py_exc_UnicodeError, &py_exc_UnicodeDecodeError, &py_exc_UnicodeEncodeError,
    &py_exc_Warning, &py_exc_UserWarning, &py_exc_DeprecationWarning, &py_exc_RuntimeWarning,
    &py_exc_UnicodeTranslateError, &py_exc_BytesWarning, &py_exc_EncodingWarning, &py_exc_FutureWarning,
    &py_exc_ImportWarning, &py_exc_PendingDeprecationWarning, &py_exc_ResourceWarning, &py_exc_SyntaxWarning,
    &py_exc_UnicodeWarning, &py_exc_BlockingIOError, &py_exc_ChildProcessError, &py_exc_FileExistsError,
    &py_exc_InterruptedError, &py_exc_IsADirectoryError, &py_exc_NotADirectoryError,
    &py_exc_ProcessLookupError, &py_exc_BrokenPipeError, &py_exc_ConnectionAbortedError,
    &py_exc_ConnectionRefusedError, &py_exc_ConnectionResetError,
    NULL,
};

PyType *const *py_vm_static_types(void) { return static_types; }

static void init_ids(void)
{
#define PY_ID_INIT(n) py_ids.n = py_intern_c(#n);
    PY_IDS(PY_ID_INIT)
#undef PY_ID_INIT
}

void py_type_ready_late(PyType *t)
{
    PyVM *vm = py_vm;
    if (t->tpflags & PY_TPF_HEAPTYPE) return;
    py_type_ready(t);
    if (vm->nlate == vm->caplate) {
        vm->caplate = vm->caplate ? vm->caplate * 2 : 16;
        vm->late_types = xrealloc(vm->late_types, vm->caplate * sizeof *vm->late_types);
    }
    vm->late_types[vm->nlate++] = t;
}

void vm_init(PyVM *vm, const PysimOptions *opt)
{
    memset(vm, 0, sizeof *vm);
    py_vm = vm;
    vm->opt = opt;
    vm->filename = opt->filename;
    vm->source = opt->source;
    vm->source_len = opt->source_len;
    vm->recursion_limit = 1000;
    vm->max_steps = opt->max_steps ? opt->max_steps : PYSIM_DEFAULT_MAX_STEPS;
    vm->int_max_str_digits = 4300;
    heap_init(&vm->heap, opt->max_memory ? opt->max_memory : PYSIM_DEFAULT_MAX_MEMORY);
    vm->booting = true;

    /* static objects first: everything else is made of them */
    py_none_init_statics(vm);
    py_int_init_statics(vm);
    py_str_init_statics(vm);
    py_tuple_init_statics(vm);
    py_bytes_init_statics(vm);
    vm->interned = py_dict_new();
    init_ids();
    for (PyType *const *t = static_types; *t; t++) py_type_ready(*t);
    vm->booting = false;
    /* modules */
    vm->modules = py_dict_new();
    py_builtins_init();
    py_slots_preload_subclass_dicts(vm->builtins);
    /* the modules python3.12 has loaded before a program runs (of those
     * memguide simulates): importing them later allocates nothing */
    static const char *const preloaded[] = {"sys", "_weakref"};
    for (size_t i = 0; i < sizeof preloaded / sizeof *preloaded; i++) py_xdecref(py_import(py_intern_c(preloaded[i])));
    PyObj *main = py_module_new("__main__");
    vm->main_dict = py_newref(py_module_dict(main));
    py_dict_setitem(vm->main_dict, PY_ID(__builtins__), vm->builtins_module);
    py_dict_setitem(vm->modules, PY_ID(__main__), main);
    py_decref(main);
    py_gc_startup_done(); /* gc: startup's objects are in generation 1 */
}

/* The end of the program, as CPython's Py_FinalizeEx: the atexit
 * functions (weakref.finalize), a collection if automatic collection is
 * enabled, the special names (builtins._, sys.last_exc ...), then the
 * modules (finalize.c).  __del__ methods run as their objects die, their
 * output still the program's.  Not after a stop: no more of the program
 * runs then. */
void vm_end_program(PyVM *vm)
{
    bool stopped = vm->stop != PY_STOP_NONE;
    py_err_clear();
    if (!stopped) {
        py_weakref_atexit();
        py_err_clear();
        py_gc_collect_if_enabled();
        py_err_clear();
    }
    if (!stopped && !py_stopping()) {
        /* finalize_modules_delete_special: builtins._ and sys.last_exc go
         * first (what the REPL kept alive dies before __main__'s names) */
        py_dict_setitem(vm->builtins, py_intern_c("_"), PY_NONE);
        py_sys_set_last_exc(NULL);
        py_err_clear();
    }
    if (!stopped && !py_stopping()) py_finalize_modules();
    py_err_clear();
}

/* Releases everything memguide made for the run. */
void vm_fini(PyVM *vm)
{
    vm->stop = PY_STOP_NONE;
    py_err_clear();
    py_clear(&vm->last_exc);
    py_clear(&vm->main_dict);
    py_clear(&vm->repr_tsdict);
    py_clear(&vm->modules);
    py_clear(&vm->builtins);
    py_clear(&vm->builtins_module);
    for (size_t i = 0; i < vm->nbuiltins_copy; i++) py_decref(vm->builtins_copy[i]);
    free(vm->builtins_copy);
    vm->builtins_copy = NULL;
    vm->nbuiltins_copy = 0;
    py_err_clear();
    py_gc_collect_all();
    /* the subclass dicts (of ints and weak references) go while every
     * type still works */
    for (PyType *const *t = static_types; *t; t++) py_slots_free_static_sublist(*t);
    for (size_t i = 0; i < vm->nlate; i++) py_slots_free_static_sublist(vm->late_types[i]);
    for (PyType *const *t = static_types; *t; t++) py_type_unready(*t);
    for (size_t i = 0; i < vm->nlate; i++) py_type_unready(vm->late_types[i]);
    free(vm->late_types);
    py_gc_clear_all();
    /* interned strings are immortal while the run lasts; now the table
     * holds their only references (as key and as value) */
    if (vm->interned) {
        size_t pos = 0;
        PyObj *k, *v;
        while (py_dict_next(vm->interned, &pos, &k, &v)) {
            if (!(k->ob_flags & PY_OBF_STATIC)) {
                k->ob_flags &= ~(uint32_t)PY_OBF_IMMORTAL;
                k->ob_refcnt = 2;
            }
        }
    }
    py_clear(&vm->interned);
    py_gc_clear_all();
    py_bytes_free_statics(vm);
    py_str_free_statics(vm);
    free(vm->int_cache_mem);
    free(vm->empty_tuple);
    for (size_t i = 0; i < vm->nhandled; i++) py_xdecref(vm->handled[i]);
    free(vm->handled);
    buf_free(&vm->stop_msg);
    free(vm->repr_stack);
    free(vm->hidden);
    while (vm->nspare_split_keys) free(vm->spare_split_keys[--vm->nspare_split_keys]);
    heap_fini(&vm->heap);
    py_vm = NULL;
}

int vm_count_step(void)
{
    PyVM *vm = py_vm;
    if (++vm->steps <= vm->max_steps) return 0;
    py_stop_limit("the program ran for more than %llu steps (a runaway loop?); allow more with --max-steps",
                  (unsigned long long)vm->max_steps);
    return -1;
}

void vm_write_out(const char *s, size_t n)
{
    if (py_vm->stdio_lost) return; /* finalize.c: "lost sys.stdout" */
    const PysimSink *k = &py_vm->opt->out;
    if (k->write) k->write(k->ctx, s, n);
}

void vm_write_err(const char *s, size_t n)
{
    if (py_vm->stdio_lost) return; /* finalize.c: no sys.stderr for the report */
    const PysimSink *k = &py_vm->opt->err;
    if (k->write) k->write(k->ctx, s, n);
}
