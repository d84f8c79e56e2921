/* lexer.c — CPython 3.12's tokenizer over a whole buffer: reading
 * characters, indentation, newlines, operators and brackets, and the
 * public lexer_* API.  Literals live in lexer_literal.c.
 *
 * The structure follows the C tokenizer closely, because its quirks are
 * observable (token positions, which error wins, where a caret points).
 * Invariants: see lexer_impl.h.
 */
#include "pysim/lexer_impl.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pysim/unicode.h"

/* ---- names and tables ---------------------------------------------------- */

/* ORDER TOKEN */
static const char *const token_names[TK_KIND_COUNT] = {
    "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
    "LPAR", "RPAR", "LSQB", "RSQB", "COLON", "COMMA", "SEMI", "PLUS", "MINUS",
    "STAR", "SLASH", "VBAR", "AMPER", "LESS", "GREATER", "EQUAL", "DOT",
    "PERCENT", "LBRACE", "RBRACE", "EQEQUAL", "NOTEQUAL", "LESSEQUAL",
    "GREATEREQUAL", "TILDE", "CIRCUMFLEX", "LEFTSHIFT", "RIGHTSHIFT",
    "DOUBLESTAR", "PLUSEQUAL", "MINEQUAL", "STAREQUAL", "SLASHEQUAL",
    "PERCENTEQUAL", "AMPEREQUAL", "VBAREQUAL", "CIRCUMFLEXEQUAL",
    "LEFTSHIFTEQUAL", "RIGHTSHIFTEQUAL", "DOUBLESTAREQUAL", "DOUBLESLASH",
    "DOUBLESLASHEQUAL", "AT", "ATEQUAL", "RARROW", "ELLIPSIS", "COLONEQUAL",
    "EXCLAMATION", "OP", "AWAIT", "ASYNC", "TYPE_IGNORE", "TYPE_COMMENT",
    "SOFT_KEYWORD", "FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END",
    "COMMENT", "NL", "ERRORTOKEN", "ENCODING",
};

const char *lexer_kind_name(TokKind k)
{
    return (unsigned)k < TK_KIND_COUNT ? token_names[k] : "?";
}

static TokKind one_char(int c)
{
    switch (c) {
    case '!': return TK_EXCLAMATION;
    case '%': return TK_PERCENT;
    case '&': return TK_AMPER;
    case '(': return TK_LPAR;
    case ')': return TK_RPAR;
    case '*': return TK_STAR;
    case '+': return TK_PLUS;
    case ',': return TK_COMMA;
    case '-': return TK_MINUS;
    case '.': return TK_DOT;
    case '/': return TK_SLASH;
    case ':': return TK_COLON;
    case ';': return TK_SEMI;
    case '<': return TK_LESS;
    case '=': return TK_EQUAL;
    case '>': return TK_GREATER;
    case '@': return TK_AT;
    case '[': return TK_LSQB;
    case ']': return TK_RSQB;
    case '^': return TK_CIRCUMFLEX;
    case '{': return TK_LBRACE;
    case '|': return TK_VBAR;
    case '}': return TK_RBRACE;
    case '~': return TK_TILDE;
    default: return TK_OP;
    }
}

static TokKind two_chars(int c1, int c2)
{
    switch (c1) {
    case '!': if (c2 == '=') return TK_NOTEQUAL; break;
    case '%': if (c2 == '=') return TK_PERCENTEQUAL; break;
    case '&': if (c2 == '=') return TK_AMPEREQUAL; break;
    case '*':
        if (c2 == '*') return TK_DOUBLESTAR;
        if (c2 == '=') return TK_STAREQUAL;
        break;
    case '+': if (c2 == '=') return TK_PLUSEQUAL; break;
    case '-':
        if (c2 == '=') return TK_MINEQUAL;
        if (c2 == '>') return TK_RARROW;
        break;
    case '/':
        if (c2 == '/') return TK_DOUBLESLASH;
        if (c2 == '=') return TK_SLASHEQUAL;
        break;
    case ':': if (c2 == '=') return TK_COLONEQUAL; break;
    case '<':
        if (c2 == '<') return TK_LEFTSHIFT;
        if (c2 == '=') return TK_LESSEQUAL;
        if (c2 == '>') return TK_NOTEQUAL; /* the Barry-as-FLUFL spelling */
        break;
    case '=': if (c2 == '=') return TK_EQEQUAL; break;
    case '>':
        if (c2 == '=') return TK_GREATEREQUAL;
        if (c2 == '>') return TK_RIGHTSHIFT;
        break;
    case '@': if (c2 == '=') return TK_ATEQUAL; break;
    case '^': if (c2 == '=') return TK_CIRCUMFLEXEQUAL; break;
    case '|': if (c2 == '=') return TK_VBAREQUAL; break;
    }
    return TK_OP;
}

static TokKind three_chars(int c1, int c2, int c3)
{
    if (c3 == '=') {
        if (c1 == '*' && c2 == '*') return TK_DOUBLESTAREQUAL;
        if (c1 == '/' && c2 == '/') return TK_DOUBLESLASHEQUAL;
        if (c1 == '<' && c2 == '<') return TK_LEFTSHIFTEQUAL;
        if (c1 == '>' && c2 == '>') return TK_RIGHTSHIFTEQUAL;
    }
    if (c1 == '.' && c2 == '.' && c3 == '.') return TK_ELLIPSIS;
    return TK_OP;
}

TokKind lexer_op_kind(const char *s, size_t len)
{
    switch (len) {
    case 1: return one_char((unsigned char)s[0]);
    case 2: return two_chars((unsigned char)s[0], (unsigned char)s[1]);
    case 3: return three_chars((unsigned char)s[0], (unsigned char)s[1], (unsigned char)s[2]);
    default: return TK_OP;
    }
}

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
};

static bool in_list(const char *const *list, size_t n, const char *s, size_t len)
{
    for (size_t i = 0; i < n; i++)
        if (strlen(list[i]) == len && memcmp(list[i], s, len) == 0) return true;
    return false;
}

bool lexer_is_keyword(const char *s, size_t len)
{
    return in_list(keywords, sizeof keywords / sizeof *keywords, s, len);
}

bool lexer_is_soft_keyword(const char *s, size_t len)
{
    static const char *const soft[] = {"_", "case", "match", "type"};
    return in_list(soft, 4, s, len);
}

/* ---- reading characters -------------------------------------------------- */

static int lx_byte_at(const Lexer *lx, size_t i)
{
    return i < lx->len ? (unsigned char)lx->src[i] : '\n';
}

/* tok_nextc: the next byte, reading ("underflowing" to) the next line when
 * the current one is used up. */
int lx_nextc(Lexer *lx)
{
    if (lx->cur < lx->read_end) return lx_byte_at(lx, lx->cur++);
    if (lx->done != D_OK) return EOFC;
    if (lx->interactive && lx->underflow_stop) {
        lx->done = D_INTERACT_STOP;
        return EOFC;
    }
    if (lx->interactive && lx->prompt) lx->prompt(lx->prompt_ctx, lx->lineno == 0, lx->cur >= lx->end);
    if (lx->cur >= lx->end) {
        lx->done = D_EOF;
        return EOFC;
    }
    size_t e = lx->cur;
    bool nul = false;
    while (e < lx->end && lx_byte_at(lx, e) != '\n') {
        if (e < lx->len && lx->src[e] == '\0') nul = true;
        e++;
    }
    if (e < lx->end) e++;
    lx->line_start = lx->cur;
    lx->read_end = e;
    lx->lineno++;
    if (nul) {
        /* Reported at the start of the line (cur has not moved). */
        lx_error(lx, "source code cannot contain null bytes");
        lx->cur = lx->read_end;
        return EOFC;
    }
    return lx_byte_at(lx, lx->cur++);
}

/* tok_backup: un-read c (nothing for EOF). */
void lx_backup(Lexer *lx, int c)
{
    if (c != EOFC) lx->cur--;
}

int lx_col(const Lexer *lx)
{
    return (int)(lx->cur - lx->line_start);
}

/* ---- errors ---------------------------------------------------------------- */

/* The current line without its newline, as the tokenizer's SyntaxErrors
 * carry it ("\r\n" is one newline). */
static size_t lx_line_text_len(const Lexer *lx, size_t from)
{
    size_t e = from;
    /* strcspn(line_start, "\n"): a NUL byte ends the text too. */
    while (e < lx->len && lx->src[e] != '\n' && lx->src[e] != '\0') e++;
    if (e > from && lx->src[e - 1] == '\r') e--;
    return e - from;
}

static int lx_chars_between(const Lexer *lx, size_t from, size_t to)
{
    if (to > lx->len) to = lx->len;
    if (to <= from) return 0;
    return (int)uni_utf8_count(lx->src + from, to - from);
}

/* _syntaxerror_range: col and end_col < 0 mean "the read position". */
static void lx_error_range_v(Lexer *lx, SyntaxErrKind kind, int col, int end_col,
                          const char *fmt, va_list ap)
{
    if (lx->failed) return;
    lx->failed = true;
    lx->done = D_ERROR;
    if (col < 0) col = lx_chars_between(lx, lx->line_start, lx->cur);
    if (end_col < 0) end_col = col;
    size_t tl = lx->line_start <= lx->len ? lx_line_text_len(lx, lx->line_start) : 0;
    Buf m = BUF_INIT;
    buf_vprintf(&m, fmt, ap);
    syntax_error_set(lx->err, kind, lx->filename, lx->lineno, col, lx->lineno, end_col,
                     lx->src + (lx->line_start <= lx->len ? lx->line_start : lx->len), tl,
                     "%s", m.p);
    buf_free(&m);
}

void lx_error(Lexer *lx, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lx_error_range_v(lx, SE_SYNTAX_ERROR, -1, -1, fmt, ap);
    va_end(ap);
}

void lx_error_range(Lexer *lx, int col, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lx_error_range_v(lx, SE_SYNTAX_ERROR, col, end_col, fmt, ap);
    va_end(ap);
}

/* Errors the parser raises for the tokenizer's error codes
 * (_Pypegen_tokenizer_error): located through the parser's machinery, so
 * their text is the file's line and offsets are converted to characters. */
static void lx_parser_error(Lexer *lx, SyntaxErrKind kind, int lineno, int offset,
                               int end_lineno, int end_offset, const char *msg)
{
    if (lx->failed) return;
    lx->failed = true;
    lx->deferred = true;
    lx->done = D_ERROR;
    syntax_error_at(lx->err, kind, lx->filename, lx->src, lx->len, lineno, offset,
                    end_lineno, end_offset, lx->char_offsets, "%s", msg);
}

/* E_TABSPACE: TabError at column 0 of the current line. */
static void lx_indent_error(Lexer *lx)
{
    lx->cur = lx->read_end;
    lx_parser_error(lx, SE_TAB_ERROR, lx->lineno, 1, lx->lineno, 0,
                       "inconsistent use of tabs and spaces in indentation");
}

/* ---- tokens ---------------------------------------------------------------- */

static bool lx_is_strlit(TokKind k)
{
    return k == TK_STRING || k == TK_FSTRING_MIDDLE;
}

/* MAKE_TOKEN: a token from the bytes [p_start, p_end), or without a
 * position when has_pos is false. */
TokKind lx_make(Lexer *lx, Token *t, TokKind kind, bool has_pos, size_t p_start, size_t p_end)
{
    t->kind = kind;
    t->level = lx->level;
    t->lineno = lx_is_strlit(kind) ? lx->first_lineno : lx->lineno;
    t->end_lineno = lx->lineno;
    t->debug_len = 0;
    t->line_begin = lx->line_start;
    t->start_line_begin = lx_is_strlit(kind) ? lx->multi_line_start : lx->line_start;
    if (has_pos) {
        t->col = lx->starting_col;
        t->end_col = lx_col(lx);
        t->start = p_start;
        t->end = p_end;
    } else {
        t->col = t->end_col = -1;
        t->start = t->end = lx->cur <= lx->len ? lx->cur : lx->len;
    }
    if (t->start > lx->len) t->start = lx->len;
    if (t->end > lx->len) t->end = lx->len;
    return kind;
}

TokKind lx_error_token(Lexer *lx, Token *t)
{
    lx->failed = true;
    if (lx->done == D_OK) lx->done = D_ERROR;
    return lx_make(lx, t, TK_ERRORTOKEN, false, 0, 0);
}

void lx_set_start(Lexer *lx, size_t at)
{
    lx->tok_start = at;
    lx->starting_col = (int)(at - lx->line_start);
}
/* ---- normal mode ------------------------------------------------------------ */

static TokKind lx_continuation_line(Lexer *lx, Token *t, bool *ok)
{
    int c = lx_nextc(lx);
    if (c == '\r') c = lx_nextc(lx);
    if (c != '\n') {
        /* E_LINECONT: at the character after the backslash. */
        *ok = false;
        int col = (int)(lx->cur - lx->line_start) - 1;
        lx_parser_error(lx, SE_SYNTAX_ERROR, lx->lineno, col + 1, lx->lineno, 0,
                           "unexpected character after line continuation character");
        return lx_error_token(lx, t);
    }
    c = lx_nextc(lx);
    if (c == EOFC) {
        *ok = false;
        lx->done = D_EOF;
        lx->cur = lx->read_end;
        if (lx->level) {
            lx->eof_in_brackets = true;
            return lx_error_token(lx, t);
        }
        /* "unexpected EOF while parsing", at the end of the last line. */
        lx_parser_error(lx, SE_SYNTAX_ERROR, lx->lineno, lx_col(lx), lx->lineno, -1,
                           "unexpected EOF while parsing");
        return lx_error_token(lx, t);
    }
    lx_backup(lx, c);
    *ok = true;
    return TK_ERRORTOKEN;
}

TokKind lx_get_normal(Lexer *lx, Token *t)
{
    FMode *mode = lx_mode(lx);
    int c;
    bool blankline;
nextline:
    blankline = false;
    if (lx->atbol) {
        int col = 0, altcol = 0, cont_line_col = 0;
        lx->atbol = false;
        for (;;) {
            c = lx_nextc(lx);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol = altcol + 1;
            } else if (c == '\014') {
                col = altcol = 0;
            } else if (c == '\\') {
                cont_line_col = cont_line_col ? cont_line_col : col;
                bool ok;
                TokKind k = lx_continuation_line(lx, t, &ok);
                if (!ok) return k;
            } else {
                break;
            }
        }
        lx_backup(lx, c);
        if (lx->failed) return lx_error_token(lx, t);
        if (c == '#' || c == '\n' || c == '\r') {
            /* Lines of only spaces and comments are skipped, except that
             * interactive input lets a totally empty line through (it ends
             * a compound statement) and a first line of spaces or a
             * comment (it is an empty statement). */
            if (lx->interactive && col == 0 && c == '\n') {
                blankline = false;
            } else if (lx->interactive && lx->lineno == 1) {
                blankline = false;
                col = altcol = 0;
            } else {
                blankline = true;
            }
        }
        if (!blankline && lx->level == 0) {
            col = cont_line_col ? cont_line_col : col;
            altcol = cont_line_col ? cont_line_col : altcol;
            if (col == lx->indstack[lx->indent]) {
                if (altcol != lx->altindstack[lx->indent]) {
                    lx_indent_error(lx);
                    return lx_error_token(lx, t);
                }
            } else if (col > lx->indstack[lx->indent]) {
                if (lx->indent + 1 >= MAXINDENT) {
                    lx->cur = lx->read_end;
                    lx_parser_error(lx, SE_INDENTATION_ERROR, lx->lineno, 1, lx->lineno, 0,
                                       "too many levels of indentation");
                    return lx_error_token(lx, t);
                }
                if (altcol <= lx->altindstack[lx->indent]) {
                    lx_indent_error(lx);
                    return lx_error_token(lx, t);
                }
                lx->pendin++;
                lx->indent++;
                lx->indstack[lx->indent] = col;
                lx->altindstack[lx->indent] = altcol;
            } else {
                while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
                    lx->pendin--;
                    lx->indent--;
                }
                if (col != lx->indstack[lx->indent]) {
                    /* E_DEDENT: reported at the end of the line. */
                    lx->cur = lx->read_end;
                    int lineno = lx->lineno;
                    int off = (int)(lx->cur - lx->line_start);
                    lx_parser_error(lx, SE_INDENTATION_ERROR, lineno, off, lineno, -1,
                                       "unindent does not match any outer indentation level");
                    return lx_error_token(lx, t);
                }
                if (altcol != lx->altindstack[lx->indent]) {
                    lx_indent_error(lx);
                    return lx_error_token(lx, t);
                }
            }
        }
    }

    lx_set_start(lx, lx->cur);
    if (lx->pendin != 0) {
        if (lx->pendin < 0) {
            lx->pendin++;
            return lx_make(lx, t, TK_DEDENT, lx->extra, lx->cur, lx->cur);
        }
        lx->pendin--;
        return lx_make(lx, t, TK_INDENT, lx->extra, lx->line_start, lx->cur);
    }

again:
    do {
        c = lx_nextc(lx);
    } while (c == ' ' || c == '\t' || c == '\014');
    if (lx->failed) return lx_error_token(lx, t);
    lx_set_start(lx, c == EOFC ? lx->cur : lx->cur - 1);

    if (c == '#') {
        while (c != EOFC && c != '\n' && c != '\r') c = lx_nextc(lx);
        if (lx->extra) {
            lx_backup(lx, c);
            lx->comment_newline = blankline;
            return lx_make(lx, t, TK_COMMENT, true, lx->tok_start, lx->cur);
        }
    }

    if (lx->done == D_INTERACT_STOP) return lx_make(lx, t, TK_ENDMARKER, false, 0, 0);

    if (c == EOFC) {
        if (lx->failed) return lx_error_token(lx, t);
        if (lx->level) {
            lx->eof_in_brackets = true;
            return lx_error_token(lx, t);
        }
        return lx_make(lx, t, lx->done == D_EOF ? TK_ENDMARKER : TK_ERRORTOKEN, false, 0, 0);
    }

    if (lx_id_start(c)) {
        /* String prefixes: b, r, u, f in their legal combinations. */
        bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
        bool nonascii = false;
        for (;;) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) saw_b = true;
            else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) saw_u = true;
            else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) saw_r = true;
            else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) saw_f = true;
            else break;
            c = lx_nextc(lx);
            if (c == '"' || c == '\'') {
                if (saw_f) return lx_start_fstring(lx, t, c);
                return lx_read_string(lx, t, c);
            }
        }
        while (lx_id_char(c)) {
            if (c >= 128) nonascii = true;
            c = lx_nextc(lx);
        }
        lx_backup(lx, c);
        if (nonascii && !lx_verify_identifier(lx)) return lx_error_token(lx, t);
        return lx_make(lx, t, TK_NAME, true, lx->tok_start, lx->cur);
    }

    if (c == '\r') c = lx_nextc(lx);

    if (c == '\n') {
        lx->atbol = true;
        if (blankline || lx->level > 0) {
            if (lx->extra) {
                lx->comment_newline = false;
                return lx_make(lx, t, TK_NL, true, lx->tok_start, lx->cur);
            }
            goto nextline;
        }
        if (lx->comment_newline && lx->extra) {
            lx->comment_newline = false;
            return lx_make(lx, t, TK_NL, true, lx->tok_start, lx->cur);
        }
        lx->cont_line = false;
        return lx_make(lx, t, TK_NEWLINE, true, lx->tok_start, lx->cur - 1);
    }

    if (c == '.') {
        c = lx_nextc(lx);
        if (lx_is_digit(c)) {
            if (!lx_read_number(lx, c, true)) return lx_error_token(lx, t);
            return lx_make(lx, t, TK_NUMBER, true, lx->tok_start, lx->cur);
        } else if (c == '.') {
            c = lx_nextc(lx);
            if (c == '.') return lx_make(lx, t, TK_ELLIPSIS, true, lx->tok_start, lx->cur);
            lx_backup(lx, c);
            lx_backup(lx, '.');
        } else {
            lx_backup(lx, c);
        }
        return lx_make(lx, t, TK_DOT, true, lx->tok_start, lx->cur);
    }

    if (lx_is_digit(c)) {
        if (!lx_read_number(lx, c, false)) return lx_error_token(lx, t);
        return lx_make(lx, t, TK_NUMBER, true, lx->tok_start, lx->cur);
    }

    if (c == '\'' || c == '"') return lx_read_string(lx, t, c);

    if (c == '\\') {
        bool ok;
        TokKind k = lx_continuation_line(lx, t, &ok);
        if (!ok) return k;
        lx->cont_line = true;
        goto again;
    }

    /* Inside an f-string replacement field, ':' '!' '}' and '{' at the
     * field's own level end (or start) its expression. */
    bool punct = c == ':' || c == '}' || c == '!' || c == '{';
    size_t dbg_start = 0, dbg_len = 0;
    if (punct && lx_inside_fstring(lx) && lx_inside_fstring_expr(mode)) {
        int cursor = mode->curly_depth - (c != '{');
        if (cursor == 0) lx_fstring_expr_mark(lx, c);
        if (cursor == 0 && c != '{') lx_fstring_expr_debug(lx, &dbg_start, &dbg_len);
        if (c == ':' && cursor == mode->expr_start_depth) {
            mode->kind = MODE_FSTRING;
            return lx_with_debug(t, lx_make(lx, t, TK_COLON, true, lx->tok_start, lx->cur),
                              dbg_start, dbg_len);
        }
    }

    {
        int c2 = lx_nextc(lx);
        TokKind k2 = two_chars(c, c2);
        if (k2 != TK_OP) {
            int c3 = lx_nextc(lx);
            TokKind k3 = three_chars(c, c2, c3);
            if (k3 != TK_OP) k2 = k3;
            else lx_backup(lx, c3);
            return lx_with_debug(t, lx_make(lx, t, k2, true, lx->tok_start, lx->cur),
                              dbg_start, dbg_len);
        }
        lx_backup(lx, c2);
    }

    switch (c) {
    case '(': case '[': case '{':
        if (lx->level >= MAXLEVEL) {
            lx_error(lx, "too many nested parentheses");
            return lx_error_token(lx, t);
        }
        lx->parenstack[lx->level] = (char)c;
        lx->parenlineno[lx->level] = lx->lineno;
        lx->parencol[lx->level] = (int)(lx->tok_start - lx->line_start);
        lx->level++;
        if (lx_inside_fstring(lx)) mode->curly_depth++;
        break;
    case ')': case ']': case '}':
        if (lx_inside_fstring(lx) && !mode->curly_depth && c == '}') {
            lx_error(lx, "f-string: single '}' is not allowed");
            return lx_error_token(lx, t);
        }
        if (!lx->extra && !lx->level) {
            lx_error(lx, "unmatched '%c'", c);
            return lx_error_token(lx, t);
        }
        if (lx->level > 0) {
            lx->level--;
            int opening = lx->parenstack[lx->level];
            if (!lx->extra && !((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
                                (opening == '{' && c == '}'))) {
                if (lx_inside_fstring(lx) && opening == '{') {
                    int previous_bracket = mode->curly_depth - 1;
                    if (previous_bracket == mode->expr_start_depth) {
                        lx_error(lx, "f-string: unmatched '%c'", c);
                        return lx_error_token(lx, t);
                    }
                }
                if (lx->parenlineno[lx->level] != lx->lineno) {
                    lx_error(lx, "closing parenthesis '%c' does not match opening "
                                 "parenthesis '%c' on line %d",
                                 c, opening, lx->parenlineno[lx->level]);
                } else {
                    lx_error(lx, "closing parenthesis '%c' does not match opening "
                                 "parenthesis '%c'", c, opening);
                }
                return lx_error_token(lx, t);
            }
        }
        if (lx_inside_fstring(lx)) {
            mode->curly_depth--;
            if (mode->curly_depth < 0) {
                lx_error(lx, "f-string: unmatched '%c'", c);
                return lx_error_token(lx, t);
            }
            if (c == '}' && mode->curly_depth == mode->expr_start_depth) {
                mode->expr_start_depth--;
                mode->kind = MODE_FSTRING;
                mode->debug = false;
            }
        }
        break;
    default:
        break;
    }

    if (c < 128 && !uni_isprintable((uint32_t)c)) {
        lx_error(lx, "invalid non-printable character U+%04X", (unsigned)c);
        return lx_error_token(lx, t);
    }
    if (c == '=' && lx_inside_fstring_expr(mode)) mode->debug = true;
    return lx_with_debug(t, lx_make(lx, t, one_char(c), true, lx->tok_start, lx->cur),
                      dbg_start, dbg_len);
}

/* ---- public ------------------------------------------------------------------ */

Lexer *lexer_init(const char *filename, const char *src, size_t len, bool extra)
{
    Lexer *lx = xcalloc(1, sizeof *lx);
    lx->filename = filename;
    lx->src = src ? src : "";
    lx->len = src ? len : 0;
    lx->implicit_nl = lx->len > 0 && lx->src[lx->len - 1] != '\n';
    lx->end = lx->len + (lx->implicit_nl ? 1 : 0);
    lx->extra = extra;
    if (lx->len >= 3 && memcmp(lx->src, "\xef\xbb\xbf", 3) == 0) lx->cur = lx->read_end = 3;
    lx->line_start = lx->cur;
    lx->atbol = true;
    lx->char_offsets = true;
    lx->modes[0].kind = MODE_REGULAR;
    lx->modes[0].expr_start_depth = -1;
    lx->modes[0].expr_end = -1;
    return lx;
}

void lexer_set_char_offsets(Lexer *lx, bool chars)
{
    lx->char_offsets = chars;
}

void lexer_set_interactive(Lexer *lx, LexerPrompt prompt, void *ctx)
{
    lx->interactive = true;
    /* a last line without a newline is read as it is; asking for more
     * then meets the end of input (CPython prompts once more) */
    lx->implicit_nl = false;
    lx->end = lx->len;
    lx->prompt = prompt;
    lx->prompt_ctx = ctx;
}

void lexer_imply_dedents(Lexer *lx)
{
    lx->pendin = -lx->indent;
    lx->indent = 0;
}

void lexer_stop_reading_lines(Lexer *lx)
{
    lx->underflow_stop = true;
}

size_t lexer_bytes_read(const Lexer *lx)
{
    return lx->read_end < lx->len ? lx->read_end : lx->len;
}

void lexer_set_warning_sink(Lexer *lx, LexerWarn fn, void *ctx)
{
    lx->warn = fn;
    lx->warn_ctx = ctx;
}

void lexer_free(Lexer *lx)
{
    free(lx);
}

TokKind lexer_next(Lexer *lx, Token *t, SyntaxErr *err)
{
    lx->err = err;
    if (lx->failed) return lx_make(lx, t, TK_ERRORTOKEN, false, 0, 0);
    FMode *m = lx_mode(lx);
    TokKind k = m->kind == MODE_REGULAR ? lx_get_normal(lx, t) : lx_get_fstring(lx, t, m);
    if (k == TK_ERRORTOKEN && !lx->failed) lx->failed = true;
    return k;
}

bool lexer_open_bracket(const Lexer *lx, char *ch, int *lineno, int *col)
{
    if (lx->level <= 0) return false;
    if (ch) *ch = lx->parenstack[lx->level - 1];
    if (lineno) *lineno = lx->parenlineno[lx->level - 1];
    if (col) *col = lx->parencol[lx->level - 1];
    return true;
}

bool lexer_at_eof_in_brackets(const Lexer *lx, char *ch, int *lineno, int *col)
{
    return lx->eof_in_brackets && lexer_open_bracket(lx, ch, lineno, col);
}

bool lexer_in_fstring(const Lexer *lx)
{
    return lx->mode_index > 0;
}

bool lexer_error_deferred(const Lexer *lx)
{
    return lx->deferred;
}

void lexer_position(const Lexer *lx, int *lineno, int *col)
{
    if (lineno) *lineno = lx->lineno;
    if (col) *col = lx_col(lx);
}
