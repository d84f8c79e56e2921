/* trace_json.c — writes a trace as JSON (docs/trace-format.md).
 *
 * Invariants: output depends on the trace only (no addresses of C memory,
 * no clock); keys come in a fixed order; fields with their default value
 * (false, empty, none) are left out where the format says so; every step
 * and every object sits on lines of its own so golden files diff well.
 */
#include "render/trace_json.h"

#include <inttypes.h>
#include <string.h>

/* ---- strings ---- */

/* Length of the valid UTF-8 sequence at s (at most n bytes), 0 if invalid. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t len;
    unsigned min;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) len = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF) len = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4) len = 4, min = 0x10000;
    else return 0;
    if (n < len) return 0;
    unsigned cp = c & (0x7F >> len);
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

void json_put_string(Buf *out, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    buf_putc(out, '"');
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        if (c >= 0x80) {
            size_t len = utf8_len(p + i, n - i);
            if (len) buf_put(out, p + i, len);
            else buf_puts(out, "\xEF\xBF\xBD");
            i += len ? len : 1;
            continue;
        }
        switch (c) {
        case '"': buf_puts(out, "\\\""); break;
        case '\\': buf_puts(out, "\\\\"); break;
        case '\n': buf_puts(out, "\\n"); break;
        case '\r': buf_puts(out, "\\r"); break;
        case '\t': buf_puts(out, "\\t"); break;
        default:
            if (c < 0x20 || c == 0x7F) buf_printf(out, "\\u%04x", c);
            else buf_putc(out, (int)c);
        }
        i++;
    }
    buf_putc(out, '"');
}

static void put_cstr(Buf *out, const char *s) { json_put_string(out, s, strlen(s)); }

static void put_ref(Buf *out, uint32_t ref)
{
    if (ref) buf_printf(out, "%" PRIu32, ref);
    else buf_puts(out, "null");
}

/* ---- objects ---- */

static const char *const flag_names[] = {"immortal", "cached", "interned", "gc", "tracked", "truncated",
                                         "builtin", "exception"}; /* ORDER TRACE_OBF */
static const char *const role_names[] = {"attr", "default", "free", "ref", "weak"}; /* ORDER TraceAttrRole */

static void put_object(Buf *out, const TraceObject *o, const TraceHeapEntry *e)
{
    buf_printf(out, "{\"ref\": %" PRIu32 ", \"id\": %" PRIu64 ", \"type\": ", o->ref, o->id);
    put_cstr(out, o->type);
    buf_printf(out, ", \"kind\": \"%s\"", trace_kind_name(o->kind));
    if (e) {
        if (o->flags & TRACE_OBF_IMMORTAL) buf_puts(out, ", \"rc\": null");
        else buf_printf(out, ", \"rc\": %" PRIu64, e->refcnt);
    }
    buf_printf(out, ", \"size\": %" PRIu64, o->size);
    if (o->flags) {
        buf_puts(out, ", \"flags\": [");
        bool first = true;
        for (size_t i = 0; i < sizeof flag_names / sizeof *flag_names; i++) {
            if (!(o->flags & (1u << i))) continue;
            buf_printf(out, "%s\"%s\"", first ? "" : ", ", flag_names[i]);
            first = false;
        }
        buf_putc(out, ']');
    }
    if (e && e->unreachable) buf_puts(out, ", \"unreachable\": true");
    if (o->value) {
        buf_puts(out, ", \"value\": ");
        put_cstr(out, o->value);
    }
    bool container = o->kind == TRACE_K_SEQUENCE || o->kind == TRACE_K_SET || o->kind == TRACE_K_DICT ||
                     (o->kind == TRACE_K_VALUE && o->length);
    if (container) buf_printf(out, ", \"len\": %" PRIu64, o->length);
    if (o->kind == TRACE_K_SEQUENCE || o->kind == TRACE_K_SET || o->nitems) {
        buf_puts(out, ", \"items\": [");
        for (size_t i = 0; i < o->nitems; i++) buf_printf(out, "%s%" PRIu32, i ? ", " : "", o->items[i]);
        buf_putc(out, ']');
    }
    if (o->kind == TRACE_K_DICT || o->nentries) {
        buf_puts(out, ", \"entries\": [");
        for (size_t i = 0; i < o->nentries; i++)
            buf_printf(out, "%s[%" PRIu32 ", %" PRIu32 "]", i ? ", " : "", o->entries[i].key, o->entries[i].value);
        buf_putc(out, ']');
    }
    if (o->nattrs) {
        buf_puts(out, ", \"attrs\": [");
        for (size_t i = 0; i < o->nattrs; i++) {
            const TraceAttr *a = &o->attrs[i];
            buf_puts(out, i ? ", {\"name\": " : "{\"name\": ");
            put_cstr(out, a->name);
            buf_puts(out, ", \"ref\": ");
            put_ref(out, a->ref);
            if (a->role != TRACE_ATTR_PLAIN) buf_printf(out, ", \"role\": \"%s\"", role_names[a->role]);
            buf_putc(out, '}');
        }
        buf_putc(out, ']');
    }
    buf_putc(out, '}');
}

/* ---- steps ---- */

static void put_frame(Buf *out, const TraceFrame *f)
{
    buf_printf(out, "{\"id\": %" PRIu32 ", \"name\": ", f->id);
    put_cstr(out, f->name);
    buf_puts(out, ", \"qualname\": ");
    put_cstr(out, f->qualname);
    buf_printf(out, ", \"kind\": \"%s\", \"line\": %d, \"vars\": [", trace_frame_kind_name(f->kind), f->line);
    for (size_t i = 0; i < f->nvars; i++) {
        const TraceVar *v = &f->vars[i];
        buf_puts(out, i ? ", {\"name\": " : "{\"name\": ");
        put_cstr(out, v->name);
        buf_printf(out, ", \"ref\": %" PRIu32, v->ref);
        if (v->flags & TRACE_VAR_CELL) buf_puts(out, ", \"cell\": true");
        if (v->flags & TRACE_VAR_FREE) buf_puts(out, ", \"free\": true");
        if (v->flags & TRACE_VAR_COMPREHENSION) buf_puts(out, ", \"comprehension\": true");
        buf_putc(out, '}');
    }
    buf_putc(out, ']');
    if (f->retval) buf_printf(out, ", \"return\": %" PRIu32, f->retval);
    buf_putc(out, '}');
}

static void put_refs(Buf *out, const char *key, const uint32_t *refs, size_t n, bool *first)
{
    if (!n) return;
    buf_printf(out, "%s\n        \"%s\": [", *first ? "" : ",", key);
    for (size_t i = 0; i < n; i++) buf_printf(out, "%s%" PRIu32, i ? ", " : "", refs[i]);
    buf_putc(out, ']');
    *first = false;
}

static void put_changes(Buf *out, const TraceStep *s)
{
    bool first = true;
    buf_puts(out, ",\n      \"changes\": {");
    put_refs(out, "created", s->created, s->ncreated, &first);
    put_refs(out, "mutated", s->mutated, s->nmutated, &first);
    if (s->nfreed) {
        buf_printf(out, "%s\n        \"freed\": [", first ? "" : ",");
        for (size_t i = 0; i < s->nfreed; i++) {
            buf_puts(out, i ? ",\n          " : "\n          ");
            put_object(out, s->freed[i], NULL);
        }
        buf_puts(out, "\n        ]");
        first = false;
    }
    if (s->nbindings) {
        buf_printf(out, "%s\n        \"bindings\": [", first ? "" : ",");
        for (size_t i = 0; i < s->nbindings; i++) {
            const TraceBinding *b = &s->bindings[i];
            buf_printf(out, "%s{\"frame\": %" PRIu32 ", \"name\": ", i ? ", " : "", b->frame);
            put_cstr(out, b->name);
            buf_puts(out, ", \"old\": ");
            put_ref(out, b->old_ref);
            buf_puts(out, ", \"new\": ");
            put_ref(out, b->new_ref);
            buf_putc(out, '}');
        }
        buf_putc(out, ']');
        first = false;
    }
    if (s->nrc_changes) {
        buf_printf(out, "%s\n        \"refcounts\": [", first ? "" : ",");
        for (size_t i = 0; i < s->nrc_changes; i++) {
            const TraceRcChange *c = &s->rc_changes[i];
            buf_printf(out, "%s{\"ref\": %" PRIu32 ", \"old\": %" PRIu64 ", \"new\": %" PRIu64 "}", i ? ", " : "",
                       c->ref, c->old_rc, c->new_rc);
        }
        buf_putc(out, ']');
        first = false;
    }
    buf_puts(out, first ? "}" : "\n      }");
}

static void put_step(Buf *out, const Trace *t, size_t i, size_t *out_done, size_t *err_done)
{
    const TraceStep *s = trace_step(t, i);
    buf_printf(out, "    {\n      \"step\": %zu, \"event\": \"%s\", \"line\": %d", i, trace_event_name(s->event),
               s->line);
    if (s->unwinding) buf_puts(out, ", \"unwinding\": true");
    size_t n;
    const char *text = trace_stdout(t, &n);
    if (s->out_len > *out_done) {
        buf_puts(out, ",\n      \"stdout\": ");
        json_put_string(out, text + *out_done, s->out_len - *out_done);
        *out_done = s->out_len;
    }
    text = trace_stderr(t, &n);
    if (s->err_len > *err_done) {
        buf_puts(out, ",\n      \"stderr\": ");
        json_put_string(out, text + *err_done, s->err_len - *err_done);
        *err_done = s->err_len;
    }
    if (s->exc_type) {
        buf_printf(out, ",\n      \"exception\": {\"ref\": ");
        put_ref(out, s->exc_ref);
        buf_puts(out, ", \"type\": ");
        put_cstr(out, s->exc_type);
        buf_puts(out, ", \"message\": ");
        put_cstr(out, s->exc_msg);
        buf_putc(out, '}');
    }
    buf_puts(out, ",\n      \"frames\": [");
    for (size_t k = 0; k < s->nframes; k++) {
        buf_puts(out, k ? ",\n        " : "\n        ");
        put_frame(out, &s->frames[k]);
    }
    buf_puts(out, s->nframes ? "\n      ],\n      \"heap\": [" : "],\n      \"heap\": [");
    for (size_t k = 0; k < s->nheap; k++) {
        buf_puts(out, k ? ",\n        " : "\n        ");
        put_object(out, s->heap[k].obj, &s->heap[k]);
    }
    buf_puts(out, s->nheap ? "\n      ]" : "]");
    if (s->heap_omitted) buf_printf(out, ",\n      \"heap_omitted\": %zu", s->heap_omitted);
    put_changes(out, s);
    buf_puts(out, "\n    }");
}

void trace_write_json(const Trace *t, Buf *out)
{
    size_t n, nsteps = trace_step_count(t);
    buf_printf(out, "{\n  \"format\": \"memguide-trace\",\n  \"version\": %d,\n  \"python\": \"3.12\",\n",
               TRACE_JSON_VERSION);
    buf_printf(out, "  \"status\": %d,\n  \"max_steps\": %" PRIu64 ",\n  \"truncated\": %s,\n", trace_status(t),
               trace_max_steps(t), trace_truncated(t) ? "true" : "false");
    if (trace_truncated(t))
        buf_printf(out,
                   "  \"notice\": \"Recording stopped after %" PRIu64
                   " steps; the program ran on to its end and its output below is complete.\",\n",
                   trace_max_steps(t));
    const char *text = trace_source(t, &n);
    buf_puts(out, "  \"source\": ");
    json_put_string(out, text, n);
    text = trace_stdout(t, &n);
    buf_puts(out, ",\n  \"stdout\": ");
    json_put_string(out, text, n);
    text = trace_stderr(t, &n);
    buf_puts(out, ",\n  \"stderr\": ");
    json_put_string(out, text, n);
    buf_puts(out, nsteps ? ",\n  \"steps\": [\n" : ",\n  \"steps\": [");
    size_t out_done = 0, err_done = 0;
    for (size_t i = 0; i < nsteps; i++) {
        put_step(out, t, i, &out_done, &err_done);
        buf_puts(out, i + 1 < nsteps ? ",\n" : "\n");
    }
    buf_puts(out, nsteps ? "  ]\n}\n" : "]\n}\n");
}
