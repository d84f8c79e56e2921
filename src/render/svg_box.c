/* svg_box.c — what an object's box holds (title, badges, value line, rows
 * of label | cell) and how big it is.  The layout measures boxes with
 * these functions and the drawing draws the same rows, so a box is always
 * exactly as big as its content.
 *
 * What goes where: lists and tuples have a row per item labelled with its
 * index; sets a row per element; dicts a row per entry, the key written in
 * the row (an arrow too when the key is not a plain value), the value in
 * the cell; instances and classes a row per attribute; functions their
 * signature, then their default values and closure variables.  Containers
 * show at most max_items rows and then "... N more".
 */
#include "render/svg_impl.h"

#include <inttypes.h>
#include <string.h>

static int max_items(const SvgOptions *o) { return o->max_items > 0 ? o->max_items : SVG_DEFAULT_MAX_ITEMS; }

static const char *astr(Arena *a, const char *s) { return arena_strndup(a, s, strlen(s)); }

static const char *aprintf(Arena *a, Buf *tmp, const char *fmt, const char *s)
{
    buf_clear(tmp);
    buf_printf(tmp, fmt, s);
    return arena_strndup(a, tmp->p, tmp->len);
}

bool svg_is_inline(const TraceObject *o, const SvgOptions *opt)
{
    if (o && o->kind == TRACE_K_MODULE && o->value) return true;
    if (!opt->inline_values || !o || o->kind != TRACE_K_VALUE || !o->value) return false;
    static const char *const types[] = {"int", "bool", "float", "complex", "NoneType", "str", "bytes", NULL};
    for (int i = 0; types[i]; i++) {
        if (strcmp(o->type, types[i])) continue;
        if (i >= 5) return strlen(o->value) <= 24;
        return true;
    }
    return false;
}

const char *svg_inline_text(const TraceObject *o, Arena *a, Buf *tmp)
{
    if (o->kind == TRACE_K_MODULE) return aprintf(a, tmp, "module %s", o->value);
    return o->value ? o->value : o->type;
}

/* A cell for a reference to ref: inline text, arrow, or a missing mark. */
static void set_cell(SvgRow *row, uint32_t ref, const TraceStep *s, const SvgOptions *opt, Arena *a, Buf *tmp)
{
    const TraceHeapEntry *e = ref ? trace_step_find(s, ref) : NULL;
    if (!ref) {
        row->cell = SVG_CELL_TEXT;
        row->text = "(empty)";
        return;
    }
    if (e && svg_is_inline(e->obj, opt)) {
        row->cell = SVG_CELL_TEXT;
        row->text = svg_inline_text(e->obj, a, tmp);
        return;
    }
    row->cell = SVG_CELL_REF;
    row->ref = ref;
}

typedef struct RowVec {
    SvgRow *v;
    size_t n, cap;
} RowVec;

static SvgRow *new_row(RowVec *rv)
{
    if (rv->n == rv->cap) {
        rv->cap = rv->cap ? rv->cap * 2 : 16;
        rv->v = xrealloc(rv->v, rv->cap * sizeof *rv->v);
    }
    SvgRow *r = &rv->v[rv->n++];
    memset(r, 0, sizeof *r);
    r->label = "";
    return r;
}

static void more_row(RowVec *rv, uint64_t n, Arena *a, Buf *tmp)
{
    SvgRow *r = new_row(rv);
    r->cell = SVG_CELL_MORE;
    buf_clear(tmp);
    buf_printf(tmp, "\xe2\x80\xa6 %" PRIu64 " more", n);
    r->text = arena_strndup(a, tmp->p, tmp->len);
}

static void text_row(RowVec *rv, const char *text)
{
    SvgRow *r = new_row(rv);
    r->cell = SVG_CELL_NONE;
    r->text = text;
}

/* Did attribute `name` refer to something else (or nothing) before? */
static bool attr_changed(const TraceObject *prev, const char *name, uint32_t ref)
{
    if (!prev) return false;
    for (size_t i = 0; i < prev->nattrs; i++)
        if (prev->attrs[i].name == name) return prev->attrs[i].ref != ref;
    return true;
}

static bool entry_changed(const TraceObject *prev, uint32_t key, uint32_t value)
{
    if (!prev) return false;
    for (size_t i = 0; i < prev->nentries; i++)
        if (prev->entries[i].key == key) return prev->entries[i].value != value;
    return true;
}

static void item_rows(RowVec *rv, const TraceObject *o, const TraceStep *s, const TraceObject *prev,
                      const SvgOptions *opt, Arena *a, Buf *tmp, bool indexed)
{
    size_t cap = (size_t)max_items(opt);
    size_t shown = o->nitems <= cap ? o->nitems : cap - 1;
    if (o->length > o->nitems && shown == o->nitems && shown) shown--;
    for (size_t i = 0; i < shown; i++) {
        SvgRow *r = new_row(rv);
        if (indexed) {
            buf_clear(tmp);
            buf_printf(tmp, "%zu", i);
            r->label = arena_strndup(a, tmp->p, tmp->len);
            r->flags |= SVG_ROW_LABEL_MONO;
        }
        set_cell(r, o->items[i], s, opt, a, tmp);
        if (prev && (i >= prev->nitems || prev->items[i] != o->items[i])) r->flags |= SVG_ROW_CHANGED;
    }
    if (o->length > shown) more_row(rv, o->length - shown, a, tmp);
    if (!o->length) text_row(rv, "empty");
}

static void entry_rows(RowVec *rv, const TraceObject *o, const TraceStep *s, const TraceObject *prev,
                       const SvgOptions *opt, Arena *a, Buf *tmp)
{
    size_t cap = (size_t)max_items(opt);
    size_t shown = o->nentries <= cap ? o->nentries : cap - 1;
    if (o->length > o->nentries && shown == o->nentries && shown) shown--;
    for (size_t i = 0; i < shown; i++) {
        const TraceEntry *en = &o->entries[i];
        SvgRow *r = new_row(rv);
        const TraceHeapEntry *k = trace_step_find(s, en->key);
        if (k && k->obj->kind == TRACE_K_VALUE && k->obj->value) {
            buf_clear(tmp);
            svg_fit(tmp, k->obj->value, strlen(k->obj->value), SVG_F_MONO, SVG_MAX_LABEL);
            r->label = arena_strndup(a, tmp->p, tmp->len);
        } else {
            r->label = k ? astr(a, k->obj->type) : "?";
            r->flags |= SVG_ROW_KEYREF;
            r->key_ref = en->key;
        }
        r->flags |= SVG_ROW_LABEL_MONO;
        set_cell(r, en->value, s, opt, a, tmp);
        if (entry_changed(prev, en->key, en->value)) r->flags |= SVG_ROW_CHANGED;
    }
    if (o->length > shown) more_row(rv, o->length - shown, a, tmp);
    if (!o->length) text_row(rv, "empty");
}

static void attr_rows(RowVec *rv, const TraceObject *o, const TraceStep *s, const TraceObject *prev,
                      const SvgOptions *opt, Arena *a, Buf *tmp)
{
    size_t cap = (size_t)max_items(opt);
    size_t shown = o->nattrs <= cap ? o->nattrs : cap - 1;
    for (size_t i = 0; i < shown; i++) {
        const TraceAttr *at = &o->attrs[i];
        SvgRow *r = new_row(rv);
        switch (at->role) {
        case TRACE_ATTR_DEFAULT: r->label = aprintf(a, tmp, "%s (default)", at->name); break;
        case TRACE_ATTR_FREE: r->label = aprintf(a, tmp, "%s (closure)", at->name); break;
        case TRACE_ATTR_WEAK:
            r->label = at->name;
            r->flags |= SVG_ROW_WEAK;
            break;
        default:
            r->label = at->name[0] ? at->name : "\xe2\x80\xa2";
            if (!strcmp(at->name, "__bases__")) r->label = "base";
        }
        if (at->role == TRACE_ATTR_WEAK && !at->ref) {
            r->cell = SVG_CELL_TEXT;
            r->text = "None (dead)";
        } else {
            set_cell(r, at->ref, s, opt, a, tmp);
        }
        if (attr_changed(prev, at->name, at->ref)) r->flags |= SVG_ROW_CHANGED;
        (void)tmp;
    }
    if (o->nattrs > shown) more_row(rv, o->nattrs - shown, a, tmp);
}

void svg_box_build(SvgBox *b, const TraceObject *o, const TraceStep *s, const TraceObject *prev,
                   const SvgOptions *opt, Arena *a)
{
    memset(b, 0, sizeof *b);
    b->obj = o;
    Buf tmp = BUF_INIT;
    RowVec rv = {NULL, 0, 0};
    int nb = 0;
    if (o->flags & TRACE_OBF_CACHED) b->badges[nb++] = "cached";
    if (o->flags & TRACE_OBF_INTERNED) b->badges[nb++] = "interned";
    b->title = o->type;
    switch (o->kind) {
    case TRACE_K_VALUE:
        b->value = o->value;
        break;
    case TRACE_K_SEQUENCE:
        item_rows(&rv, o, s, prev, opt, a, &tmp, true);
        break;
    case TRACE_K_SET:
        item_rows(&rv, o, s, prev, opt, a, &tmp, false);
        break;
    case TRACE_K_DICT:
        entry_rows(&rv, o, s, prev, opt, a, &tmp);
        break;
    case TRACE_K_INSTANCE:
        b->title = aprintf(a, &tmp, "%s instance", o->type);
        if (!o->nattrs) text_row(&rv, "no attributes");
        break;
    case TRACE_K_CLASS:
        b->title = aprintf(a, &tmp, (o->flags & TRACE_OBF_BUILTIN) ? "built-in class %s" : "class %s",
                           o->value ? o->value : "?");
        break;
    case TRACE_K_FUNCTION:
        b->title = !strcmp(o->type, "function") ? "function" : o->type;
        b->value = o->value;
        break;
    case TRACE_K_MODULE:
        b->title = "module";
        b->value = o->value;
        break;
    default:
        if (o->flags & TRACE_OBF_BUILTIN) b->title = "built-in function";
        b->value = o->value;
        /* an exception's type is its title: its value line shows its
         * arguments, "'division by zero'" of "ZeroDivisionError('division by zero')" */
        size_t tl = strlen(o->type);
        if ((o->flags & TRACE_OBF_EXCEPTION) && o->value && !strncmp(o->value, o->type, tl) && o->value[tl] == '(') {
            const char *args = o->value + tl + 1;
            size_t n = strlen(args);
            if (n && args[n - 1] == ')') n--;
            b->value = n ? arena_strndup(a, args, n) : NULL;
        }
        break;
    }
    if (o->kind != TRACE_K_SEQUENCE && o->kind != TRACE_K_SET && o->kind != TRACE_K_DICT)
        attr_rows(&rv, o, s, prev, opt, a, &tmp);
    else if (o->nattrs)
        attr_rows(&rv, o, s, prev, opt, a, &tmp);
    if (rv.n) {
        b->rows = arena_alloc(a, rv.n * sizeof *rv.v);
        memcpy(b->rows, rv.v, rv.n * sizeof *rv.v);
        b->nrows = rv.n;
    }
    free(rv.v);
    buf_free(&tmp);
}

/* Widths of the parts of a box, shared with the drawing. */
#define PAD_X 8
#define BADGE_GAP 4

static int badge_w(const char *s) { return svg_text_width(s, strlen(s), SVG_F_TINY) + 10; }

void svg_box_measure(SvgBox *b)
{
    static const char rc_sample[] = "rc 99999";
    int head = PAD_X + svg_text_width(b->title, strlen(b->title), SVG_F_SANS_BOLD);
    for (int i = 0; i < 3 && b->badges[i]; i++) head += BADGE_GAP + badge_w(b->badges[i]);
    head += 14 + svg_text_width(rc_sample, sizeof rc_sample - 1, SVG_F_SMALL) + PAD_X;
    int id_w = svg_text_width("id \xe2\x80\xa6" "00000", 11, SVG_F_SMALL);
    int foot = 2 * PAD_X + id_w;
    int w = head > foot ? head : foot;
    if (b->value) {
        int tw = svg_text_width(b->value, strlen(b->value), SVG_F_MONO);
        if (tw > SVG_MAX_TEXT) tw = SVG_MAX_TEXT;
        /* a box of one value line has its id at the end of that line */
        int vw = 2 * PAD_X + tw + (b->nrows ? 0 : 12 + id_w);
        if (vw > w) w = vw;
    }
    int label_w = 0, cell_w = 0, more_w = 0;
    for (size_t i = 0; i < b->nrows; i++) {
        const SvgRow *r = &b->rows[i];
        if (r->cell == SVG_CELL_MORE || r->cell == SVG_CELL_NONE) {
            int tw = 2 * PAD_X + svg_text_width(r->text, strlen(r->text), SVG_F_SANS);
            if (tw > more_w) more_w = tw;
            continue;
        }
        if (r->label[0]) {
            int lw = svg_text_width(r->label, strlen(r->label),
                                    (r->flags & SVG_ROW_LABEL_MONO) ? SVG_F_MONO : SVG_F_SANS);
            if (lw > SVG_MAX_LABEL) lw = SVG_MAX_LABEL;
            if (r->flags & SVG_ROW_KEYREF) lw += 14;
            if (lw + 2 * PAD_X > label_w) label_w = lw + 2 * PAD_X;
        }
        int cw = SVG_CELL_W;
        if (r->cell == SVG_CELL_TEXT) {
            int tw = svg_text_width(r->text, strlen(r->text), SVG_F_MONO);
            if (tw > SVG_MAX_TEXT) tw = SVG_MAX_TEXT;
            cw = tw + 2 * PAD_X;
        }
        if (cw > cell_w) cell_w = cw;
    }
    if (label_w && label_w < 28) label_w = 28;
    if (label_w + cell_w > w) w = label_w + cell_w;
    if (more_w > w) w = more_w;
    if (w < 72) w = 72;
    b->w = w;
    b->cell_w = cell_w ? cell_w : SVG_CELL_W;
    b->h = SVG_HEAD_H + (b->value ? SVG_ROW_H : 0) + (int)b->nrows * SVG_ROW_H + (svg_box_has_footer(b) ? SVG_FOOT_H : 0);
}

bool svg_box_has_footer(const SvgBox *b) { return !b->value || b->nrows; }

int svg_box_row_mid(const SvgBox *b, size_t i)
{
    return SVG_HEAD_H + (b->value ? SVG_ROW_H : 0) + (int)i * SVG_ROW_H + SVG_ROW_H / 2;
}
