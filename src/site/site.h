/* site.h — memguide's book layer as the command line sees it: check a
 * guide's lessons, build its site, start a new lesson.
 *
 * A guide is a directory DIR with content/guide.lua and the lessons in
 * content/ (NAME.md); its
 * templates/ and lua/ files override memguide's own (found under `share`).
 * These functions never print and never exit: diagnostics come back in
 * *diag as "path:line:col: error: message" lines (with unified diffs under
 * output mismatches), in the order they were found. */
#ifndef MEMGUIDE_SITE_H
#define MEMGUIDE_SITE_H

#include <stdbool.h>
#include <stdint.h>

#include "base/buf.h"

typedef struct SiteOptions {
    const char *dir;     /* the guide ("." when NULL) */
    const char *out;     /* build: the site directory (DIR/site when NULL) */
    const char *share;   /* memguide's own templates/ and lua/ live here */
    bool bless;          /* check: write actual outputs into failing expectations */
    /* Called after each lesson has run (for a progress line). */
    void (*progress)(void *ctx, const char *path, int index, int count, int examples, int failed);
    void *progress_ctx;
} SiteOptions;

typedef struct SiteReport {
    int lessons, pages, examples, failed, steps;
    int errors, warnings;
    int blessed;         /* expectations rewritten (check --bless) */
    int blessed_files;
    size_t files;        /* files written (build) */
    uint64_t bytes;
    bool traced;         /* diagrams were drawn (the trace recorder is built in) */
} SiteReport;

/* Runs every example of every lesson and checks every expectation.
 * Returns 0 when all is well, 1 when something failed (see *diag). */
int site_check(const SiteOptions *o, SiteReport *r, Buf *diag);

/* Checks, then writes the site to a temporary directory and swaps it in
 * for OUT.  On any error OUT is left as it was.  Returns 0 or 1. */
int site_build(const SiteOptions *o, SiteReport *r, Buf *diag);

/* Creates content/NN-slug.md for a lesson titled title (from a template
 * with one example) and adds it to content/guide.lua (creating a guide
 * when there is none).  *created receives what was done, for the user:
 * the lesson's path and the guide's ("content/03-x.md, listed in
 * content/guide.lua").  Returns 0,
 * or 1 with the problem in *diag. */
int site_new(const char *dir, const char *title, Buf *created, Buf *diag);

#endif
