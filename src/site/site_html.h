/* site_html.h — the HTML memguide writes itself: highlighted code, the
 * lesson body around the examples, steps data (see highlight.c,
 * render.c, steps.c). */
#ifndef MEMGUIDE_SITE_HTML_H
#define MEMGUIDE_SITE_HTML_H

#include "site/site_impl.h"

/* Appends src as highlighted Python: <span class="line" data-line="N">
 * per line, tokens in classes k b f s m c o.  Never fails: code the
 * tokenizer rejects is escaped without colour from there on. */
void site_highlight_python(const char *src, size_t n, Buf *out);
/* The same line structure for a session (prompts "gp", output "go") and
 * for plain text. */
void site_highlight_pycon(const char *src, size_t n, Buf *out);
void site_highlight_plain(const char *src, size_t n, Buf *out);

/* A heading of the page, for the table of contents and the search index. */
typedef struct SiteHeading {
    int level;
    char *id;      /* unique on the page */
    char *text;    /* plain text */
} SiteHeading;

/* A lesson rendered: its body HTML (examples included), its headings, and
 * the step files of its examples. */
typedef struct SiteRendered {
    Buf title_html;   /* the lesson's opening "# Title" heading, when it opens the lesson */
    Buf body;         /* everything else */
    SiteHeading *headings;
    size_t nheadings;
} SiteRendered;

/* Makes a heading id from plain text ("Two names, one list" →
 * "two-names-one-list"), unique among used[0..nused) ("-1", "-2"...). */
char *site_slug(const char *text, char *const *used, size_t nused);

/* Renders a lesson whose examples have run: the body HTML, with each
 * example as code, verified output and diagram (the stepper's step files
 * are written separately, see steps.c), and the headings with their ids. */
void site_render_lesson(SiteLesson *l, const SiteGuide *g, SiteRendered *r);
void site_rendered_free(SiteRendered *r);

/* Whether an example gets a stepper (and step files), and the diagram
 * option in force for it. */
bool site_example_has_stepper(const SiteExample *e, const SiteGuide *g);
SiteDiagram site_example_diagram(const SiteExample *e, const SiteGuide *g);

/* Removes an SVG's <style> element (for pictures shown on a page that
 * already has the renderer's rules from another inline SVG). */
void site_svg_strip_style(Buf *svg);

/* The script with an example's steps (steps/ID-N.js): the lines, events,
 * output so far and the distinct SVGs, shared by index across steps. */
void site_steps_js(const SiteLesson *l, SiteExample *e, const SiteGuide *g, Buf *out);

#endif
