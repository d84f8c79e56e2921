/* pages.h — the pages of the site: page tables handed to the Lua
 * templates (the table is documented in docs/authoring.md), and the
 * search index. */
#ifndef MEMGUIDE_SITE_PAGES_H
#define MEMGUIDE_SITE_PAGES_H

#include <lua.h>

#include "site/site_fs.h"
#include "site/site_html.h"

typedef struct SitePages {
    lua_State *L;
    SiteDiags *d;
    const SiteGuide *g;
    char **assets;       /* names under templates/assets/ */
    char **asset_paths;  /* where each is read from */
    int nassets;
    Buf search;          /* the search index entries written so far */
    size_t nsearch;
} SitePages;

/* Loads the templates (DIR/templates/NAME, else the default one in
 * share/templates/NAME), lua/template.lua and lua/site.lua.  Reports
 * missing templates and Lua errors; returns 0 or -1. */
int site_pages_init(SitePages *p, lua_State *L, const SiteGuide *g, const char *dir, const char *share,
                    SiteDiags *d);
void site_pages_free(SitePages *p);

/* Writes the lesson page i (and the step pages of its examples) and adds
 * its sections to the search index.  Returns 0 or -1 (reported). */
int site_pages_lesson(SitePages *p, SiteLesson *l, size_t i, SiteFiles *f);
/* Writes index.html, search-index.js and the assets.  Returns 0 or -1. */
int site_pages_finish(SitePages *p, SiteFiles *f);

#endif
