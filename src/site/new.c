/* new.c — `memguide new "Title" [DIR]`: a new lesson from a template,
 * listed in guide.lua.
 *
 * The file is content/NN-slug.md, NN one more than the number of lessons
 * listed (two digits at least); its text is a title, a paragraph to
 * replace and one example with its verified output.  guide.lua gets the
 * name added at the end of its `lessons` list, in the file's own layout.
 * Invariant: nothing is overwritten — an existing lesson file is an
 * error — and guide.lua is rewritten atomically with only that entry
 * added; a guide without guide.lua gets a new one. */
#include <string.h>

#include "site/guide.h"
#include "site/site.h"
#include "site/site_fs.h"
#include "site/site_html.h"

static const char lesson_template[] =
    "# %s\n"
    "\n"
    "One paragraph on what this lesson shows. It becomes the lesson's summary\n"
    "on the index page and in search results.\n"
    "\n"
    "```python title=\"A first example\"\n"
    "numbers = [1, 2, 3]\n"
    "alias = numbers\n"
    "alias.append(4)\n"
    "print(numbers)  # Output: [1, 2, 3, 4]\n"
    "```\n"
    "\n"
    "`memguide check` runs every example and compares what it prints with the\n"
    "`# Output:` comments and output fences; `memguide check --bless` writes\n"
    "the real output back into them.\n";

/* Skips a Lua string or comment starting at p; returns the byte after it
 * (or p when there is none there). */
static const char *skip_lua(const char *p)
{
    if (p[0] == '-' && p[1] == '-') {
        if (p[2] == '[' && (p[3] == '[' || p[3] == '=')) {
            const char *e = strstr(p, "]]");
            return e ? e + 2 : p + strlen(p);
        }
        const char *e = strchr(p, '\n');
        return e ? e : p + strlen(p);
    }
    if (*p == '"' || *p == '\'') {
        char q = *p++;
        while (*p && *p != q && *p != '\n') p += (*p == '\\' && p[1]) ? 2 : 1;
        return *p == q ? p + 1 : p;
    }
    if (p[0] == '[' && p[1] == '[') {
        const char *e = strstr(p, "]]");
        return e ? e + 2 : p + strlen(p);
    }
    return p;
}

/* Where the `lessons` table of guide.lua opens ('{'), or NULL. */
static const char *lessons_open(const char *src)
{
    for (const char *p = src; *p;) {
        const char *q = skip_lua(p);
        if (q != p) {
            p = q;
            continue;
        }
        if (!strncmp(p, "lessons", 7) && (p == src || !(p[-1] == '_' || (p[-1] >= 'a' && p[-1] <= 'z')))) {
            const char *r = p + 7;
            while (*r == ' ' || *r == '\t') r++;
            if (*r == '=') {
                r++;
                while (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\r') r++;
                if (*r == '{') return r;
            }
        }
        p++;
    }
    return NULL;
}

/* Where the `lessons` table of guide.lua closes: the offset of its '}',
 * or of the '}' of its last part when the last entry is a part table. */
static long lessons_close(const char *src)
{
    const char *p;
    const char *open = lessons_open(src);
    if (!open) return -1;
    int depth = 0;
    const char *last_close_inner = NULL;
    for (p = open; *p;) {
        const char *q = skip_lua(p);
        if (q != p) {
            p = q;
            continue;
        }
        if (*p == '{') depth++;
        if (*p == '}') {
            depth--;
            if (depth == 1) last_close_inner = p;
            if (depth == 0) {
                /* a part table last: add to that part */
                const char *t = p - 1;
                while (t > open && (*t == ' ' || *t == '\t' || *t == '\n' || *t == ',' || *t == '\r')) t--;
                if (last_close_inner && t == last_close_inner) return (long)(last_close_inner - src);
                return (long)(p - src);
            }
        }
        p++;
    }
    return -1;
}

static int count_listed(const char *src, size_t len, SiteDiags *d, char **last_entry)
{
    (void)len;
    (void)d;
    int n = 0;
    *last_entry = NULL;
    long close = lessons_close(src);
    if (close < 0) return 0;
    /* count the quoted names between "lessons" and its close that are not
     * part titles */
    const char *p = lessons_open(src);
    for (; p && p < src + close;) {
        if (*p == '"' || *p == '\'') {
            const char *e = skip_lua(p);
            const char *before = p - 1;
            while (before > src && (*before == ' ' || *before == '\t')) before--;
            if (*before != '=') {
                n++;
                free(*last_entry);
                *last_entry = xstrndup(p + 1, (size_t)(e - p - 2));
            }
            p = e;
            continue;
        }
        const char *q = skip_lua(p);
        p = q != p ? q : p + 1;
    }
    return n;
}

/* Appends s as the inside of a Lua double-quoted string. */
static void lua_quoted(Buf *b, const char *s)
{
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') buf_putc(b, '\\');
        if (*s == '\n') {
            buf_puts(b, "\\n");
            continue;
        }
        buf_putc(b, *s);
    }
}

int site_new(const char *dir, const char *title, Buf *created, Buf *diag)
{
    SiteDiags d;
    memset(&d, 0, sizeof d);
    if (!title || !*title) {
        buf_puts(diag, "memguide new: the lesson needs a title: memguide new \"Lesson title\"\n");
        return 1;
    }
    bool here = !strcmp(dir, ".");
    char *gpath = here ? xstrdup(SITE_GUIDE_FILE) : site_path_join(dir, SITE_GUIDE_FILE);
    Buf guide = BUF_INIT;
    bool have_guide = site_read_file(gpath, &guide) == 0;
    char *last = NULL;
    int listed = have_guide ? count_listed(guide.p, guide.len, &d, &last) : 0;
    long close = have_guide ? lessons_close(guide.p) : 0;
    if (have_guide && close < 0) {
        buf_printf(diag, "%s:1:1: error: cannot find the 'lessons = { ... }' list to add the lesson to\n", gpath);
        goto fail;
    }
    /* the number: one more than the last lesson's, or than the count */
    int num = listed + 1;
    if (last && last[0] >= '0' && last[0] <= '9') {
        int k = atoi(last);
        if (k + 1 > num) num = k + 1;
    }
    char *slug = site_slug(title, NULL, 0);
    Buf id = BUF_INIT, rel = BUF_INIT;
    buf_printf(&id, "%02d-%s", num, slug);
    free(slug);
    buf_printf(&rel, "content/%s.md", id.p);
    char *lpath = here ? xstrdup(rel.p) : site_path_join(dir, rel.p);
    if (site_is_file(lpath)) {
        buf_printf(diag, "%s:1:1: error: this lesson exists already; nothing was changed\n", lpath);
        free(lpath);
        buf_free(&id);
        buf_free(&rel);
        goto fail;
    }
    Buf text = BUF_INIT;
    buf_printf(&text, lesson_template, title);
    Buf newguide = BUF_INIT;
    if (have_guide) {
        /* insert before the closing brace, on its own line, indented like
         * the entry before it */
        const char *g = guide.p;
        size_t at = (size_t)close;
        size_t ls = at;
        while (ls > 0 && g[ls - 1] != '\n') ls--;
        bool brace_alone = true;
        for (size_t i = ls; i < at; i++)
            if (g[i] != ' ' && g[i] != '\t') brace_alone = false;
        /* indentation of the previous non-blank line */
        size_t pe = brace_alone ? ls : at;
        while (pe > 0 && (g[pe - 1] == '\n' || g[pe - 1] == ' ' || g[pe - 1] == '\t' || g[pe - 1] == '\r')) pe--;
        size_t ps = pe;
        while (ps > 0 && g[ps - 1] != '\n') ps--;
        size_t ind = ps;
        while (ind < pe && (g[ind] == ' ' || g[ind] == '\t')) ind++;
        bool needs_comma = pe > 0 && g[pe - 1] != ',' && g[pe - 1] != '{';
        buf_put(&newguide, g, pe);
        if (needs_comma) buf_putc(&newguide, ',');
        if (brace_alone) {
            buf_putc(&newguide, '\n');
            buf_put(&newguide, g + ps, ind - ps);
            buf_printf(&newguide, "\"%s\",", id.p);
            buf_put(&newguide, g + pe, at - pe);
        } else {
            buf_printf(&newguide, " \"%s\"", id.p);
            buf_put(&newguide, g + pe, at - pe);
        }
        buf_put(&newguide, g + at, guide.len - at);
    } else {
        buf_puts(&newguide, "-- guide.lua: the guide's title, its lessons in order, and options.\n"
                            "-- See docs/authoring.md in memguide for every key.\n"
                            "return {\n"
                            "  title = \"");
        lua_quoted(&newguide, title);
        buf_printf(&newguide,
                   "\",\n"
                   "  description = \"What this guide teaches, in a sentence or two.\",\n"
                   "  lessons = {\n"
                   "    \"%s\",\n"
                   "  },\n"
                   "}\n",
                   id.p);
    }
    char *cdir = site_path_join(dir, "content");
    int rc = 0;
    if (site_mkdirs(cdir) < 0 || site_write_atomic(lpath, text.p, text.len) < 0) {
        buf_printf(diag, "%s:1:1: error: cannot write the lesson\n", lpath);
        rc = 1;
    } else if (site_write_atomic(gpath, newguide.p, newguide.len) < 0) {
        buf_printf(diag, "%s:1:1: error: cannot update the guide\n", gpath);
        rc = 1;
    } else {
        buf_puts(created, lpath);
        if (have_guide)
            buf_printf(created, ", listed in %s", gpath);
        else
            buf_printf(created, " and %s", gpath);
    }
    free(cdir);
    free(lpath);
    buf_free(&text);
    buf_free(&newguide);
    buf_free(&id);
    buf_free(&rel);
    free(last);
    free(gpath);
    buf_free(&guide);
    return rc;
fail:
    free(last);
    free(gpath);
    buf_free(&guide);
    return 1;
}
