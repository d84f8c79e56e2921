/* text.c — markdown through md4c's streaming parser: plain text (search
 * index, summaries) and small snippets to HTML.
 *
 * Invariant: plain text never contains markup — HTML in the source is
 * dropped, entities are decoded as text would read, code blocks (program
 * text, not prose) are left out — and words from different blocks never
 * run together. */
#include <stdbool.h>
#include <string.h>

#include <md4c-html.h>
#include <md4c.h>

#include "site/site_text.h"

#define FLAGS (MD_DIALECT_GITHUB)

typedef struct Walk {
    Buf text;            /* the current section's text */
    Buf heading;         /* the heading being read */
    int level;           /* of the current section's heading; 0 before any */
    bool in_heading, has_heading;
    int code_depth, html_depth;
    int paragraphs;      /* finished paragraphs */
    bool in_para;
    SiteSectionFn fn;
    void *ctx;
    int only_first_para; /* summary mode: stop after the first paragraph */
} Walk;

static void blank(Buf *b)
{
    if (b->len && b->p[b->len - 1] != '\n') buf_putc(b, '\n');
}

static void flush(Walk *w)
{
    while (w->text.len && (w->text.p[w->text.len - 1] == '\n' || w->text.p[w->text.len - 1] == ' ')) w->text.len--;
    if (w->text.p) w->text.p[w->text.len] = 0;
    if (w->fn && (w->has_heading || w->text.len))
        w->fn(w->ctx, w->level, w->has_heading ? (w->heading.p ? w->heading.p : "") : NULL, w->text.p ? w->text.p : "",
              w->text.len);
    buf_clear(&w->text);
}

static int enter_block(MD_BLOCKTYPE t, void *detail, void *ud)
{
    Walk *w = ud;
    if (w->only_first_para && w->paragraphs) return 1; /* done: stop parsing */
    switch (t) {
    case MD_BLOCK_CODE: w->code_depth++; break;
    case MD_BLOCK_HTML: w->html_depth++; break;
    case MD_BLOCK_H: {
        int level = (int)((MD_BLOCK_H_DETAIL *)detail)->level;
        if (level <= 3 && !w->only_first_para) {
            flush(w);
            buf_clear(&w->heading);
            w->level = level;
            w->in_heading = true;
            w->has_heading = true;
        } else {
            blank(&w->text);
        }
        break;
    }
    case MD_BLOCK_P: w->in_para = true; break;
    default: break;
    }
    return 0;
}

static int leave_block(MD_BLOCKTYPE t, void *detail, void *ud)
{
    Walk *w = ud;
    (void)detail;
    switch (t) {
    case MD_BLOCK_CODE: w->code_depth--; break;
    case MD_BLOCK_HTML: w->html_depth--; break;
    case MD_BLOCK_H:
        if (w->in_heading) {
            w->in_heading = false;
            buf_put(&w->heading, "", 0);
        } else {
            blank(&w->text);
        }
        break;
    case MD_BLOCK_P:
        w->in_para = false;
        w->paragraphs++;
        blank(&w->text);
        break;
    case MD_BLOCK_TD:
    case MD_BLOCK_TH: buf_putc(&w->text, ' '); break;
    case MD_BLOCK_LI:
    case MD_BLOCK_TR: blank(&w->text); break;
    default: break;
    }
    return 0;
}

static int span(MD_SPANTYPE t, void *detail, void *ud)
{
    (void)t;
    (void)detail;
    (void)ud;
    return 0;
}

/* The few entities prose uses; others are kept as written. */
static void entity(Buf *b, const char *s, size_t n)
{
    static const struct { const char *name, *text; } map[] = {
        {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"},
        {"&nbsp;", " "}, {"&mdash;", "\xe2\x80\x94"}, {"&ndash;", "\xe2\x80\x93"}, {"&hellip;", "\xe2\x80\xa6"},
    };
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (strlen(map[i].name) == n && memcmp(map[i].name, s, n) == 0) {
            buf_puts(b, map[i].text);
            return;
        }
    buf_put(b, s, n);
}

static int text(MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *ud)
{
    Walk *w = ud;
    if (w->code_depth || w->html_depth || t == MD_TEXT_HTML) return 0;
    if (w->only_first_para && !w->in_para) return 0;
    Buf *b = w->in_heading ? &w->heading : &w->text;
    switch (t) {
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR: buf_putc(b, ' '); break;
    case MD_TEXT_ENTITY: entity(b, s, n); break;
    case MD_TEXT_NULLCHAR: break;
    default: buf_put(b, s, n);
    }
    return 0;
}

static void walk(const char *md, size_t n, Walk *w)
{
    MD_PARSER p;
    memset(&p, 0, sizeof p);
    p.abi_version = 0;
    p.flags = FLAGS;
    p.enter_block = enter_block;
    p.leave_block = leave_block;
    p.enter_span = span;
    p.leave_span = span;
    p.text = text;
    md_parse(md, (MD_SIZE)n, &p, w);
}

static void collect(void *ctx, int level, const char *heading, const char *t, size_t len)
{
    Buf *out = ctx;
    (void)level;
    if (heading && *heading) {
        if (out->len) buf_puts(out, "\n\n");
        buf_puts(out, heading);
    }
    if (len) {
        if (out->len) buf_puts(out, "\n\n");
        buf_put(out, t, len);
    }
}

void site_text_plain(const char *md, size_t n, Buf *out)
{
    Walk w;
    memset(&w, 0, sizeof w);
    w.fn = collect;
    w.ctx = out;
    walk(md, n, &w);
    flush(&w);
    buf_free(&w.text);
    buf_free(&w.heading);
    buf_put(out, "", 0);
}

void site_text_sections(const char *md, size_t n, SiteSectionFn fn, void *ctx)
{
    Walk w;
    memset(&w, 0, sizeof w);
    w.fn = fn;
    w.ctx = ctx;
    walk(md, n, &w);
    flush(&w);
    buf_free(&w.text);
    buf_free(&w.heading);
}

void site_text_summary(const char *md, size_t n, Buf *out)
{
    Walk w;
    memset(&w, 0, sizeof w);
    w.only_first_para = 1;
    walk(md, n, &w);
    while (w.text.len && (w.text.p[w.text.len - 1] == '\n' || w.text.p[w.text.len - 1] == ' ')) w.text.len--;
    buf_put(out, w.text.p ? w.text.p : "", w.text.len);
    buf_free(&w.text);
    buf_free(&w.heading);
}

static void to_buf(const MD_CHAR *s, MD_SIZE n, void *ud)
{
    buf_put(ud, s, n);
}

void site_text_markdown_html(const char *md, size_t n, Buf *out)
{
    buf_put(out, "", 0);
    md_html(md, (MD_SIZE)n, to_buf, out, FLAGS | MD_FLAG_NOHTML, 0);
}
