/* eval_frameobj.c — frame objects and traceback objects, as CPython 3.12
 * makes them: an exception leaving a frame gets a traceback object that
 * refers to the frame's frame object (made then, untracked while the frame
 * runs); when a frame whose frame object is still referenced finishes,
 * the frame object takes its locals over (take_ownership) and is tracked.
 * That is why a traceback keeps a failed function's locals alive, and why
 * `err = e` in an except clause makes a cycle (exception -> traceback ->
 * frame -> err) that only the collector frees.
 *
 * Invariants: Frame.frame_obj, when set, is a reference the running frame
 * holds; a frame object owns its Frame (owns == true) exactly when the
 * frame has finished, and then frees it when it dies.
 */
#include "pysim/eval_impl.h"
#include "pysim/gc.h"
#include "pysim/obj.h"

typedef struct PyFrameObj {
    PyObj ob;
    Frame *frame;   /* borrowed while the frame runs, owned once it finished */
    bool owns;
    PyObj *back;    /* f_back, linked when it took the frame over */
} PyFrameObj;

typedef struct PyTracebackObj {
    PyObj ob;
    PyObj *next;    /* tb_next: the traceback of the frame called from here */
    PyObj *frame;   /* tb_frame */
    int lineno;
} PyTracebackObj;

#define FO(o) ((PyFrameObj *)(o))
#define TB(o) ((PyTracebackObj *)(o))

/* co_stacksize is a property of CPython's bytecode, which memguide does
 * not make: a typical value stands in (it only sizes the object). */
#define STACK_ESTIMATE_FUNCTION 4
#define STACK_ESTIMATE_MODULE 8

static size_t frame_slots(const Frame *f)
{
    const CodeInfo *c = f->code;
    int stack = f->func ? STACK_ESTIMATE_FUNCTION : STACK_ESTIMATE_MODULE;
    return (size_t)(c->nfast + c->ncells + c->nfree + stack);
}

PyObj *eval_frame_object(Frame *f)
{
    if (f->frame_obj) return f->frame_obj;
    /* _PyFrame_New_NoTrack: the frame's data fits in the object (nine
     * specials, the locals and the value stack) */
    PyFrameObj *o = (PyFrameObj *)py_alloc(&py_frame_type, sizeof(PyFrameObj), 56 + 8 * (frame_slots(f) + 9));
    if (!o) return NULL;
    o->frame = f;
    f->frame_obj = (PyObj *)o;
    return (PyObj *)o;
}

bool eval_frame_object_take(Frame *f)
{
    PyObj *fo = f->frame_obj;
    if (!fo) return false;
    f->frame_obj = NULL;
    if (fo->ob_refcnt == 1) {
        py_decref(fo);
        return false;
    }
    FO(fo)->owns = true;
    /* f_back: the caller's frame object, made now (only while the caller
     * is the running frame: a generator's frame has no caller when it
     * is freed later) */
    if (f->back && f->back == py_vm->frame) {
        /* (an exception may be leaving this frame: it stays the current one) */
        PyObj *pending = py_err_fetch();
        PyObj *back = eval_frame_object(f->back);
        if (back) FO(fo)->back = py_newref(back);
        py_err_clear();
        if (pending) py_err_restore(pending);
    }
    py_gc_track(fo);
    py_decref(fo);
    return true;
}

static void frame_dealloc(PyObj *self)
{
    PyFrameObj *o = FO(self);
    if (o->owns && o->frame) {
        Frame *f = o->frame;
        o->frame = NULL;
        /* frame_dealloc clears the f_locals dict before the locals */
        py_clear(&f->fast_locals);
        frame_free(f);
    } else if (o->frame && o->frame->frame_obj == self) {
        o->frame->frame_obj = NULL;
    }
    py_clear(&o->back);
}

static int frame_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    PyFrameObj *o = FO(self);
    if (o->back && visit(o->back, arg)) return 1;
    if (!o->owns || !o->frame) return 0;
    Frame *f = o->frame;
    /* memguide's frames own their globals and builtins (CPython borrows
     * them from the function): they are visited so the counts add up */
    PyObj *refs[] = {f->locals, f->fast_locals, (PyObj *)f->func, f->globals, f->builtins, f->retval};
    for (size_t i = 0; i < sizeof refs / sizeof *refs; i++)
        if (refs[i] && visit(refs[i], arg)) return 1;
    int n = f->code->nfast + f->code->ncells + f->code->nfree;
    for (int i = 0; i < n; i++)
        if (f->slots[i] && visit(f->slots[i], arg)) return 1;
    return 0;
}

/* frame_tp_clear: the locals and the value stack */
static void frame_clear(PyObj *self)
{
    PyFrameObj *o = FO(self);
    if (!o->owns || !o->frame) return;
    Frame *f = o->frame;
    int n = f->code->nfast + f->code->ncells + f->code->nfree;
    for (int i = 0; i < n; i++) py_clear(&f->slots[i]);
    py_clear(&f->retval);
}

static int frame_lineno(const Frame *f) { return f->stmt ? f->stmt->lineno : f->code->firstlineno; }

static PyObj *frame_repr(PyObj *self)
{
    Frame *f = FO(self)->frame;
    if (!f) return py_str_format_c("<frame at 0x%llx>", (unsigned long long)self->ob_id);
    return py_str_format_c("<frame at 0x%llx, file %R, line %d, code %U>", (unsigned long long)self->ob_id,
                           f->code->filename_obj, frame_lineno(f), f->code->name);
}

static size_t frame_sizeof(PyObj *self)
{
    Frame *f = FO(self)->frame;
    return 120 + 8 * (f ? frame_slots(f) : 0);
}

static PyObj *frame_get_back(PyObj *self)
{
    PyFrameObj *o = FO(self);
    if (o->owns || !o->frame) return py_newref(o->back ? o->back : PY_NONE);
    Frame *b = o->frame->back;
    PyObj *bo = b ? eval_frame_object(b) : NULL;
    return py_newref(bo ? bo : PY_NONE);
}

static PyObj *frame_get_lineno(PyObj *self)
{
    Frame *f = FO(self)->frame;
    return f ? py_int_from_i64(frame_lineno(f)) : py_newref(PY_NONE);
}

static PyObj *frame_get_globals(PyObj *self)
{
    Frame *f = FO(self)->frame;
    return py_newref(f && f->globals ? f->globals : PY_NONE);
}

static PyObj *frame_get_builtins(PyObj *self)
{
    Frame *f = FO(self)->frame;
    return py_newref(f && f->builtins ? f->builtins : PY_NONE);
}

static PyObj *frame_get_code(PyObj *self)
{
    Frame *f = FO(self)->frame;
    return py_newref(f && f->code->code_obj ? f->code->code_obj : PY_NONE);
}

/* A function frame's f_locals (_PyFrame_GetLocals): a dict the frame
 * keeps, made on first use and brought up to date on each: bound locals
 * are set, unbound ones removed, cells read through. The dict holds
 * references, so a local's count is one higher while it lives. */
static PyObj *frame_get_locals(PyObj *self)
{
    Frame *f = FO(self)->frame;
    if (!f) return py_unsupported("frame.f_locals of a cleared frame");
    if (f->locals) return py_newref(f->locals);
    if (!f->fast_locals && !(f->fast_locals = py_dict_new())) return NULL;
    const CodeInfo *c = f->code;
    for (int i = 0; i < c->nfast + c->ncells + c->nfree; i++) {
        PyObj *v = f->slots[i];
        if (v && i >= c->nfast && v->ob_type == &py_cell_type) v = ((PyCellObj *)v)->ref;
        if (v) {
            if (py_dict_setitem(f->fast_locals, c->slot_names[i], v) < 0) return NULL;
        } else if (py_dict_delitem(f->fast_locals, c->slot_names[i]) < 0) {
            if (!py_err_matches((PyObj *)&py_exc_KeyError)) return NULL;
            py_err_clear();
        }
    }
    return py_newref(f->fast_locals);
}

/* frame.clear(): a finished frame drops its locals (frame_tp_clear; the
 * f_locals dict stays); a running one cannot. */
static PyObj *frame_clear_method(PyObj *self, PyObj *const *args, size_t nargs, PyObj *kw)
{
    PyFrameObj *o = FO(self);
    if (o->frame && !o->owns) return py_err_format(&py_exc_RuntimeError, "cannot clear an executing frame");
    frame_clear(self);
    return py_newref(PY_NONE);
}

static const PyMethodDef frame_methods[] = {{"clear", frame_clear_method, 0, 0, 0}, {NULL, NULL, 0, 0, 0}};

static const PyGetSetDef frame_getset[] = {
    {"f_back", frame_get_back, NULL},
    {"f_lineno", frame_get_lineno, NULL},
    {"f_globals", frame_get_globals, NULL},
    {"f_builtins", frame_get_builtins, NULL},
    {"f_code", frame_get_code, NULL},
    {"f_locals", frame_get_locals, NULL},
    {NULL, NULL, NULL},
};

PyType py_frame_type = {
    .name = "frame",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(PyFrameObj),
    .basicsize = 120,
    .tp_dealloc = frame_dealloc,
    .tp_traverse = frame_traverse,
    .tp_clear = frame_clear,
    .tp_repr = frame_repr,
    .tp_sizeof = frame_sizeof,
    .getset = frame_getset,
    .methods = frame_methods,
};

/* ---- traceback objects ---- */

void py_traceback_here(PyObj *exc, Frame *f, int lineno)
{
    /* the exception being raised stays the current one, even when the
     * simulated heap has no room for the objects (then there is no
     * traceback object, as PyTraceBack_Here gives up) */
    PyObj *pending = py_err_fetch();
    PyObj *fo = eval_frame_object(f);
    PyTracebackObj *tb = fo ? (PyTracebackObj *)py_alloc(&py_traceback_type, sizeof(PyTracebackObj), 40) : NULL;
    py_err_clear();
    if (pending) py_err_restore(pending);
    if (!tb) return;
    PyExcObj *e = (PyExcObj *)exc;
    tb->next = e->traceback; /* the new one goes first */
    tb->frame = py_newref(fo);
    tb->lineno = lineno;
    py_gc_track((PyObj *)tb);
    e->traceback = (PyObj *)tb;
}

static void tb_dealloc(PyObj *self)
{
    py_clear(&TB(self)->next);
    py_clear(&TB(self)->frame);
}

static int tb_traverse(PyObj *self, PyVisitFn visit, void *arg)
{
    return (TB(self)->next && visit(TB(self)->next, arg)) || (TB(self)->frame && visit(TB(self)->frame, arg));
}

static PyObj *tb_get_next(PyObj *self) { return py_newref(TB(self)->next ? TB(self)->next : PY_NONE); }
static PyObj *tb_get_frame(PyObj *self) { return py_newref(TB(self)->frame); }
static PyObj *tb_get_lineno(PyObj *self) { return py_int_from_i64(TB(self)->lineno); }

static const PyGetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, NULL},
    {"tb_frame", tb_get_frame, NULL},
    {"tb_lineno", tb_get_lineno, NULL},
    {NULL, NULL, NULL},
};

PyType py_traceback_type = {
    .name = "traceback",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(PyTracebackObj),
    .basicsize = 40,
    .tp_dealloc = tb_dealloc,
    .tp_traverse = tb_traverse,
    .tp_clear = tb_dealloc,
    .getset = tb_getset,
};
