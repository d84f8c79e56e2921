/* site_impl.h — what the files of src/site/ share with each other: the
 * guide, its lessons and their examples as the build sees them, and the
 * diagnostics list every stage appends to.
 *
 * Invariant: every user-facing error goes through site_diag() with a path
 * relative to the guide's directory and a 1-based line and column, so the
 * command line prints them GCC-style and in the order they were found.
 * Nothing here prints or exits.
 */
#ifndef MEMGUIDE_SITE_IMPL_H
#define MEMGUIDE_SITE_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

/* ---- diagnostics (diag.c) ---- */

typedef struct SiteDiags {
    Buf text;     /* "path:line:col: error: msg\n" lines, each maybe followed by detail */
    int errors, warnings;
    const char *prefix; /* put before relative paths ("DIR/"), or NULL */
} SiteDiags;

/* Appends "path:line:col: SEVERITY: message\n"; severity "error" or
 * "warning" (counted).  line/col below 1 are printed as 1.  A relative
 * path is printed after d->prefix, so that it names the file from where
 * memguide was started. */
void site_diag(SiteDiags *d, const char *severity, const char *path, int line, int col,
               const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* Appends detail text (a diff) under the last diagnostic, newline-ended. */
void site_diag_detail(SiteDiags *d, const char *text, size_t n);

/* ---- fence options (fence.c) ---- */

typedef enum SiteDiagram {
    SITE_DIAGRAM_DEFAULT, /* the guide's default (options.diagram) */
    SITE_DIAGRAM_STEPS,
    SITE_DIAGRAM_FINAL,
    SITE_DIAGRAM_NONE,
} SiteDiagram;

typedef struct SiteFenceOpts {
    SiteDiagram diagram;
    int inline_values; /* -1: the guide's default, else 0/1 */
    bool norun, cont, quiz;
    char *title;       /* malloc'ed, or NULL */
} SiteFenceOpts;

/* Called for each problem in an info string: offset is the byte of the
 * info string the problem starts at. */
typedef void (*SiteFenceErr)(void *ctx, size_t offset, const char *msg);

/* Parses the options after the language word of a fence's info string
 * (info[0..len) is everything after the language).  Reports every unknown
 * or malformed option through err and returns how many there were; *o is
 * filled with what could be read (release o->title with free). */
int site_fence_parse(const char *info, size_t len, SiteFenceOpts *o, SiteFenceErr err, void *ctx);
void site_fence_opts_free(SiteFenceOpts *o);

/* ---- expectations (expect.c) ---- */

/* doctest's ELLIPSIS: true when text matches pattern, where "..." in the
 * pattern matches any text (including newlines, including none). */
bool site_ellipsis_match(const char *pat, size_t plen, const char *text, size_t tlen);

/* Expected output against actual: ELLIPSIS, and a missing final newline
 * on either side is no difference (an output fence always has one). */
bool site_output_matches(const char *want, size_t wlen, const char *got, size_t glen);

/* A pycon session split into what is typed and what is expected. */
typedef struct SitePyconStmt {
    int first_line;       /* session line (1-based) of its ">>> " line */
    int nlines;           /* input lines (">>> " plus "... ") */
    size_t expect_start;  /* expected output: bytes [expect_start, expect_end) of the session */
    size_t expect_end;
    int expect_line;      /* session line of the first expected line */
} SitePyconStmt;

typedef struct SitePycon {
    Buf input;            /* the typed lines, prompts removed, newline-ended */
    SitePyconStmt *stmts;
    size_t nstmts;
    int bad_line;         /* > 0: a line before the first prompt (not a session) */
} SitePycon;

void site_pycon_parse(const char *s, size_t n, SitePycon *p);
void site_pycon_free(SitePycon *p);

/* Collects a REPL run's two sinks in program order and rebuilds the
 * transcript a terminal shows: each prompt followed by the line typed. */
typedef struct SiteTranscript {
    Buf text;
    const char *input;    /* the typed lines, as given to the simulator */
    size_t input_len, input_pos;
    bool at_eof_prompt;
} SiteTranscript;

void site_transcript_init(SiteTranscript *t, const char *input, size_t len);
void site_transcript_out(void *ctx, const char *s, size_t n);
void site_transcript_err(void *ctx, const char *s, size_t n);

/* Byte ranges of one transcript split by statement: the output of each
 * ">>> " statement, in the transcript text. */
typedef struct SiteSpan {
    size_t start, end;
} SiteSpan;

/* Splits a transcript (or an expected session) into per-statement output
 * spans: for every ">>> " line, the output lines up to the next ">>> "
 * line.  Returns the count; *spans is malloc'ed. */
size_t site_pycon_outputs(const char *s, size_t n, SiteSpan **spans);

/* ---- unified diff (udiff.c) ---- */

/* Appends a unified diff of a and b (line-based, 3 lines of context) with
 * the headers "--- expected" and "+++ actual". */
void site_udiff(const char *a, size_t alen, const char *b, size_t blen, Buf *out);

/* ---- JSON and HTML text helpers (json.c) ---- */

/* Appends s as a JSON string literal, with '<', '>', '&', U+2028 and
 * U+2029 escaped so the literal is safe inside a <script> element. */
void site_json_str(Buf *b, const char *s, size_t n);
/* The same for a JavaScript file of its own (loaded with <script src>):
 * '<' and '>' stay as they are, except that "</" is written "<\/", so
 * that SVG text costs no more than itself. */
void site_json_str_script(Buf *b, const char *s, size_t n);

/* ---- traced runs (trace_glue.c) ----
 * The one place that knows the trace and diagram libraries (issue 4).  When
 * they are not built in, runs are plain: no steps, no diagrams. */

struct PysimOptions;
typedef struct SiteTrace SiteTrace;

/* True when this build records traces and draws diagrams. */
bool site_trace_available(void);
/* Runs like pysim_run; with want_trace (and traces available) records up to
 * max_steps steps into *out (else *out = NULL).  Returns the PYSIM_ status. */
int site_trace_run(const struct PysimOptions *opt, bool want_trace, uint64_t max_steps, SiteTrace **out,
                   Buf *diag);
void site_trace_free(SiteTrace *t);
size_t site_trace_steps(const SiteTrace *t);
int site_trace_line(const SiteTrace *t, size_t step);
const char *site_trace_event(const SiteTrace *t, size_t step);
/* Bytes of stdout written before the step. */
size_t site_trace_out_len(const SiteTrace *t, size_t step);
bool site_trace_truncated(const SiteTrace *t);
/* Appends the SVG diagram of one step, for inlining in a page: ids inside
 * it start with id_prefix (unique per picture on a page). */
void site_trace_svg(SiteTrace *t, size_t step, bool inline_values, const char *id_prefix, Buf *out);

/* ---- examples ---- */

typedef enum SiteExKind { SITE_EX_PYTHON, SITE_EX_PYCON } SiteExKind;

typedef struct SiteOutComment {
    int code_line;        /* line in the example (1-based) */
    char *text;           /* expected text after "# Output: " */
    int lesson_line, lesson_col;
    size_t file_start, file_end; /* bytes of the text in the lesson, or 0, 0 */
    char *actual;         /* what that line printed (no trailing newline), or NULL */
    bool failed;
} SiteOutComment;

typedef struct SiteExample {
    SiteExKind kind;
    int index;            /* 1-based on its page */
    int line, col;        /* the opening fence in the lesson */
    int code_line;        /* lesson line of the first line of code */
    char *code;           /* fence contents (malloc'ed, newline-ended) */
    size_t code_len;
    int code_lines;
    size_t code_start, code_end; /* bytes of the contents in the lesson */
    SiteFenceOpts opt;
    bool opts_bad;

    bool has_out;         /* an ```output fence follows */
    char *out_text;
    size_t out_len;
    int out_line, out_col;
    size_t out_start, out_end; /* bytes of its contents in the lesson */
    char *out_prefix;     /* indentation of the fence line, for bless */

    SiteOutComment *comments;
    size_t ncomments;

    void *node, *out_node; /* cmark nodes (cmark_node *) */

    /* results (run.c) */
    bool ran;
    int status;           /* PYSIM_* of the run */
    char *actual;         /* python: stdout then stderr; pycon: transcript */
    size_t actual_len;
    char *stdout_text;    /* python: the stdout part of actual */
    size_t stdout_len;
    bool failed;
    struct SiteExample *prev;  /* `continue`: the example continued */
    int line_offset;      /* lines of the chain before this example's code */
    size_t out_skip;      /* bytes of the chain's output before this example's */
    SiteTrace *trace;     /* the run's trace (owned), or NULL */
    size_t step_first;    /* steps [step_first, step_end) belong to this example */
    size_t step_end;
    bool truncated;
} SiteExample;

typedef struct SiteLesson {
    char *id;             /* "01-names" */
    char *path;           /* "content/01-names.md" */
    char *part;           /* the part it belongs to, or NULL */
    int guide_line;       /* where guide.lua names it */
    char *src;            /* the file */
    size_t len;
    char *title;          /* plain text of the first level-1 heading */
    char *summary;        /* plain text of the first paragraph */
    void *doc;            /* cmark_node * */
    void *parser;         /* cmark_parser *, kept for its extension list */
    size_t *line_start;   /* byte offset of each line (index 1..nline, [nline+1] = len) */
    int nline;
    SiteExample *ex;
    size_t nex;
    bool bad;             /* could not be read or parsed */
} SiteLesson;

/* ---- the guide (guide.c) ---- */

typedef struct SiteGuide {
    char *dir;            /* the guide's directory ("." or a path) */
    char *title, *description, *author, *language;
    SiteDiagram diagram;  /* default for examples */
    bool inline_values;
    char *base_path;      /* given to templates only */
    SiteLesson *lessons;
    size_t nlessons;
    const char *guide_src; /* content/guide.lua text (for locating names) */
} SiteGuide;

/* ---- lessons (lesson.c) ---- */

/* Parses lesson->src with cmark-gfm (GFM extensions, source positions),
 * finds its title, summary and examples.  Problems go to *d. */
void site_lesson_parse(SiteLesson *l, SiteDiags *d);
void site_lesson_free(SiteLesson *l);

/* Maps a line of an example's program (1-based, counting from the start
 * of its `continue` chain) to the lesson line; col likewise. */
void site_example_locate(const SiteExample *e, int prog_line, int prog_col, int *line, int *col);

/* ---- running and checking (run.c) ---- */

typedef struct SiteRunStats {
    int examples, failed, steps;
} SiteRunStats;

/* Runs every example of the lesson (continue chains included), checks its
 * expectations and reports failures to *d.  want_trace records the
 * memory-diagram steps.  Must run on a thread with a large stack. */
void site_run_lesson(SiteLesson *l, const SiteGuide *g, bool want_trace, SiteDiags *d, SiteRunStats *st);

/* ---- bless (bless.c) ---- */

/* Rewrites the failing expectations of a lesson with what the examples
 * printed: output fences, "# Output:" comments and pycon sessions.  Every
 * other byte of the file is kept.  Returns the new text (malloc'ed) in
 * *out, and the number of changed expectations. */
int site_bless_text(const SiteLesson *l, char **out, size_t *out_len);

#endif
