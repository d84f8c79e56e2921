/* guide.c — reads content/guide.lua: a Lua chunk returning a table
 *
 *     return {
 *       title = "...", description = "...", author = "...", language = "en",
 *       lessons = { "01-names", { part = "Objects", "02-lists", "03-ids" } },
 *       options = { diagram = "steps", inline = false, base_path = "/" },
 *       hooks = { page = function(page) ... end },
 *     }
 *
 * Invariant: a key we do not know, a value of the wrong type or a lesson
 * named twice is an error at the line of guide.lua where it is written;
 * nothing is silently ignored. */
#include <string.h>

#include <lauxlib.h>

#include "site/guide.h"
#include "site/luahost.h"

static const char *const top_keys[] = {"title", "description", "author", "language", "lessons", "options", "hooks"};
static const char *const option_keys[] = {"diagram", "inline", "base_path"};

int site_guide_line_of(const char *src, const char *needle)
{
    size_t nlen = strlen(needle);
    int line = 1;
    bool comment = false;
    for (const char *p = src; *p; p++) {
        if (*p == '\n') {
            line++;
            comment = false;
            continue;
        }
        if (p[0] == '-' && p[1] == '-') comment = true;
        if (!comment && strncmp(p, needle, nlen) == 0) return line;
    }
    return 1;
}

/* The line where key is set ("key =" or "key="). */
static int key_line(const char *src, const char *key)
{
    Buf b = BUF_INIT;
    buf_printf(&b, "%s =", key);
    int line = site_guide_line_of(src, b.p);
    if (line == 1) {
        buf_clear(&b);
        buf_printf(&b, "%s=", key);
        line = site_guide_line_of(src, b.p);
    }
    buf_free(&b);
    return line;
}

static bool known(const char *k, const char *const *keys, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(k, keys[i])) return true;
    return false;
}

static void check_keys(lua_State *L, int t, const char *const *keys, size_t nkeys, const char *where, const char *src,
                       SiteDiags *d)
{
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            site_diag(d, "error", SITE_GUIDE_FILE, 1, 1, "%s: keys are names, not %s", where, luaL_typename(L, -1));
            continue;
        }
        const char *k = lua_tostring(L, -1);
        if (!known(k, keys, nkeys)) {
            Buf list = BUF_INIT;
            for (size_t i = 0; i < nkeys; i++) buf_printf(&list, "%s%s", i ? ", " : "", keys[i]);
            site_diag(d, "error", SITE_GUIDE_FILE, key_line(src, k), 1, "unknown key '%s' in %s (known: %s)", k,
                      where, list.p);
            buf_free(&list);
        }
    }
}

/* A string field of the table at index t, or NULL (an error if it is
 * there but not a string). */
static char *string_field(lua_State *L, int t, const char *key, const char *src, SiteDiags *d)
{
    char *v = NULL;
    lua_getfield(L, t, key);
    if (lua_type(L, -1) == LUA_TSTRING)
        v = xstrdup(lua_tostring(L, -1));
    else if (!lua_isnil(L, -1))
        site_diag(d, "error", SITE_GUIDE_FILE, key_line(src, key), 1, "'%s' must be a string, not a %s", key,
                  luaL_typename(L, -1));
    lua_pop(L, 1);
    return v;
}

static bool valid_id(const char *s)
{
    if (!*s || *s == '.') return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '-' ||
              *s == '_' || *s == '.'))
            return false;
    return true;
}

static void add_lesson(SiteGuide *g, const char *name, const char *part, const char *src, SiteDiags *d, size_t *cap)
{
    Buf quoted = BUF_INIT;
    buf_printf(&quoted, "\"%s\"", name);
    int line = site_guide_line_of(src, quoted.p);
    if (line == 1) {
        buf_clear(&quoted);
        buf_printf(&quoted, "'%s'", name);
        line = site_guide_line_of(src, quoted.p);
    }
    buf_free(&quoted);
    size_t n = strlen(name);
    if (n > 3 && !strcmp(name + n - 3, ".md")) n -= 3;
    char *id = xstrndup(name, n);
    if (!valid_id(id)) {
        site_diag(d, "error", SITE_GUIDE_FILE, line, 1,
                  "lesson '%s': a lesson is named by its file in content/ without '.md' (letters, digits, '-', '_', '.')",
                  name);
        free(id);
        return;
    }
    for (size_t i = 0; i < g->nlessons; i++)
        if (!strcmp(g->lessons[i].id, id)) {
            site_diag(d, "error", SITE_GUIDE_FILE, line, 1, "lesson '%s' is listed twice", id);
            free(id);
            return;
        }
    if (g->nlessons == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        g->lessons = xrealloc(g->lessons, *cap * sizeof *g->lessons);
    }
    SiteLesson *l = &g->lessons[g->nlessons++];
    memset(l, 0, sizeof *l);
    l->id = id;
    Buf p = BUF_INIT;
    buf_printf(&p, "content/%s.md", id);
    l->path = buf_take(&p);
    l->part = part ? xstrdup(part) : NULL;
    l->guide_line = line;
}

static void read_lessons(SiteGuide *g, lua_State *L, int t, const char *src, SiteDiags *d)
{
    size_t cap = 0;
    lua_getfield(L, t, "lessons");
    int lt = lua_gettop(L);
    if (lua_type(L, lt) != LUA_TTABLE) {
        site_diag(d, "error", SITE_GUIDE_FILE, lua_isnil(L, lt) ? 1 : key_line(src, "lessons"), 1,
                  "the guide needs 'lessons', a list of lesson names such as { \"01-names\", \"02-lists\" }");
        lua_pop(L, 1);
        return;
    }
    lua_Integer n = (lua_Integer)lua_rawlen(L, lt);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, lt, i);
        if (lua_type(L, -1) == LUA_TSTRING) {
            add_lesson(g, lua_tostring(L, -1), NULL, src, d, &cap);
        } else if (lua_type(L, -1) == LUA_TTABLE) {
            int pt = lua_gettop(L);
            lua_getfield(L, pt, "part");
            char *part = lua_type(L, -1) == LUA_TSTRING ? xstrdup(lua_tostring(L, -1)) : NULL;
            lua_pop(L, 1);
            if (!part) site_diag(d, "error", SITE_GUIDE_FILE, key_line(src, "part"), 1,
                                 "a part of 'lessons' is a table { part = \"Title\", \"lesson\", ... }");
            lua_Integer m = (lua_Integer)lua_rawlen(L, pt);
            for (lua_Integer k = 1; k <= m; k++) {
                lua_rawgeti(L, pt, k);
                if (lua_type(L, -1) == LUA_TSTRING)
                    add_lesson(g, lua_tostring(L, -1), part ? part : "", src, d, &cap);
                else
                    site_diag(d, "error", SITE_GUIDE_FILE, part ? site_guide_line_of(src, part) : 1, 1,
                              "part '%s': entries are lesson names (strings)", part ? part : "?");
                lua_pop(L, 1);
            }
            free(part);
        } else {
            site_diag(d, "error", SITE_GUIDE_FILE, key_line(src, "lessons"), 1,
                      "lessons[%lld] is a %s; entries are lesson names or { part = \"...\", ... } tables",
                      (long long)i, luaL_typename(L, -1));
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    if (!g->nlessons && !d->errors)
        site_diag(d, "error", SITE_GUIDE_FILE, key_line(src, "lessons"), 1, "the guide lists no lessons");
}

static void read_options(SiteGuide *g, lua_State *L, int t, const char *src, SiteDiags *d)
{
    g->diagram = SITE_DIAGRAM_STEPS;
    lua_getfield(L, t, "options");
    int ot = lua_gettop(L);
    if (lua_isnil(L, ot)) {
        lua_pop(L, 1);
        return;
    }
    if (lua_type(L, ot) != LUA_TTABLE) {
        site_diag(d, "error", SITE_GUIDE_FILE, key_line(src, "options"), 1, "'options' must be a table");
        lua_pop(L, 1);
        return;
    }
    check_keys(L, ot, option_keys, sizeof option_keys / sizeof *option_keys, "options", src, d);
    char *diagram = string_field(L, ot, "diagram", src, d);
    if (diagram) {
        if (!strcmp(diagram, "steps"))
            g->diagram = SITE_DIAGRAM_STEPS;
        else if (!strcmp(diagram, "final"))
            g->diagram = SITE_DIAGRAM_FINAL;
        else if (!strcmp(diagram, "none"))
            g->diagram = SITE_DIAGRAM_NONE;
        else
            site_diag(d, "error", SITE_GUIDE_FILE, key_line(src, "diagram"), 1,
                      "options.diagram is \"steps\", \"final\" or \"none\", not \"%s\"", diagram);
        free(diagram);
    }
    lua_getfield(L, ot, "inline");
    if (lua_isboolean(L, -1))
        g->inline_values = lua_toboolean(L, -1);
    else if (!lua_isnil(L, -1))
        site_diag(d, "error", SITE_GUIDE_FILE, key_line(src, "inline"), 1, "options.inline is true or false");
    lua_pop(L, 1);
    g->base_path = string_field(L, ot, "base_path", src, d);
    lua_pop(L, 1);
}

int site_guide_load(SiteGuide *g, lua_State *L, const char *src, size_t len, SiteDiags *d)
{
    int errors = d->errors;
    g->guide_src = src;
    Buf err = BUF_INIT;
    site_lua_push_env(L, false);
    if (site_lua_run(L, "@" SITE_GUIDE_FILE, src, len, 1, &err) < 0) {
        site_lua_report(d, err.p, SITE_GUIDE_FILE);
        buf_free(&err);
        return -1;
    }
    int t = lua_gettop(L);
    if (lua_type(L, t) != LUA_TTABLE) {
        site_diag(d, "error", SITE_GUIDE_FILE, 1, 1, "guide.lua must return a table: return { title = \"...\", ... }");
        lua_pop(L, 1);
        return -1;
    }
    check_keys(L, t, top_keys, sizeof top_keys / sizeof *top_keys, "the guide", src, d);
    g->title = string_field(L, t, "title", src, d);
    if (!g->title) site_diag(d, "error", SITE_GUIDE_FILE, 1, 1, "the guide needs a title: title = \"...\"");
    g->description = string_field(L, t, "description", src, d);
    g->author = string_field(L, t, "author", src, d);
    g->language = string_field(L, t, "language", src, d);
    if (!g->language) g->language = xstrdup("en");
    read_options(g, L, t, src, d);
    lua_getfield(L, t, "hooks");
    if (!lua_isnil(L, -1)) {
        if (lua_type(L, -1) != LUA_TTABLE) {
            site_diag(d, "error", SITE_GUIDE_FILE, key_line(src, "hooks"), 1,
                      "'hooks' must be a table of functions: hooks = { page = function(page) ... end }");
        } else {
            static const char *const hook_keys[] = {"page", "index"};
            check_keys(L, lua_gettop(L), hook_keys, 2, "hooks", src, d);
        }
    }
    lua_pop(L, 1);
    read_lessons(g, L, t, src, d);
    lua_setfield(L, LUA_REGISTRYINDEX, "memguide.guide");
    buf_free(&err);
    return d->errors > errors ? -1 : 0;
}

void site_guide_free(SiteGuide *g)
{
    for (size_t i = 0; i < g->nlessons; i++) site_lesson_free(&g->lessons[i]);
    free(g->lessons);
    free(g->title);
    free(g->description);
    free(g->author);
    free(g->language);
    free(g->base_path);
    free(g->dir);
    memset(g, 0, sizeof *g);
}
