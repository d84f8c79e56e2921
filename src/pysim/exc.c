/* exc.c — the built-in exception classes.  They share one C layout
 * (PyExcObj); subtypes differ in str() and in a few attributes (name, obj,
 * value, code, the SyntaxError fields).  Tracebacks are a C array of lines
 * on the exception, filled by the evaluator as the exception leaves frames.
 */
#include <string.h>

#include "pysim/obj.h"
#include "pysim/vm.h"

PyObj *py_exc_new_bare(PyType *t)
{
    /* not counted against the memory cap: MemoryError must always work */
    Heap *h = &py_vm->heap;
    uint64_t cap = h->max_bytes;
    h->max_bytes = UINT64_MAX;
    PyExcObj *e = (PyExcObj *)py_alloc(t, t->csize, t->basicsize);
    h->max_bytes = cap;
    e->args = py_newref(py_vm->empty_tuple);
    py_gc_track((PyObj *)e);
    return (PyObj *)e;
}

static PyObj *exc_new(PyType *type, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyExcObj *e = (PyExcObj *)py_alloc(type, type->csize, type->basicsize);
    if (!e) return NULL;
    e->args = py_tuple_from_array(args, nargs);
    py_gc_track((PyObj *)e);
    return (PyObj *)e;
}

/* Keyword arguments the built-in exception classes accept in __init__. */
static int exc_kwargs(PyExcObj *e, PyObj *kwnames, PyObj *const *kwvals)
{
    size_t n = kwnames ? py_tuple_size(kwnames) : 0;
    PyType *t = PY_TYPE(e);
    for (size_t i = 0; i < n; i++) {
        PyObj *k = py_tuple_item(kwnames, i);
        PyObj **slot = NULL;
        if (py_isinstance_c((PyObj *)e, &py_exc_NameError) && py_str_eq_c(k, "name")) slot = &e->name;
        else if (py_isinstance_c((PyObj *)e, &py_exc_AttributeError) && py_str_eq_c(k, "name")) slot = &e->name;
        else if (py_isinstance_c((PyObj *)e, &py_exc_AttributeError) && py_str_eq_c(k, "obj")) slot = &e->obj;
        else if (py_isinstance_c((PyObj *)e, &py_exc_ImportError) && py_str_eq_c(k, "name")) slot = &e->name;
        if (!slot) {
            if (t->tpflags & PY_TPF_HEAPTYPE) continue; /* a subclass's __init__ took them */
            py_err_format(&py_exc_TypeError, "%s() got an unexpected keyword argument '%U'", t->name, k);
            return -1;
        }
        py_incref(kwvals[i]);
        py_setref(slot, kwvals[i]);
    }
    return 0;
}

static int exc_init(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kwnames)
{
    PyExcObj *e = (PyExcObj *)self;
    PyType *t = PY_TYPE(self);
    bool takes_kw = py_isinstance_c(self, &py_exc_NameError) || py_isinstance_c(self, &py_exc_AttributeError) ||
                    py_isinstance_c(self, &py_exc_ImportError);
    if (kwnames && py_tuple_size(kwnames) && !takes_kw && !(t->tpflags & PY_TPF_HEAPTYPE)) {
        py_err_format(&py_exc_TypeError, "%s() takes no keyword arguments", t->name);
        return -1;
    }
    py_setref(&e->args, py_tuple_from_array(args, nargs));
    if (!e->args) return -1;
    if (exc_kwargs(e, kwnames, args + nargs) < 0) return -1;
    if (py_isinstance_c(self, &py_exc_StopIteration)) py_setref(&e->value, py_newref(nargs ? args[0] : PY_NONE));
    if (py_isinstance_c(self, &py_exc_SystemExit))
        py_setref(&e->value, nargs == 0 ? py_newref(PY_NONE) : nargs == 1 ? py_newref(args[0]) : py_newref(e->args));
    if (py_isinstance_c(self, &py_exc_SyntaxError)) {
        if (nargs >= 1) py_setref(&e->msg, py_newref(args[0]));
        if (nargs == 2 && PY_TUPLE_CHECK(args[1]) && py_tuple_size(args[1]) >= 4) {
            PyObj *info = args[1];
            py_setref(&e->filename, py_newref(py_tuple_item(info, 0)));
            py_as_ssize(py_tuple_item(info, 1), &e->lineno);
            py_as_ssize(py_tuple_item(info, 2), &e->offset);
            py_setref(&e->text, py_newref(py_tuple_item(info, 3)));
            if (py_err_occurred()) py_err_clear();
        }
    }
    return 0;
}

/* gc: CPython's order: a subclass's fields, then BaseException_clear's
 * (dict, args, notes, traceback, cause, context) */
static void exc_dealloc(PyObj *self)
{
    PyExcObj *e = (PyExcObj *)self;
    py_clear(&e->name);
    py_clear(&e->obj);
    py_clear(&e->value);
    py_clear(&e->msg);
    py_clear(&e->filename);
    py_clear(&e->text);
    py_clear(&e->suggestion);
    py_clear(&e->dict);
    py_clear(&e->args);
    py_clear(&e->notes);
    py_clear(&e->traceback);
    py_clear(&e->cause);
    py_clear(&e->context);
    for (size_t i = 0; i < e->ntb; i++) {
        py_xdecref(e->tb[i].filename);
        py_xdecref(e->tb[i].funcname);
    }
    free(e->tb);
    e->tb = NULL;
    e->ntb = e->captb = 0;
}

static int exc_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyExcObj *e = (PyExcObj *)self;
    PyObj *refs[] = {e->name,  e->obj,   e->value,     e->msg,   e->dict,
                     e->args,  e->notes, e->traceback, e->cause, e->context};
    for (size_t i = 0; i < sizeof refs / sizeof *refs; i++)
        if (refs[i] && visit(refs[i], arg)) return 1;
    return 0;
}

static void exc_clear(PyObj *self)
{
    PyExcObj *e = (PyExcObj *)self;
    py_clear(&e->obj);
    py_clear(&e->value);
    py_clear(&e->dict);
    py_clear(&e->args);
    py_clear(&e->notes);
    py_clear(&e->traceback);
    py_clear(&e->cause);
    py_clear(&e->context);
}

static PyObj *exc_str(PyObj *self)
{
    PyExcObj *e = (PyExcObj *)self;
    size_t n = py_tuple_size(e->args);
    if (n == 0) return py_str_new("", 0);
    if (n == 1) return py_str(py_tuple_item(e->args, 0));
    return py_str(e->args);
}

/* OSError(errno, strerror[, filename]) shows "[Errno 2] No such file: 'x'". */
static PyObj *oserror_str(PyObj *self)
{
    PyExcObj *e = (PyExcObj *)self;
    size_t n = py_tuple_size(e->args);
    if (n == 2 || n == 3) {
        PyObj *no = py_tuple_item(e->args, 0), *msg = py_tuple_item(e->args, 1);
        if (n == 3) return py_str_format_c("[Errno %S] %S: %R", no, msg, py_tuple_item(e->args, 2));
        return py_str_format_c("[Errno %S] %S", no, msg);
    }
    return exc_str(self);
}

static PyObj *keyerror_str(PyObj *self)
{
    PyExcObj *e = (PyExcObj *)self;
    if (py_tuple_size(e->args) == 1) return py_repr(py_tuple_item(e->args, 0));
    return exc_str(self);
}

static PyObj *syntaxerror_str(PyObj *self)
{
    PyExcObj *e = (PyExcObj *)self;
    PyObj *msg = e->msg ? py_str(e->msg) : exc_str(self);
    if (!msg) return NULL;
    if (!e->filename || !PY_STR_CHECK(e->filename) || !e->lineno) return msg;
    const char *fn = py_str_utf8(e->filename);
    const char *slash = strrchr(fn, '/');
    PyObj *r = py_str_format_c("%U (%s, line %ld)", msg, slash ? slash + 1 : fn, (long)e->lineno);
    py_decref(msg);
    return r;
}

static PyObj *unicodeerror_str(PyObj *self)
{
    PyExcObj *e = (PyExcObj *)self;
    PyObj *a = e->args;
    if (py_tuple_size(a) != 5) return exc_str(self);
    PyObj *enc = py_tuple_item(a, 0), *obj = py_tuple_item(a, 1), *reason = py_tuple_item(a, 4);
    int64_t start, end;
    if (py_as_ssize(py_tuple_item(a, 2), &start) < 0 || py_as_ssize(py_tuple_item(a, 3), &end) < 0) return NULL;
    bool decode = py_isinstance_c(self, &py_exc_UnicodeDecodeError);
    if (decode) {
        const unsigned char *data;
        size_t len;
        if (py_bytes_view(obj, &data, &len) < 0) return NULL;
        if (end == start + 1 && start >= 0 && (size_t)start < len)
            return py_str_format_c("'%U' codec can't decode byte 0x%02x in position %ld: %U", enc, data[start],
                                   (long)start, reason);
        return py_str_format_c("'%U' codec can't decode bytes in position %ld-%ld: %U", enc, (long)start,
                               (long)end - 1, reason);
    }
    if (end == start + 1 && PY_STR_CHECK(obj) && start >= 0 && start < py_str_len(obj)) {
        PyObj *ch = py_str_getitem_index(obj, start);
        size_t n;
        uint32_t *cp = py_str_to_ucs4(ch, &n);
        uint32_t c = cp[0];
        free(cp);
        py_decref(ch);
        const char *fmt = c <= 0xff ? "'%U' codec can't encode character '\\x%02x' in position %ld: %U"
                          : c <= 0xffff ? "'%U' codec can't encode character '\\u%04x' in position %ld: %U"
                                        : "'%U' codec can't encode character '\\U%08x' in position %ld: %U";
        return py_str_format_c(fmt, enc, (unsigned)c, (long)start, reason);
    }
    return py_str_format_c("'%U' codec can't encode characters in position %ld-%ld: %U", enc, (long)start,
                           (long)end - 1, reason);
}

static PyObj *exc_repr(PyObj *self)
{
    PyExcObj *e = (PyExcObj *)self;
    const char *name = PY_TYPE(self)->name;
    size_t n = py_tuple_size(e->args);
    if (n == 1) {
        PyObj *r = py_repr(py_tuple_item(e->args, 0));
        if (!r) return NULL;
        PyObj *s = py_str_format_c("%s(%U)", name, r);
        py_decref(r);
        return s;
    }
    PyObj *r = py_repr(e->args);
    if (!r) return NULL;
    PyObj *s = n == 0 ? py_str_format_c("%s()", name) : py_str_format_c("%s%U", name, r);
    py_decref(r);
    return s;
}

PyObj *py_exc_str(PyObj *exc) { return py_str(exc); }

PyObj *py_exc_get_context(PyObj *exc) { return ((PyExcObj *)exc)->context; }

void py_exc_set_context(PyObj *exc, PyObj *ctx)
{
    py_xincref(ctx);
    py_setref(&((PyExcObj *)exc)->context, ctx);
}

void py_exc_set_cause(PyObj *exc, PyObj *cause)
{
    PyExcObj *e = (PyExcObj *)exc;
    py_xincref(cause);
    py_setref(&e->cause, cause);
    e->suppress_context = true;
}

void py_exc_add_tb(PyObj *exc, const PyTbEntry *entry)
{
    PyExcObj *e = (PyExcObj *)exc;
    if (e->ntb == e->captb) {
        e->captb = e->captb ? e->captb * 2 : 8;
        e->tb = xrealloc(e->tb, e->captb * sizeof *e->tb);
    }
    memmove(e->tb + 1, e->tb, e->ntb * sizeof *e->tb);
    e->tb[0] = *entry;
    py_xincref(entry->filename);
    py_xincref(entry->funcname);
    e->ntb++;
}

PyObj *py_err_name(PyObj *name, const char *fmt)
{
    PyObj *msg = py_str_format_c(fmt, py_str_utf8(name));
    if (!msg) return NULL;
    PyType *t = strstr(fmt, "cannot access") ? &py_exc_UnboundLocalError : &py_exc_NameError;
    PyObj *e = py_call1((PyObj *)t, msg);
    py_decref(msg);
    if (!e) return NULL;
    ((PyExcObj *)e)->name = py_newref(name);
    py_err_set_object(e);
    py_decref(e);
    return NULL;
}

PyObj *py_err_attribute(PyObj *obj, PyObj *name)
{
    PyObj *msg;
    if (PY_TYPE_CHECK(obj))
        msg = py_str_format_c("type object '%s' has no attribute '%U'", py_type_qualname((PyType *)obj), name);
    else if (PY_IS_TYPE(obj, py_module_type))
        msg = py_str_format_c("module '%U' has no attribute '%U'", ((PyModuleObj *)obj)->name, name);
    else
        msg = py_str_format_c("'%s' object has no attribute '%U'", py_type_name(obj), name);
    if (!msg) return NULL;
    PyObj *e = py_call1((PyObj *)&py_exc_AttributeError, msg);
    py_decref(msg);
    if (!e) return NULL;
    ((PyExcObj *)e)->name = py_newref(name);
    ((PyExcObj *)e)->obj = py_newref(obj);
    py_err_set_object(e);
    py_decref(e);
    return NULL;
}

PyObj *py_err_stop_iteration(PyObj *value)
{
    return py_err_set_value(&py_exc_StopIteration, value);
}

/* ---- attributes ---- */

static PyObj *exc_get_args(PyObj *self) { return py_newref(((PyExcObj *)self)->args); }
static int exc_set_args(PyObj *self, PyObj *v)
{
    if (!v) {
        py_err_format(&py_exc_TypeError, "args may not be deleted");
        return -1;
    }
    PyObj *t = py_tuple_from_iter(v);
    if (!t) return -1;
    py_setref(&((PyExcObj *)self)->args, t);
    return 0;
}

static PyObj *exc_get_tb(PyObj *self)
{
    PyObj *tb = ((PyExcObj *)self)->traceback; /* gc: the traceback objects */
    return py_newref(tb ? tb : PY_NONE);
}

static int exc_set_tb(PyObj *self, PyObj *v)
{
    if (v && v != PY_NONE) {
        py_unsupported("assigning traceback objects");
        return -1;
    }
    PyExcObj *e = (PyExcObj *)self;
    for (size_t i = 0; i < e->ntb; i++) {
        py_xdecref(e->tb[i].filename);
        py_xdecref(e->tb[i].funcname);
    }
    e->ntb = 0;
    py_clear(&e->traceback);
    return 0;
}

static PyObj *opt(PyObj *v) { return py_newref(v ? v : PY_NONE); }
static PyObj *exc_get_cause(PyObj *self) { return opt(((PyExcObj *)self)->cause); }
static PyObj *exc_get_context(PyObj *self) { return opt(((PyExcObj *)self)->context); }
static PyObj *exc_get_suppress(PyObj *self) { return py_bool(((PyExcObj *)self)->suppress_context); }

static int exc_set_cause(PyObj *self, PyObj *v)
{
    if (v && v != PY_NONE && !PY_EXC_CHECK(v)) {
        py_err_format(&py_exc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    py_exc_set_cause(self, v == PY_NONE ? NULL : v);
    return 0;
}

static int exc_set_context(PyObj *self, PyObj *v)
{
    if (v && v != PY_NONE && !PY_EXC_CHECK(v)) {
        py_err_format(&py_exc_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    py_exc_set_context(self, v == PY_NONE ? NULL : v);
    return 0;
}

static int exc_set_suppress(PyObj *self, PyObj *v)
{
    int t = v ? py_truthy(v) : 0;
    if (t < 0) return -1;
    ((PyExcObj *)self)->suppress_context = t;
    return 0;
}

static PyObj *exc_get_notes(PyObj *self)
{
    PyObj *n = ((PyExcObj *)self)->notes;
    if (!n) return py_err_attribute(self, PY_ID(__notes__));
    return py_newref(n);
}

static PyObj *exc_get_dict(PyObj *self)
{
    PyExcObj *e = (PyExcObj *)self;
    if (!e->dict) e->dict = py_dict_new();
    return py_newref(e->dict);
}

static const PyGetSetDef exc_getset[] = {
    {"args", exc_get_args, exc_set_args},
    {"__traceback__", exc_get_tb, exc_set_tb},
    {"__cause__", exc_get_cause, exc_set_cause},
    {"__context__", exc_get_context, exc_set_context},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress},
    {"__notes__", exc_get_notes, NULL},
    {"__dict__", exc_get_dict, NULL},
    {NULL, NULL, NULL},
};

static PyObj *exc_add_note(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyExcObj *e = (PyExcObj *)self;
    if (!PY_STR_CHECK(args[0]))
        return py_err_format(&py_exc_TypeError, "note must be a str, not '%s'", py_type_name(args[0]));
    if (!e->notes) e->notes = py_list_new(0);
    if (py_list_append(e->notes, args[0]) < 0) return NULL;
    return py_newref(PY_NONE);
}

static PyObj *exc_with_traceback(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    if (exc_set_tb(self, args[0]) < 0) return NULL;
    return py_newref(self);
}

static const PyMethodDef exc_methods[] = {
    {"add_note", exc_add_note, 1, 1, 0},
    {"with_traceback", exc_with_traceback, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

#define FIELD_GETSET(fname, field)                                                     \
    static PyObj *get_##fname(PyObj *self) { return opt(((PyExcObj *)self)->field); } \
    static int set_##fname(PyObj *self, PyObj *v)                                      \
    {                                                                                  \
        py_xincref(v);                                                                 \
        py_setref(&((PyExcObj *)self)->field, v);                                      \
        return 0;                                                                      \
    }
FIELD_GETSET(name, name)
FIELD_GETSET(obj, obj)
FIELD_GETSET(value, value)
FIELD_GETSET(msg, msg)
FIELD_GETSET(filename, filename)
FIELD_GETSET(text, text)

static PyObj *get_lineno(PyObj *self) { return py_int_from_i64(((PyExcObj *)self)->lineno); }
static PyObj *get_offset(PyObj *self) { return py_int_from_i64(((PyExcObj *)self)->offset); }

static const PyGetSetDef name_getset[] = {{"name", get_name, set_name}, {NULL, NULL, NULL}};
static const PyGetSetDef attr_getset[] = {{"name", get_name, set_name}, {"obj", get_obj, set_obj}, {NULL, NULL, NULL}};
static const PyGetSetDef stop_getset[] = {{"value", get_value, set_value}, {NULL, NULL, NULL}};
static const PyGetSetDef exit_getset[] = {{"code", get_value, set_value}, {NULL, NULL, NULL}};
static const PyGetSetDef syntax_getset[] = {
    {"msg", get_msg, set_msg}, {"filename", get_filename, set_filename}, {"text", get_text, set_text},
    {"lineno", get_lineno, NULL}, {"offset", get_offset, NULL}, {NULL, NULL, NULL}};
/* OSError(errno, strerror[, filename]) */
static PyObj *os_arg(PyObj *self, size_t i)
{
    PyObj *a = ((PyExcObj *)self)->args;
    size_t n = py_tuple_size(a);
    if ((n == 2 || n == 3) && i < n) return py_newref(py_tuple_item(a, i));
    return py_newref(PY_NONE);
}
static PyObj *get_errno(PyObj *self) { return os_arg(self, 0); }
static PyObj *get_strerror(PyObj *self) { return os_arg(self, 1); }
static PyObj *get_os_filename(PyObj *self) { return os_arg(self, 2); }
static const PyGetSetDef os_getset[] = {
    {"errno", get_errno, NULL}, {"strerror", get_strerror, NULL}, {"filename", get_os_filename, NULL},
    {NULL, NULL, NULL}};

/* UnicodeError(encoding, object, start, end, reason) */
static PyObj *uni_arg(PyObj *self, size_t i)
{
    PyObj *a = ((PyExcObj *)self)->args;
    if (py_tuple_size(a) == 5) return py_newref(py_tuple_item(a, i));
    return py_newref(PY_NONE);
}
static PyObj *get_encoding(PyObj *self) { return uni_arg(self, 0); }
static PyObj *get_object(PyObj *self) { return uni_arg(self, 1); }
static PyObj *get_start(PyObj *self) { return uni_arg(self, 2); }
static PyObj *get_end(PyObj *self) { return uni_arg(self, 3); }
static PyObj *get_reason(PyObj *self) { return uni_arg(self, 4); }
static const PyGetSetDef unicode_getset[] = {
    {"encoding", get_encoding, NULL}, {"object", get_object, NULL}, {"start", get_start, NULL},
    {"end", get_end, NULL}, {"reason", get_reason, NULL}, {NULL, NULL, NULL}};

static const PyGetSetDef import_getset[] = {{"name", get_name, set_name}, {"msg", get_msg, set_msg}, {NULL, NULL, NULL}};

#define EXC_FLAGS (PY_TPF_GC | PY_TPF_BASETYPE | PY_TPF_EXC_SUBCLASS)

PyType py_exc_BaseException = {
    .name = "BaseException",
    .tpflags = EXC_FLAGS,
    .csize = sizeof(PyExcObj),
    .basicsize = 72,
    .dictoffset = offsetof(PyExcObj, dict),
    .tp_new = exc_new,
    .tp_init = exc_init,
    .tp_dealloc = exc_dealloc,
    .tp_traverse = exc_traverse,
    .tp_clear = exc_clear,
    .tp_repr = exc_repr,
    .tp_str = exc_str,
    .methods = exc_methods,
    .getset = exc_getset,
};

/* basicsize: CPython 3.12's struct of each exception with fields of its
 * own (PySystemExitObject, PyAttributeErrorObject, ...); the others inherit
 * their base's. */
#define SIMPLE_EXC(cname, basename) \
    PyType py_exc_##cname = {.name = #cname, .base = &py_exc_##basename, .tpflags = EXC_FLAGS};
#define EXC_WITH(cname, basename, ...) \
    PyType py_exc_##cname = {.name = #cname, .base = &py_exc_##basename, .tpflags = EXC_FLAGS, __VA_ARGS__};

SIMPLE_EXC(Exception, BaseException)
EXC_WITH(SystemExit, BaseException, .basicsize = 80, .getset = exit_getset)
SIMPLE_EXC(KeyboardInterrupt, BaseException)
SIMPLE_EXC(GeneratorExit, BaseException)
EXC_WITH(StopIteration, Exception, .basicsize = 80, .getset = stop_getset)
SIMPLE_EXC(StopAsyncIteration, Exception)
SIMPLE_EXC(ArithmeticError, Exception)
SIMPLE_EXC(ZeroDivisionError, ArithmeticError)
SIMPLE_EXC(OverflowError, ArithmeticError)
SIMPLE_EXC(FloatingPointError, ArithmeticError)
SIMPLE_EXC(AssertionError, Exception)
EXC_WITH(AttributeError, Exception, .basicsize = 88, .getset = attr_getset)
SIMPLE_EXC(BufferError, Exception)
SIMPLE_EXC(EOFError, Exception)
EXC_WITH(ImportError, Exception, .basicsize = 104, .getset = import_getset)
SIMPLE_EXC(ModuleNotFoundError, ImportError)
SIMPLE_EXC(LookupError, Exception)
SIMPLE_EXC(IndexError, LookupError)
EXC_WITH(KeyError, LookupError, .tp_str = keyerror_str)
SIMPLE_EXC(MemoryError, Exception)
EXC_WITH(NameError, Exception, .basicsize = 80, .getset = name_getset)
SIMPLE_EXC(UnboundLocalError, NameError)
EXC_WITH(OSError, Exception, .basicsize = 112, .tp_str = oserror_str, .getset = os_getset)
SIMPLE_EXC(FileNotFoundError, OSError)
SIMPLE_EXC(PermissionError, OSError)
SIMPLE_EXC(ConnectionError, OSError)
SIMPLE_EXC(TimeoutError, OSError)
SIMPLE_EXC(ReferenceError, Exception)
SIMPLE_EXC(RuntimeError, Exception)
SIMPLE_EXC(NotImplementedError, RuntimeError)
SIMPLE_EXC(RecursionError, RuntimeError)
EXC_WITH(SyntaxError, Exception, .basicsize = 136, .tp_str = syntaxerror_str, .getset = syntax_getset)
SIMPLE_EXC(IndentationError, SyntaxError)
SIMPLE_EXC(TabError, IndentationError)
SIMPLE_EXC(SystemError, Exception)
SIMPLE_EXC(TypeError, Exception)
SIMPLE_EXC(ValueError, Exception)
SIMPLE_EXC(UnicodeError, ValueError)
EXC_WITH(UnicodeDecodeError, UnicodeError, .basicsize = 112, .tp_str = unicodeerror_str, .getset = unicode_getset)
EXC_WITH(UnicodeEncodeError, UnicodeError, .basicsize = 112, .tp_str = unicodeerror_str, .getset = unicode_getset)
EXC_WITH(UnicodeTranslateError, UnicodeError, .basicsize = 112)
SIMPLE_EXC(Warning, Exception)
SIMPLE_EXC(UserWarning, Warning)
SIMPLE_EXC(DeprecationWarning, Warning)
SIMPLE_EXC(RuntimeWarning, Warning)
SIMPLE_EXC(BytesWarning, Warning)
SIMPLE_EXC(EncodingWarning, Warning)
SIMPLE_EXC(FutureWarning, Warning)
SIMPLE_EXC(ImportWarning, Warning)
SIMPLE_EXC(PendingDeprecationWarning, Warning)
SIMPLE_EXC(ResourceWarning, Warning)
SIMPLE_EXC(SyntaxWarning, Warning)
SIMPLE_EXC(UnicodeWarning, Warning)
SIMPLE_EXC(BlockingIOError, OSError)
SIMPLE_EXC(ChildProcessError, OSError)
SIMPLE_EXC(FileExistsError, OSError)
SIMPLE_EXC(InterruptedError, OSError)
SIMPLE_EXC(IsADirectoryError, OSError)
SIMPLE_EXC(NotADirectoryError, OSError)
SIMPLE_EXC(ProcessLookupError, OSError)
SIMPLE_EXC(BrokenPipeError, ConnectionError)
SIMPLE_EXC(ConnectionAbortedError, ConnectionError)
SIMPLE_EXC(ConnectionRefusedError, ConnectionError)
SIMPLE_EXC(ConnectionResetError, ConnectionError)
