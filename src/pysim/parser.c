/* parser.c — the parser's engine: token buffer, memo, node helpers, error
 * raising, and the two-pass driver (parse_module).
 *
 * It reproduces what CPython's pegen.c and pegen_errors.c do around the
 * generated rules, because SyntaxError locations depend on it: tokens are
 * fetched only when a rule looks at them (a generic "invalid syntax"
 * points at the last token the first pass fetched), a failed first pass is
 * followed by a second one with the invalid_* rules switched on, and after
 * a parser error the rest of the source is tokenized, so that a tokenizer
 * error further down (an unterminated string, an unclosed bracket opened
 * before the error's line) replaces it.
 *
 * Invariants: p->toks[0..fill) are the tokens fetched so far, each at a
 * stable address (the scratch arena), and mark <= fill; memo entries live
 * in one pool, chained from their token, and are dropped wholesale when no
 * backtracking can reach them any more (between top-level statements, and
 * before the second pass).
 */
#include "pysim/parser_impl.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "pysim/unicode.h"

#define MAXSTACK 6000

/* ORDER KEYWORD */
static const char *const keyword_names[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
};

static int keyword_type(const char *s, size_t n)
{
    if (n < 2 || n > 8) return TK_NAME; /* "as" .. "continue", "nonlocal" */
    for (int i = 0; i < KW_END - KW_FIRST; i++)
        if (keyword_names[i][0] == s[0] && strlen(keyword_names[i]) == n &&
            memcmp(keyword_names[i], s, n) == 0)
            return KW_FIRST + i;
    return TK_NAME;
}

/* ---- errors ----------------------------------------------------------------- */

/* _PyPegen_raise_error_known_location, reached through
 * RAISE_ERROR_KNOWN_LOCATION: columns are 0-based bytes (or CURRENT_POS,
 * or -1 for "none"); CPython adds one and converts to characters. */
static void raise_v(Parser *p, SyntaxErrKind kind, int lineno, int col, int end_lineno,
                    int end_col, bool plus_one, const char *fmt, va_list ap)
{
    if (p->error) return;
    p->error = true;
    int off = col, end_off = end_col;
    if (plus_one) {
        off = col == CURRENT_POS ? CURRENT_POS : col + 1;
        end_off = end_col == CURRENT_POS ? CURRENT_POS : end_col + 1;
    }
    int cur_line, cur_col;
    lexer_position(p->lx, &cur_line, &cur_col);
    if (end_lineno == CURRENT_POS) end_lineno = cur_line;
    if (end_off == CURRENT_POS) end_off = cur_col;
    Buf m = BUF_INIT;
    buf_vprintf(&m, fmt, ap);
    syntax_error_at(p->err, kind, p->filename, p->src, p->len, lineno, off, end_lineno, end_off,
                    p->char_offsets, "%s", m.p);
    buf_free(&m);
}

void *parser_raise_at(Parser *p, SyntaxErrKind kind, int lineno, int col, int end_lineno, int end_col,
                 const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_v(p, kind, lineno, col, end_lineno, end_col, true, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_raise_range(Parser *p, int l1, int c1, int l2, int c2, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_v(p, SE_SYNTAX_ERROR, l1, c1, l2, c2, true, fmt, ap);
    va_end(ap);
    return NULL;
}

/* _PyPegen_raise_error: at the last token fetched, or at the token at mark
 * (RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN). */
void *parser_raise(Parser *p, SyntaxErrKind kind, bool use_mark, const char *fmt, ...)
{
    if (p->error) return NULL;
    va_list ap;
    va_start(ap, fmt);
    if (p->fill == 0) {
        raise_v(p, kind, 0, 0, 0, -1, false, fmt, ap);
        va_end(ap);
        return NULL;
    }
    if (use_mark && p->mark == p->fill && !parser_tok(p, p->mark)) {
        va_end(ap);
        return NULL;
    }
    PToken *t = p->toks[p->known_err_token >= 0 ? p->known_err_token
                                                : use_mark ? p->mark : p->fill - 1];
    int col, end_col = -1;
    if (t->t.col == -1) {
        int line;
        lexer_position(p->lx, &line, &col);
    } else {
        col = t->t.col + 1;
    }
    if (t->t.end_col != -1) end_col = t->t.end_col + 1;
    raise_v(p, kind, t->t.lineno, col, t->t.end_lineno, end_col, false, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_raise_node(Parser *p, const Node *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_v(p, SE_SYNTAX_ERROR, a->lineno, a->col, a->end_lineno, a->end_col, true, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_raise_node_range(Parser *p, const Node *a, const Node *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_v(p, SE_SYNTAX_ERROR, a->lineno, a->col, b->end_lineno, b->end_col, true, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_raise_tok_range(Parser *p, const PToken *a, const PToken *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_v(p, SE_SYNTAX_ERROR, a->t.lineno, a->t.col, b->t.end_lineno, b->t.end_col, true, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_raise_tok(Parser *p, const PToken *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_v(p, SE_SYNTAX_ERROR, a->t.lineno, a->t.col, a->t.end_lineno, a->t.end_col, true, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_raise_starting_from_tok(Parser *p, const PToken *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_v(p, SE_SYNTAX_ERROR, a->t.lineno, a->t.col, CURRENT_POS, CURRENT_POS, true, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_raise_starting_from_node(Parser *p, const Node *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_v(p, SE_SYNTAX_ERROR, a->lineno, a->col, CURRENT_POS, CURRENT_POS, true, fmt, ap);
    va_end(ap);
    return NULL;
}

/* raise_unclosed_parentheses_error */
static void raise_unclosed(Parser *p, char ch, int lineno, int col, bool replace)
{
    if (replace) p->error = false;
    parser_raise_at(p, SE_SYNTAX_ERROR, lineno, col, lineno, -1, "'%c' was never closed", ch);
}

void parser_warn(Parser *p, int lineno, const char *fmt, ...)
{
    if (!p->warnings || p->call_invalid_rules) return;
    Buf m = BUF_INIT, entry = BUF_INIT, line = BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&m, fmt, ap);
    va_end(ap);
    buf_printf(&entry, "%s:%d: SyntaxWarning: %s\n", p->filename, lineno, m.p);
    /* Compile-time warnings carry no registry, so the warnings module
     * shows every one, even repeated on a line. */
    {
        buf_put(p->warnings, entry.p, entry.len);
        if (syntax_error_file_has_lines(p->filename) && syntax_error_program_text(&line, p->src, p->len, lineno)) {
            size_t a = 0, b = line.len;
            while (a < b && (line.p[a] == ' ' || line.p[a] == '\t' || line.p[a] == '\f' ||
                             line.p[a] == '\n' || line.p[a] == '\r' || line.p[a] == '\v'))
                a++;
            while (b > a && (line.p[b - 1] == ' ' || line.p[b - 1] == '\t' || line.p[b - 1] == '\n' ||
                             line.p[b - 1] == '\r' || line.p[b - 1] == '\f' || line.p[b - 1] == '\v'))
                b--;
            if (b > a) {
                buf_puts(p->warnings, "  ");
                buf_put(p->warnings, line.p + a, b - a);
                buf_putc(p->warnings, '\n');
            }
        }
    }
    buf_free(&m);
    buf_free(&entry);
    buf_free(&line);
}

void parser_unsupported(Parser *p, PToken *at, const char *what)
{
    if (p->unsupported || p->call_invalid_rules) return;
    p->unsupported = true;
    p->unsupported_what = what;
    p->unsupported_lineno = at->t.lineno;
    p->unsupported_col = at->t.col;
}

/* ---- tokens ----------------------------------------------------------------- */

/* _PyPegen_fill_token: one more token from the lexer. */
static bool fill_token(Parser *p)
{
    if (p->fill == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 256;
        p->toks = xrealloc(p->toks, (size_t)p->cap * sizeof *p->toks);
    }
    PToken *pt = arena_alloc(&p->scratch, sizeof *pt);
    Token t;
    TokKind k = lexer_next(p->lx, &t, p->err);
    pt->t.lineno = t.lineno;
    pt->t.col = t.col;
    pt->t.end_lineno = t.end_lineno;
    pt->t.end_col = t.end_col;
    pt->t.start = (uint32_t)t.start;
    pt->t.end = (uint32_t)t.end;
    pt->t.debug_start = (uint32_t)t.debug_start;
    pt->t.debug_len = (uint32_t)t.debug_len;
    pt->t.level = (int16_t)t.level;
    pt->type = (int16_t)(k == TK_NAME ? keyword_type(p->src + t.start, t.end - t.start) : (int)k);
    /* Single input: the first end of input reads as one more NEWLINE, so
     * that "compound_stmt NEWLINE" can end a compound statement. */
    if (p->mode == PARSE_INTERACTIVE && k == TK_ENDMARKER && p->parsing_started) {
        pt->type = TK_NEWLINE;
        p->parsing_started = false;
        lexer_imply_dedents(p->lx);
    } else {
        p->parsing_started = true;
    }
    pt->memo = -1;
    p->toks[p->fill++] = pt;
    if (k == TK_ERRORTOKEN) {
        p->tok_error = true;
        char ch;
        int lineno, col;
        if (lexer_at_eof_in_brackets(p->lx, &ch, &lineno, &col)) raise_unclosed(p, ch, lineno, col, false);
        p->error = true;
        return false;
    }
    return true;
}

PToken *parser_fill_to(Parser *p, int i)
{
    while (p->fill <= i) {
        if (p->error) return NULL;
        if (!fill_token(p)) return NULL;
    }
    return p->toks[i];
}

int parser_type(Parser *p)
{
    if (p->error) return -1;
    PToken *t = parser_tok(p, p->mark);
    return t ? t->type : -1;
}

PToken *parser_expect(Parser *p, int type)
{
    if (p->error) return NULL;
    PToken *t = parser_tok(p, p->mark);
    if (!t || t->type != type) return NULL;
    p->mark++;
    return t;
}

PToken *parser_expect_name(Parser *p)
{
    return parser_expect(p, TK_NAME);
}

PToken *parser_expect_soft(Parser *p, const char *kw)
{
    if (p->error) return NULL;
    PToken *t = parser_tok(p, p->mark);
    if (!t || t->type != TK_NAME) return NULL;
    size_t n = strlen(kw);
    if (t->t.end - t->t.start != n || memcmp(p->src + t->t.start, kw, n) != 0) return NULL;
    p->mark++;
    return t;
}

bool parser_next_is(Parser *p, int type)
{
    return parser_type(p) == type;
}

/* Characters that NFKC normalization changes (or may compose), which
 * CPython applies to every identifier: memguide has no normalization
 * tables, so a name holding one is reported as unsupported rather than
 * silently left different from CPython's. */
static bool nfkc_suspect(uint32_t c)
{
    static const uint32_t ranges[][2] = {
        {0x00AA, 0x00BA}, {0x0132, 0x0133}, {0x013F, 0x0140}, {0x0149, 0x0149},
        {0x017F, 0x017F}, {0x01C4, 0x01CC}, {0x01F1, 0x01F3}, {0x02B0, 0x02E4},
        {0x0300, 0x036F}, {0x037A, 0x037A}, {0x1100, 0x11FF}, {0x1D2C, 0x1DBF},
        {0x2071, 0x209C}, {0x2100, 0x218F}, {0x2C7C, 0x2C7D}, {0x3000, 0x33FF},
        {0xF900, 0xFAFF}, {0xFB00, 0xFDFF}, {0xFE70, 0xFEFF}, {0xFF00, 0xFFEF},
        {0x1D400, 0x1D7FF}, {0x1EE00, 0x1EEFF}, {0x2F800, 0x2FA1F},
    };
    for (size_t i = 0; i < sizeof ranges / sizeof *ranges; i++)
        if (c >= ranges[i][0] && c <= ranges[i][1]) return true;
    return false;
}

const char *parser_tok_str(Parser *p, PToken *t)
{
    if (!t->str) {
        const char *s = p->src + t->t.start;
        size_t n = t->t.end - t->t.start;
        t->str = arena_strndup(p->arena, s, n);
        if (t->type == TK_NAME) {
            for (size_t i = 0; i < n;) {
                if ((unsigned char)s[i] < 0x80) {
                    i++;
                    continue;
                }
                uint32_t c = 0;
                size_t k = uni_utf8_decode(s + i, n - i, &c);
                if (!k) break;
                if (nfkc_suspect(c)) {
                    parser_unsupported(p, t, "identifiers that NFKC normalization changes");
                    break;
                }
                i += k;
            }
        }
    }
    return t->str;
}

PToken *parser_last_token(Parser *p)
{
    PToken *t = NULL;
    for (int m = p->mark - 1; m >= 0; m--) {
        t = p->toks[m];
        if (t->type != TK_ENDMARKER && (t->type < TK_NEWLINE || t->type > TK_DEDENT)) break;
    }
    return t;
}

bool parser_enter(Parser *p)
{
    if (p->level++ == MAXSTACK && !p->error) {
        p->error = true;
        syntax_error_set(p->err, SE_MEMORY_ERROR, p->filename, 0, 0, 0, 0, NULL, 0,
                         "Parser stack overflowed - Python source too complex to parse");
    }
    if (p->error) {
        p->level--;
        return false;
    }
    return true;
}

void parser_leave(Parser *p)
{
    p->level--;
}

/* The rules worth memoizing here: those CPython memoizes that are really
 * tried twice at one position (by alternatives that share a prefix, or by
 * the second pass's invalid rules).  Memoizing the rest costs memory for
 * nothing: they are reached at a position from one parent only.  Which
 * rules are memoized never changes what is parsed or which tokens are
 * fetched. */
static const bool memo_enabled[M_COUNT] = {
    [M_SIMPLE_STMT] = true, [M_BLOCK] = true, [M_EXPRESSION] = true,
    [M_STAR_EXPRESSION] = true, [M_DISJUNCTION] = true, [M_STAR_TARGET] = true,
    [M_TARGET_WITH_STAR_ATOM] = true, [M_DEL_TARGET] = true, [M_ARGUMENTS] = true,
    [M_IMPORT_STMT] = true, [M_BITWISE_OR] = true, [M_T_PRIMARY] = true,
    [M_STRINGS] = true, [M_INVALID_NAMED_EXPR] = true,
};

void *parser_memo_get(Parser *p, int rule, bool *found)
{
    *found = false;
    if (!memo_enabled[rule]) return NULL;
    PToken *t = parser_tok(p, p->mark);
    if (!t) return NULL;
    for (int32_t i = t->memo; i >= 0; i = p->memo[i].next) {
        if (p->memo[i].rule == rule) {
            *found = true;
            p->mark = p->memo[i].end;
            return p->memo[i].result;
        }
    }
    return NULL;
}

void parser_memo_put(Parser *p, int rule, int start, void *result)
{
    if (!memo_enabled[rule]) return;
    PToken *t = p->toks[start];
    for (int32_t i = t->memo; i >= 0; i = p->memo[i].next) {
        if (p->memo[i].rule == rule) {
            p->memo[i].result = result;
            p->memo[i].end = p->mark;
            return;
        }
    }
    if (p->memo_len == p->memo_cap) {
        p->memo_cap = p->memo_cap ? p->memo_cap * 2 : 1024;
        p->memo = xrealloc(p->memo, (size_t)p->memo_cap * sizeof *p->memo);
    }
    Memo *m = &p->memo[p->memo_len];
    m->rule = rule;
    m->result = result;
    m->end = p->mark;
    m->next = t->memo;
    t->memo = p->memo_len++;
}

/* Top-level statements never backtrack into one another, so after each the
 * memo can start afresh: the pool stays as small as one statement needs. */
void parser_memo_release(Parser *p, int from)
{
    for (int i = from; i < p->fill; i++) p->toks[i]->memo = -1;
    /* Entries of earlier tokens were released before: the pool is empty. */
    p->memo_len = 0;
}

/* ---- nodes ---------------------------------------------------------------- */

Node *parser_node(Parser *p, NodeKind k, int lineno, int col, int end_lineno, int end_col)
{
    Node *n = arena_alloc(p->arena, sizeof *n);
    n->kind = k;
    n->lineno = lineno;
    n->col = col;
    n->end_lineno = end_lineno;
    n->end_col = end_col;
    return n;
}

Node *parser_node_from(Parser *p, NodeKind k, int start)
{
    PToken *s = p->toks[start], *e = parser_last_token(p);
    return parser_node(p, k, s->t.lineno, s->t.col, e->t.end_lineno, e->t.end_col);
}

void nodevec_push(NodeVec *v, Node *n)
{
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 4;
        v->items = xrealloc(v->items, (size_t)v->cap * sizeof *v->items);
    }
    v->items[v->len++] = n;
}

NodeList nodevec_finish(Parser *p, NodeVec *v)
{
    NodeList l = {NULL, v->len};
    if (v->len) {
        l.items = arena_alloc(p->arena, (size_t)v->len * sizeof *l.items);
        memcpy(l.items, v->items, (size_t)v->len * sizeof *l.items);
    }
    nodevec_free(v);
    return l;
}

void nodevec_free(NodeVec *v)
{
    free(v->items);
    v->items = NULL;
    v->len = v->cap = 0;
}

NodeList parser_list1(Parser *p, Node *n)
{
    NodeList l = {arena_alloc(p->arena, sizeof(Node *)), 1};
    l.items[0] = n;
    return l;
}

/* _PyPegen_set_expr_context: a copy of e (and of its elements) with ctx. */
Node *parser_set_ctx(Parser *p, Node *e, AstContext ctx)
{
    Node *n;
    switch (e->kind) {
    case N_NAME:
        n = arena_alloc(p->arena, sizeof *n);
        *n = *e;
        n->u.name.ctx = ctx;
        return n;
    case N_TUPLE:
    case N_LIST:
        n = arena_alloc(p->arena, sizeof *n);
        *n = *e;
        n->u.seq.ctx = ctx;
        if (e->u.seq.elts.len) {
            n->u.seq.elts.items = arena_alloc(p->arena, (size_t)e->u.seq.elts.len * sizeof(Node *));
            for (int i = 0; i < e->u.seq.elts.len; i++)
                n->u.seq.elts.items[i] = parser_set_ctx(p, e->u.seq.elts.items[i], ctx);
        }
        return n;
    case N_SUBSCRIPT:
        n = arena_alloc(p->arena, sizeof *n);
        *n = *e;
        n->u.subscript.ctx = ctx;
        return n;
    case N_ATTRIBUTE:
        n = arena_alloc(p->arena, sizeof *n);
        *n = *e;
        n->u.attribute.ctx = ctx;
        return n;
    case N_STARRED:
        n = arena_alloc(p->arena, sizeof *n);
        *n = *e;
        n->u.starred.ctx = ctx;
        n->u.starred.value = parser_set_ctx(p, e->u.starred.value, ctx);
        return n;
    default:
        return e;
    }
}

/* _PyPegen_get_expr_name: how error messages name an expression. */
const char *parser_expr_name(const Node *e)
{
    switch (e->kind) {
    case N_ATTRIBUTE: return "attribute";
    case N_SUBSCRIPT: return "subscript";
    case N_STARRED: return "starred";
    case N_NAME: return "name";
    case N_LIST: return "list";
    case N_TUPLE: return "tuple";
    case N_LAMBDA: return "lambda";
    case N_CALL: return "function call";
    case N_BOOLOP: case N_BINOP: case N_UNARYOP: return "expression";
    case N_GENERATOREXP: return "generator expression";
    case N_YIELD: case N_YIELDFROM: return "yield expression";
    case N_AWAIT: return "await expression";
    case N_LISTCOMP: return "list comprehension";
    case N_SETCOMP: return "set comprehension";
    case N_DICTCOMP: return "dict comprehension";
    case N_DICT: return "dict literal";
    case N_SET: return "set display";
    case N_JOINEDSTR: case N_FORMATTEDVALUE: return "f-string expression";
    case N_CONSTANT:
        switch (e->u.constant.ck) {
        case CONST_NONE: return "None";
        case CONST_FALSE: return "False";
        case CONST_TRUE: return "True";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case N_COMPARE: return "comparison";
    case N_IFEXP: return "conditional expression";
    case N_NAMEDEXPR: return "named expression";
    default: return "expression";
    }
}

/* ---- the driver -------------------------------------------------------------- */

static Node *run_start_rule(Parser *p)
{
    switch (p->mode) {
    case PARSE_FILE: return parser_file(p);
    case PARSE_INTERACTIVE: return parser_interactive(p);
    case PARSE_EXPRESSION: return parser_eval(p);
    }
    return NULL;
}

/* _PyPegen_tokenize_full_source_to_check_for_errors: a tokenizer error
 * further on replaces the parser's error; so does a bracket left open on
 * a line before the error's token. */
static void check_rest_of_source(Parser *p)
{
    /* not for interactive input: that would read the lines that follow */
    if (p->interactive) {
        p->error = true;
        return;
    }
    int err_line = p->toks[p->fill - 1]->t.lineno;
    SyntaxErr tmp = SYNTAX_ERR_INIT, saved = *p->err;
    *p->err = (SyntaxErr)SYNTAX_ERR_INIT;
    bool replaced = false;
    Token t;
    for (;;) {
        TokKind k = lexer_next(p->lx, &t, &tmp);
        if (k == TK_ENDMARKER) break;
        if (k != TK_ERRORTOKEN) continue;
        char ch;
        int lineno, col;
        if (tmp.set && !lexer_error_deferred(p->lx)) {
            *p->err = tmp;
            tmp = (SyntaxErr)SYNTAX_ERR_INIT;
            replaced = true;
        } else if (lexer_open_bracket(p->lx, &ch, &lineno, &col) && err_line > lineno) {
            p->error = false;
            raise_unclosed(p, ch, lineno, col, false);
            replaced = true;
        }
        break;
    }
    syntax_error_clear(&tmp);
    /* Inside an f-string the error found in its expression stays: what
     * the tokenizer says afterwards ("expecting '}'") would only hide it. */
    if (replaced && !lexer_in_fstring(p->lx)) {
        syntax_error_clear(&saved);
    } else {
        syntax_error_clear(p->err);
        *p->err = saved;
    }
    p->error = true;
}

/* _Pypegen_set_syntax_error: what to report after the second pass. */
static void set_syntax_error(Parser *p, int last_token)
{
    if (p->error) {
        if (!p->tok_error) check_rest_of_source(p);
        return;
    }
    if (p->fill == 0) {
        parser_raise(p, SE_SYNTAX_ERROR, false, "error at start before reading any input");
        return;
    }
    PToken *last = p->toks[last_token];
    if (last->type == TK_INDENT || last->type == TK_DEDENT) {
        parser_raise(p, SE_INDENTATION_ERROR, false, last->type == TK_INDENT ? "unexpected indent"
                                                                        : "unexpected unindent");
        return;
    }
    parser_raise_tok(p, last, "invalid syntax");
    check_rest_of_source(p);
}

/* Whether CPython's tokenizer knows the file's encoding (tok->encoding):
 * a UTF-8 BOM, or a coding cookie on line 1 or 2.  Only then does it count
 * error columns in characters; otherwise in bytes. */
static bool has_declared_encoding(const char *src, size_t len)
{
    if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0) return true;
    size_t pos = 0;
    for (int line = 0; line < 2 && pos < len; line++) {
        size_t e = pos;
        while (e < len && src[e] != '\n') e++;
        size_t i = pos;
        while (i < e && (src[i] == ' ' || src[i] == '\t' || src[i] == '\f')) i++;
        if (i < e && src[i] == '#') {
            for (size_t k = i; k + 7 <= e; k++)
                if (memcmp(src + k, "coding", 6) == 0 && (src[k + 6] == ':' || src[k + 6] == '='))
                    return true;
        }
        pos = e + 1;
    }
    return false;
}

static void lexer_warning(void *ctx, int lineno, const char *msg)
{
    parser_warn(ctx, lineno, "%s", msg);
}

/* Interactive input: who prompts, and where the statement's bytes end. */
typedef struct Interactive {
    LexerPrompt prompt;
    void *ctx;
    size_t consumed;
} Interactive;

static Node *parse_source(Arena *a, const char *filename, const char *src, size_t len, ParseMode mode,
                          SyntaxErr *err, Buf *warnings, Interactive *ia);

Node *parse_module(Arena *a, const char *filename, const char *src, size_t len, ParseMode mode,
                   SyntaxErr *err, Buf *warnings)
{
    return parse_source(a, filename, src, len, mode, err, warnings, NULL);
}

Node *parse_interactive(Arena *a, const char *filename, const char *src, size_t len, SyntaxErr *err,
                        Buf *warnings, LexerPrompt prompt, void *prompt_ctx, size_t *consumed)
{
    Interactive ia = {prompt, prompt_ctx, 0};
    Node *n = parse_source(a, filename, src, len, PARSE_INTERACTIVE, err, warnings, &ia);
    *consumed = ia.consumed;
    return n;
}

static Node *parse_source(Arena *a, const char *filename, const char *src, size_t len, ParseMode mode,
                          SyntaxErr *err, Buf *warnings, Interactive *ia)
{
    Parser p;
    memset(&p, 0, sizeof p);
    p.arena = a;
    p.filename = filename ? filename : "<string>";
    p.src = src ? src : "";
    p.len = src ? len : 0;
    p.mode = mode;
    p.err = err;
    p.warnings = warnings;
    p.known_err_token = -1;
    p.lx = lexer_init(p.filename, p.src, p.len, false);
    p.char_offsets = mode != PARSE_FILE || has_declared_encoding(p.src, p.len);
    lexer_set_char_offsets(p.lx, p.char_offsets);
    lexer_set_warning_sink(p.lx, lexer_warning, &p);
    if (ia) {
        lexer_set_interactive(p.lx, ia->prompt, ia->ctx);
        p.interactive = true;
    }

    /* The file must be UTF-8 (with no coding cookie saying otherwise);
     * CPython checks each line as it reads it. */
    size_t bad;
    if (uni_utf8_validate(p.src, p.len, &bad) != UNI_UTF8_OK) {
        int line = 1;
        for (size_t i = 0; i < bad; i++)
            if (p.src[i] == '\n') line++;
        syntax_error_set(err, SE_SYNTAX_ERROR, p.filename, 0, 0, 0, 0, NULL, 0,
                         "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                         "but no encoding declared; see https://peps.python.org/pep-0263/ "
                         "for details", (unsigned char)p.src[bad], p.filename, line);
        lexer_free(p.lx);
        return NULL;
    }
    Node *res = run_start_rule(&p);
    if (!res && p.interactive_exit && !p.error) {
        /* the end of the session: no statement and no error */
    } else if (!res || p.error) {
        res = NULL;
        /* Only a SyntaxError gets the second pass (and MemoryError or
         * ValueError propagate as they are). */
        if (!(p.error && (err->kind == SE_MEMORY_ERROR || err->kind == SE_VALUE_ERROR))) {
            int last_token = p.fill > 0 ? p.fill - 1 : 0;
            parser_memo_release(&p, 0);
            p.mark = 0;
            p.call_invalid_rules = true;
            if (p.interactive) lexer_stop_reading_lines(p.lx);
            run_start_rule(&p);
            set_syntax_error(&p, last_token);
        }
    } else if (p.unsupported) {
        syntax_error_unsupported(err, p.filename, p.src, p.len, p.unsupported_lineno,
                                 p.unsupported_col, p.unsupported_what);
        res = NULL;
    }
    if (ia) ia->consumed = lexer_bytes_read(p.lx);
    lexer_free(p.lx);
    free(p.toks);
    free(p.memo);
    arena_free(&p.scratch);
    return res;
}
