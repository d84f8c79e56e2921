/* build.c — `memguide check` and `memguide build`: read the guide, parse
 * every lesson, run and check every example, and (build) write the site.
 *
 * Order: the guide and every lesson are read first (titles are needed for
 * navigation), then lessons run one at a time and, when building, each is
 * rendered and released before the next, so memory stays bounded by the
 * largest lesson, not the guide.  Invariant: every problem is reported,
 * none stops the others from being found; and the site directory is
 * replaced only when there was no error at all. */
#include <string.h>

#include <lauxlib.h>

#include "site/guide.h"
#include "site/luahost.h"
#include "site/pages.h"
#include "site/site.h"
#include "site/site_fs.h"
#include "site/site_impl.h"
#include "site/site_text.h"

/* Lessons in content/ that guide.lua does not list (a warning: often a
 * forgotten entry).  content/README.md is the folder's note to people
 * reading the repository, never a lesson. */
static void warn_unlisted(const SiteGuide *g, const char *dir, SiteDiags *d)
{
    char *content = site_path_join(dir, "content");
    char **names;
    int n = site_list_dir(content, &names);
    for (int i = 0; i < n; i++) {
        size_t len = strlen(names[i]);
        if (len < 4 || strcmp(names[i] + len - 3, ".md") || !strcmp(names[i], "README.md")) continue;
        bool listed = false;
        for (size_t k = 0; k < g->nlessons && !listed; k++)
            listed = strlen(g->lessons[k].id) == len - 3 && !strncmp(g->lessons[k].id, names[i], len - 3);
        if (!listed) {
            Buf p = BUF_INIT;
            buf_printf(&p, "content/%s", names[i]);
            site_diag(d, "warning", p.p, 1, 1, "this lesson is not listed in content/guide.lua, so it is not built");
            buf_free(&p);
        }
    }
    if (n >= 0) site_free_names(names, n);
    free(content);
}

/* Reads and parses one lesson: title, summary and examples. */
static void load_lesson(SiteLesson *l, const char *dir, SiteDiags *d)
{
    char *path = site_path_join(dir, l->path);
    Buf text = BUF_INIT;
    if (site_read_file(path, &text) < 0) {
        site_diag(d, "error", SITE_GUIDE_FILE, l->guide_line, 1, "lesson '%s': cannot read %s", l->id, l->path);
        l->bad = true;
        buf_free(&text);
        free(path);
        return;
    }
    free(path);
    l->len = text.len;
    l->src = buf_take(&text);
    site_lesson_parse(l, d);
    Buf sum = BUF_INIT;
    site_text_summary(l->src, l->len, &sum);
    buf_put(&sum, "", 0);
    l->summary = buf_take(&sum);
}

/* Frees what a lesson needs only while it runs and renders; its title,
 * summary and id stay for navigation. */
static void release_lesson(SiteLesson *l)
{
    SiteLesson keep = *l;
    char *id = keep.id, *path = keep.path, *part = keep.part, *title = keep.title, *summary = keep.summary;
    int line = keep.guide_line;
    bool bad = keep.bad;
    l->id = l->path = l->part = l->title = l->summary = NULL;
    site_lesson_free(l);
    l->id = id;
    l->path = path;
    l->part = part;
    l->title = title;
    l->summary = summary;
    l->guide_line = line;
    l->bad = bad;
}

/* check --bless: rewrites the lesson's failing expectations, then reads
 * and runs it again so that what is reported is what is still wrong. */
static void bless_lesson(SiteLesson *l, const SiteGuide *g, const char *dir, SiteDiags *ld, SiteReport *r,
                         SiteRunStats *st)
{
    char *text = NULL;
    size_t len = 0;
    int changed = site_bless_text(l, &text, &len);
    if (changed > 0) {
        char *path = site_path_join(dir, l->path);
        if (site_write_atomic(path, text, len) < 0) {
            site_diag(ld, "error", l->path, 1, 1, "cannot rewrite the lesson");
        } else {
            r->blessed += changed;
            r->blessed_files++;
            release_lesson(l);
            free(l->title);
            free(l->summary);
            l->title = l->summary = NULL;
            buf_clear(&ld->text);
            ld->errors = ld->warnings = 0;
            /* problems of the text itself were reported at the first reading */
            SiteDiags again;
            memset(&again, 0, sizeof again);
            load_lesson(l, dir, &again);
            buf_free(&again.text);
            memset(st, 0, sizeof *st);
            if (l->src) site_run_lesson(l, g, false, ld, st);
        }
        free(path);
    }
    free(text);
}

/* The site directory is replaced as a whole: make sure it is one. */
static void check_out(const char *out, SiteDiags *d)
{
    char *guide = site_path_join(out, SITE_GUIDE_FILE);
    char *index = site_path_join(out, "index.html");
    char **names;
    int n = site_is_dir(out) ? site_list_dir(out, &names) : 0;
    if (n > 0) site_free_names(names, n);
    if (site_is_file(guide))
        site_diag(d, "error", out, 1, 1, "this is a guide, not a site: memguide would replace it with the site");
    else if (site_is_file(out))
        site_diag(d, "error", out, 1, 1, "a file is in the way of the site directory");
    else if (n > 0 && !site_is_file(index))
        site_diag(d, "error", out, 1, 1,
                  "this directory is not a site memguide built (it has no index.html): not replacing it");
    free(guide);
    free(index);
}

static int run(const SiteOptions *o, SiteReport *r, Buf *diag, bool build)
{
    memset(r, 0, sizeof *r);
    const char *dir = o->dir ? o->dir : ".";
    SiteDiags d;
    memset(&d, 0, sizeof d);
    Buf prefix = BUF_INIT;
    if (strcmp(dir, ".")) {
        buf_puts(&prefix, dir);
        if (prefix.p[prefix.len - 1] != '/') buf_putc(&prefix, '/');
        d.prefix = prefix.p;
    }
    SiteGuide g;
    memset(&g, 0, sizeof g);
    g.dir = xstrdup(dir);
    g.diagram = SITE_DIAGRAM_STEPS;
    lua_State *L = site_lua_new();
    Buf gsrc = BUF_INIT;
    char *gpath = site_path_join(dir, SITE_GUIDE_FILE);
    SitePages pages;
    memset(&pages, 0, sizeof pages);
    SiteFiles files;
    memset(&files, 0, sizeof files);
    bool writing = false;
    r->traced = build && site_trace_available();

    if (!L) {
        site_diag(&d, "error", SITE_GUIDE_FILE, 1, 1, "out of memory starting Lua");
        goto done;
    }
    if (site_read_file(gpath, &gsrc) < 0) {
        site_diag(&d, "error", SITE_GUIDE_FILE, 1, 1,
                  "no guide here: content/guide.lua is missing (memguide new \"Lesson title\" starts one)");
        goto done;
    }
    if (site_guide_load(&g, L, gsrc.p, gsrc.len, &d) < 0 && !g.nlessons) goto done;
    warn_unlisted(&g, dir, &d);
    for (size_t i = 0; i < g.nlessons; i++) load_lesson(&g.lessons[i], dir, &d);
    r->lessons = (int)g.nlessons;
    if (build) {
        char *out = o->out ? xstrdup(o->out) : site_path_join(dir, "site");
        check_out(out, &d);
        if (site_pages_init(&pages, L, &g, dir, o->share ? o->share : ".", &d) == 0 && !d.errors) {
            if (site_files_begin(&files, out) < 0)
                site_diag(&d, "error", out, 1, 1, "cannot create a directory beside it to build the site in");
            else
                writing = true;
        }
        free(out);
    }
    for (size_t i = 0; i < g.nlessons; i++) {
        SiteLesson *l = &g.lessons[i];
        if (l->bad && !l->src) continue;
        SiteRunStats st = {0, 0, 0};
        SiteDiags ld;
        memset(&ld, 0, sizeof ld);
        ld.prefix = d.prefix;
        site_run_lesson(l, &g, build && writing, &ld, &st);
        if (o->bless && !build && ld.errors) bless_lesson(l, &g, dir, &ld, r, &st);
        buf_put(&d.text, ld.text.p ? ld.text.p : "", ld.text.len);
        d.errors += ld.errors;
        d.warnings += ld.warnings;
        buf_free(&ld.text);
        r->examples += st.examples;
        r->failed += st.failed;
        r->steps += st.steps;
        if (o->progress) o->progress(o->progress_ctx, l->path, (int)i + 1, (int)g.nlessons, st.examples, st.failed);
        if (writing && !d.errors) {
            if (site_pages_lesson(&pages, l, i, &files) == 0) r->pages++;
        }
        release_lesson(l);
    }
    if (writing && !d.errors) {
        if (site_pages_finish(&pages, &files) == 0) r->pages++;
    }
    if (writing) {
        if (d.errors) {
            site_files_abort(&files);
        } else {
            r->files = files.files;
            r->bytes = files.bytes;
            if (site_files_commit(&files) < 0) {
                site_diag(&d, "error", files.out ? files.out : "site", 1, 1, "cannot move the new site into place");
                site_files_abort(&files);
            }
        }
    }
done:
    site_pages_free(&pages);
    if (L) lua_close(L);
    site_guide_free(&g);
    free(gpath);
    buf_free(&gsrc);
    buf_free(&prefix);
    r->errors = d.errors;
    r->warnings = d.warnings;
    buf_put(diag, d.text.p ? d.text.p : "", d.text.len);
    buf_free(&d.text);
    return d.errors ? 1 : 0;
}

int site_check(const SiteOptions *o, SiteReport *r, Buf *diag)
{
    return run(o, r, diag, false);
}

int site_build(const SiteOptions *o, SiteReport *r, Buf *diag)
{
    return run(o, r, diag, true);
}
