/* parser_string.c — string, bytes and f-string literals: escape decoding,
 * f-string replacement fields, and the concatenation of adjacent literals.
 *
 * It follows CPython 3.12's string_parser.c and action_helpers.c: the same
 * escapes (invalid ones kept, with a SyntaxWarning for the first), the same
 * errors, and the same JoinedStr/FormattedValue/Constant nodes with the
 * same positions, including 3.12's quirks (a format spec is a JoinedStr of
 * its parts as they come, empty ones included; adjacent constants merge
 * into one spanning first to last).
 *
 * Decoded text is UTF-8 in which lone surrogates are 3-byte sequences and
 * NUL may occur, so every string carries its length.
 */
#include "pysim/parser_impl.h"

#include <stdlib.h>
#include <string.h>

#include "pysim/unicode.h"
#include "pysim/unicode_names.h"

static Node *str_constant(Parser *p, const char *s, size_t n, int l1, int c1, int l2, int c2)
{
    Node *c = parser_node(p, N_CONSTANT, l1, c1, l2, c2);
    c->u.constant.ck = CONST_STR;
    c->u.constant.text = arena_strndup(p->arena, s, n);
    c->u.constant.len = n;
    return c;
}

static bool is_str_constant(const Node *e)
{
    return e->kind == N_CONSTANT && e->u.constant.ck == CONST_STR;
}

/* Copies s[0..n) turning "\r\n" into "\n": CPython reads the file with
 * universal newlines. */
static void put_text(Buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') continue;
        buf_putc(b, s[i]);
    }
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The first invalid escape, for the warning: its character, or the three
 * octal digits of an out-of-range octal escape. */
typedef struct BadEscape {
    bool set;
    bool octal;
    char text[4];
} BadEscape;

static void note_bad(BadEscape *bad, const char *s, bool octal)
{
    if (bad->set) return;
    bad->set = true;
    bad->octal = octal;
    memcpy(bad->text, s, octal ? 3 : 1);
    bad->text[octal ? 3 : 1] = '\0';
}

/* Where CPython's unicode-escape decoder counts positions: its input is
 * the literal with every non-ASCII character spelled \UXXXXXXXX (and a
 * backslash before one spelled \u005c). */
static size_t escaped_pos(const char *s, size_t upto)
{
    size_t pos = 0;
    for (size_t i = 0; i < upto;) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\') {
            /* the backslash, and the byte after it copied as it is unless
             * it starts a non-ASCII character (then "u005c" follows) */
            pos++;
            i++;
            if (i >= upto || ((unsigned char)s[i] & 0x80)) {
                pos += 5;
                continue;
            }
            c = (unsigned char)s[i];
        }
        if (c & 0x80) {
            uint32_t cp;
            size_t k = uni_utf8_decode(s + i, upto - i, &cp);
            i += k ? k : 1;
            pos += 10;
        } else {
            pos++;
            i++;
        }
    }
    return pos;
}

/* decode_unicode_with_escapes: s[0..n) (newlines already "\n") into out.
 * Returns false after raising a SyntaxError. */
static bool decode_str_escapes(Parser *p, const char *s, size_t n, Buf *out, BadEscape *bad,
                               PToken *tok)
{
    size_t i = 0;
    while (i < n) {
        if (s[i] != '\\') {
            buf_putc(out, s[i++]);
            continue;
        }
        size_t esc = i;
        i++;
        unsigned char c = i < n ? (unsigned char)s[i] : 0;
        if (i >= n || (c & 0x80)) {
            /* A backslash at the end (an f-string part can end so) or
             * before a non-ASCII character stays: CPython spells it
             * \u005c before decoding. */
            buf_putc(out, '\\');
            continue;
        }
        i++;
        switch (c) {
        case '\n': break;
        case '\\': buf_putc(out, '\\'); break;
        case '\'': buf_putc(out, '\''); break;
        case '"': buf_putc(out, '"'); break;
        case 'a': buf_putc(out, 7); break;
        case 'b': buf_putc(out, 8); break;
        case 'f': buf_putc(out, 12); break;
        case 't': buf_putc(out, '\t'); break;
        case 'n': buf_putc(out, '\n'); break;
        case 'r': buf_putc(out, '\r'); break;
        case 'v': buf_putc(out, 11); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = c - '0';
            size_t first = i - 1;
            if (i < n && s[i] >= '0' && s[i] <= '7') {
                v = v * 8 + (unsigned)(s[i++] - '0');
                if (i < n && s[i] >= '0' && s[i] <= '7') v = v * 8 + (unsigned)(s[i++] - '0');
            }
            if (v > 0377) note_bad(bad, s + first, true);
            buf_put_utf8(out, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            const char *msg = c == 'x' ? "truncated \\xXX escape"
                            : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
            uint32_t v = 0;
            for (int k = 0; k < count; k++) {
                int h = i < n ? hexval((unsigned char)s[i]) : -1;
                if (h < 0) {
                    size_t endpos = escaped_pos(s, i < n ? i : n);
                    if (i >= n) endpos = escaped_pos(s, n);
                    parser_raise(p, SE_SYNTAX_ERROR, false, "(unicode error) 'unicodeescape' codec can't "
                            "decode bytes in position %zu-%zu: %s", escaped_pos(s, esc),
                            endpos - 1, msg);
                    return false;
                }
                v = v * 16 + (uint32_t)h;
                i++;
            }
            if (v > 0x10FFFF) {
                parser_raise(p, SE_SYNTAX_ERROR, false, "(unicode error) 'unicodeescape' codec can't "
                        "decode bytes in position %zu-%zu: illegal Unicode character",
                        escaped_pos(s, esc), escaped_pos(s, i) - 1);
                return false;
            }
            buf_put_utf8(out, v);
            break;
        }
        case 'N': {
            /* \N{name}, as _PyUnicode_DecodeUnicodeEscapeInternal reads it:
             * the name runs to the first '}'.  An error's span ends where
             * that scan stopped: after the N when no '{' follows, at the end
             * of the text when no '}' does, before the '}' of an empty name,
             * after the '}' of an unknown one. */
            const char *msg = "malformed \\N character escape";
            size_t stop = i;
            if (i < n && s[i] == '{') {
                const char *close = memchr(s + i + 1, '}', n - i - 1);
                stop = close ? (size_t)(close - s) : n;
                if (close && stop > i + 1) {
                    uint32_t v;
                    if (uni_lookup_name(s + i + 1, stop - i - 1, &v)) {
                        buf_put_utf8(out, v);
                        i = stop + 1;
                        break;
                    }
                    msg = "unknown Unicode character name";
                    stop++;
                }
            }
            parser_raise(p, SE_SYNTAX_ERROR, false, "(unicode error) 'unicodeescape' codec can't "
                    "decode bytes in position %zu-%zu: %s", escaped_pos(s, esc),
                    escaped_pos(s, stop) - 1, msg);
            return false;
        }
        default:
            note_bad(bad, s + i - 1, false);
            buf_putc(out, '\\');
            buf_putc(out, (char)c);
            break;
        }
    }
    return true;
}

/* _PyBytes_DecodeEscape */
static bool decode_bytes_escapes(Parser *p, const char *s, size_t n, Buf *out, BadEscape *bad)
{
    size_t i = 0;
    while (i < n) {
        if (s[i] != '\\') {
            buf_putc(out, s[i++]);
            continue;
        }
        size_t esc = i;
        i++;
        if (i >= n) {
            parser_raise(p, SE_SYNTAX_ERROR, false, "(value error) Trailing \\ in string");
            return false;
        }
        unsigned char c = (unsigned char)s[i++];
        switch (c) {
        case '\n': break;
        case '\\': buf_putc(out, '\\'); break;
        case '\'': buf_putc(out, '\''); break;
        case '"': buf_putc(out, '"'); break;
        case 'b': buf_putc(out, 8); break;
        case 'f': buf_putc(out, 12); break;
        case 't': buf_putc(out, '\t'); break;
        case 'n': buf_putc(out, '\n'); break;
        case 'r': buf_putc(out, '\r'); break;
        case 'v': buf_putc(out, 11); break;
        case 'a': buf_putc(out, 7); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = c - '0';
            size_t first = i - 1;
            if (i < n && s[i] >= '0' && s[i] <= '7') {
                v = v * 8 + (unsigned)(s[i++] - '0');
                if (i < n && s[i] >= '0' && s[i] <= '7') v = v * 8 + (unsigned)(s[i++] - '0');
            }
            if (v > 0377) note_bad(bad, s + first, true);
            buf_putc(out, (char)(v & 0xFF));
            break;
        }
        case 'x': {
            int h1 = i < n ? hexval((unsigned char)s[i]) : -1;
            int h2 = i + 1 < n ? hexval((unsigned char)s[i + 1]) : -1;
            if (h1 < 0 || h2 < 0) {
                parser_raise(p, SE_SYNTAX_ERROR, false, "(value error) invalid \\x escape at position %zu",
                        esc);
                return false;
            }
            buf_putc(out, (char)(h1 * 16 + h2));
            i += 2;
            break;
        }
        default:
            note_bad(bad, s + i - 1, false);
            buf_putc(out, '\\');
            buf_putc(out, (char)c);
            break;
        }
    }
    return true;
}

static void warn_bad(Parser *p, const BadEscape *bad, int lineno)
{
    if (!bad->set) return;
    if (bad->octal) parser_warn(p, lineno, "invalid octal escape sequence '\\%s'", bad->text);
    else parser_warn(p, lineno, "invalid escape sequence '\\%s'", bad->text);
}

/* _PyPegen_decode_string: raw text or escapes, into out. */
static bool decode_text(Parser *p, bool raw, const char *s, size_t n, Buf *out, int warn_line,
                        PToken *tok)
{
    Buf t = BUF_INIT;
    put_text(&t, s, n);
    bool ok = true;
    if (raw || !memchr(t.p ? t.p : "", '\\', t.len)) {
        buf_put(out, t.p ? t.p : "", t.len);
    } else {
        BadEscape bad = {0};
        ok = decode_str_escapes(p, t.p, t.len, out, &bad, tok);
        if (ok) warn_bad(p, &bad, warn_line);
    }
    buf_free(&t);
    return ok;
}

/* string: STRING  (_PyPegen_constant_from_string / _PyPegen_parse_string) */
static Node *string_constant(Parser *p, PToken *t)
{
    const char *s = p->src + t->t.start;
    size_t n = t->t.end - t->t.start, i = 0;
    bool bytes = false, raw = false;
    while (i < n && s[i] != '\'' && s[i] != '"') {
        char c = s[i++];
        if (c == 'b' || c == 'B') bytes = true;
        if (c == 'r' || c == 'R') raw = true;
    }
    char quote = s[i];
    size_t q = (n - i >= 6 && s[i + 1] == quote && s[i + 2] == quote) ? 3 : 1;
    const char *body = s + i + q;
    size_t blen = n - i - 2 * q;
    Node *c = parser_node(p, N_CONSTANT, t->t.lineno, t->t.col, t->t.end_lineno, t->t.end_col);
    Buf out = BUF_INIT;
    if (bytes) {
        for (size_t k = 0; k < blen; k++) {
            if ((unsigned char)body[k] >= 0x80) {
                buf_free(&out);
                return parser_raise_tok(p, t, "bytes can only contain ASCII literal characters");
            }
        }
        Buf tmp = BUF_INIT;
        put_text(&tmp, body, blen);
        if (raw || !memchr(tmp.p ? tmp.p : "", '\\', tmp.len)) {
            buf_put(&out, tmp.p ? tmp.p : "", tmp.len);
        } else {
            BadEscape bad = {0};
            bool ok = decode_bytes_escapes(p, tmp.p, tmp.len, &out, &bad);
            if (ok) warn_bad(p, &bad, t->t.lineno);
            if (!ok) {
                buf_free(&tmp);
                buf_free(&out);
                return NULL;
            }
        }
        buf_free(&tmp);
        c->u.constant.ck = CONST_BYTES;
    } else {
        if (!decode_text(p, raw, body, blen, &out, t->t.lineno, t)) {
            buf_free(&out);
            return NULL;
        }
        c->u.constant.ck = CONST_STR;
        c->u.constant.is_u = s[0] == 'u';
    }
    c->u.constant.text = arena_strndup(p->arena, out.p ? out.p : "", out.len);
    c->u.constant.len = out.len;
    buf_free(&out);
    return c;
}

/* ---- f-strings ------------------------------------------------------------------ */

/* A Constant for an FSTRING_MIDDLE token, its text not yet decoded
 * (_PyPegen_constant_from_token). */
static Node *middle_raw(Parser *p, PToken *t)
{
    return str_constant(p, p->src + t->t.start, t->t.end - t->t.start, t->t.lineno, t->t.col,
                        t->t.end_lineno, t->t.end_col);
}

/* fstring_format_spec's FSTRING_MIDDLE: decoded at once
 * (_PyPegen_decoded_constant_from_token, never raw). */
static Node *middle_decoded(Parser *p, PToken *t)
{
    Buf out = BUF_INIT;
    if (!decode_text(p, false, p->src + t->t.start, t->t.end - t->t.start, &out, t->t.lineno, t)) {
        buf_free(&out);
        return NULL;
    }
    Node *c = str_constant(p, out.p ? out.p : "", out.len, t->t.lineno, t->t.col, t->t.end_lineno,
                           t->t.end_col);
    buf_free(&out);
    return c;
}

/* fstring_full_format_spec: ':' fstring_format_spec*
 * fstring_format_spec: FSTRING_MIDDLE | fstring_replacement_field */
static Node *format_spec(Parser *p, PToken **colon)
{
    ENTER();
    *colon = parser_expect(p, TK_COLON);
    if (!*colon) LEAVE(NULL);
    NodeVec v = {0};
    for (;;) {
        PToken *m = parser_expect(p, TK_FSTRING_MIDDLE);
        Node *e = NULL;
        if (m) {
            e = middle_decoded(p, m);
        } else if (!p->error) {
            int at = p->mark;
            e = parser_fstring_replacement_field(p);
            if (!e) p->mark = at;
        }
        if (!e) break;
        nodevec_push(&v, e);
    }
    if (p->error) {
        nodevec_free(&v);
        LEAVE(NULL);
    }
    /* 3.11 compatibility: a spec that is one empty string is no parts. */
    if (v.len == 1 && is_str_constant(v.items[0]) && v.items[0]->u.constant.len == 0) v.len = 0;
    Node *n = parser_node_from(p, N_JOINEDSTR, _start);
    n->u.joined.values = nodevec_finish(p, &v);
    LEAVE(n);
}

static Node *debug_text(Parser *p, PToken *t, int l1, int c1, int l2, int c2)
{
    if (!t || !t->t.debug_len) {
        /* The tokenizer keeps the field's text only for fields at the
         * f-string's own level; for one nested in a format spec 3.12
         * builds Constant(NULL) and fails on the spot. */
        if (!p->error) {
            p->error = true;
            syntax_error_set(p->err, SE_VALUE_ERROR, p->filename, 0, 0, 0, 0, NULL, 0,
                             "field 'value' is required for Constant");
        }
        return NULL;
    }
    Buf b = BUF_INIT;
    put_text(&b, p->src + t->t.debug_start, t->t.debug_len);
    Node *c = str_constant(p, b.p ? b.p : "", b.len, l1, c1, l2, c2);
    buf_free(&b);
    return c;
}

/* fstring_replacement_field:
 *     | '{' (yield_expr | star_expressions) '='? [fstring_conversion]
 *           [fstring_full_format_spec] '}'
 *     | invalid_replacement_field
 * fstring_conversion: "!" NAME */
Node *parser_fstring_replacement_field(Parser *p)
{
    ENTER();
    if (parser_expect(p, TK_LBRACE)) {
        Node *a = parser_yield_expr(p);
        if (!a && !p->error) a = parser_star_expressions(p);
        if (a) {
            PToken *debug = parser_expect(p, TK_EQUAL);
            PToken *bang = NULL, *conv = NULL, *colon = NULL;
            Node *conv_name = NULL, *spec = NULL;
            int m = p->mark;
            if ((bang = parser_expect(p, TK_EXCLAMATION)) && (conv = parser_expect_name(p))) {
                if (bang->t.lineno != conv->t.lineno || bang->t.end_col != conv->t.col)
                    LEAVE(parser_raise_tok_range(p, bang, conv, "f-string: conversion type must come "
                                            "right after the exclamanation mark"));
                conv_name = parser_node(p, N_NAME, conv->t.lineno, conv->t.col, conv->t.end_lineno,
                                   conv->t.end_col);
                conv_name->u.name.id = parser_tok_str(p, conv);
            } else {
                if (p->error) LEAVE(NULL);
                bang = NULL;
                p->mark = m;
            }
            m = p->mark;
            spec = format_spec(p, &colon);
            if (!spec) {
                if (p->error) LEAVE(NULL);
                p->mark = m;
            }
            PToken *rbrace = parser_expect(p, TK_RBRACE);
            if (rbrace) {
                int conversion = -1;
                if (conv_name) {
                    const char *id = conv_name->u.name.id;
                    if (strlen(id) != 1 || (id[0] != 's' && id[0] != 'r' && id[0] != 'a')) {
                        Buf r = BUF_INIT;
                        uni_repr(&r, id, strlen(id));
                        parser_raise_node(p, conv_name, "f-string: invalid conversion character %s: "
                                     "expected 's', 'r', or 'a'", r.p);
                        buf_free(&r);
                        LEAVE(NULL);
                    }
                    conversion = id[0];
                } else if (debug && !spec) {
                    conversion = 'r';
                }
                Node *fv = parser_node_from(p, N_FORMATTEDVALUE, _start);
                fv->u.formatted.value = a;
                fv->u.formatted.conversion = conversion;
                fv->u.formatted.format_spec = spec;
                if (!debug) LEAVE(fv);
                /* x= shows the text of the field, then the value. */
                int el, ec;
                PToken *meta;
                if (conv_name) {
                    el = conv_name->lineno;
                    ec = conv_name->col;
                    meta = bang;
                } else if (spec) {
                    el = spec->lineno;
                    ec = spec->col + 1;
                    meta = colon;
                } else {
                    el = fv->end_lineno;
                    ec = fv->end_col;
                    meta = rbrace;
                }
                Node *text = debug_text(p, meta, fv->lineno, fv->col + 1, el, ec - 1);
                if (!text) LEAVE(NULL);
                Node *j = parser_node(p, N_JOINEDSTR, fv->lineno, fv->col, el, ec);
                NodeVec v = {0};
                nodevec_push(&v, text);
                nodevec_push(&v, fv);
                j->u.joined.values = nodevec_finish(p, &v);
                LEAVE(j);
            }
        }
    }
    if (p->error) LEAVE(NULL);
    RESET();
    if (INVALID) {
        parser_invalid_replacement_field(p);
        RESET();
    }
    LEAVE(NULL);
}

/* fstring: FSTRING_START fstring_middle* FSTRING_END  (_PyPegen_joined_str) */
static Node *fstring(Parser *p)
{
    ENTER();
    PToken *a = parser_expect(p, TK_FSTRING_START);
    if (!a) LEAVE(NULL);
    NodeVec raw = {0};
    for (;;) {
        int m = p->mark;
        Node *e = parser_fstring_replacement_field(p);
        if (!e && !p->error) {
            p->mark = m;
            PToken *t = parser_expect(p, TK_FSTRING_MIDDLE);
            if (t) e = middle_raw(p, t);
        }
        if (!e) {
            if (!p->error) p->mark = m;
            break;
        }
        nodevec_push(&raw, e);
    }
    PToken *b = p->error ? NULL : parser_expect(p, TK_FSTRING_END);
    if (!b) {
        nodevec_free(&raw);
        LEAVE(NULL);
    }
    const char *prefix = p->src + a->t.start;
    bool is_raw = memchr(prefix, 'r', a->t.end - a->t.start) || memchr(prefix, 'R', a->t.end - a->t.start);
    NodeVec v = {0};
    for (int i = 0; i < raw.len; i++) {
        Node *item = raw.items[i];
        /* unpack_top_level_joined_strs: a debug field's JoinedStr */
        if (item->kind == N_JOINEDSTR) {
            for (int k = 0; k < item->u.joined.values.len; k++)
                nodevec_push(&v, item->u.joined.values.items[k]);
            continue;
        }
        if (item->kind == N_CONSTANT) {
            Buf out = BUF_INIT;
            bool raw_part = is_raw || !memchr(item->u.constant.text, '\\', item->u.constant.len);
            if (!decode_text(p, raw_part, item->u.constant.text, item->u.constant.len, &out,
                             b->t.lineno, b)) {
                buf_free(&out);
                nodevec_free(&raw);
                nodevec_free(&v);
                LEAVE(NULL);
            }
            bool empty = out.len == 0;
            if (!empty) {
                item = str_constant(p, out.p, out.len, item->lineno, item->col, item->end_lineno,
                                    item->end_col);
            }
            buf_free(&out);
            if (empty) continue;
        }
        nodevec_push(&v, item);
    }
    nodevec_free(&raw);
    Node *n = parser_node(p, N_JOINEDSTR, a->t.lineno, a->t.col, b->t.end_lineno, b->t.end_col);
    n->u.joined.values = nodevec_finish(p, &v);
    LEAVE(n);
}

/* _PyPegen_concatenate_strings */
static Node *concatenate(Parser *p, NodeVec *parts, int start)
{
    bool f_found = false, str_found = false, bytes_found = false;
    for (int i = 0; i < parts->len; i++) {
        Node *e = parts->items[i];
        if (e->kind == N_CONSTANT) {
            if (e->u.constant.ck == CONST_BYTES) bytes_found = true;
            else str_found = true;
        } else {
            f_found = true;
        }
    }
    if ((str_found || f_found) && bytes_found) {
        parser_raise(p, SE_SYNTAX_ERROR, false, "cannot mix bytes and nonbytes literals");
        return NULL;
    }
    if (bytes_found) {
        /* CPython starts from b'' and PyBytes_Concat()s each piece, which
         * returns a piece itself when the other side is empty: with one
         * non-empty piece the result is that piece's object, which the
         * arena then holds twice (one reference more while the module runs) */
        Buf b = BUF_INIT;
        int nonempty = 0;
        for (int i = 0; i < parts->len; i++) {
            buf_put(&b, parts->items[i]->u.constant.text, parts->items[i]->u.constant.len);
            if (parts->items[i]->u.constant.len) nonempty++;
        }
        Node *c = parser_node_from(p, N_CONSTANT, start);
        c->u.constant.ck = CONST_BYTES;
        c->u.constant.arena_twice = nonempty == 1;
        c->u.constant.text = arena_strndup(p->arena, b.p ? b.p : "", b.len);
        c->u.constant.len = b.len;
        buf_free(&b);
        return c;
    }
    if (!f_found && parts->len == 1) return parts->items[0];

    NodeVec flat = {0};
    for (int i = 0; i < parts->len; i++) {
        Node *e = parts->items[i];
        if (e->kind == N_JOINEDSTR) {
            for (int k = 0; k < e->u.joined.values.len; k++) nodevec_push(&flat, e->u.joined.values.items[k]);
        } else {
            nodevec_push(&flat, e);
        }
    }
    NodeVec values = {0};
    for (int i = 0; i < flat.len; i++) {
        Node *e = flat.items[i];
        if (e->kind == N_CONSTANT) {
            if (i + 1 < flat.len && flat.items[i + 1]->kind == N_CONSTANT) {
                Node *first = e, *last = e;
                Buf b = BUF_INIT;
                int j = i;
                for (; j < flat.len && flat.items[j]->kind == N_CONSTANT; j++) {
                    buf_put(&b, flat.items[j]->u.constant.text, flat.items[j]->u.constant.len);
                    last = flat.items[j];
                }
                i = j - 1;
                e = str_constant(p, b.p ? b.p : "", b.len, first->lineno, first->col,
                                 last->end_lineno, last->end_col);
                e->u.constant.is_u = first->u.constant.is_u;
                buf_free(&b);
            }
            if (f_found && e->u.constant.len == 0) continue;
        }
        nodevec_push(&values, e);
    }
    nodevec_free(&flat);
    if (!f_found) {
        Node *only = values.items[0];
        nodevec_free(&values);
        return only;
    }
    Node *j = parser_node_from(p, N_JOINEDSTR, start);
    j->u.joined.values = nodevec_finish(p, &values);
    return j;
}

/* strings (memo): (fstring|string)+ */
Node *parser_strings(Parser *p)
{
    ENTER();
    bool found;
    Node *memo = parser_memo_get(p, M_STRINGS, &found);
    if (found) LEAVE(memo);
    NodeVec parts = {0};
    for (;;) {
        int t = parser_type(p);
        Node *e = NULL;
        if (t == TK_FSTRING_START) {
            e = fstring(p);
        } else if (t == TK_STRING) {
            PToken *tok = parser_tok(p, p->mark);
            p->mark++;
            e = string_constant(p, tok);
        }
        if (!e) break;
        nodevec_push(&parts, e);
    }
    Node *res = NULL;
    if (!p->error && parts.len) res = concatenate(p, &parts, _start);
    nodevec_free(&parts);
    if (p->error) LEAVE(NULL);
    if (!res) RESET();
    parser_memo_put(p, M_STRINGS, _start, res);
    LEAVE(res);
}
