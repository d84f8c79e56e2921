/* guide.h — content/guide.lua: the guide's title, lesson order and
 * options, read in the build's Lua sandbox. */
#ifndef MEMGUIDE_SITE_GUIDE_H
#define MEMGUIDE_SITE_GUIDE_H

#include <lua.h>

#include "site/site_impl.h"

#define SITE_GUIDE_FILE "content/guide.lua"

/* Runs DIR/content/guide.lua (src: its text, kept by the caller) and fills
 * *g: title, description, author, language, options and the lessons in
 * order (id, path, part, guide_line; not yet read).  The table it returned
 * stays in the registry as "memguide.guide" for templates and hooks.
 * Problems go to *d; returns 0, or -1 when the guide cannot be used. */
int site_guide_load(SiteGuide *g, lua_State *L, const char *src, size_t len, SiteDiags *d);
void site_guide_free(SiteGuide *g);

/* The 1-based line of the first occurrence of needle in src (outside Lua
 * comments), or 1. */
int site_guide_line_of(const char *src, const char *needle);

#endif
