/* render.c — a lesson's body as HTML: cmark-gfm renders the prose (GFM
 * tables, strikethrough, autolinks, task lists; raw HTML through the tag
 * filter), and memguide renders what it adds — heading anchors and the
 * examples with their highlighted code, verified output and diagram.
 *
 * How: each heading and example node is swapped for an HTML-comment
 * placeholder before cmark renders the page, and the placeholders are
 * replaced by our own HTML afterwards, so cmark's filters never touch
 * what we wrote and what we wrote never passes through them.
 * Invariant: every text memguide inserts is escaped for its context. */
#include <stdio.h>
#include <string.h>

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include "pysim/pysim.h"
#include "site/site_html.h"

#define MARK "<!--memguide:"

typedef struct Frag {
    Buf html;
} Frag;

typedef struct Ctx {
    cmark_node *title;      /* the heading that opens the lesson, or NULL */
    SiteLesson *l;
    const SiteGuide *g;
    SiteRendered *r;
    Frag *frags;
    size_t nfrags, cap;
    bool svg_style;         /* a diagram with the renderer's <style> is on the page */
} Ctx;

static size_t new_frag(Ctx *c)
{
    if (c->nfrags == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 16;
        c->frags = xrealloc(c->frags, c->cap * sizeof *c->frags);
    }
    Buf empty = BUF_INIT;
    c->frags[c->nfrags].html = empty;
    return c->nfrags++;
}

static void put_placeholder(cmark_node *n, size_t k)
{
    char lit[48];
    snprintf(lit, sizeof lit, MARK "%zu-->\n", k);
    cmark_node *h = cmark_node_new(CMARK_NODE_HTML_BLOCK);
    cmark_node_set_literal(h, lit);
    cmark_node_replace(n, h);
    cmark_node_free(n);
}

char *site_slug(const char *text, char *const *used, size_t nused)
{
    Buf b = BUF_INIT;
    bool dash = false;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        unsigned char ch = *p;
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch >= 0x80) {
            if (dash && b.len) buf_putc(&b, '-');
            dash = false;
            buf_putc(&b, (char)ch);
        } else if (ch >= 'A' && ch <= 'Z') {
            if (dash && b.len) buf_putc(&b, '-');
            dash = false;
            buf_putc(&b, (char)(ch - 'A' + 'a'));
        } else if (ch == '_' || ch == '-') {
            if (dash && b.len) buf_putc(&b, '-');
            dash = false;
            buf_putc(&b, (char)ch);
        } else {
            dash = true;
        }
    }
    if (!b.len) buf_puts(&b, "section");
    char *base = buf_take(&b);
    char *slug = xstrdup(base);
    for (int k = 1;; k++) {
        bool taken = false;
        for (size_t i = 0; i < nused && !taken; i++) taken = !strcmp(used[i], slug);
        if (!taken) break;
        free(slug);
        Buf t = BUF_INIT;
        buf_printf(&t, "%s-%d", base, k);
        slug = buf_take(&t);
    }
    free(base);
    return slug;
}

/* The inline text of a node, for heading ids. */
static void node_text(cmark_node *n, Buf *out)
{
    for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
        cmark_node_type t = cmark_node_get_type(c);
        if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE)
            buf_puts(out, cmark_node_get_literal(c));
        else if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK)
            buf_putc(out, ' ');
        else
            node_text(c, out);
    }
}

static void render_heading(Ctx *c, cmark_node *n)
{
    SiteRendered *r = c->r;
    Buf text = BUF_INIT;
    node_text(n, &text);
    buf_put(&text, "", 0);
    char **used = xmalloc((r->nheadings + 1) * sizeof *used);
    for (size_t i = 0; i < r->nheadings; i++) used[i] = r->headings[i].id;
    char *id = site_slug(text.p, used, r->nheadings);
    free(used);
    int level = cmark_node_get_heading_level(n);
    r->headings = xrealloc(r->headings, (r->nheadings + 1) * sizeof *r->headings);
    r->headings[r->nheadings++] = (SiteHeading){level, id, buf_take(&text)};

    /* the heading's inlines as cmark renders them: <hN>...</hN>\n */
    char *inner = cmark_render_html(n, CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(c->l->parser));
    const char *open = strchr(inner, '>');
    const char *close = strrchr(inner, '<');
    size_t k = new_frag(c);
    Buf *h = &c->frags[k].html;
    buf_printf(h, "<h%d id=\"", level);
    buf_put_html(h, id, strlen(id));
    buf_puts(h, "\">");
    if (open && close && close > open) buf_put(h, open + 1, (size_t)(close - open - 1));
    buf_puts(h, "<a class=\"anchor\" href=\"#");
    buf_put_html(h, id, strlen(id));
    buf_puts(h, "\" aria-label=\"Link to this section\">#</a>");
    buf_printf(h, "</h%d>\n", level);
    free(inner);
    if (n == c->title) {
        /* the page's title goes where the template puts it, not in the body */
        buf_put(&r->title_html, h->p, h->len);
        cmark_node_free(n);
        return;
    }
    put_placeholder(n, k);
}

/* ---- examples ---- */

SiteDiagram site_example_diagram(const SiteExample *e, const SiteGuide *g)
{
    return e->opt.diagram == SITE_DIAGRAM_DEFAULT ? g->diagram : e->opt.diagram;
}

bool site_example_has_stepper(const SiteExample *e, const SiteGuide *g)
{
    return e->trace && e->kind == SITE_EX_PYTHON && site_example_diagram(e, g) == SITE_DIAGRAM_STEPS &&
           e->step_end > e->step_first;
}

static bool inline_values(const SiteExample *e, const SiteGuide *g)
{
    return e->opt.inline_values < 0 ? g->inline_values : e->opt.inline_values;
}

static void put_output(Buf *h, const SiteExample *e)
{
    /* stdout as is; a traceback after it marked as the error stream */
    size_t so = e->kind == SITE_EX_PYTHON ? e->stdout_len : e->actual_len;
    buf_put_html(h, e->actual, so);
    if (e->actual_len > so) {
        buf_puts(h, "<span class=\"stderr\">");
        buf_put_html(h, e->actual + so, e->actual_len - so);
        buf_puts(h, "</span>");
    }
}

static void copy_button(Buf *h)
{
    buf_puts(h, "<button type=\"button\" class=\"copy\" hidden aria-label=\"Copy the code\">Copy</button>");
}

static void render_example(Ctx *c, SiteExample *e)
{
    const SiteGuide *g = c->g;
    SiteLesson *l = c->l;
    size_t k = new_frag(c);
    Buf *h = &c->frags[k].html;
    Buf exid = BUF_INIT;
    buf_printf(&exid, "%s-%d", l->id, e->index);
    buf_puts(h, "<figure class=\"example");
    buf_puts(h, e->kind == SITE_EX_PYTHON ? " python" : " pycon");
    if (e->opt.quiz) buf_puts(h, " quiz");
    buf_puts(h, "\" id=\"example-");
    buf_printf(h, "%d\"", e->index);
    if (e->opt.title) {
        buf_printf(h, " aria-labelledby=\"example-%d-title\">\n<figcaption id=\"example-%d-title\">", e->index,
                   e->index);
        buf_put_html(h, e->opt.title, strlen(e->opt.title));
        buf_puts(h, "</figcaption>\n");
    } else {
        buf_printf(h, " aria-label=\"Example %d\">\n", e->index);
    }

    if (e->prev)
        buf_printf(h, "<p class=\"continues\"><a href=\"#example-%d\">Continues the example above</a>: the names it made are still there.</p>\n",
                   e->prev->index);
    /* the code */
    buf_puts(h, "<div class=\"code-block\">");
    copy_button(h);
    buf_printf(h, "<pre class=\"code\" data-lang=\"%s\"><code>", e->kind == SITE_EX_PYTHON ? "python" : "pycon");
    if (e->kind == SITE_EX_PYTHON)
        site_highlight_python(e->code, e->code_len, h);
    else if (e->ran && !e->opt.quiz)
        site_highlight_pycon(e->actual, e->actual_len, h);
    else if (e->opt.quiz) {
        /* a quiz shows only what is typed; the answers are revealed below */
        SitePycon p;
        site_pycon_parse(e->code, e->code_len, &p);
        Buf typed = BUF_INIT;
        for (size_t s = 0; s < p.nstmts; s++) {
            size_t pos = 0;
            int line = 0;
            for (const char *q = e->code; pos < e->code_len; line++) {
                const char *nl = memchr(q + pos, '\n', e->code_len - pos);
                size_t end = nl ? (size_t)(nl - q) + 1 : e->code_len;
                if (line + 1 >= p.stmts[s].first_line && line + 1 < p.stmts[s].first_line + p.stmts[s].nlines)
                    buf_put(&typed, q + pos, end - pos);
                pos = end;
            }
        }
        site_highlight_pycon(typed.p ? typed.p : "", typed.len, h);
        buf_free(&typed);
        site_pycon_free(&p);
    } else
        site_highlight_pycon(e->code, e->code_len, h);
    buf_puts(h, "</code></pre></div>\n");

    /* the output */
    bool stepper = site_example_has_stepper(e, g);
    bool show_output = e->ran ? (e->kind == SITE_EX_PYTHON ? e->actual_len > 0 : e->opt.quiz) : e->has_out;
    /* a quiz hides the answer, output and diagram, until asked */
    if (e->opt.quiz && e->ran)
        buf_puts(h, "<details class=\"quiz-answer\"><summary>What does it print? Show the answer</summary>\n");
    if (show_output) {
        const char *label = e->ran ? "Output" : "Output (not run)";
        buf_printf(h, "<div class=\"output\"><div class=\"output-label\">%s</div><pre><code>", label);
        if (!e->ran)
            buf_put_html(h, e->out_text, e->out_len);
        else if (e->kind == SITE_EX_PYCON)
            site_highlight_pycon(e->actual, e->actual_len, h);
        else
            put_output(h, e);
        buf_puts(h, "</code></pre></div>\n");
    }

    /* the diagram */
    SiteDiagram dg = site_example_diagram(e, g);
    if (e->trace && dg != SITE_DIAGRAM_NONE && e->step_end > 0) {
        size_t last = e->step_end - 1;
        size_t count = e->step_end - e->step_first;
        if (stepper) {
            buf_printf(h, "<div class=\"stepper\" data-example=\"%s\" data-steps=\"steps/%s.js\" data-count=\"%zu\">\n",
                       exid.p, exid.p, count);
            buf_puts(h, "<div class=\"stepper-controls\" hidden>");
            buf_puts(h, "<button type=\"button\" class=\"step-first\" aria-label=\"First step\">&#xAB;</button>");
            buf_puts(h, "<button type=\"button\" class=\"step-prev\">&#x25C0; Back</button>");
            buf_printf(h, "<input type=\"range\" class=\"step-slider\" min=\"1\" max=\"%zu\" value=\"%zu\" "
                          "aria-label=\"Step\">", count, count);
            buf_puts(h, "<button type=\"button\" class=\"step-next\">Next &#x25B6;</button>");
            buf_puts(h, "<button type=\"button\" class=\"step-last\" aria-label=\"Last step\">&#xBB;</button>");
            buf_printf(h, "<span class=\"step-label\" aria-live=\"polite\">Step %zu of %zu</span>", count, count);
            buf_puts(h, "</div>\n");
            buf_puts(h, "<div class=\"stepper-view\">");
            buf_puts(h, "<div class=\"diagram\">");
        } else {
            buf_puts(h, "<div class=\"stepper final\"><div class=\"stepper-view\"><div class=\"diagram\">");
        }
        char prefix[32];
        snprintf(prefix, sizeof prefix, "ex%d", e->index);
        Buf svg = BUF_INIT;
        site_trace_svg(e->trace, last, inline_values(e, g), prefix, &svg);
        /* the renderer's rules once per page: they apply to every picture */
        if (c->svg_style)
            site_svg_strip_style(&svg);
        else
            c->svg_style = svg.len > 0;
        buf_put(h, svg.p ? svg.p : "", svg.len);
        buf_free(&svg);
        buf_puts(h, "</div>");
        if (stepper) {
            buf_puts(h, "<div class=\"step-output\" hidden><div class=\"output-label\">Output so far</div><pre><code>");
            buf_puts(h, "</code></pre></div>");
        }
        buf_puts(h, "</div>\n");
        if (stepper)
            buf_printf(h, "<p class=\"stepper-all\"><a href=\"steps/%s.html\">All %zu steps, one after another</a>%s</p>\n",
                       exid.p, count, e->truncated ? " (the trace stops at its step limit)" : "");
        else
            buf_printf(h, "<p class=\"stepper-all\">Memory at the end of the %s</p>\n",
                       e->kind == SITE_EX_PYTHON ? "program" : "session");
        buf_puts(h, "</div>\n");
    }
    if (e->opt.quiz && e->ran) buf_puts(h, "</details>\n");
    buf_puts(h, "</figure>\n");
    buf_free(&exid);
    put_placeholder(e->node, k);
    e->node = NULL;
    if (e->out_node) {
        cmark_node_free(e->out_node); /* unlinks it too: shown above */
        e->out_node = NULL;
    }
}

void site_render_lesson(SiteLesson *l, const SiteGuide *g, SiteRendered *r)
{
    memset(r, 0, sizeof *r);
    Ctx c = {NULL, l, g, r, NULL, 0, 0, false};
    cmark_node *first = cmark_node_first_child(l->doc);
    if (first && cmark_node_get_type(first) == CMARK_NODE_HEADING && cmark_node_get_heading_level(first) == 1)
        c.title = first;
    /* headings first (document order), collected before the tree changes */
    cmark_node **heads = NULL;
    size_t nheads = 0;
    cmark_iter *it = cmark_iter_new(l->doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_HEADING) {
            heads = xrealloc(heads, (nheads + 1) * sizeof *heads);
            heads[nheads++] = n;
        }
    }
    cmark_iter_free(it);
    for (size_t i = 0; i < nheads; i++) render_heading(&c, heads[i]);
    free(heads);
    for (size_t i = 0; i < l->nex; i++) render_example(&c, &l->ex[i]);

    char *html = cmark_render_html(l->doc, CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(l->parser));
    size_t mlen = strlen(MARK);
    for (const char *p = html; *p;) {
        const char *m = strstr(p, MARK);
        if (!m) {
            buf_puts(&r->body, p);
            break;
        }
        buf_put(&r->body, p, (size_t)(m - p));
        char *end;
        unsigned long k = strtoul(m + mlen, &end, 10);
        if (end != m + mlen && !strncmp(end, "-->", 3) && k < c.nfrags && (m == html || m[-1] == '\n')) {
            buf_put(&r->body, c.frags[k].html.p, c.frags[k].html.len);
            p = end + 3;
            if (*p == '\n') p++;
        } else {
            buf_put(&r->body, m, mlen);
            p = m + mlen;
        }
    }
    buf_put(&r->body, "", 0);
    free(html);
    for (size_t i = 0; i < c.nfrags; i++) buf_free(&c.frags[i].html);
    free(c.frags);
}

void site_rendered_free(SiteRendered *r)
{
    buf_free(&r->title_html);
    buf_free(&r->body);
    for (size_t i = 0; i < r->nheadings; i++) {
        free(r->headings[i].id);
        free(r->headings[i].text);
    }
    free(r->headings);
    memset(r, 0, sizeof *r);
}
