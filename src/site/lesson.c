/* lesson.c — one lesson file read as cmark-gfm sees it: its title, and
 * its examples (python and pycon fences with their options, the output
 * fence that follows a python example, the "# Output:" comments in it).
 *
 * Invariant: every example records where it came from — the fence's line
 * and column, the bytes of its contents and of its expectations in the
 * file — so diagnostics point into the lesson and bless can rewrite the
 * expectations without touching any other byte. */
#include <string.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include "pysim/lexer.h"
#include "site/site_impl.h"

#define OUTPUT_MARK "# Output:"

static const char *const extensions[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

static void index_lines(SiteLesson *l)
{
    int n = 1;
    for (size_t i = 0; i < l->len; i++)
        if (l->src[i] == '\n') n++;
    l->line_start = xmalloc(((size_t)n + 2) * sizeof *l->line_start);
    int k = 1;
    l->line_start[k++] = 0;
    for (size_t i = 0; i < l->len; i++)
        if (l->src[i] == '\n') l->line_start[k++] = i + 1;
    /* a final newline does not start another line */
    if (l->len && l->src[l->len - 1] == '\n') k--;
    l->nline = k - 1;
    l->line_start[k] = l->len;
}

static size_t line_at(const SiteLesson *l, int line)
{
    if (line < 1) return 0;
    if (line > l->nline) return l->len;
    return l->line_start[line];
}

/* End of a line's text (before its newline). */
static size_t line_end(const SiteLesson *l, int line)
{
    size_t e = line_at(l, line + 1);
    if (e > line_at(l, line) && l->src[e - 1] == '\n') e--;
    if (e > line_at(l, line) && l->src[e - 1] == '\r') e--;
    return e;
}

/* The plain text of a node's inlines (text, code, and the text inside
 * emphasis and links). */
static void plain_text(cmark_node *n, Buf *out)
{
    for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
        switch (cmark_node_get_type(c)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            buf_puts(out, cmark_node_get_literal(c));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            buf_putc(out, ' ');
            break;
        default:
            plain_text(c, out);
        }
    }
}

/* Where the fence characters start on the fence's first line. */
static size_t fence_at(const SiteLesson *l, int line)
{
    size_t s = line_at(l, line), e = line_end(l, line);
    for (size_t i = s; i < e; i++)
        if (l->src[i] == '`' || l->src[i] == '~') return i;
    return s;
}

/* Whether the code block's last line is its closing fence. */
static bool closed_fence(const SiteLesson *l, cmark_node *n)
{
    int flen = 0, foff = 0;
    char fch = 0;
    cmark_node_get_fenced(n, &flen, &foff, &fch);
    int start = cmark_node_get_start_line(n), end = cmark_node_get_end_line(n);
    if (end <= start) return false;
    size_t s = line_at(l, end), e = line_end(l, end);
    while (s < e && (l->src[s] == ' ' || l->src[s] == '\t' || l->src[s] == '>')) s++;
    int run = 0;
    while (s < e && l->src[s] == fch) s++, run++;
    while (s < e && (l->src[s] == ' ' || l->src[s] == '\t')) s++;
    return run >= flen && s == e;
}

typedef struct FenceCtx {
    SiteDiags *d;
    const char *path;
    int line, col;
    bool bad;
} FenceCtx;

static void fence_err(void *ctx, size_t offset, const char *msg)
{
    FenceCtx *fc = ctx;
    site_diag(fc->d, "error", fc->path, fc->line, fc->col + (int)offset, "%s", msg);
    fc->bad = true;
}

/* Finds the "# Output:" comments of a python example with the tokenizer,
 * so that the mark inside a string is not mistaken for one. */
static void find_output_comments(SiteLesson *l, SiteExample *e)
{
    Lexer *lx = lexer_init("example.py", e->code, e->code_len, true);
    SyntaxErr err = SYNTAX_ERR_INIT;
    Token tok;
    size_t cap = 0;
    for (;;) {
        TokKind k = lexer_next(lx, &tok, &err);
        if (k == TK_ENDMARKER || k == TK_ERRORTOKEN) break;
        if (k != TK_COMMENT) continue;
        const char *c = e->code + tok.start;
        size_t clen = tok.end - tok.start;
        size_t mlen = strlen(OUTPUT_MARK);
        if (clen < mlen || memcmp(c, OUTPUT_MARK, mlen) != 0) continue;
        size_t tstart = mlen;
        if (tstart < clen && c[tstart] == ' ') tstart++;
        if (e->ncomments == cap) {
            cap = cap ? cap * 2 : 4;
            e->comments = xrealloc(e->comments, cap * sizeof *e->comments);
        }
        SiteOutComment *oc = &e->comments[e->ncomments++];
        memset(oc, 0, sizeof *oc);
        oc->code_line = tok.lineno;
        oc->text = xstrndup(c + tstart, clen - tstart);
        oc->lesson_line = e->code_line + tok.lineno - 1;
        oc->lesson_col = tok.col + 1;
        /* the code line is the end of the file's line (cmark removed only
         * the indentation before it) */
        size_t cl_start = tok.start - (size_t)tok.col;
        const char *nl = memchr(e->code + cl_start, '\n', e->code_len - cl_start);
        size_t cl_len = (nl ? (size_t)(nl - e->code) : e->code_len) - cl_start;
        size_t fs = line_at(l, oc->lesson_line), fe = line_end(l, oc->lesson_line);
        if (fe - fs >= cl_len && memcmp(l->src + fe - cl_len, e->code + cl_start, cl_len) == 0) {
            size_t base = fe - cl_len;
            oc->file_start = base + (size_t)tok.col + tstart;
            oc->file_end = base + (size_t)tok.col + clen;
            oc->lesson_col = (int)(base - fs) + tok.col + 1;
        }
    }
    syntax_error_clear(&err);
    lexer_free(lx);
}

static int count_lines(const char *s, size_t n)
{
    int k = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '\n') k++;
    if (n && s[n - 1] != '\n') k++;
    return k;
}

/* Fills the bytes [start, end) of a fence's contents. */
static void content_range(const SiteLesson *l, cmark_node *n, size_t *start, size_t *end)
{
    int first = cmark_node_get_start_line(n) + 1, last = cmark_node_get_end_line(n);
    if (closed_fence(l, n)) last--;
    *start = line_at(l, first);
    *end = last >= first ? line_at(l, last + 1) : *start;
}

static void add_example(SiteLesson *l, cmark_node *n, SiteExKind kind, const char *info, SiteDiags *d, size_t *cap)
{
    if (l->nex == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        l->ex = xrealloc(l->ex, *cap * sizeof *l->ex);
    }
    SiteExample *e = &l->ex[l->nex++];
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->index = (int)l->nex;
    e->node = n;
    e->line = cmark_node_get_start_line(n);
    size_t fat = fence_at(l, e->line);
    e->col = (int)(fat - line_at(l, e->line)) + 1;
    e->code_line = e->line + 1;
    const char *lit = cmark_node_get_literal(n);
    e->code_len = lit ? strlen(lit) : 0;
    e->code = xstrndup(lit ? lit : "", e->code_len);
    e->code_lines = count_lines(e->code, e->code_len);
    content_range(l, n, &e->code_start, &e->code_end);

    /* the options: after the language word of the info string */
    size_t ls = line_at(l, e->line), le = line_end(l, e->line);
    const char *info_in_file = NULL;
    size_t ilen = strlen(info);
    for (size_t i = fat; i + ilen <= le; i++)
        if (memcmp(l->src + i, info, ilen) == 0) {
            info_in_file = l->src + i;
            break;
        }
    size_t word = 0;
    while (info[word] && info[word] != ' ' && info[word] != '\t') word++;
    FenceCtx fc = {d, l->path, e->line, 1, false};
    fc.col = (info_in_file ? (int)(info_in_file - (l->src + ls)) : (int)(fat - ls)) + 1 + (int)word;
    site_fence_parse(info + word, strlen(info + word), &e->opt, fence_err, &fc);
    e->opts_bad = fc.bad;
    if (kind == SITE_EX_PYTHON) find_output_comments(l, e);
}

static void take_output(SiteLesson *l, SiteExample *e, cmark_node *n)
{
    e->has_out = true;
    e->out_node = n;
    const char *lit = cmark_node_get_literal(n);
    e->out_len = lit ? strlen(lit) : 0;
    e->out_text = xstrndup(lit ? lit : "", e->out_len);
    e->out_line = cmark_node_get_start_line(n);
    size_t fat = fence_at(l, e->out_line);
    e->out_col = (int)(fat - line_at(l, e->out_line)) + 1;
    content_range(l, n, &e->out_start, &e->out_end);
    Buf p = BUF_INIT;
    for (size_t i = line_at(l, e->out_line); i < fat; i++) buf_putc(&p, l->src[i] == '>' ? '>' : ' ');
    e->out_prefix = buf_take(&p);
}

/* The language word of an info string, in a small fixed buffer. */
static void lang_of(const char *info, char *lang, size_t cap)
{
    size_t i = 0;
    while (info[i] && info[i] != ' ' && info[i] != '\t' && i + 1 < cap) {
        lang[i] = info[i];
        i++;
    }
    lang[i] = 0;
}

void site_lesson_parse(SiteLesson *l, SiteDiags *d)
{
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *p = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES);
    for (size_t i = 0; i < sizeof extensions / sizeof *extensions; i++) {
        cmark_syntax_extension *ext = cmark_find_syntax_extension(extensions[i]);
        if (ext) cmark_parser_attach_syntax_extension(p, ext);
    }
    cmark_parser_feed(p, l->src, l->len);
    cmark_node *doc = cmark_parser_finish(p);
    l->doc = doc;
    l->parser = p;
    index_lines(l);

    size_t cap = 0;
    size_t last_python = 0; /* 1 + index of the python example an output fence may follow */
    cmark_node *last_python_node = NULL;
    cmark_iter *it = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node_type t = cmark_node_get_type(n);
        if (t == CMARK_NODE_HEADING && cmark_node_get_heading_level(n) == 1 && !l->title) {
            Buf b = BUF_INIT;
            plain_text(n, &b);
            l->title = buf_take(&b);
        }
        if (t != CMARK_NODE_CODE_BLOCK) continue;
        const char *info = cmark_node_get_fence_info(n);
        if (!info) info = "";
        char lang[16];
        lang_of(info, lang, sizeof lang);
        if (!strcmp(lang, "python") || !strcmp(lang, "pycon")) {
            add_example(l, n, !strcmp(lang, "python") ? SITE_EX_PYTHON : SITE_EX_PYCON, info, d, &cap);
            last_python = l->ex[l->nex - 1].kind == SITE_EX_PYTHON ? l->nex : 0;
            last_python_node = n;
        } else if (!strcmp(lang, "output")) {
            int line = cmark_node_get_start_line(n);
            if (last_python && cmark_node_previous(n) == last_python_node && !l->ex[last_python - 1].has_out) {
                take_output(l, &l->ex[last_python - 1], n);
            } else {
                site_diag(d, "error", l->path, line, (int)(fence_at(l, line) - line_at(l, line)) + 1,
                          "an output fence must come right after the python example it belongs to");
            }
            if (info[strlen(lang)])
                site_diag(d, "error", l->path, line, (int)(fence_at(l, line) - line_at(l, line)) + 1,
                          "an output fence takes no options");
            last_python = 0;
        }
    }
    cmark_iter_free(it);
    if (!l->title) {
        site_diag(d, "error", l->path, 1, 1, "a lesson needs a title: a first-level heading ('# Title')");
        l->bad = true;
    }
}

void site_example_locate(const SiteExample *e, int prog_line, int prog_col, int *line, int *col)
{
    int k = prog_line;
    const SiteExample *x = e;
    /* lines before this example's code belong to the ones it continues */
    while (x && k <= x->line_offset && x->prev) x = x->prev;
    k -= x->line_offset;
    if (k < 1) k = 1;
    if (k > x->code_lines && x->code_lines) k = x->code_lines;
    *line = x->code_line + k - 1;
    *col = prog_col < 1 ? 1 : prog_col;
}

void site_lesson_free(SiteLesson *l)
{
    for (size_t i = 0; i < l->nex; i++) {
        SiteExample *e = &l->ex[i];
        free(e->code);
        free(e->out_text);
        free(e->out_prefix);
        site_fence_opts_free(&e->opt);
        for (size_t k = 0; k < e->ncomments; k++) {
            free(e->comments[k].text);
            free(e->comments[k].actual);
        }
        free(e->comments);
        free(e->actual);
        free(e->stdout_text);
        site_trace_free(e->trace);
    }
    free(l->ex);
    if (l->doc) cmark_node_free(l->doc);
    if (l->parser) cmark_parser_free(l->parser);
    free(l->line_start);
    free(l->title);
    free(l->summary);
    free(l->src);
    free(l->id);
    free(l->path);
    free(l->part);
    memset(l, 0, sizeof *l);
}
