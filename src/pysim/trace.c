/* trace.c — pysim_run_traced: a run with the trace hooks installed, and
 * the steps they record (see trace.h for what a step holds).
 *
 * When steps are taken (the granularity of CPython's sys.settrace, as
 * Python Tutor shows it):
 *  - line: before a statement starts a new line of its frame (a second
 *    statement on the same line is not a new step), and again each time a
 *    loop goes back to its for/while line, an except clause is tried, or a
 *    with statement exits;
 *  - call: a function, lambda, class body or generator expression starts
 *    (the module's start is not a step, as in Python Tutor); a class body,
 *    lambda or generator expression then gets a line step for its line;
 *  - return: a frame ends; the module frame's return is the last step:
 *    finalizers at exit are not traced (their output still is);
 *  - exception: an exception is raised in the running frame or reaches it.
 * Recording stops at the step cap (the run goes on untraced, its output
 * complete) and when the run stops on something unsupported.
 *
 * Invariant: at most one recording at a time (the hooks and the simulator's
 * py_vm are global): `rec` is the recording in progress or NULL.
 */
#include "pysim/trace_impl.h"

#include <assert.h>
#include <string.h>

#include "pysim/eval_impl.h"
#include "pysim/trace_hooks.h"
#include "pysim/vm.h"

static Recorder *rec;

/* ---- names ---- */

static const char *const event_names[] = {"line", "call", "return", "exception"}; /* ORDER EVENT */
static const char *const kind_names[] = {"value", "sequence", "set", "dict", "instance",
                                         "class", "function", "module", "other"}; /* ORDER KIND */
static const char *const frame_kind_names[] = {"module", "function", "lambda", "class",
                                               "genexpr"}; /* ORDER FRAMEKIND */

const char *trace_event_name(TraceEvent e) { return event_names[e]; }
const char *trace_kind_name(TraceKind k) { return kind_names[k]; }
const char *trace_frame_kind_name(TraceFrameKind k) { return frame_kind_names[k]; }

/* ---- strings interned in the trace ---- */

static uint64_t str_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

const char *trace_intern(Trace *t, const char *s, size_t n)
{
    if (t->nstrs * 2 >= t->capstrs) {
        size_t cap = t->capstrs ? t->capstrs * 2 : 256;
        const char **tab = xcalloc(cap, sizeof *tab);
        for (size_t i = 0; i < t->capstrs; i++) {
            const char *old = t->strs[i];
            if (!old) continue;
            size_t j = str_hash(old, strlen(old)) & (cap - 1);
            while (tab[j]) j = (j + 1) & (cap - 1);
            tab[j] = old;
        }
        free(t->strs);
        t->strs = tab;
        t->capstrs = cap;
    }
    size_t j = str_hash(s, n) & (t->capstrs - 1);
    for (; t->strs[j]; j = (j + 1) & (t->capstrs - 1))
        if (!strncmp(t->strs[j], s, n) && t->strs[j][n] == '\0') return t->strs[j];
    t->strs[j] = arena_strndup(&t->arena, s, n);
    t->nstrs++;
    return t->strs[j];
}

/* ---- the object table ---- */

static size_t ptr_slot(const PyObj *o, size_t cap)
{
    uint64_t h = (uint64_t)(uintptr_t)o * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 20) & (cap - 1);
}

uint32_t objtab_find(const ObjTable *t, const PyObj *o)
{
    if (!t->cap) return 0;
    for (size_t j = ptr_slot(o, t->cap);; j = (j + 1) & (t->cap - 1)) {
        uint32_t i = t->slots[j];
        if (!i) return 0;
        if (t->recs[i].o == o) return i;
    }
}

static void objtab_place(ObjTable *t, uint32_t i)
{
    size_t j = ptr_slot(t->recs[i].o, t->cap);
    while (t->slots[j]) j = (j + 1) & (t->cap - 1);
    t->slots[j] = i;
}

uint32_t objtab_get(ObjTable *t, PyObj *o, uint32_t born)
{
    uint32_t i = objtab_find(t, o);
    if (i) return i;
    if ((t->used + 1) * 2 > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 4096;
        free(t->slots);
        t->slots = xcalloc(cap, sizeof *t->slots);
        t->cap = cap;
        for (uint32_t k = 1; k < t->nrecs; k++)
            if (t->recs[k].o) objtab_place(t, k);
    }
    if (t->free_head) {
        i = t->free_head;
        t->free_head = t->recs[i].next_free;
    } else {
        if (t->nrecs == 0) t->nrecs = 1; /* record 0 means "none" */
        if (t->nrecs >= t->caprecs) {
            t->caprecs = t->caprecs ? t->caprecs * 2 : 4096;
            t->recs = xrealloc(t->recs, t->caprecs * sizeof *t->recs);
        }
        i = t->nrecs++;
    }
    memset(&t->recs[i], 0, sizeof t->recs[i]);
    t->recs[i].o = o;
    t->recs[i].born = born;
    objtab_place(t, i);
    t->used++;
    return i;
}

void objtab_remove(ObjTable *t, const PyObj *o)
{
    if (!t->cap) return;
    size_t j = ptr_slot(o, t->cap);
    for (;; j = (j + 1) & (t->cap - 1)) {
        uint32_t i = t->slots[j];
        if (!i) return;
        if (t->recs[i].o == o) break;
    }
    uint32_t i = t->slots[j];
    t->recs[i].o = NULL;
    t->recs[i].next_free = t->free_head;
    t->free_head = i;
    t->used--;
    /* backward-shift deletion keeps every probe chain unbroken */
    size_t hole = j;
    for (size_t k = (j + 1) & (t->cap - 1); t->slots[k]; k = (k + 1) & (t->cap - 1)) {
        size_t home = ptr_slot(t->recs[t->slots[k]].o, t->cap);
        bool movable = hole <= k ? (home <= hole || home > k) : (home <= hole && home > k);
        if (movable) {
            t->slots[hole] = t->slots[k];
            hole = k;
        }
    }
    t->slots[hole] = 0;
}

void objtab_free(ObjTable *t)
{
    free(t->recs);
    free(t->slots);
    memset(t, 0, sizeof *t);
}

/* ---- frames ---- */

FrameInfo *trace_frame_info(Recorder *r, Frame *f)
{
    for (size_t i = r->nframes; i-- > 0;)
        if (r->frames[i].f == f) return &r->frames[i];
    /* a frame whose start was not seen: the REPL's statements, say */
    if (r->nframes == r->capframes) {
        r->capframes = r->capframes ? r->capframes * 2 : 16;
        r->frames = xrealloc(r->frames, r->capframes * sizeof *r->frames);
    }
    FrameInfo *fi = &r->frames[r->nframes];
    memset(fi, 0, sizeof *fi);
    fi->f = f;
    fi->id = r->next_frame_id++;
    r->nframes++;
    return fi;
}

static void frame_info_pop(Recorder *r, Frame *f)
{
    for (size_t i = r->nframes; i-- > 0;) {
        if (r->frames[i].f != f) continue;
        free(r->frames[i].order);
        memmove(&r->frames[i], &r->frames[i + 1], (r->nframes - i - 1) * sizeof *r->frames);
        r->nframes--;
        return;
    }
}

/* ---- steps ---- */

static void stop_recording(Recorder *r);

static const TraceHeapEntry *find_entry(const TraceStep *s, uint32_t ref)
{
    size_t lo = 0, hi = s->nheap;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint32_t m = s->heap[mid].obj->ref;
        if (m == ref) return &s->heap[mid];
        if (m < ref) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

const TraceHeapEntry *trace_step_find(const TraceStep *s, uint32_t ref) { return find_entry(s, ref); }

/* Do two versions of one object differ in what it holds (not in its
 * flags or size)? */
static bool contents_differ(const TraceObject *a, const TraceObject *b)
{
    if (a == b) return false;
    if (a->type != b->type || a->kind != b->kind || a->length != b->length) return true;
    if ((a->value == NULL) != (b->value == NULL) || (a->value && strcmp(a->value, b->value))) return true;
    if (a->nitems != b->nitems || a->nentries != b->nentries || a->nattrs != b->nattrs) return true;
    if (a->nitems && memcmp(a->items, b->items, a->nitems * sizeof *a->items)) return true;
    if (a->nentries && memcmp(a->entries, b->entries, a->nentries * sizeof *a->entries)) return true;
    for (size_t i = 0; i < a->nattrs; i++)
        if (a->attrs[i].name != b->attrs[i].name || a->attrs[i].ref != b->attrs[i].ref) return true;
    return false;
}

static const TraceFrame *find_frame(const TraceStep *s, uint32_t id)
{
    for (size_t i = 0; i < s->nframes; i++)
        if (s->frames[i].id == id) return &s->frames[i];
    return NULL;
}

static uint32_t var_ref(const TraceFrame *f, const char *name)
{
    for (size_t i = 0; i < f->nvars; i++)
        if (f->vars[i].name == name) return f->vars[i].ref;
    return 0;
}

/* Growable arrays of the differences, copied into the arena at the end. */
#define PUSH(arr, n, cap, v)                                                   \
    do {                                                                       \
        if ((n) == (cap)) {                                                    \
            (cap) = (cap) ? (cap) * 2 : 16;                                    \
            (arr) = xrealloc((arr), (cap) * sizeof *(arr));                    \
        }                                                                      \
        (arr)[(n)++] = (v);                                                    \
    } while (0)

static void *arena_copy(Arena *a, const void *p, size_t n)
{
    if (!n) return NULL;
    void *q = arena_alloc(a, n);
    memcpy(q, p, n);
    return q;
}

static void diff_bindings(Trace *t, TraceStep *s, const TraceStep *prev)
{
    TraceBinding *b = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < s->nframes; i++) {
        const TraceFrame *f = &s->frames[i];
        const TraceFrame *pf = find_frame(prev, f->id);
        for (size_t k = 0; k < f->nvars; k++) {
            uint32_t old = pf ? var_ref(pf, f->vars[k].name) : 0;
            if (old != f->vars[k].ref) PUSH(b, n, cap, ((TraceBinding){f->id, f->vars[k].name, old, f->vars[k].ref}));
        }
        for (size_t k = 0; pf && k < pf->nvars; k++)
            if (!var_ref(f, pf->vars[k].name)) PUSH(b, n, cap, ((TraceBinding){f->id, pf->vars[k].name, pf->vars[k].ref, 0}));
    }
    s->bindings = arena_copy(&t->arena, b, n * sizeof *b);
    s->nbindings = n;
    free(b);
}

/* The differences with the previous step; r->queue holds the records of
 * s->heap, in the same order. */
static void diff_steps(Recorder *r, TraceStep *s)
{
    Trace *t = r->t;
    const TraceStep *prev = t->nsteps ? &t->steps[t->nsteps - 1] : NULL;
    uint32_t *created = NULL, *mutated = NULL;
    TraceRcChange *rcs = NULL;
    size_t ncreated = 0, capcreated = 0, nmutated = 0, capmutated = 0, nrcs = 0, caprcs = 0;
    for (size_t i = 0; prev && i < s->nheap; i++) {
        const TraceHeapEntry *e = &s->heap[i];
        const ObjInfo *in = &r->objs.recs[r->queue[i]];
        if (in->born == t->nsteps && in->shown == 0) PUSH(created, ncreated, capcreated, e->obj->ref);
        const TraceHeapEntry *pe = find_entry(prev, e->obj->ref);
        if (!pe) continue;
        if (contents_differ(pe->obj, e->obj)) PUSH(mutated, nmutated, capmutated, e->obj->ref);
        bool immortal = e->obj->flags & TRACE_OBF_IMMORTAL;
        if (!immortal && pe->refcnt != e->refcnt)
            PUSH(rcs, nrcs, caprcs, ((TraceRcChange){e->obj->ref, pe->refcnt, e->refcnt}));
    }
    s->created = arena_copy(&t->arena, created, ncreated * sizeof *created);
    s->ncreated = ncreated;
    s->mutated = arena_copy(&t->arena, mutated, nmutated * sizeof *mutated);
    s->nmutated = nmutated;
    s->rc_changes = arena_copy(&t->arena, rcs, nrcs * sizeof *rcs);
    s->nrc_changes = nrcs;
    free(created);
    free(mutated);
    free(rcs);
    if (prev) {
        s->freed = arena_copy(&t->arena, r->freed, r->nfreed * sizeof *r->freed);
        s->nfreed = r->nfreed;
        diff_bindings(t, s, prev);
    }
    r->nfreed = 0;
    for (size_t i = 0; i < s->nheap; i++) r->objs.recs[r->queue[i]].shown = (uint32_t)t->nsteps + 1;
}

static uint32_t ref_of(Recorder *r, PyObj *o)
{
    uint32_t i = o ? objtab_find(&r->objs, o) : 0;
    return i ? r->objs.recs[i].ref : 0;
}

static void exc_text(Trace *t, TraceStep *s, PyObj *exc)
{
    Buf b = BUF_INIT;
    PyObj *args = ((PyExcObj *)exc)->args;
    size_t n = args && PY_TUPLE_CHECK(args) ? py_tuple_size(args) : 0;
    bool cut = false;
    if (n == 1 && PY_STR_CHECK(py_tuple_item(args, 0)) && !PY_IS_TYPE(exc, py_exc_KeyError)) {
        PyObj *m = py_tuple_item(args, 0);
        buf_put(&b, py_str_utf8(m), py_str_nbytes(m));
    } else if (n == 1) {
        if (!trace_scalar_text(&b, py_tuple_item(args, 0), &cut)) buf_puts(&b, "...");
    } else if (n > 1) {
        buf_putc(&b, '(');
        for (size_t i = 0; i < n; i++) {
            if (i) buf_puts(&b, ", ");
            if (!trace_scalar_text(&b, py_tuple_item(args, i), &cut)) buf_puts(&b, "...");
        }
        buf_putc(&b, ')');
    }
    s->exc_type = trace_intern(t, py_type_name(exc), strlen(py_type_name(exc)));
    s->exc_msg = arena_strndup(&t->arena, b.p ? b.p : "", b.len);
    buf_free(&b);
}

/* Records one step, unless recording has stopped.  retframe/retval: a
 * return event's frame and value; exc: an exception event's exception. */
static void take_step(Recorder *r, TraceEvent ev, int line, Frame *retframe, PyObj *retval, PyObj *exc)
{
    Trace *t = r->t;
    if (!r->recording) return;
    if (py_stopping()) {
        stop_recording(r);
        return;
    }
    if (t->nsteps >= t->max_steps) {
        t->truncated = true;
        stop_recording(r);
        return;
    }
    if (t->nsteps == t->capsteps) {
        t->capsteps = t->capsteps ? t->capsteps * 2 : 64;
        t->steps = xrealloc(t->steps, t->capsteps * sizeof *t->steps);
    }
    TraceStep *s = &t->steps[t->nsteps];
    memset(s, 0, sizeof *s);
    s->event = ev;
    s->line = line;
    s->out_len = t->out.len;
    s->err_len = t->err.len;
    PyObj *extra[2] = {retval, exc};
    trace_walk(r, s, extra, 2);
    if (retframe) {
        FrameInfo *fi = trace_frame_info(r, retframe);
        for (size_t i = 0; i < s->nframes; i++)
            if (s->frames[i].id == fi->id) ((TraceFrame *)s->frames)[i].retval = ref_of(r, retval);
    }
    if (exc) {
        s->exc_ref = ref_of(r, exc);
        exc_text(t, s, exc);
    }
    diff_steps(r, s);
    t->nsteps++;
}

/* ---- the hooks ---- */

static void on_line(Frame *f, const Node *n)
{
    Recorder *r = rec;
    /* declarations compile to no instruction: CPython has no line event */
    if (n->kind == N_GLOBAL || n->kind == N_NONLOCAL) return;
    FrameInfo *fi = trace_frame_info(r, f);
    /* a second statement on a line already started is no new line event;
     * the same statement again (a loop going round) is, and so are the
     * loops of comprehensions and the except clauses tried */
    bool stmt = n->kind >= N_FUNCTIONDEF && n->kind <= N_CONTINUE;
    if (stmt && fi->last_line == n->lineno && fi->last_node != n) return;
    fi->last_line = n->lineno;
    fi->last_node = n;
    take_step(r, TRACE_EV_LINE, n->lineno, NULL, NULL, NULL);
}

static void on_call(Frame *f)
{
    Recorder *r = rec;
    if (r->nframes == r->capframes) {
        r->capframes = r->capframes ? r->capframes * 2 : 16;
        r->frames = xrealloc(r->frames, r->capframes * sizeof *r->frames);
    }
    FrameInfo *fi = &r->frames[r->nframes++];
    memset(fi, 0, sizeof *fi);
    fi->f = f;
    fi->id = r->next_frame_id++;
    TraceFrameKind k = trace_frame_kind(f);
    if (k == TRACE_FR_MODULE) return;
    int line = f->code->firstlineno;
    take_step(r, TRACE_EV_CALL, line, NULL, NULL, NULL);
    if (k == TRACE_FR_CLASS || k == TRACE_FR_LAMBDA || k == TRACE_FR_GENEXPR) {
        /* CPython starts these on their first line before any statement */
        fi = trace_frame_info(r, f);
        fi->last_line = line;
        fi->last_node = NULL;
        take_step(r, TRACE_EV_LINE, line, NULL, NULL, NULL);
    }
}

static void on_return(Frame *f, PyObj *retval)
{
    Recorder *r = rec;
    int line = f->stmt ? f->stmt->lineno : f->code->firstlineno;
    if (f->code->kind == CODE_LAMBDA || f->code->kind == CODE_GENEXP) line = f->code->firstlineno;
    /* a module's None is no return value worth showing */
    bool unwinding = retval == NULL;
    if (f->code->kind == CODE_MODULE) retval = NULL;
    size_t before = r->t->nsteps;
    take_step(r, TRACE_EV_RETURN, line, f, retval, NULL);
    if (r->t->nsteps > before) r->t->steps[before].unwinding = unwinding;
    frame_info_pop(r, f);
    /* the program is over: what runs at exit is not traced */
    if (f->code->kind == CODE_MODULE && !f->back && r->recording) stop_recording(r);
}

static void on_exception(Frame *f, const Node *n)
{
    Recorder *r = rec;
    FrameInfo *fi = trace_frame_info(r, f);
    fi->last_line = n->lineno;
    fi->last_node = n;
    take_step(r, TRACE_EV_EXCEPTION, n->lineno, NULL, NULL, py_vm->cur_exc);
}

static void on_alloc(PyObj *o)
{
    Recorder *r = rec;
    objtab_get(&r->objs, o, (uint32_t)r->t->nsteps);
}

static void on_free(PyObj *o)
{
    Recorder *r = rec;
    uint32_t i = objtab_find(&r->objs, o);
    if (!i) return;
    const ObjInfo *in = &r->objs.recs[i];
    if (in->ref && in->last) PUSH(r->freed, r->nfreed, r->capfreed, in->last);
    objtab_remove(&r->objs, o);
}

static void install_hooks(bool on)
{
    py_trace_line_hook = on ? on_line : NULL;
    py_trace_call_hook = on ? on_call : NULL;
    py_trace_return_hook = on ? on_return : NULL;
    py_trace_exception_hook = on ? on_exception : NULL;
    py_trace_alloc_hook = on ? on_alloc : NULL;
    py_trace_free_hook = on ? on_free : NULL;
}

static void stop_recording(Recorder *r)
{
    r->recording = false;
    install_hooks(false);
}

/* ---- the run ---- */

static void sink_out(void *ctx, const char *s, size_t n)
{
    Recorder *r = ctx;
    buf_put(&r->t->out, s, n);
    if (r->user_out.write) r->user_out.write(r->user_out.ctx, s, n);
}

static void sink_err(void *ctx, const char *s, size_t n)
{
    Recorder *r = ctx;
    buf_put(&r->t->err, s, n);
    if (r->user_err.write) r->user_err.write(r->user_err.ctx, s, n);
}

static void index_lines(Trace *t)
{
    size_t cap = 16;
    t->line_start = xmalloc(cap * sizeof *t->line_start);
    t->nlines = 0;
    for (size_t i = 0; i <= t->source_len; i++) {
        if (i == 0 || t->source[i - 1] == '\n') {
            if (i == t->source_len && i > 0) break;
            if ((size_t)t->nlines == cap) {
                cap *= 2;
                t->line_start = xrealloc(t->line_start, cap * sizeof *t->line_start);
            }
            t->line_start[t->nlines++] = i;
        }
    }
}

int pysim_run_traced(const PysimOptions *opt, const TraceOptions *topt, Trace **out, Buf *diag)
{
    static uint64_t serials;
    Trace *t = xcalloc(1, sizeof *t);
    t->serial = ++serials;
    t->max_steps = topt && topt->max_steps ? topt->max_steps : TRACE_DEFAULT_MAX_STEPS;
    t->source = xstrndup(opt->source ? opt->source : "", opt->source ? opt->source_len : 0);
    t->source_len = opt->source ? opt->source_len : 0;
    index_lines(t);
    assert(!rec);
    Recorder r;
    memset(&r, 0, sizeof r);
    r.t = t;
    r.recording = true;
    r.next_frame_id = 1;
    r.next_ref = 1;
    r.user_out = opt->out;
    r.user_err = opt->err;
    PysimOptions o = *opt;
    o.out = (PysimSink){sink_out, &r};
    o.err = (PysimSink){sink_err, &r};
    rec = &r;
    install_hooks(true);
    t->status = pysim_run(&o, diag);
    install_hooks(false);
    rec = NULL;
    for (size_t i = 0; i < r.nframes; i++) free(r.frames[i].order);
    free(r.frames);
    free(r.queue);
    free(r.freed);
    buf_free(&r.scratch.value);
    free(r.scratch.items);
    free(r.scratch.entries);
    free(r.scratch.attrs);
    objtab_free(&r.objs);
    *out = t;
    return t->status;
}

void trace_free(Trace *t)
{
    if (!t) return;
    arena_free(&t->arena);
    free(t->steps);
    buf_free(&t->out);
    buf_free(&t->err);
    free(t->source);
    free(t->line_start);
    free(t->strs);
    free(t);
}

/* ---- reading ---- */

size_t trace_step_count(const Trace *t) { return t->nsteps; }
uint64_t trace_serial(const Trace *t) { return t->serial; }

const TraceStep *trace_step(const Trace *t, size_t step)
{
    assert(step < t->nsteps);
    return &t->steps[step];
}

int trace_step_line(const Trace *t, size_t step) { return trace_step(t, step)->line; }

const char *trace_step_event(const Trace *t, size_t step) { return event_names[trace_step(t, step)->event]; }

const char *trace_step_stdout(const Trace *t, size_t step, size_t *len)
{
    *len = trace_step(t, step)->out_len;
    return t->out.p ? t->out.p : "";
}

bool trace_truncated(const Trace *t) { return t->truncated; }
uint64_t trace_max_steps(const Trace *t) { return t->max_steps; }
int trace_status(const Trace *t) { return t->status; }

const char *trace_stdout(const Trace *t, size_t *len)
{
    *len = t->out.len;
    return t->out.p ? t->out.p : "";
}

const char *trace_stderr(const Trace *t, size_t *len)
{
    *len = t->err.len;
    return t->err.p ? t->err.p : "";
}

const char *trace_source(const Trace *t, size_t *len)
{
    *len = t->source_len;
    return t->source;
}

const char *trace_source_line(const Trace *t, int line, size_t *len)
{
    if (line < 1 || line > t->nlines) {
        *len = 0;
        return "";
    }
    size_t start = t->line_start[line - 1];
    size_t end = start;
    while (end < t->source_len && t->source[end] != '\n') end++;
    if (end > start && t->source[end - 1] == '\r') end--;
    *len = end - start;
    return t->source + start;
}
