/* site_text.h — markdown through md4c, the streaming path: plain text for
 * the search index and descriptions, and small markdown snippets (guide
 * descriptions, the templates' markdown() helper) to HTML. */
#ifndef MEMGUIDE_SITE_TEXT_H
#define MEMGUIDE_SITE_TEXT_H

#include <stddef.h>

#include "base/buf.h"

/* Appends the plain text of markdown: paragraphs and headings separated by
 * blank lines, inline markup dropped, code blocks left out. */
void site_text_plain(const char *md, size_t n, Buf *out);

/* Appends the plain text of the first paragraph (a page's summary). */
void site_text_summary(const char *md, size_t n, Buf *out);

/* Calls fn once per section of a page: the text before the first heading
 * (heading NULL) and then each heading of level 1 to 3 with the text under
 * it.  Code blocks are left out. */
typedef void (*SiteSectionFn)(void *ctx, int level, const char *heading, const char *text, size_t len);
void site_text_sections(const char *md, size_t n, SiteSectionFn fn, void *ctx);

/* Appends markdown rendered to HTML (GitHub dialect; raw HTML is escaped,
 * so a snippet can only make markup markdown can make). */
void site_text_markdown_html(const char *md, size_t n, Buf *out);

#endif
