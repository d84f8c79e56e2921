/* dump.c — the --tokens and --ast dump flags (pysim_dump_tokens and
 * pysim_dump_ast of pysim.h).
 *
 * --tokens prints what `python3.12 -m tokenize -e FILE` prints: the lexer in
 * tokenize mode, with the adjustments CPython's _tokenize module makes on
 * the way out (character columns, NEWLINE text, the positions of the
 * trailing DEDENTs and ENDMARKER).  --ast prints
 * ast.dump(ast.parse(source), indent=4, include_attributes=True) through
 * ast_dump (ast.c).  Neither prints anything for a source with a syntax
 * error: the error goes to *err as python3.12 would print it.
 */
#include <string.h>

#include "base/arena.h"
#include "pysim/lexer.h"
#include "pysim/parser.h"
#include "pysim/pysim.h"
#include "pysim/unicode.h"

static int chars(const char *src, size_t from, size_t to)
{
    if (to <= from) return 0;
    return (int)uni_utf8_count(src + from, to - from);
}

/* Pads out to width characters (not bytes) with spaces. */
static void pad(Buf *out, size_t from, int width)
{
    int n = (int)uni_utf8_count(out->p + from, out->len - from);
    while (n++ < width) buf_putc(out, ' ');
}

/* One token as `tokenize` shows it. */
static void dump_token(Buf *out, const char *src, size_t len, const Token *t)
{
    int srow = t->lineno, erow = t->end_lineno, scol, ecol;
    const char *text = src + t->start;
    size_t text_len = t->end - t->start;
    bool implicit = t->start >= len && (t->kind == TK_NEWLINE || t->kind == TK_NL);

    if (t->kind == TK_ENDMARKER || (t->kind == TK_DEDENT && t->start >= len)) {
        srow = erow = t->lineno + 1;
        scol = ecol = 0;
        text_len = 0;
    } else {
        scol = chars(src, t->start_line_begin, t->start);
        /* _tokenize measures the end in bytes from the current line's start
         * but counts the characters of that many bytes from the token's
         * first line: wrong, and observable, for multi-line strings. */
        if (t->end < t->line_begin) {
            ecol = -1;
        } else {
            size_t n = t->end - t->line_begin, avail = len - t->start_line_begin;
            /* Past the text CPython's conversion counts one more (its NUL). */
            ecol = n > avail ? chars(src, t->start_line_begin, len) + 1
                             : chars(src, t->start_line_begin, t->start_line_begin + n);
        }
    }
    if (t->kind == TK_NEWLINE) {
        if (implicit) text_len = 0;
        else if (src[t->start] == '\r') text = "\r\n", text_len = 2;
        else text = "\n", text_len = 1;
        ecol++;
    } else if (t->kind == TK_NL && implicit) {
        text_len = 0;
        ecol = scol + 1; /* the newline CPython supplied */
    }

    const char *name = lexer_kind_name(t->kind);
    if (t->kind >= TK_LPAR && t->kind <= TK_OP) {
        /* tokenize reports OP and the exact type comes from the text
         * ("<>", our NOTEQUAL, has none). */
        name = lexer_kind_name(lexer_op_kind(text, text_len));
        if (text_len == 2 && memcmp(text, "<>", 2) == 0) name = "OP";
    }

    size_t mark = out->len;
    buf_printf(out, "%d,%d-%d,%d:", srow, scol, erow, ecol);
    pad(out, mark, 20);
    mark = out->len;
    buf_puts(out, name);
    pad(out, mark, 15);
    mark = out->len;
    uni_repr(out, text, text_len);
    pad(out, mark, 15);
    buf_putc(out, '\n');
}

/* The encoding tokenize.detect_encoding names for a coding cookie in
 * line[0..n), normalized as its _get_normal_name does; NULL if none. */
static const char *cookie(Buf *name, const char *line, size_t n)
{
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) i++;
    if (i >= n || line[i] != '#') return NULL;
    for (; i + 7 <= n; i++) {
        if (memcmp(line + i, "coding", 6) != 0 || (line[i + 6] != ':' && line[i + 6] != '=')) continue;
        size_t j = i + 7;
        while (j < n && (line[j] == ' ' || line[j] == '\t')) j++;
        size_t k = j;
        while (k < n && (line[k] == '-' || line[k] == '_' || line[k] == '.' ||
                         (line[k] >= '0' && line[k] <= '9') || (line[k] >= 'a' && line[k] <= 'z') ||
                         (line[k] >= 'A' && line[k] <= 'Z')))
            k++;
        if (k == j) return NULL;
        char low[13];
        size_t m = k - j < 12 ? k - j : 12;
        for (size_t q = 0; q < m; q++) {
            char c = line[j + q];
            low[q] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
        }
        low[m] = '\0';
        if (!strcmp(low, "utf-8") || !strncmp(low, "utf-8-", 6)) return "utf-8";
        if (!strcmp(low, "latin-1") || !strcmp(low, "iso-8859-1") || !strcmp(low, "iso-latin-1") ||
            !strncmp(low, "latin-1-", 8) || !strncmp(low, "iso-8859-1-", 11) ||
            !strncmp(low, "iso-latin-1-", 12))
            return "iso-8859-1";
        buf_put(name, line + j, k - j);
        return name->p;
    }
    return NULL;
}

static const char *source_encoding(Buf *name, const char *src, size_t len)
{
    size_t pos = len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
    for (int line = 0; line < 2 && pos < len; line++) {
        size_t e = pos;
        while (e < len && src[e] != '\n') e++;
        const char *enc = cookie(name, src + pos, e - pos);
        if (enc) return enc;
        /* Only a blank or comment-only first line lets line 2 speak. */
        size_t i = pos;
        while (i < e && (src[i] == ' ' || src[i] == '\t' || src[i] == '\f')) i++;
        if (i < e && src[i] != '#' && src[i] != '\r') break;
        pos = e + 1;
    }
    return "utf-8";
}

int pysim_dump_tokens(const char *filename, const char *src, size_t len, Buf *out, Buf *err)
{
    Lexer *lx = lexer_init(filename, src, len, true);
    SyntaxErr e = SYNTAX_ERR_INIT;
    Buf text = BUF_INIT, enc = BUF_INIT;
    buf_puts(&text, "0,0-0,0:            ENCODING       ");
    size_t mark = text.len;
    buf_printf(&text, "'%s'", source_encoding(&enc, src, len));
    pad(&text, mark, 15);
    buf_putc(&text, '\n');
    buf_free(&enc);
    Token t;
    TokKind k;
    do {
        k = lexer_next(lx, &t, &e);
        if (k == TK_ERRORTOKEN) break;
        dump_token(&text, src, len, &t);
    } while (k != TK_ENDMARKER);
    int status = 0;
    if (k == TK_ERRORTOKEN) {
        char ch;
        int lineno, col;
        if (!e.set && lexer_at_eof_in_brackets(lx, &ch, &lineno, &col))
            syntax_error_at(&e, SE_SYNTAX_ERROR, filename, src, len, lineno, col + 1, lineno, 0,
                            true, "'%c' was never closed", ch);
        syntax_error_print(&e, err);
        status = PYSIM_EXCEPTION;
    } else {
        buf_put(out, text.p, text.len);
    }
    buf_free(&text);
    syntax_error_clear(&e);
    lexer_free(lx);
    return status;
}

int pysim_dump_ast(const char *filename, const char *src, size_t len, Buf *out, Buf *err)
{
    Arena arena = ARENA_INIT;
    SyntaxErr e = SYNTAX_ERR_INIT;
    int status = 0;
    Node *mod = parse_module(&arena, filename, src, len, PARSE_FILE, &e, NULL);
    if (mod) {
        ast_dump(out, mod);
        buf_putc(out, '\n');
    } else if (e.unsupported) {
        syntax_error_format_unsupported(&e, err);
        buf_putc(err, '\n');
        status = PYSIM_UNSUPPORTED;
    } else {
        syntax_error_print(&e, err);
        status = PYSIM_EXCEPTION;
    }
    syntax_error_clear(&e);
    arena_free(&arena);
    return status;
}
