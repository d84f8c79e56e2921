/* svg_draw.c — one step of a trace as SVG 1.1, at the places the layout
 * chose: the caption, the frames with their names, the object boxes, the
 * arrows, then a note for what did not fit.
 *
 * Invariants: every colour comes from a CSS class (mg-*) whose rule reads
 * a custom property with a default (var(--mg-box-bg, #fff)), so a page can
 * restyle the pictures for light and dark themes; every highlight also has
 * a shape or a word (a tag on the box's border, a thicker arrow, a bold
 * name, dashes), never colour alone; all coordinates are integers.
 */
#include "render/svg_impl.h"

#include <inttypes.h>
#include <string.h>

#define MONO "ui-monospace,SFMono-Regular,Menlo,Consolas,'Liberation Mono','DejaVu Sans Mono',monospace"

static const char style_css[] =
    ".mg-diagram{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;"
    "font-size:11.5px}\n"
    ".mg-m{font-family:" MONO ";font-size:12px}\n"
    ".mg-s{font-family:" MONO ";font-size:10px}\n"
    ".mg-x{font-size:9.5px}\n"
    ".mg-b{font-weight:bold}\n"
    ".mg-i{font-style:italic}\n"
    ".mg-bg{fill:var(--mg-bg,#ffffff)}\n"
    ".mg-txt{fill:var(--mg-text,#1f2933)}\n"
    ".mg-mut{fill:var(--mg-muted,#5f6b7a)}\n"
    ".mg-sec{fill:var(--mg-muted,#5f6b7a);font-size:10.5px;letter-spacing:.06em}\n"
    ".mg-code{fill:var(--mg-text,#1f2933)}\n"
    ".mg-frame .mg-body{fill:var(--mg-frame-bg,#f6f7f9);stroke:var(--mg-frame-line,#9aa3ae)}\n"
    ".mg-frame .mg-head{fill:var(--mg-frame-head,#e6e9ee)}\n"
    ".mg-frame.mg-active .mg-body{stroke:var(--mg-active,#2f6fde);stroke-width:2.5}\n"
    ".mg-box .mg-body{fill:var(--mg-box-bg,#ffffff);stroke:var(--mg-box-line,#7b8594)}\n"
    ".mg-head{fill:var(--mg-head,#eef1f5)}\n"
    ".mg-k-value .mg-head{fill:var(--mg-head-value,#e8efff)}\n"
    ".mg-k-sequence .mg-head{fill:var(--mg-head-sequence,#dff1fb)}\n"
    ".mg-k-set .mg-head{fill:var(--mg-head-set,#e8f6dc)}\n"
    ".mg-k-dict .mg-head{fill:var(--mg-head-dict,#f1e6fb)}\n"
    ".mg-k-instance .mg-head{fill:var(--mg-head-instance,#d9f5ef)}\n"
    ".mg-k-class .mg-head{fill:var(--mg-head-class,#fbf3cf)}\n"
    ".mg-k-function .mg-head{fill:var(--mg-head-function,#fde9d7)}\n"
    ".mg-sep{stroke:var(--mg-grid,#dde1e7);stroke-width:1}\n"
    ".mg-dot{fill:var(--mg-arrow,#3b4451)}\n"
    ".mg-hole{fill:none;stroke:var(--mg-muted,#5f6b7a)}\n"
    ".mg-arrow{fill:none;stroke:var(--mg-arrow,#3b4451);stroke-width:1.4}\n"
    ".mg-arrow.mg-hl{stroke:var(--mg-hl,#2f6fde);stroke-width:2.6}\n"
    ".mg-arrow.mg-weak{stroke-dasharray:5 4}\n"
    ".mg-ah{fill:var(--mg-arrow,#3b4451)}\n"
    ".mg-ah-hl{fill:var(--mg-hl,#2f6fde)}\n"
    ".mg-rowhl{fill:var(--mg-row-hl,#fff1c2)}\n"
    ".mg-new .mg-body{stroke:var(--mg-new,#1b7f3b);stroke-width:2.5}\n"
    ".mg-changed .mg-body{stroke:var(--mg-changed,#b35c00);stroke-width:2.5}\n"
    ".mg-freed{opacity:.6}\n"
    ".mg-freed .mg-body{stroke:var(--mg-freed,#b42318);stroke-dasharray:6 4;stroke-width:1.5}\n"
    ".mg-unreach .mg-body{stroke:var(--mg-garbage,#7a2fb8);stroke-dasharray:10 3 2 3;stroke-width:2}\n"
    ".mg-tag rect{stroke:none}\n"
    ".mg-tag text{fill:var(--mg-tag-text,#ffffff);font-size:9.5px;font-weight:bold}\n"
    ".mg-tag-new rect{fill:var(--mg-new,#1b7f3b)}\n"
    ".mg-tag-changed rect{fill:var(--mg-changed,#b35c00)}\n"
    ".mg-tag-freed rect{fill:var(--mg-freed,#b42318)}\n"
    ".mg-tag-unreachable rect{fill:var(--mg-garbage,#7a2fb8)}\n"
    ".mg-badge rect{fill:var(--mg-badge-bg,#ffffff);stroke:var(--mg-muted,#5f6b7a);stroke-width:.8}\n"
    ".mg-badge text{fill:var(--mg-muted,#5f6b7a);font-size:9.5px}\n"
    "@media (prefers-color-scheme:dark){\n"
    ".mg-bg{fill:var(--mg-bg,#16191d)}\n"
    ".mg-txt,.mg-code{fill:var(--mg-text,#e6e9ed)}\n"
    ".mg-mut,.mg-sec,.mg-badge text{fill:var(--mg-muted,#9aa5b1)}\n"
    ".mg-frame .mg-body{fill:var(--mg-frame-bg,#1f2329);stroke:var(--mg-frame-line,#5b6573)}\n"
    ".mg-frame .mg-head{fill:var(--mg-frame-head,#2a3038)}\n"
    ".mg-box .mg-body{fill:var(--mg-box-bg,#1b1f24);stroke:var(--mg-box-line,#7d8896)}\n"
    ".mg-head{fill:var(--mg-head,#2a3038)}\n"
    ".mg-k-value .mg-head{fill:var(--mg-head-value,#26304a)}\n"
    ".mg-k-sequence .mg-head{fill:var(--mg-head-sequence,#1f3a4a)}\n"
    ".mg-k-set .mg-head{fill:var(--mg-head-set,#283b20)}\n"
    ".mg-k-dict .mg-head{fill:var(--mg-head-dict,#382a4a)}\n"
    ".mg-k-instance .mg-head{fill:var(--mg-head-instance,#1d3d37)}\n"
    ".mg-k-class .mg-head{fill:var(--mg-head-class,#413a1c)}\n"
    ".mg-k-function .mg-head{fill:var(--mg-head-function,#46311f)}\n"
    ".mg-sep{stroke:var(--mg-grid,#39404a)}\n"
    ".mg-dot,.mg-ah{fill:var(--mg-arrow,#c5ccd5)}\n"
    ".mg-arrow{stroke:var(--mg-arrow,#c5ccd5)}\n"
    ".mg-arrow.mg-hl{stroke:var(--mg-hl,#6ea1ff)}\n"
    ".mg-ah-hl{fill:var(--mg-hl,#6ea1ff)}\n"
    ".mg-rowhl{fill:var(--mg-row-hl,#4a3f1a)}\n"
    ".mg-badge rect{fill:var(--mg-badge-bg,#1b1f24)}\n"
    "}\n";

void svg_write_css(Buf *out) { buf_puts(out, style_css); }

typedef struct Ctx {
    const SvgLayout *l;
    const Trace *t;
    const TraceStep *s, *prev;
    size_t step;
    const char *pfx;
    Buf *out;
    Arena arena;
    SvgRect *rects;        /* drawn boxes (routing) */
    size_t nrects;
    Buf paths;             /* arrows, drawn after every box */
    Buf tmp;
} Ctx;

static void text(Buf *o, int x, int y, const char *cls, const char *anchor, const char *s, size_t n)
{
    buf_printf(o, "<text x=\"%d\" y=\"%d\" class=\"%s\"%s%s%s>", x, y, cls, anchor ? " text-anchor=\"" : "",
               anchor ? anchor : "", anchor ? "\"" : "");
    svg_put_escaped(o, s, n);
    buf_puts(o, "</text>\n");
}

/* Text fitted to max_w (ellipsis when cut). */
static void text_fit(Ctx *c, int x, int y, const char *cls, const char *anchor, const char *s, SvgFont f, int max_w)
{
    buf_clear(&c->tmp);
    svg_fit(&c->tmp, s, strlen(s), f, max_w);
    text(c->out, x, y, cls, anchor, c->tmp.p ? c->tmp.p : "", c->tmp.len);
}

/* Baseline of text centred in a band starting at y of height h. */
static int baseline(int y, int h) { return y + h / 2 + 4; }

static const SvgRect *rect_of(const Ctx *c, uint32_t ref, bool *found)
{
    const SvgPlace *p = &c->l->place[ref];
    static SvgRect r;
    *found = p->placed && svg_layout_drawn(c->l, c->step, ref);
    r = (SvgRect){p->x, p->y, p->w, p->h, p->col, false};
    return &r;
}

static void arrow(Ctx *c, int sx, int sy, int src_col, uint32_t ref, bool hl, bool weak)
{
    bool found;
    SvgRect to = *rect_of(c, ref, &found);
    Buf *o = &c->paths;
    if (!found) {
        /* past the object cap: a short stub */
        buf_printf(o, "<path class=\"mg-arrow\" d=\"M%d %d h14\"/>\n", sx, sy);
        buf_printf(o, "<text x=\"%d\" y=\"%d\" class=\"mg-mut\">\xe2\x80\xa6</text>\n", sx + 17, sy + 4);
        return;
    }
    buf_printf(o, "<path class=\"mg-arrow%s%s\" d=\"", hl ? " mg-hl" : "", weak ? " mg-weak" : "");
    svg_route(o, c->l, sx, sy, src_col, to, c->rects, c->nrects, (int)(ref % 4));
    buf_printf(o, "\" marker-end=\"url(#%s-ah%s)\"/>\n", c->pfx, hl ? "-hl" : "");
}

static void dot(Buf *o, int x, int y) { buf_printf(o, "<circle cx=\"%d\" cy=\"%d\" r=\"3.5\" class=\"mg-dot\"/>\n", x, y); }

/* ---- frames ---- */

static bool rebound(const TraceStep *s, uint32_t frame, const char *name)
{
    for (size_t i = 0; i < s->nbindings; i++)
        if (s->bindings[i].frame == frame && s->bindings[i].name == name && s->bindings[i].new_ref) return true;
    return false;
}

static void frame_row(Ctx *c, const SvgFrameBox *fb, size_t row, const char *label, bool italic, uint32_t ref,
                      bool hl)
{
    Buf *o = c->out;
    int lw = svg_frame_label_w(c->l);
    int y = fb->y + SVG_HEAD_H + (int)row * SVG_ROW_H;
    int cx = fb->x + lw;
    if (hl) buf_printf(o, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"mg-rowhl\"/>\n", fb->x + 1, y + 1,
                       fb->w - 2, SVG_ROW_H - 1);
    if (row) buf_printf(o, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"mg-sep\"/>\n", fb->x + 1, y, fb->x + fb->w - 1, y);
    buf_printf(o, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"mg-sep\"/>\n", cx, y + 3, cx, y + SVG_ROW_H - 3);
    const char *cls = italic ? "mg-mut mg-i" : hl ? "mg-m mg-txt mg-b" : "mg-m mg-txt";
    text_fit(c, cx - 8, baseline(y, SVG_ROW_H), cls, "end", label, italic ? SVG_F_SANS : SVG_F_MONO, lw - 14);
    const TraceHeapEntry *e = trace_step_find(c->s, ref);
    if (e && svg_is_inline(e->obj, &c->l->opt)) {
        text_fit(c, cx + 8, baseline(y, SVG_ROW_H), "mg-m mg-txt", NULL, svg_inline_text(e->obj, &c->arena, &c->tmp), SVG_F_MONO,
                 fb->x + fb->w - cx - 12);
        return;
    }
    int dx = fb->x + fb->w - SVG_CELL_W / 2, dy = y + SVG_ROW_H / 2;
    dot(o, dx, dy);
    arrow(c, dx, dy, -1, ref, hl, false);
}

static void draw_frame(Ctx *c, const SvgFrameBox *fb, bool active)
{
    Buf *o = c->out;
    const TraceFrame *f = fb->f;
    buf_printf(o, "<g class=\"mg-frame%s\">\n", active ? " mg-active" : "");
    buf_printf(o, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\" class=\"mg-body\"/>\n", fb->x, fb->y,
               fb->w, fb->h);
    buf_printf(o, "<path d=\"M%d %d Q%d %d %d %d H%d Q%d %d %d %d V%d H%d Z\" class=\"mg-head\"/>\n", fb->x + 1,
               fb->y + 5, fb->x + 1, fb->y + 1, fb->x + 5, fb->y + 1, fb->x + fb->w - 5, fb->x + fb->w - 1, fb->y + 1,
               fb->x + fb->w - 1, fb->y + 5, fb->y + SVG_HEAD_H, fb->x + 1);
    const char *name = f->kind == TRACE_FR_MODULE ? "Global frame" : f->name;
    buf_clear(&c->tmp);
    buf_printf(&c->tmp, "line %d", f->line);
    int lw = svg_text_width(c->tmp.p, c->tmp.len, SVG_F_SMALL);
    text(o, fb->x + fb->w - 8, baseline(fb->y, SVG_HEAD_H), "mg-s mg-mut", "end", c->tmp.p, c->tmp.len);
    text_fit(c, fb->x + 8, baseline(fb->y, SVG_HEAD_H), active ? "mg-b mg-txt" : "mg-txt", NULL, name,
             SVG_F_SANS_BOLD, fb->w - lw - 24);
    size_t row = 0;
    for (size_t v = 0; v < f->nvars; v++, row++)
        frame_row(c, fb, row, f->vars[v].name, f->vars[v].flags & TRACE_VAR_COMPREHENSION, f->vars[v].ref,
                  rebound(c->s, f->id, f->vars[v].name));
    if (f->retval) frame_row(c, fb, row++, "return", true, f->retval, true);
    if (fb->exc_row) frame_row(c, fb, row++, "raised", true, c->s->exc_ref, true);
    if (!row)
        text(o, fb->x + 10, baseline(fb->y + SVG_HEAD_H, SVG_ROW_H), "mg-mut mg-i", NULL, "no names yet", 12);
    buf_puts(o, "</g>\n");
}

/* ---- object boxes ---- */

static bool in_list(const uint32_t *v, size_t n, uint32_t ref)
{
    for (size_t i = 0; i < n; i++)
        if (v[i] == ref) return true;
    return false;
}

static void tag(Buf *o, const SvgRect *r, const char *word)
{
    int w = svg_text_width(word, strlen(word), SVG_F_TINY) + 12;
    int x = r->x + r->w - w - 8;
    /* the tag sits on the box's top edge and covers it (drawn after the
     * box), so a dashed border never shows through under its word */
    buf_printf(o, "<g class=\"mg-tag mg-tag-%s\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\"/>", word,
               x, r->y - SVG_TAG_H + 2, w, SVG_TAG_H);
    buf_printf(o, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text></g>\n", x + w / 2, r->y - 1, word);
}

static void box_title(Ctx *c, const TraceObject *o, const TraceHeapEntry *e, bool ghost)
{
    Buf *b = c->out;
    buf_printf(b, "<title>%s%s, id %" PRIu64 ", ", ghost ? "freed " : "", o->type, o->id);
    if (ghost) buf_puts(b, "no longer in memory");
    else if (o->flags & TRACE_OBF_IMMORTAL) buf_puts(b, "immortal");
    else buf_printf(b, "refcount %" PRIu64, e ? e->refcnt : 0);
    buf_printf(b, ", %" PRIu64 " bytes</title>\n", o->size);
}

/* The cell of a row: an inline value, a dot with its arrow, or (ghosts)
 * what the slot held, without an arrow. */
static void row_cell(Ctx *c, const SvgBox *bx, const SvgRect *r, const SvgRow *row, int y, bool ghost, bool hl)
{
    Buf *o = c->out;
    int cx = r->x + r->w - bx->cell_w;
    if (row->cell == SVG_CELL_TEXT) {
        text_fit(c, cx + 8, baseline(y, SVG_ROW_H), "mg-m mg-txt", NULL, row->text, SVG_F_MONO, bx->cell_w - 12);
        return;
    }
    int dx = r->x + r->w - SVG_CELL_W / 2, dy = y + SVG_ROW_H / 2;
    if (ghost) {
        const TraceHeapEntry *e = c->prev ? trace_step_find(c->prev, row->ref) : NULL;
        if (e && e->obj->kind == TRACE_K_VALUE && e->obj->value) {
            /* what the slot held, in place of the arrow */
            text_fit(c, r->x + r->w - 6, baseline(y, SVG_ROW_H), "mg-s mg-mut", "end", e->obj->value, SVG_F_SMALL,
                     r->w / 2 - 8);
        } else {
            buf_printf(o, "<circle cx=\"%d\" cy=\"%d\" r=\"3\" class=\"mg-hole\"/>\n", dx, dy);
        }
        return;
    }
    dot(o, dx, dy);
    arrow(c, dx, dy, r->col, row->ref, hl, (row->flags & SVG_ROW_WEAK) != 0);
}

static void draw_box(Ctx *c, uint32_t ref, const TraceObject *o, const TraceHeapEntry *e, const TraceObject *prev,
                     bool ghost)
{
    const SvgPlace *p = &c->l->place[ref];
    Buf *b = c->out;
    SvgBox bx;
    const TraceStep *s = ghost && c->prev ? c->prev : c->s;
    svg_box_build(&bx, o, s, ghost ? NULL : prev, &c->l->opt, &c->arena);
    svg_box_measure(&bx);
    SvgRect r = {p->x, p->y, p->w, bx.h, p->col, false};
    bool is_new = !ghost && in_list(c->s->created, c->s->ncreated, ref);
    bool mutated = !ghost && in_list(c->s->mutated, c->s->nmutated, ref);
    bool unreach = !ghost && e && e->unreachable;
    buf_printf(b, "<g class=\"mg-box mg-k-%s%s%s%s%s\">\n", trace_kind_name(o->kind), is_new ? " mg-new" : "",
               mutated ? " mg-changed" : "", ghost ? " mg-freed" : "", unreach ? " mg-unreach" : "");
    box_title(c, o, e, ghost);
    buf_printf(b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\" class=\"mg-body\"/>\n", r.x, r.y, r.w, r.h);
    buf_printf(b, "<path d=\"M%d %d Q%d %d %d %d H%d Q%d %d %d %d V%d H%d Z\" class=\"mg-head\"/>\n", r.x + 1, r.y + 5,
               r.x + 1, r.y + 1, r.x + 5, r.y + 1, r.x + r.w - 5, r.x + r.w - 1, r.y + 1, r.x + r.w - 1, r.y + 5,
               r.y + SVG_HEAD_H, r.x + 1);
    buf_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"mg-sep\"/>\n", r.x + 1, r.y + SVG_HEAD_H,
               r.x + r.w - 1, r.y + SVG_HEAD_H);
    /* header: type and badges on the left, the count on the right */
    int hy = baseline(r.y, SVG_HEAD_H);
    buf_clear(&c->tmp);
    if (ghost) buf_puts(&c->tmp, "");
    else if (o->flags & TRACE_OBF_IMMORTAL) buf_puts(&c->tmp, "immortal");
    else buf_printf(&c->tmp, "rc %" PRIu64, e ? e->refcnt : 0);
    int rcw = c->tmp.len ? svg_text_width(c->tmp.p, c->tmp.len, SVG_F_SMALL) : 0;
    if (c->tmp.len) text(b, r.x + r.w - 8, hy, "mg-s mg-txt", "end", c->tmp.p, c->tmp.len);
    int badges_w = 0;
    for (int i = 0; i < 3 && bx.badges[i]; i++) badges_w += 4 + svg_text_width(bx.badges[i], strlen(bx.badges[i]), SVG_F_TINY) + 10;
    int title_max = r.w - 16 - rcw - 8 - badges_w;
    buf_clear(&c->tmp);
    int tw = svg_fit(&c->tmp, bx.title, strlen(bx.title), SVG_F_SANS_BOLD, title_max);
    text(b, r.x + 8, hy, "mg-b mg-txt", NULL, c->tmp.p, c->tmp.len);
    int bxx = r.x + 8 + tw + 4;
    for (int i = 0; i < 3 && bx.badges[i]; i++) {
        int bw = svg_text_width(bx.badges[i], strlen(bx.badges[i]), SVG_F_TINY) + 10;
        buf_printf(b, "<g class=\"mg-badge\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"13\" rx=\"6\"/>", bxx,
                   r.y + 4, bw);
        buf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text></g>\n", bxx + bw / 2, r.y + 14,
                   bx.badges[i]);
        bxx += bw + 4;
    }
    int y = r.y + SVG_HEAD_H;
    if (bx.value) {
        int idw = svg_box_has_footer(&bx) ? 0 : svg_text_width("id \xe2\x80\xa6" "00000", 11, SVG_F_SMALL) + 12;
        text_fit(c, r.x + 8, baseline(y, SVG_ROW_H), "mg-m mg-txt", NULL, bx.value, SVG_F_MONO, r.w - 16 - idw);
        y += SVG_ROW_H;
    }
    int cx = r.x + r.w - bx.cell_w;
    for (size_t i = 0; i < bx.nrows; i++, y += SVG_ROW_H) {
        const SvgRow *row = &bx.rows[i];
        bool hl = (row->flags & SVG_ROW_CHANGED) && mutated;
        if (hl) buf_printf(b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"mg-rowhl\"/>\n", r.x + 1,
                           y + 1, r.w - 2, SVG_ROW_H - 1);
        if (i || bx.value) buf_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"mg-sep\"/>\n", r.x + 1, y,
                                      r.x + r.w - 1, y);
        if (row->cell == SVG_CELL_MORE || row->cell == SVG_CELL_NONE) {
            text_fit(c, r.x + 8, baseline(y, SVG_ROW_H), "mg-mut mg-i", NULL, row->text, SVG_F_SANS, r.w - 16);
            continue;
        }
        buf_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"mg-sep\"/>\n", cx, y + 3, cx, y + SVG_ROW_H - 3);
        bool mono = (row->flags & SVG_ROW_LABEL_MONO) != 0;
        const char *lcls = hl ? (mono ? "mg-m mg-txt mg-b" : "mg-txt mg-b") : (mono ? "mg-m mg-mut" : "mg-mut");
        int keyref_w = (row->flags & SVG_ROW_KEYREF) ? 14 : 0;
        if (o->kind == TRACE_K_SEQUENCE && mono)
            text_fit(c, cx - 8, baseline(y, SVG_ROW_H), lcls, "end", row->label, SVG_F_MONO, cx - r.x - 12);
        else
            text_fit(c, r.x + 8, baseline(y, SVG_ROW_H), lcls, NULL, row->label, mono ? SVG_F_MONO : SVG_F_SANS,
                     cx - r.x - 16 - keyref_w);
        if ((row->flags & SVG_ROW_KEYREF) && !ghost) {
            int kx = cx - 9, ky = y + SVG_ROW_H / 2;
            dot(b, kx, ky);
            arrow(c, kx, ky, r.col, row->key_ref, false, false);
        }
        row_cell(c, &bx, &r, row, y, ghost, hl);
    }
    /* the id: on a footer line, or at the end of a lone value line */
    buf_clear(&c->tmp);
    buf_puts(&c->tmp, "id ");
    svg_short_id(&c->tmp, o->id);
    int idy = svg_box_has_footer(&bx) ? r.y + r.h - 4 : baseline(r.y + SVG_HEAD_H, SVG_ROW_H);
    text(b, r.x + r.w - 8, idy, "mg-s mg-mut", "end", c->tmp.p, c->tmp.len);
    if (ghost) tag(b, &r, "freed");
    else if (unreach) tag(b, &r, "unreachable");
    else if (is_new) tag(b, &r, "new");
    else if (mutated) tag(b, &r, "changed");
    buf_puts(b, "</g>\n");
}

/* ---- the caption ---- */

static void caption(Ctx *c)
{
    const TraceStep *s = c->s;
    size_t n = trace_step_count(c->t);
    Buf *cap = &c->tmp;
    buf_clear(cap);
    buf_printf(cap, "Step %zu of %zu%s \xc2\xb7 ", c->step + 1, n, trace_truncated(c->t) ? "+" : "");
    const char *fname = s->nframes ? s->frames[s->nframes - 1].name : "";
    switch (s->event) {
    case TRACE_EV_CALL: buf_printf(cap, "%s is called (line %d)", fname, s->line); break;
    case TRACE_EV_RETURN:
        if (s->nframes == 1)
            buf_printf(cap, s->unwinding ? "the program ends with an uncaught exception (line %d)"
                                         : "the program ends (line %d)", s->line);
        else if (s->unwinding) buf_printf(cap, "the exception leaves %s (line %d)", fname, s->line);
        else buf_printf(cap, "%s returns (line %d)", fname, s->line);
        break;
    case TRACE_EV_EXCEPTION:
        buf_printf(cap, "line %d raises %s", s->line, s->exc_type ? s->exc_type : "an exception");
        if (s->exc_msg && *s->exc_msg) buf_printf(cap, ": %s", s->exc_msg);
        break;
    default: buf_printf(cap, "line %d", s->line); break;
    }
    int x = SVG_PAD, y = SVG_PAD + 13;
    char *head = xstrndup(cap->p, cap->len);
    int w = svg_text_width(head, strlen(head), SVG_F_SANS_BOLD);
    text_fit(c, x, y, "mg-b mg-txt", NULL, head, SVG_F_SANS_BOLD, c->l->width - 2 * SVG_PAD);
    free(head);
    if (s->event != TRACE_EV_LINE) return;
    size_t len;
    const char *src = trace_source_line(c->t, s->line, &len);
    while (len && (*src == ' ' || *src == '\t')) src++, len--;
    char *line = xstrndup(src, len);
    text_fit(c, x + w + 10, y, "mg-m mg-code", NULL, line, SVG_F_MONO, c->l->width - x - w - 10 - SVG_PAD);
    free(line);
}

void svg_draw_step(const SvgLayout *l, size_t step, Buf *out)
{
    Ctx c;
    memset(&c, 0, sizeof c);
    c.l = l;
    c.t = l->t;
    c.s = trace_step(l->t, step);
    c.prev = step ? trace_step(l->t, step - 1) : NULL;
    c.step = step;
    c.pfx = l->opt.id_prefix && *l->opt.id_prefix ? l->opt.id_prefix : "mg";
    c.out = out;
    const TraceStep *s = c.s;

    Buf title = BUF_INIT, desc = BUF_INIT;
    svg_describe(l, step, &title, &desc);
    /* --mg-w: the natural width, for a page's stylesheet to bound scaling */
    buf_printf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%d\" height=\"%d\" "
                    "viewBox=\"0 0 %d %d\" class=\"mg-diagram\" style=\"--mg-w: %d\"",
               l->width, l->height, l->width, l->height, l->width);
    if (l->opt.aria) buf_printf(out, " role=\"img\" aria-labelledby=\"%s-title %s-desc\"", c.pfx, c.pfx);
    buf_puts(out, ">\n");
    buf_printf(out, "<title id=\"%s-title\">", c.pfx);
    svg_put_escaped(out, title.p ? title.p : "", title.len);
    buf_printf(out, "</title>\n<desc id=\"%s-desc\">", c.pfx);
    svg_put_escaped(out, desc.p ? desc.p : "", desc.len);
    buf_puts(out, "</desc>\n");
    buf_free(&title);
    buf_free(&desc);
    if (!l->opt.omit_style) {
        buf_puts(out, "<style type=\"text/css\"><![CDATA[\n");
        buf_puts(out, style_css);
        buf_puts(out, "]]></style>\n");
    }
    buf_printf(out,
               "<defs>\n<marker id=\"%s-ah\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
               "markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0 0L10 5L0 10z\" "
               "class=\"mg-ah\"/></marker>\n",
               c.pfx);
    buf_printf(out,
               "<marker id=\"%s-ah-hl\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"9\" "
               "markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0 0L10 5L0 10z\" "
               "class=\"mg-ah-hl\"/></marker>\n</defs>\n",
               c.pfx);
    buf_printf(out, "<rect width=\"%d\" height=\"%d\" class=\"mg-bg\"/>\n", l->width, l->height);
    if (!l->opt.hide_caption) caption(&c);
    text(out, l->frames_x, l->top - SVG_TAG_H - 14, "mg-sec", NULL, "FRAMES", 6);
    if (l->ncols) text(out, l->col_x[0], l->top - SVG_TAG_H - 14, "mg-sec", NULL, "OBJECTS", 7);

    /* the boxes drawn at this step, for routing arrows around them */
    c.rects = xcalloc(l->ndrawn[step] + 1, sizeof *c.rects);
    for (size_t k = 0; k < l->ndrawn[step]; k++) {
        uint32_t ref = l->drawn[step][k];
        const SvgPlace *p = &l->place[ref];
        const TraceHeapEntry *e = trace_step_find(s, ref);
        bool tagged = !e || e->unreachable || in_list(s->created, s->ncreated, ref) ||
                      in_list(s->mutated, s->nmutated, ref);
        c.rects[c.nrects++] = (SvgRect){p->x, p->y, p->w, p->h, p->col, tagged};
    }

    size_t nfb;
    SvgFrameBox *fb = svg_layout_frames(l, s, &nfb);
    for (size_t k = 0; k < nfb; k++) draw_frame(&c, &fb[k], k + 1 == nfb);
    free(fb);

    for (size_t k = 0; k < l->ndrawn[step]; k++) {
        uint32_t ref = l->drawn[step][k];
        const TraceHeapEntry *e = trace_step_find(s, ref);
        if (e) {
            const TraceHeapEntry *pe = c.prev ? trace_step_find(c.prev, ref) : NULL;
            draw_box(&c, ref, e->obj, e, pe ? pe->obj : NULL, false);
            continue;
        }
        for (size_t i = 0; i < s->nfreed; i++)
            if (s->freed[i]->ref == ref) draw_box(&c, ref, s->freed[i], NULL, NULL, true);
    }
    buf_put(out, c.paths.p ? c.paths.p : "", c.paths.len);
    buf_clear(&c.tmp);
    if (l->omitted[step])
        buf_printf(&c.tmp, "+%zu more object%s not drawn. ", l->omitted[step], l->omitted[step] == 1 ? "" : "s");
    if (trace_truncated(l->t) && step + 1 == trace_step_count(l->t))
        buf_printf(&c.tmp, "Recording stopped after %zu steps; the program ran on to its end.",
                   trace_step_count(l->t));
    if (c.tmp.len) {
        char *note = xstrndup(c.tmp.p, c.tmp.len);
        text_fit(&c, l->frames_x, l->height - SVG_PAD - 4, "mg-mut mg-i", NULL, note, SVG_F_SANS,
                 l->width - 2 * SVG_PAD);
        free(note);
    }
    buf_puts(out, "</svg>\n");
    free(c.rects);
    buf_free(&c.paths);
    buf_free(&c.tmp);
    arena_free(&c.arena);
}
