/* eval_comp.c — comprehensions and generator expressions.
 *
 * List, set and dict comprehensions run inline in the current frame, in
 * slots of their own (PEP 709, as CPython 3.12).  A generator expression is
 * a generator object with its own frame ("<genexpr>"), resumed by next():
 * since its body is only nested for-loops, ifs and one expression, it is a
 * small state machine (the level of the innermost active loop and that
 * loop's iterator) rather than a suspended C stack.
 */
#include <string.h>

#include "pysim/eval_impl.h"
#include "pysim/gc.h"
#include "pysim/obj.h"
#include "pysim/trace_hooks.h"

/* ---- inlined comprehensions ---- */

typedef struct CompRun {
    Frame *f;
    Node *n;
    PyObj *result;
} CompRun;

static int comp_add(CompRun *r)
{
    Node *n = r->n;
    switch (n->kind) {
    case N_LISTCOMP: {
        PyObj *v = eval_expr(r->f, n->u.comp.elt);
        if (!v) return -1;
        int rc = py_list_append(r->result, v);
        py_decref(v);
        return rc;
    }
    case N_SETCOMP: {
        PyObj *v = eval_expr(r->f, n->u.comp.elt);
        if (!v) return -1;
        int rc = py_set_add(r->result, v);
        py_decref(v);
        if (rc < 0) eval_fail(r->f, n);
        return rc;
    }
    default: {
        /* the key is evaluated before the value (3.8+) */
        PyObj *k = eval_expr(r->f, n->u.comp.elt);
        if (!k) return -1;
        PyObj *v = eval_expr(r->f, n->u.comp.value);
        if (!v) {
            py_decref(k);
            return -1;
        }
        int rc = py_dict_setitem(r->result, k, v);
        py_decref(k);
        py_decref(v);
        if (rc < 0) eval_fail(r->f, n);
        return rc;
    }
    }
}

/* All true?  1/0/-1 */
static int comp_ifs(Frame *f, NodeList ifs)
{
    for (int i = 0; i < ifs.len; i++) {
        PyObj *v = eval_expr(f, ifs.items[i]);
        if (!v) return -1;
        int t = py_truthy(v);
        py_decref(v);
        if (t < 0) {
            eval_fail(f, ifs.items[i]);
            return -1;
        }
        if (!t) return 0;
    }
    return 1;
}

/* GET_ITER: the iterator of the value of generator g's iterable, which is
 * released at once, as CPython's GET_ITER pops it (so a range() or a
 * temporary list dies before the loop runs).  NEW, or NULL with the error
 * reported. */
static PyObj *comp_get_iter(Frame *f, Node *g)
{
    PyObj *iterable = eval_expr(f, g->u.comprehension.iter);
    if (!iterable) return NULL;
    PyObj *it = py_iter(iterable);
    py_decref(iterable);
    if (!it) eval_fail(f, g->u.comprehension.iter);
    return it;
}

/* Runs the loop of generator `level` over iterator it (a reference this
 * call consumes). */
static int comp_level(CompRun *r, int level, PyObj *it)
{
    Node *g = r->n->u.comp.generators.items[level];
    int last = r->n->u.comp.generators.len - 1;
    int rc = 0;
    PyObj *x;
    while ((x = py_next(it))) {
        rc = eval_assign(r->f, g->u.comprehension.target, x);
        py_decref(x);
        if (rc < 0) break;
        int ok = comp_ifs(r->f, g->u.comprehension.ifs);
        if (ok < 0) {
            rc = -1;
            break;
        }
        if (ok) {
            if (level == last) {
                rc = comp_add(r);
            } else {
                PyObj *inner = comp_get_iter(r->f, r->n->u.comp.generators.items[level + 1]);
                rc = inner ? comp_level(r, level + 1, inner) : -1;
            }
            if (rc < 0) break;
        }
        py_gc_maybe_collect(); /* gc: JUMP_BACKWARD checks the eval breaker */
        if (vm_count_step() < 0) {
            eval_fail(r->f, r->n);
            rc = -1;
            break;
        }
        if (py_trace_line_hook) py_trace_line_hook(r->f, r->n); /* trace: the loop goes round, as CPython */
    }
    if (!rc && py_err_occurred()) {
        eval_fail(r->f, g->u.comprehension.iter);
        rc = -1;
    }
    py_decref(it);
    return rc;
}

PyObj *eval_comprehension(Frame *f, Node *n)
{
    CompSlots *cs = n->u.comp.code;
    /* CPython 3.12's order: GET_ITER, MAKE_CELL, BUILD_LIST, the loop */
    PyObj *first = comp_get_iter(f, n->u.comp.generators.items[0]);
    if (!first) return NULL;
    for (int i = 0; cs && i < cs->ncells; i++) py_setref(&f->slots[cs->cells[i]], py_cell_new(NULL));
    CompRun r = {f, n, NULL};
    r.result = n->kind == N_LISTCOMP ? py_list_new(0) : n->kind == N_SETCOMP ? py_set_new(NULL) : py_dict_new();
    if (!r.result) {
        py_decref(first);
        return NULL;
    }
    int rc = comp_level(&r, 0, first);
    /* the comprehension's variables do not outlive it */
    for (int i = 0; cs && i < cs->nlocals; i++) py_clear(&f->slots[cs->locals[i]]);
    for (int i = 0; cs && i < cs->ncells; i++) py_clear(&f->slots[cs->cells[i]]);
    if (rc < 0) {
        py_decref(r.result);
        return NULL;
    }
    return r.result;
}

/* ---- generator expressions ---- */

typedef struct PyGenObj {
    PyObj ob;
    Frame *frame;       /* NULL once finished */
    Node *node;         /* the GeneratorExp */
    PyObj **iters;      /* iterators of levels 1.. (level 0's is slot 0) */
    int level;          /* innermost active loop, -1 before the start */
    bool running;
    PyObj *name, *qualname;
} PyGenObj;

PyObj *eval_genexp(Frame *f, Node *n)
{
    CodeInfo *code = n->u.comp.code;
    PyObj *seq = eval_expr(f, n->u.comp.generators.items[0]->u.comprehension.iter);
    if (!seq) return NULL;
    PyObj *it = py_iter(seq);
    py_decref(seq);
    if (!it) return eval_fail(f, n->u.comp.generators.items[0]->u.comprehension.iter);
    PyGenObj *g = (PyGenObj *)py_alloc(&py_generator_type, sizeof(PyGenObj), 200);
    if (!g) {
        py_decref(it);
        return NULL;
    }
    Frame *gf = frame_new(code, NULL, f->globals, f->builtins, NULL);
    gf->slots[0] = it;
    PyObj *closure = eval_closure(f, code);
    for (int i = 0; i < code->ncells; i++)
        if (code->cell_from_param[i] != -2) gf->slots[code->nfast + i] = py_cell_new(NULL);
    for (int i = 0; i < code->nfree; i++)
        gf->slots[code->nfast + code->ncells + i] = py_newref(py_tuple_item(closure, (size_t)i));
    py_xdecref(closure);
    g->frame = gf;
    g->node = n;
    g->level = -1;
    g->iters = xcalloc((size_t)n->u.comp.generators.len, sizeof(PyObj *));
    g->name = py_newref(code->name);
    g->qualname = py_newref(code->qualname);
    py_gc_track((PyObj *)g);
    return (PyObj *)g;
}

static void gen_finish(PyGenObj *g)
{
    int n = g->node->u.comp.generators.len;
    for (int i = 0; i < n; i++) py_clear(&g->iters[i]);
    if (g->frame) {
        Frame *fr = g->frame;
        g->frame = NULL;
        frame_free(fr);
    }
}

static PyObj *gen_iternext(PyObj *o)
{
    PyGenObj *g = (PyGenObj *)o;
    if (!g->frame) return NULL;
    if (g->running) return py_err_format(&py_exc_ValueError, "generator already executing");
    Frame *f = g->frame;
    if (frame_enter(f) < 0) return NULL;
    if (py_trace_call_hook) py_trace_call_hook(f); /* trace: each resume is a call */
    g->running = true;
    NodeList gens = g->node->u.comp.generators;
    int last = gens.len - 1;
    PyObj *result = NULL;
    if (g->level < 0) g->level = 0;
    f->stmt = g->node;
    while (g->level >= 0) {
        py_gc_maybe_collect(); /* gc: RESUME, then JUMP_BACKWARD, check the eval breaker */
        int lv = g->level;
        Node *gn = gens.items[lv];
        PyObj *it = lv == 0 ? f->slots[0] : g->iters[lv];
        PyObj *x = py_next(it);
        if (!x) {
            if (py_err_occurred()) {
                eval_fail(f, gn->u.comprehension.iter);
                break;
            }
            if (lv > 0) py_clear(&g->iters[lv]);
            g->level--;
            continue;
        }
        int rc = eval_assign(f, gn->u.comprehension.target, x);
        py_decref(x);
        if (rc < 0) break;
        int ok = comp_ifs(f, gn->u.comprehension.ifs);
        if (ok < 0) break;
        if (vm_count_step() < 0) {
            eval_fail(f, g->node);
            break;
        }
        if (!ok) continue;
        if (lv == last) {
            result = eval_expr(f, g->node->u.comp.elt);
            if (!result) break;
            g->running = false;
            if (py_trace_return_hook) py_trace_return_hook(f, result); /* trace: a yield returns */
            frame_leave(f);
            return result;
        }
        Node *next = gens.items[lv + 1];
        PyObj *seq = eval_expr(f, next->u.comprehension.iter);
        if (!seq) break;
        g->iters[lv + 1] = py_iter(seq);
        py_decref(seq);
        if (!g->iters[lv + 1]) {
            eval_fail(f, next->u.comprehension.iter);
            break;
        }
        g->level = lv + 1;
    }
    g->running = false;
    if (py_trace_return_hook) py_trace_return_hook(f, py_err_occurred() ? NULL : PY_NONE); /* trace */
    frame_leave(f);
    gen_finish(g);
    return NULL;
}

static void gen_dealloc(PyObj *o)
{
    PyGenObj *g = (PyGenObj *)o;
    gen_finish(g);
    free(g->iters);
    g->iters = NULL;
    py_clear(&g->name);
    py_clear(&g->qualname);
}

static int gen_traverse(PyObj *o, PyVisitFn visit, void *arg)
{
    PyGenObj *g = (PyGenObj *)o;
    if (!g->frame) return 0;
    Frame *f = g->frame;
    int n = f->code->nfast + f->code->ncells + f->code->nfree;
    for (int i = 0; i < n; i++)
        if (f->slots[i] && visit(f->slots[i], arg)) return 1;
    for (int i = 0; i < g->node->u.comp.generators.len; i++)
        if (g->iters[i] && visit(g->iters[i], arg)) return 1;
    return 0;
}

static PyObj *gen_repr(PyObj *o)
{
    return py_str_format_c("<generator object %U at 0x%llx>", ((PyGenObj *)o)->qualname,
                           (unsigned long long)o->ob_id);
}

static PyObj *iter_self(PyObj *o) { return py_newref(o); }

static PyObj *gen_close(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    gen_finish((PyGenObj *)self);
    return py_newref(PY_NONE);
}

static PyObj *gen_send(PyObj *self, PyObj *const *a, size_t n, PyObj *k)
{
    PyGenObj *g = (PyGenObj *)self;
    if (g->level < 0 && a[0] != PY_NONE)
        return py_err_format(&py_exc_TypeError, "can't send non-None value to a just-started generator");
    PyObj *r = gen_iternext(self);
    if (!r && !py_err_occurred()) py_err_set_value(&py_exc_StopIteration, NULL);
    return r;
}

static PyObj *gen_get_name(PyObj *o) { return py_newref(((PyGenObj *)o)->name); }
static PyObj *gen_get_qualname(PyObj *o) { return py_newref(((PyGenObj *)o)->qualname); }
static PyObj *gen_get_running(PyObj *o) { return py_bool(((PyGenObj *)o)->running); }

static const PyMethodDef gen_methods[] = {
    {"close", gen_close, 0, 0, 0},
    {"send", gen_send, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static const PyGetSetDef gen_getset[] = {
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"gi_running", gen_get_running, NULL},
    {NULL, NULL, NULL},
};

PyType py_generator_type = {
    .name = "generator",
    .tpflags = PY_TPF_GC,
    .csize = sizeof(PyGenObj),
    .basicsize = 200,
    .tp_dealloc = gen_dealloc,
    .tp_traverse = gen_traverse,
    .tp_repr = gen_repr,
    .tp_iter = iter_self,
    .tp_iternext = gen_iternext,
    .methods = gen_methods,
    .getset = gen_getset,
};
