/* svg_desc.c — a diagram in words, for its <title> and <desc>: what the
 * step does, what each name refers to (names sharing an object are said
 * together: "x and y both refer to the same list [1, 2, 3] (refcount 2)"),
 * what was created, changed, rebound or freed, and what only a reference
 * cycle keeps alive.  Screen readers read it; so does anyone who cannot
 * tell the highlight colours apart.
 *
 * Invariant: built from the trace alone, in a fixed order (frames
 * outermost first, names in binding order), so the text is deterministic.
 */
#include "render/svg_impl.h"

#include <inttypes.h>
#include <string.h>

#define MAX_REPR 60 /* characters of a value's text before an ellipsis */

/* Appends a short repr of ref as seen at step s.  path[0..depth) are the
 * containers being printed around it: a container met again inside itself
 * prints as CPython's repr prints it, "[...]" ("{...}" for a dict). */
static void repr_at(Buf *out, const TraceStep *s, uint32_t ref, int depth, uint32_t *path)
{
    const TraceHeapEntry *e = ref ? trace_step_find(s, ref) : NULL;
    if (!e) {
        buf_puts(out, "\xe2\x80\xa6");
        return;
    }
    const TraceObject *o = e->obj;
    if (o->kind == TRACE_K_VALUE && o->value) {
        buf_puts(out, o->value);
        return;
    }
    bool tuple = !strcmp(o->type, "tuple");
    for (int i = 0; i < depth; i++)
        if (path[i] == ref && !tuple) { /* a tuple cannot contain itself */
            buf_puts(out, o->kind == TRACE_K_SEQUENCE ? "[...]" : "{...}");
            return;
        }
    path[depth] = ref;
    if (depth > 1 && (o->kind == TRACE_K_SEQUENCE || o->kind == TRACE_K_SET || o->kind == TRACE_K_DICT)) {
        buf_puts(out, tuple ? "(\xe2\x80\xa6)" : o->kind == TRACE_K_SEQUENCE ? "[\xe2\x80\xa6]" : "{\xe2\x80\xa6}");
        return;
    }
    switch (o->kind) {
    case TRACE_K_SEQUENCE:
    case TRACE_K_SET: {
        if (o->kind == TRACE_K_SET && !o->length) {
            buf_printf(out, "%s()", o->type);
            return;
        }
        buf_puts(out, tuple ? "(" : o->kind == TRACE_K_SET ? "{" : "[");
        for (size_t i = 0; i < o->nitems && i < 6; i++) {
            if (i) buf_puts(out, ", ");
            repr_at(out, s, o->items[i], depth + 1, path);
        }
        if (o->length > 6) buf_puts(out, ", \xe2\x80\xa6");
        if (tuple && o->length == 1) buf_putc(out, ',');
        buf_puts(out, tuple ? ")" : o->kind == TRACE_K_SET ? "}" : "]");
        return;
    }
    case TRACE_K_DICT:
        buf_putc(out, '{');
        for (size_t i = 0; i < o->nentries && i < 4; i++) {
            if (i) buf_puts(out, ", ");
            repr_at(out, s, o->entries[i].key, depth + 1, path);
            buf_puts(out, ": ");
            repr_at(out, s, o->entries[i].value, depth + 1, path);
        }
        if (o->length > 4) buf_puts(out, ", \xe2\x80\xa6");
        buf_putc(out, '}');
        return;
    default:
        if (o->value) buf_puts(out, o->value);
        else buf_printf(out, "<%s>", o->type);
    }
}

static void repr_of(Buf *out, const TraceStep *s, uint32_t ref)
{
    uint32_t path[4]; /* repr_at stops descending at depth 2 */
    repr_at(out, s, ref, 0, path);
}

static const char *article(const char *word)
{
    return strchr("aeiouAEIOU", word[0]) && word[0] ? "an" : "a";
}

void svg_object_phrase(Buf *out, const TraceStep *s, const TraceObject *o, int depth)
{
    (void)depth;
    Buf r = BUF_INIT;
    switch (o->kind) {
    case TRACE_K_VALUE:
        if (!strcmp(o->type, "NoneType")) {
            buf_puts(out, "None");
            return;
        }
        buf_printf(out, "the %s ", o->type);
        svg_fit(out, o->value ? o->value : "", o->value ? strlen(o->value) : 0, SVG_F_MONO, MAX_REPR * 8);
        return;
    case TRACE_K_SEQUENCE:
    case TRACE_K_SET:
    case TRACE_K_DICT:
        repr_of(&r, s, o->ref);
        buf_printf(out, "the %s ", o->type);
        svg_fit(out, r.p ? r.p : "", r.len, SVG_F_MONO, MAX_REPR * 8);
        break;
    case TRACE_K_INSTANCE: buf_printf(out, "%s %s instance", article(o->type), o->type); break;
    case TRACE_K_CLASS: buf_printf(out, "the class %s", o->value ? o->value : o->type); break;
    case TRACE_K_FUNCTION:
        buf_printf(out, "the %s %s", !strcmp(o->type, "function") ? "function" : o->type, o->value ? o->value : "");
        break;
    case TRACE_K_MODULE: buf_printf(out, "the module %s", o->value ? o->value : ""); break;
    default:
        /* an exception's value is its repr, which names its type already */
        if (o->value && (o->flags & TRACE_OBF_EXCEPTION)) buf_printf(out, "the exception %s", o->value);
        else if (o->value) buf_printf(out, "%s %s %s", article(o->type), o->type, o->value);
        else buf_printf(out, "%s %s object", article(o->type), o->type);
    }
    buf_free(&r);
}

/* " (refcount 2)", " (a cached object, immortal)" ... */
static void count_phrase(Buf *out, const TraceHeapEntry *e)
{
    const TraceObject *o = e->obj;
    buf_puts(out, " (");
    if (o->flags & TRACE_OBF_CACHED) buf_puts(out, "cached, ");
    if (o->flags & TRACE_OBF_INTERNED) buf_puts(out, "interned, ");
    if (o->flags & TRACE_OBF_IMMORTAL) buf_puts(out, "immortal");
    else buf_printf(out, "refcount %" PRIu64, e->refcnt);
    buf_putc(out, ')');
}

static void name_list(Buf *out, const char *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i) buf_puts(out, i + 1 == n ? " and " : ", ");
        buf_puts(out, names[i]);
    }
}

static void frame_sentence(Buf *out, const TraceStep *s, const TraceFrame *f, bool innermost)
{
    if (f->kind == TRACE_FR_MODULE) buf_puts(out, "In the global frame");
    else if (f->kind == TRACE_FR_CLASS) buf_printf(out, "In the body of class %s", f->name);
    else buf_printf(out, "In the frame of %s%s", f->qualname, innermost ? "" : " (waiting at line ");
    if (f->kind != TRACE_FR_MODULE && f->kind != TRACE_FR_CLASS && !innermost) buf_printf(out, "%d)", f->line);
    if (!f->nvars && !f->retval) {
        buf_puts(out, ", no names are bound yet. ");
        return;
    }
    buf_puts(out, ", ");
    const char **names = xmalloc((f->nvars + 1) * sizeof *names);
    bool *done = xcalloc(f->nvars + 1, sizeof *done);
    bool first = true;
    for (size_t i = 0; i < f->nvars; i++) {
        if (done[i]) continue;
        size_t n = 0;
        for (size_t k = i; k < f->nvars; k++)
            if (!done[k] && f->vars[k].ref == f->vars[i].ref) names[n++] = f->vars[k].name, done[k] = true;
        if (!first) buf_puts(out, "; ");
        first = false;
        name_list(out, names, n);
        const TraceHeapEntry *e = trace_step_find(s, f->vars[i].ref);
        buf_puts(out, n == 2 ? " both refer to the same " : n > 2 ? " all refer to the same " : " refers to ");
        if (!e) {
            buf_puts(out, "an object not recorded");
            continue;
        }
        Buf ph = BUF_INIT;
        svg_object_phrase(&ph, s, e->obj, 0);
        /* "the same the list" -> "the same list"; "the same a Point
         * instance" -> "the same Point instance" */
        const char *p = ph.p ? ph.p : "";
        if (n > 1 && !strncmp(p, "the ", 4)) p += 4;
        else if (n > 1 && !strncmp(p, "a ", 2)) p += 2;
        else if (n > 1 && !strncmp(p, "an ", 3)) p += 3;
        buf_puts(out, p);
        buf_free(&ph);
        count_phrase(out, e);
    }
    if (f->retval) {
        const TraceHeapEntry *e = trace_step_find(s, f->retval);
        buf_puts(out, first ? "it returns " : "; it returns ");
        if (e) {
            svg_object_phrase(out, s, e->obj, 0);
            count_phrase(out, e);
        }
    }
    buf_puts(out, ". ");
    /* 3.12 runs a comprehension inside the frame: say why its variables
     * are there without being the frame's names */
    size_t ncomp = 0;
    for (size_t i = 0; i < f->nvars; i++)
        if (f->vars[i].flags & TRACE_VAR_COMPREHENSION) names[ncomp++] = f->vars[i].name;
    if (ncomp) {
        name_list(out, names, ncomp);
        buf_puts(out, ncomp > 1 ? " belong to the comprehension running in this frame, not to its names. "
                                : " belongs to the comprehension running in this frame, not to its names. ");
    }
    free(names);
    free(done);
}

/* An object in a list of objects: instances and other objects whose
 * phrase does not tell them apart get their short id ("a Node instance
 * (id …83424)"). */
static void listed_phrase(Buf *out, const TraceStep *s, const TraceObject *o)
{
    svg_object_phrase(out, s, o, 0);
    if (o->kind == TRACE_K_INSTANCE || (o->kind == TRACE_K_OTHER && !o->value)) {
        buf_puts(out, " (id ");
        svg_short_id(out, o->id);
        buf_putc(out, ')');
    }
}

static void list_objects(Buf *out, const TraceStep *s, const uint32_t *refs, size_t n, const char *intro)
{
    if (!n) return;
    buf_puts(out, intro);
    for (size_t i = 0; i < n && i < 5; i++) {
        const TraceHeapEntry *e = trace_step_find(s, refs[i]);
        if (!e) continue;
        if (i) buf_puts(out, i + 1 == n ? " and " : ", ");
        listed_phrase(out, s, e->obj);
    }
    if (n > 5) buf_printf(out, " and %zu more", n - 5);
    buf_puts(out, ". ");
}

void svg_describe(const SvgLayout *l, size_t step, Buf *title, Buf *desc)
{
    const Trace *t = l->t;
    const TraceStep *s = trace_step(t, step);
    const TraceStep *prev = step ? trace_step(t, step - 1) : NULL;
    size_t n = trace_step_count(t);
    const TraceFrame *top = s->nframes ? &s->frames[s->nframes - 1] : NULL;
    buf_printf(title, "Memory at step %zu of %zu%s, line %d", step + 1, n, trace_truncated(t) ? "+" : "", s->line);

    size_t len;
    const char *src = trace_source_line(t, s->line, &len);
    while (len && (*src == ' ' || *src == '\t')) src++, len--;
    switch (s->event) {
    case TRACE_EV_LINE:
        buf_printf(desc, "Before line %d runs: ", s->line);
        buf_put(desc, src, len);
        buf_puts(desc, ". ");
        break;
    case TRACE_EV_CALL: buf_printf(desc, "%s is called (line %d). ", top ? top->qualname : "?", s->line); break;
    case TRACE_EV_RETURN:
        if (s->nframes <= 1)
            buf_printf(desc, s->unwinding ? "The program has ended with an uncaught exception (last line %d). "
                                          : "The program has ended (last line %d). ", s->line);
        else if (s->unwinding) buf_printf(desc, "The exception leaves %s (line %d). ", top ? top->qualname : "?", s->line);
        else buf_printf(desc, "%s returns (line %d). ", top ? top->qualname : "?", s->line);
        break;
    case TRACE_EV_EXCEPTION:
        buf_printf(desc, "%s raised at line %d", s->exc_type ? s->exc_type : "An exception is", s->line);
        if (s->exc_msg && *s->exc_msg) buf_printf(desc, ": %s", s->exc_msg);
        buf_puts(desc, ". ");
        break;
    }
    for (size_t k = 0; k < s->nframes; k++) frame_sentence(desc, s, &s->frames[k], k + 1 == s->nframes);

    /* what changed: deleted names said together ("The names a and b were
     * deleted."), then rebound ones */
    size_t ndel = 0, kdel = 0;
    for (size_t i = 0; prev && i < s->nbindings; i++) ndel += !s->bindings[i].new_ref;
    for (size_t i = 0; prev && i < s->nbindings; i++) {
        const TraceBinding *b = &s->bindings[i];
        if (b->new_ref) continue;
        if (!kdel) buf_puts(desc, ndel == 1 ? "The name " : "The names ");
        else buf_puts(desc, kdel + 1 == ndel ? " and " : ", ");
        buf_puts(desc, b->name);
        if (++kdel == ndel) buf_puts(desc, ndel == 1 ? " was deleted. " : " were deleted. ");
    }
    for (size_t i = 0; prev && i < s->nbindings; i++) {
        const TraceBinding *b = &s->bindings[i];
        if (!b->new_ref) {
            continue;
        } else if (b->old_ref) {
            const TraceHeapEntry *e = trace_step_find(s, b->new_ref);
            buf_printf(desc, "%s now refers to ", b->name);
            if (e) svg_object_phrase(desc, s, e->obj, 0);
            buf_puts(desc, ". ");
        }
    }
    list_objects(desc, s, s->created, s->ncreated, "New this step: ");
    list_objects(desc, s, s->mutated, s->nmutated, "Changed in place: ");
    if (s->nfreed) {
        buf_puts(desc, "Freed this step: ");
        for (size_t i = 0; i < s->nfreed && i < 5; i++) {
            if (i) buf_puts(desc, i + 1 == s->nfreed ? " and " : ", ");
            listed_phrase(desc, prev ? prev : s, s->freed[i]);
        }
        if (s->nfreed > 5) buf_printf(desc, " and %zu more", s->nfreed - 5);
        buf_puts(desc, ". ");
    }
    size_t ng = 0;
    for (size_t i = 0; i < s->nheap; i++) ng += s->heap[i].unreachable;
    if (ng) {
        buf_puts(desc, "No name reaches ");
        size_t k = 0;
        for (size_t i = 0; i < s->nheap && k < 5; i++) {
            if (!s->heap[i].unreachable) continue;
            if (k) buf_puts(desc, k + 1 == ng ? " and " : ", ");
            listed_phrase(desc, s, s->heap[i].obj);
            k++;
        }
        if (ng > 5) buf_printf(desc, " and %zu more", ng - 5);
        buf_puts(desc, ng == 1 ? ", but a reference cycle keeps it alive until the cycle collector frees it. "
                               : ", but a reference cycle keeps them alive until the cycle collector frees them. ");
    }
    if (l->omitted[step]) buf_printf(desc, "%zu more objects are not drawn. ", l->omitted[step]);
    if (trace_truncated(t) && step + 1 == n)
        buf_printf(desc, "Recording stopped after %" PRIu64 " steps; the program ran on to its end. ", trace_max_steps(t));
    while (desc->len && desc->p[desc->len - 1] == ' ') desc->p[--desc->len] = '\0';
}
