/* pages.c — builds the page tables the templates receive and writes the
 * rendered pages: one per lesson, one "every step" page per stepper
 * example, the index, the search index and the assets.
 *
 * Invariant: every link in a page table is relative to that page
 * (page.root is the way back to the site's root), so the site works from
 * file:// and under any base path; and every value is plain data — text is
 * escaped by the templates, fields holding HTML end in "html" or are
 * `body`, and were made by memguide. */
#include <stdio.h>
#include <string.h>

#include <lauxlib.h>

#include "site/guide.h"
#include "site/luahost.h"
#include "site/pages.h"
#include "site/site_text.h"

#define REQUIRED_TEMPLATES 3
static const char *const required[REQUIRED_TEMPLATES] = {"lesson.html", "index.html", "steps.html"};
/* search text kept per section: enough to find and show a snippet */
#define SEARCH_TEXT_MAX 1500

static void set_str(lua_State *L, const char *k, const char *v)
{
    if (!v) return;
    lua_pushstring(L, v);
    lua_setfield(L, -2, k);
}

static void set_lstr(lua_State *L, const char *k, const char *v, size_t n)
{
    lua_pushlstring(L, v, n);
    lua_setfield(L, -2, k);
}

static void set_int(lua_State *L, const char *k, lua_Integer v)
{
    lua_pushinteger(L, v);
    lua_setfield(L, -2, k);
}

static void set_bool(lua_State *L, const char *k, bool v)
{
    lua_pushboolean(L, v);
    lua_setfield(L, -2, k);
}

/* Reads every file of a directory into sources[name] = {text, path}. */
static void add_sources(lua_State *L, int t, const char *dir, const char *shown_dir)
{
    char **names;
    int n = site_list_dir(dir, &names);
    for (int i = 0; i < n; i++) {
        size_t len = strlen(names[i]);
        if (len < 5 || strcmp(names[i] + len - 5, ".html")) continue;
        char *path = site_path_join(dir, names[i]);
        Buf text = BUF_INIT;
        if (site_read_file(path, &text) == 0) {
            char *shown = site_path_join(shown_dir, names[i]);
            lua_newtable(L);
            set_lstr(L, "text", text.p, text.len);
            set_str(L, "path", shown);
            lua_setfield(L, t, names[i]);
            free(shown);
        }
        buf_free(&text);
        free(path);
    }
    if (n >= 0) site_free_names(names, n);
}

/* The text of lua/NAME: the guide's own, else memguide's. */
static int read_lua(const char *dir, const char *share, const char *name, Buf *text, char **shown)
{
    char *own = site_path_join(dir, name);
    if (site_read_file(own, text) == 0) {
        *shown = xstrdup(name);
        free(own);
        return 0;
    }
    free(own);
    buf_clear(text);
    char *def = site_path_join(share, name);
    int rc = site_read_file(def, text);
    *shown = def;
    return rc;
}

static void add_asset(SitePages *p, const char *name, const char *path)
{
    for (int i = 0; i < p->nassets; i++)
        if (!strcmp(p->assets[i], name)) {
            free(p->asset_paths[i]);
            p->asset_paths[i] = xstrdup(path);
            return;
        }
    p->assets = xrealloc(p->assets, (size_t)(p->nassets + 1) * sizeof *p->assets);
    p->asset_paths = xrealloc(p->asset_paths, (size_t)(p->nassets + 1) * sizeof *p->asset_paths);
    p->assets[p->nassets] = xstrdup(name);
    p->asset_paths[p->nassets++] = xstrdup(path);
}

static void find_assets(SitePages *p, const char *templates)
{
    char *dir = site_path_join(templates, "assets");
    char **names;
    int n = site_list_dir(dir, &names);
    for (int i = 0; i < n; i++) {
        char *path = site_path_join(dir, names[i]);
        if (site_is_file(path)) add_asset(p, names[i], path);
        free(path);
    }
    if (n >= 0) site_free_names(names, n);
    free(dir);
}

int site_pages_init(SitePages *p, lua_State *L, const SiteGuide *g, const char *dir, const char *share,
                    SiteDiags *d)
{
    memset(p, 0, sizeof *p);
    p->L = L;
    p->d = d;
    p->g = g;
    int errors = d->errors;
    char *def_templates = site_path_join(share, "templates");
    char *own_templates = site_path_join(dir, "templates");
    lua_newtable(L);
    int sources = lua_gettop(L);
    add_sources(L, sources, def_templates, def_templates);
    add_sources(L, sources, own_templates, "templates");
    for (int i = 0; i < REQUIRED_TEMPLATES; i++) {
        lua_getfield(L, sources, required[i]);
        if (lua_isnil(L, -1)) {
            Buf path = BUF_INIT;
            buf_printf(&path, "templates/%s", required[i]);
            site_diag(d, "error", path.p, 1, 1, "missing template: neither the guide nor memguide (%s) has '%s'",
                      def_templates, required[i]);
            buf_free(&path);
        }
        lua_pop(L, 1);
    }
    find_assets(p, def_templates);
    find_assets(p, own_templates);
    free(def_templates);
    free(own_templates);

    Buf text = BUF_INIT, err = BUF_INIT;
    char *shown = NULL;
    /* the engine */
    if (read_lua(dir, share, "lua/template.lua", &text, &shown) < 0) {
        site_diag(d, "error", shown, 1, 1, "cannot read the template engine");
        goto fail;
    }
    Buf chunk = BUF_INIT;
    buf_printf(&chunk, "@%s", shown);
    site_lua_push_env(L, true);
    int rc = site_lua_run(L, chunk.p, text.p, text.len, 1, &err);
    buf_free(&chunk);
    free(shown);
    shown = NULL;
    if (rc < 0) {
        site_lua_report(d, err.p, "lua/template.lua");
        goto fail;
    }
    int engine = lua_gettop(L);
    buf_clear(&text);
    if (read_lua(dir, share, "lua/site.lua", &text, &shown) < 0) {
        site_diag(d, "error", shown, 1, 1, "cannot read lua/site.lua");
        lua_pop(L, 1);
        goto fail;
    }
    buf_printf(&chunk, "@%s", shown);
    site_lua_push_env(L, true);
    rc = site_lua_load(L, chunk.p, text.p, text.len, &err);
    buf_free(&chunk);
    if (rc < 0) {
        site_lua_report(d, err.p, shown);
        lua_pop(L, 1);
        goto fail;
    }
    lua_pushvalue(L, engine);
    lua_pushvalue(L, sources);
    lua_getfield(L, LUA_REGISTRYINDEX, "memguide.guide");
    if (site_lua_call(L, 3, 1, &err) < 0) {
        site_lua_report(d, err.p, shown);
        lua_pop(L, 1);
        goto fail;
    }
    lua_setfield(L, LUA_REGISTRYINDEX, "memguide.render");
    lua_pop(L, 2); /* the engine and the sources */
    free(shown);
    buf_free(&text);
    buf_free(&err);
    return d->errors > errors ? -1 : 0;
fail:
    lua_settop(L, sources - 1);
    free(shown);
    buf_free(&text);
    buf_free(&err);
    return -1;
}

void site_pages_free(SitePages *p)
{
    for (int i = 0; i < p->nassets; i++) {
        free(p->assets[i]);
        free(p->asset_paths[i]);
    }
    free(p->assets);
    free(p->asset_paths);
    buf_free(&p->search);
}

/* ---- page tables ---- */

static void push_lesson_entry(lua_State *L, const SiteGuide *g, size_t i, long current)
{
    const SiteLesson *l = &g->lessons[i];
    lua_newtable(L);
    set_str(L, "id", l->id);
    set_str(L, "title", l->title ? l->title : l->id);
    Buf url = BUF_INIT;
    buf_printf(&url, "%s.html", l->id);
    set_str(L, "url", url.p);
    buf_free(&url);
    set_str(L, "part", l->part);
    set_str(L, "summary", l->summary);
    set_int(L, "number", (lua_Integer)i + 1);
    set_bool(L, "current", (long)i == current);
}

/* page.guide, page.lessons, page.parts, and the common fields. */
static void push_common(SitePages *p, const char *kind, long current, const char *root)
{
    lua_State *L = p->L;
    const SiteGuide *g = p->g;
    lua_newtable(L);
    set_str(L, "kind", kind);
    set_str(L, "root", root);
    set_str(L, "head", "");
    set_str(L, "generator", "memguide");
    lua_newtable(L);
    set_str(L, "title", g->title);
    set_str(L, "description", g->description);
    if (g->description) {
        Buf html = BUF_INIT;
        site_text_markdown_html(g->description, strlen(g->description), &html);
        set_lstr(L, "description_html", html.p, html.len);
        buf_free(&html);
    }
    set_str(L, "author", g->author);
    set_str(L, "language", g->language);
    set_str(L, "base_path", g->base_path);
    lua_setfield(L, -2, "guide");
    /* lessons, and the same entries grouped by part (not on step pages:
     * they link back to their lesson, and a guide of a thousand lessons
     * would repeat its whole list on thousands of them) */
    lua_newtable(L);
    int lessons = lua_gettop(L);
    size_t nlessons = strcmp(kind, "steps") ? g->nlessons : 0;
    for (size_t i = 0; i < nlessons; i++) {
        push_lesson_entry(L, g, i, current);
        lua_rawseti(L, lessons, (lua_Integer)i + 1);
    }
    lua_newtable(L);
    int parts = lua_gettop(L);
    lua_Integer nparts = 0;
    for (size_t i = 0; i < nlessons; i++) {
        const char *part = g->lessons[i].part;
        const char *prev = i ? g->lessons[i - 1].part : NULL;
        bool same = i && ((!part && !prev) || (part && prev && !strcmp(part, prev)));
        if (!same) {
            lua_newtable(L);
            set_str(L, "title", part && *part ? part : NULL);
            lua_newtable(L);
            lua_setfield(L, -2, "lessons");
            lua_rawseti(L, parts, ++nparts);
        }
        lua_rawgeti(L, parts, nparts);
        lua_getfield(L, -1, "lessons");
        lua_rawgeti(L, lessons, (lua_Integer)i + 1);
        lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
        lua_pop(L, 2);
    }
    lua_setfield(L, lessons - 1, "parts");
    lua_setfield(L, -2, "lessons");
}

static void set_link(lua_State *L, const char *k, const SiteGuide *g, long i)
{
    if (i < 0 || (size_t)i >= g->nlessons) return;
    push_lesson_entry(L, g, (size_t)i, -1);
    lua_setfield(L, -2, k);
}

/* Renders the page table on top of the stack (popped) with a template. */
static int render(SitePages *p, const char *kind, const char *tmpl, const char *rel, SiteFiles *f)
{
    lua_State *L = p->L;
    lua_getfield(L, LUA_REGISTRYINDEX, "memguide.render");
    lua_insert(L, -2);
    lua_pushstring(L, kind);
    lua_insert(L, -2);
    lua_pushstring(L, tmpl);
    lua_insert(L, -2);
    Buf err = BUF_INIT;
    if (site_lua_call(L, 3, 1, &err) < 0) {
        site_lua_report(p->d, err.p, tmpl);
        buf_free(&err);
        return -1;
    }
    size_t n;
    const char *html = lua_tolstring(L, -1, &n);
    int rc = 0;
    if (!html) {
        site_diag(p->d, "error", "lua/site.lua", 1, 1, "rendering %s gave no text", rel);
        rc = -1;
    } else if (f && site_files_put(f, rel, html, n) < 0) {
        site_diag(p->d, "error", rel, 1, 1, "cannot write the page");
        rc = -1;
    }
    lua_pop(L, 1);
    return rc;
}

/* ---- search ---- */

typedef struct SearchCtx {
    SitePages *p;
    const SiteLesson *l;
    const SiteRendered *r;
    size_t next_heading;
} SearchCtx;

static void add_section(void *ctx, int level, const char *heading, const char *text, size_t len)
{
    SearchCtx *c = ctx;
    SitePages *p = c->p;
    const char *anchor = NULL;
    if (heading) {
        /* the rendered headings carry the ids: take the next one of this level */
        while (c->next_heading < c->r->nheadings && c->r->headings[c->next_heading].level != level)
            c->next_heading++;
        if (c->next_heading < c->r->nheadings) anchor = c->r->headings[c->next_heading++].id;
    }
    if (len > SEARCH_TEXT_MAX) {
        len = SEARCH_TEXT_MAX;
        while (len && ((unsigned char)text[len] & 0xC0) == 0x80) len--; /* whole characters */
    }
    buf_puts(&p->search, p->nsearch++ ? ",\n{\"p\":" : "{\"p\":");
    site_json_str(&p->search, c->l->title, strlen(c->l->title));
    buf_puts(&p->search, ",\"u\":");
    Buf url = BUF_INIT;
    buf_printf(&url, "%s.html", c->l->id);
    if (anchor && level > 1) buf_printf(&url, "#%s", anchor);
    site_json_str(&p->search, url.p, url.len);
    buf_free(&url);
    buf_puts(&p->search, ",\"h\":");
    const char *h = heading && level > 1 ? heading : "";
    site_json_str(&p->search, h, strlen(h));
    buf_puts(&p->search, ",\"t\":");
    site_json_str(&p->search, text, len);
    buf_putc(&p->search, '}');
}

/* ---- lesson pages ---- */

static void push_toc(lua_State *L, const SiteRendered *r)
{
    lua_newtable(L);
    lua_Integer k = 0;
    for (size_t i = 0; i < r->nheadings; i++) {
        if (r->headings[i].level < 2 || r->headings[i].level > 3) continue;
        lua_newtable(L);
        set_int(L, "level", r->headings[i].level);
        set_str(L, "id", r->headings[i].id);
        set_str(L, "title", r->headings[i].text);
        lua_rawseti(L, -2, ++k);
    }
    lua_setfield(L, -2, "toc");
}

/* The "every step" page of a stepper example: no JavaScript needed. */
static int steps_page(SitePages *p, SiteLesson *l, size_t li, SiteExample *e, SiteFiles *f)
{
    lua_State *L = p->L;
    const SiteGuide *g = p->g;
    bool inl = e->opt.inline_values < 0 ? g->inline_values : e->opt.inline_values;
    push_common(p, "steps", (long)li, "../");
    Buf t = BUF_INIT;
    if (e->opt.title)
        buf_printf(&t, "%s: %s", l->title, e->opt.title);
    else
        buf_printf(&t, "%s: example %d", l->title, e->index);
    set_str(L, "title", t.p);
    buf_clear(&t);
    buf_printf(&t, "%s.html#example-%d", l->id, e->index);
    set_str(L, "back", t.p);
    set_str(L, "lesson_title", l->title);
    set_int(L, "example", e->index);
    set_bool(L, "truncated", e->truncated);
    buf_clear(&t);
    site_highlight_python(e->code, e->code_len, &t);
    set_lstr(L, "code_html", t.p, t.len);
    lua_newtable(L);
    size_t n = e->step_end - e->step_first;
    for (size_t i = 0; i < n; i++) {
        size_t s = e->step_first + i;
        lua_newtable(L);
        set_int(L, "number", (lua_Integer)i + 1);
        int line = site_trace_line(e->trace, s) - e->line_offset;
        if (line < 1 || line > e->code_lines) line = 0;
        set_int(L, "line", line);
        /* the text of that line */
        if (line) {
            const char *q = e->code;
            for (int k = 1; k < line; k++) q = strchr(q, '\n') + 1;
            const char *end = strchr(q, '\n');
            set_lstr(L, "code", q, end ? (size_t)(end - q) : strlen(q));
        }
        set_str(L, "event", site_trace_event(e->trace, s));
        size_t len = site_trace_out_len(e->trace, s);
        len = len > e->out_skip ? len - e->out_skip : 0;
        if (len > e->stdout_len) len = e->stdout_len;
        set_lstr(L, "output", e->stdout_text, len);
        buf_clear(&t);
        char prefix[32];
        snprintf(prefix, sizeof prefix, "s%zu", i + 1);
        site_trace_svg(e->trace, s, inl, prefix, &t);
        if (i) site_svg_strip_style(&t); /* the first picture's rules serve them all */
        set_lstr(L, "svg", t.p ? t.p : "", t.len);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -2, "steps");
    buf_clear(&t);
    buf_printf(&t, "steps/%s-%d.html", l->id, e->index);
    int rc = render(p, "steps", "steps.html", t.p, f);
    buf_clear(&t);
    buf_printf(&t, "steps/%s-%d.js", l->id, e->index);
    Buf js = BUF_INIT;
    site_steps_js(l, e, g, &js);
    if (site_files_put(f, t.p, js.p, js.len) < 0) rc = -1;
    buf_free(&js);
    buf_free(&t);
    return rc;
}

int site_pages_lesson(SitePages *p, SiteLesson *l, size_t i, SiteFiles *f)
{
    lua_State *L = p->L;
    const SiteGuide *g = p->g;
    SiteRendered r;
    site_render_lesson(l, g, &r);
    push_common(p, "lesson", (long)i, "");
    set_str(L, "id", l->id);
    set_str(L, "title", l->title);
    set_str(L, "description", l->summary);
    set_str(L, "path", l->path);
    set_str(L, "part", l->part);
    Buf url = BUF_INIT;
    buf_printf(&url, "%s.html", l->id);
    set_str(L, "url", url.p);
    set_lstr(L, "body", r.body.p, r.body.len);
    set_lstr(L, "title_html", r.title_html.p ? r.title_html.p : "", r.title_html.len);
    set_int(L, "number", (lua_Integer)i + 1);
    set_int(L, "examples", (lua_Integer)l->nex);
    push_toc(L, &r);
    set_link(L, "prev", g, (long)i - 1);
    set_link(L, "next", g, (long)i + 1);
    int rc = render(p, "page", "lesson.html", url.p, f);
    buf_free(&url);
    for (size_t k = 0; k < l->nex && rc == 0; k++)
        if (site_example_has_stepper(&l->ex[k], g)) rc = steps_page(p, l, i, &l->ex[k], f);
    SearchCtx sc = {p, l, &r, 0};
    site_text_sections(l->src, l->len, add_section, &sc);
    site_rendered_free(&r);
    return rc;
}

int site_pages_finish(SitePages *p, SiteFiles *f)
{
    lua_State *L = p->L;
    const SiteGuide *g = p->g;
    push_common(p, "index", -1, "");
    set_str(L, "title", g->title);
    set_str(L, "description", g->description);
    set_str(L, "url", "index.html");
    set_str(L, "body", "");
    lua_newtable(L);
    lua_setfield(L, -2, "toc");
    if (g->nlessons) set_link(L, "next", g, 0);
    int rc = render(p, "index", "index.html", "index.html", f);

    Buf js = BUF_INIT;
    buf_puts(&js, "memguideSearchIndex([\n");
    buf_put(&js, p->search.p ? p->search.p : "", p->search.len);
    buf_puts(&js, "\n]);\n");
    if (site_files_put(f, "search-index.js", js.p, js.len) < 0) rc = -1;
    buf_free(&js);

    for (int i = 0; i < p->nassets; i++) {
        Buf data = BUF_INIT;
        char *rel = site_path_join("assets", p->assets[i]);
        if (site_read_file(p->asset_paths[i], &data) < 0 || site_files_put(f, rel, data.p, data.len) < 0) {
            site_diag(p->d, "error", p->asset_paths[i], 1, 1, "cannot copy this asset");
            rc = -1;
        }
        free(rel);
        buf_free(&data);
    }
    return rc;
}
