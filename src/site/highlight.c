/* highlight.c — Python syntax highlighting at build time, with the
 * simulator's own tokenizer (tokenize mode: comments and blank-line
 * newlines are tokens too, so every byte outside a token is blank).
 *
 * Output: one <span class="line"> per source line (the stepper marks the
 * current one), tokens in short class names (k keyword, b builtin,
 * f defined name, s string, m number, c comment, o operator, p output).
 * Invariant: every byte of the source appears once, HTML-escaped, and the
 * spans nest properly: a token running over several lines (a triple-quoted
 * string) is closed at each line end and reopened on the next line.  Code
 * the tokenizer rejects is shown escaped but uncoloured from that point.
 */
#include <string.h>

#include "pysim/lexer.h"
#include "site/site_html.h"

static const char *const builtins[] = {
    "abs", "all", "any", "bin", "bool", "bytearray", "bytes", "callable", "chr", "classmethod", "dict", "dir",
    "divmod", "enumerate", "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash",
    "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max",
    "min", "next", "object", "oct", "ord", "pow", "print", "property", "range", "repr", "reversed", "round",
    "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip",
};

static bool is_builtin(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof builtins / sizeof *builtins; i++)
        if (strlen(builtins[i]) == n && memcmp(builtins[i], s, n) == 0) return true;
    return false;
}

typedef struct Out {
    Buf *b;
    int line;          /* the current line, 1-based */
    const char *cls;   /* the open token class, or NULL */
} Out;

static void open_line(Out *o)
{
    buf_printf(o->b, "<span class=\"line\" data-line=\"%d\">", o->line);
}

/* Appends text in the class cls, splitting at newlines. */
static void emit(Out *o, const char *s, size_t n, const char *cls)
{
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '\n') continue;
        if (i > start) {
            if (cls) buf_printf(o->b, "<span class=\"%s\">", cls);
            buf_put_html(o->b, s + start, i - start);
            if (cls) buf_puts(o->b, "</span>");
        }
        if (i < n) {
            buf_puts(o->b, "</span>\n");
            o->line++;
            open_line(o);
        }
        start = i + 1;
    }
}

void site_highlight_python(const char *src, size_t n, Buf *out)
{
    Out o = {out, 1, NULL};
    /* the last line's newline ends the code, not another line */
    size_t len = n && src[n - 1] == '\n' ? n - 1 : n;
    open_line(&o);
    Lexer *lx = lexer_init("example.py", src, len, true);
    SyntaxErr err = SYNTAX_ERR_INIT;
    Token tok;
    size_t pos = 0;
    bool after_def = false;
    while (pos < len) {
        TokKind k = lexer_next(lx, &tok, &err);
        if (k == TK_ERRORTOKEN || k == TK_ENDMARKER) break;
        if (tok.start < pos || tok.end > len) continue;
        emit(&o, src + pos, tok.start - pos, NULL);
        const char *s = src + tok.start;
        size_t tl = tok.end - tok.start;
        const char *cls = NULL;
        bool def_next = false;
        switch (k) {
        case TK_NAME:
            if (lexer_is_keyword(s, tl)) {
                cls = "k";
                def_next = (tl == 3 && !memcmp(s, "def", 3)) || (tl == 5 && !memcmp(s, "class", 5));
            } else if (after_def) {
                cls = "f";
            } else if (is_builtin(s, tl)) {
                cls = "b";
            }
            break;
        case TK_NUMBER: cls = "m"; break;
        case TK_STRING:
        case TK_FSTRING_START:
        case TK_FSTRING_MIDDLE:
        case TK_FSTRING_END: cls = "s"; break;
        case TK_COMMENT: cls = "c"; break;
        case TK_NEWLINE:
        case TK_NL:
        case TK_INDENT:
        case TK_DEDENT: break;
        default:
            if (k >= TK_LPAR && k <= TK_EXCLAMATION) cls = "o";
        }
        if (k != TK_NEWLINE && k != TK_NL && k != TK_INDENT && k != TK_DEDENT) after_def = def_next;
        emit(&o, s, tl, cls);
        pos = tok.end;
    }
    emit(&o, src + pos, len - pos, NULL);
    buf_puts(out, "</span>");
    syntax_error_clear(&err);
    lexer_free(lx);
}

void site_highlight_plain(const char *src, size_t n, Buf *out)
{
    Out o = {out, 1, NULL};
    size_t len = n && src[n - 1] == '\n' ? n - 1 : n;
    open_line(&o);
    emit(&o, src, len, NULL);
    buf_puts(out, "</span>");
}

/* A pycon session: prompts in class "gp", the typed code highlighted as
 * Python (statement by statement), the output in class "go". */
void site_highlight_pycon(const char *src, size_t n, Buf *out)
{
    SitePycon p;
    site_pycon_parse(src, n, &p);
    size_t len = n && src[n - 1] == '\n' ? n - 1 : n;
    int line = 0;
    size_t pos = 0;
    Buf code = BUF_INIT, html = BUF_INIT;
    while (pos < len) {
        const char *nl = memchr(src + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - src) : len;
        line++;
        /* is this line the first of a statement? then highlight its lines together */
        size_t s;
        for (s = 0; s < p.nstmts && p.stmts[s].first_line != line; s++) {
        }
        if (s < p.nstmts) {
            int nlines = p.stmts[s].nlines;
            buf_clear(&code);
            size_t q = pos;
            Buf prompts = BUF_INIT;
            for (int i = 0; i < nlines && q <= len; i++) {
                const char *e = memchr(src + q, '\n', len - q);
                size_t le = e ? (size_t)(e - src) : len;
                size_t plen = le - q >= 4 ? 4 : le - q;
                buf_put(&prompts, src + q, plen);
                buf_putc(&prompts, 0);
                buf_put(&code, src + q + plen, le - q - plen);
                buf_putc(&code, '\n');
                q = e ? le + 1 : len + 1;
            }
            buf_clear(&html);
            site_highlight_python(code.p, code.len, &html);
            /* re-mark the lines: each gets its prompt in front */
            const char *h = html.p, *pr = prompts.p;
            for (int i = 0; i < nlines; i++) {
                const char *open = strstr(h, "\">");
                const char *close = strstr(h, "</span>\n");
                if (!open) break;
                open += 2;
                if (i == nlines - 1 || !close) close = html.p + html.len - 7;
                buf_printf(out, "<span class=\"line\" data-line=\"%d\"><span class=\"gp\">", line + i);
                buf_put_html(out, pr, strlen(pr));
                buf_puts(out, "</span>");
                buf_put(out, open, (size_t)(close - open));
                buf_puts(out, "</span>");
                if (q <= len || i < nlines - 1) buf_putc(out, '\n');
                pr += strlen(pr) + 1;
                h = close + 8;
            }
            buf_free(&prompts);
            line += nlines - 1;
            pos = q;
            if (pos > len) break;
            continue;
        }
        buf_printf(out, "<span class=\"line\" data-line=\"%d\"><span class=\"go\">", line);
        buf_put_html(out, src + pos, end - pos);
        buf_puts(out, "</span></span>");
        if (nl) buf_putc(out, '\n');
        pos = nl ? end + 1 : len;
    }
    buf_free(&code);
    buf_free(&html);
    site_pycon_free(&p);
}
