/* lexer_literal.c — the literal-reading half of the lexer: numbers
 * (with CPython's errors for bad digits, underscores and suffixes),
 * identifiers with non-ASCII characters, string and bytes literals, and
 * f-strings as 3.12 tokenizes them (FSTRING_START / FSTRING_MIDDLE /
 * FSTRING_END with the replacement fields' tokens in between).
 *
 * Same invariants as lexer.c (lexer_impl.h).
 */
#include "pysim/lexer_impl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pysim/unicode.h"

/* ---- identifiers and numbers ---------------------------------------------- */


/* lx_verify_identifier: a NAME with non-ASCII bytes must be a real identifier;
 * the first bad character is reported. */
bool lx_verify_identifier(Lexer *lx)
{
    if (lx->extra) return true;
    const char *s = lx->src + lx->tok_start;
    size_t n = lx->cur - lx->tok_start;
    /* The bytes must be UTF-8 first. */
    if (uni_utf8_validate(s, n, NULL) != UNI_UTF8_OK) {
        lx_error(lx, "(unicode error) 'utf-8' codec can't decode bytes");
        return false;
    }
    size_t bad = uni_scan_identifier(s, n);
    if (bad >= n) return true;
    uint32_t cp = 0;
    size_t used = uni_utf8_decode(s + bad, n - bad, &cp);
    if (bad + used < n) lx->cur = lx->tok_start + bad + used;
    if (uni_isprintable(cp)) {
        Buf ch = BUF_INIT;
        buf_put(&ch, s + bad, used);
        lx_error(lx, "invalid character '%s' (U+%04X)", ch.p, (unsigned)cp);
        buf_free(&ch);
    } else {
        lx_error(lx, "invalid non-printable character U+%04X", (unsigned)cp);
    }
    return false;
}

/* lx_lookahead: do the next characters spell `test` and then end a name? */
static bool lx_lookahead(Lexer *lx, const char *test)
{
    const char *s = test;
    bool res = false;
    for (;;) {
        int c = lx_nextc(lx);
        if (*s == 0) {
            res = !lx_id_char(c);
        } else if (c == (unsigned char)*s) {
            s++;
            continue;
        }
        lx_backup(lx, c);
        while (s != test) {
            --s;
            lx_backup(lx, (unsigned char)*s);
        }
        return res;
    }
}

/* lx_verify_end_of_number: a letter right after a number is an error, except
 * the keywords that may follow a number in valid code (only a warning). */
static bool lx_verify_end_of_number(Lexer *lx, int c, const char *kind)
{
    if (lx->extra) return true;
    bool r = false;
    if (c == 'a') r = lx_lookahead(lx, "nd");
    else if (c == 'e') r = lx_lookahead(lx, "lse");
    else if (c == 'f') r = lx_lookahead(lx, "or");
    else if (c == 'i') {
        int c2 = lx_nextc(lx);
        if (c2 == 'f' || c2 == 'n' || c2 == 's') r = true;
        lx_backup(lx, c2);
    } else if (c == 'o') r = lx_lookahead(lx, "r");
    else if (c == 'n') r = lx_lookahead(lx, "ot");
    if (r) {
        /* Valid code may have a keyword right after a number; CPython only
         * warns, at the number's line. */
        if (lx->warn) {
            Buf m = BUF_INIT;
            buf_printf(&m, "invalid %s literal", kind);
            lx->warn(lx->warn_ctx, lx->lineno, m.p);
            buf_free(&m);
        }
        return true;
    }
    if (c < 128 && c != EOFC && lx_id_char(c)) {
        lx_backup(lx, c);
        lx_error(lx, "invalid %s literal", kind);
        return false;
    }
    return true;
}

/* tok_decimal_tail: digits with single underscores between them.  Returns
 * the character after them, or 0 after an error. */
static int lx_decimal_tail(Lexer *lx)
{
    int c;
    for (;;) {
        do {
            c = lx_nextc(lx);
        } while (lx_is_digit(c));
        if (c != '_') break;
        c = lx_nextc(lx);
        if (!lx_is_digit(c)) {
            lx_backup(lx, c);
            lx_error(lx, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

/* The rest of a number whose first character c has been read.  Returns
 * false after an error. */
bool lx_read_number(Lexer *lx, int c, bool after_dot)
{
    if (after_dot) goto fraction;
    if (c == '0') {
        c = lx_nextc(lx);
        if (c == 'x' || c == 'X') {
            c = lx_nextc(lx);
            do {
                if (c == '_') c = lx_nextc(lx);
                if (!lx_is_xdigit(c)) {
                    lx_backup(lx, c);
                    lx_error(lx, "invalid hexadecimal literal");
                    return false;
                }
                do {
                    c = lx_nextc(lx);
                } while (lx_is_xdigit(c));
            } while (c == '_');
            if (!lx_verify_end_of_number(lx, c, "hexadecimal")) return false;
        } else if (c == 'o' || c == 'O') {
            c = lx_nextc(lx);
            do {
                if (c == '_') c = lx_nextc(lx);
                if (c < '0' || c >= '8') {
                    if (lx_is_digit(c)) {
                        lx_error(lx, "invalid digit '%c' in octal literal", c);
                    } else {
                        lx_backup(lx, c);
                        lx_error(lx, "invalid octal literal");
                    }
                    return false;
                }
                do {
                    c = lx_nextc(lx);
                } while ('0' <= c && c < '8');
            } while (c == '_');
            if (lx_is_digit(c)) {
                lx_error(lx, "invalid digit '%c' in octal literal", c);
                return false;
            }
            if (!lx_verify_end_of_number(lx, c, "octal")) return false;
        } else if (c == 'b' || c == 'B') {
            c = lx_nextc(lx);
            do {
                if (c == '_') c = lx_nextc(lx);
                if (c != '0' && c != '1') {
                    if (lx_is_digit(c)) {
                        lx_error(lx, "invalid digit '%c' in binary literal", c);
                    } else {
                        lx_backup(lx, c);
                        lx_error(lx, "invalid binary literal");
                    }
                    return false;
                }
                do {
                    c = lx_nextc(lx);
                } while (c == '0' || c == '1');
            } while (c == '_');
            if (lx_is_digit(c)) {
                lx_error(lx, "invalid digit '%c' in binary literal", c);
                return false;
            }
            if (!lx_verify_end_of_number(lx, c, "binary")) return false;
        } else {
            bool nonzero = false;
            /* Maybe an old-style octal; "0" alone is fine. */
            for (;;) {
                if (c == '_') {
                    c = lx_nextc(lx);
                    if (!lx_is_digit(c)) {
                        lx_backup(lx, c);
                        lx_error(lx, "invalid decimal literal");
                        return false;
                    }
                }
                if (c != '0') break;
                c = lx_nextc(lx);
            }
            size_t zeros_end = lx->cur;
            if (lx_is_digit(c)) {
                nonzero = true;
                c = lx_decimal_tail(lx);
                if (c == 0) return false;
            }
            if (c == '.') {
                c = lx_nextc(lx);
                goto fraction;
            } else if (c == 'e' || c == 'E') {
                goto exponent;
            } else if (c == 'j' || c == 'J') {
                goto imaginary;
            } else if (nonzero && !lx->extra) {
                lx_backup(lx, c);
                lx_error_range(lx, (int)(lx->tok_start + 1 - lx->line_start),
                            (int)(zeros_end - lx->line_start),
                            "leading zeros in decimal integer literals are not permitted; "
                            "use an 0o prefix for octal integers");
                return false;
            }
            if (!lx_verify_end_of_number(lx, c, "decimal")) return false;
        }
    } else {
        c = lx_decimal_tail(lx);
        if (c == 0) return false;
        if (c == '.') {
            c = lx_nextc(lx);
        fraction:
            if (lx_is_digit(c)) {
                c = lx_decimal_tail(lx);
                if (c == 0) return false;
            }
        }
        if (c == 'e' || c == 'E') {
            int e;
        exponent:
            e = c;
            c = lx_nextc(lx);
            if (c == '+' || c == '-') {
                c = lx_nextc(lx);
                if (!lx_is_digit(c)) {
                    lx_backup(lx, c);
                    lx_error(lx, "invalid decimal literal");
                    return false;
                }
            } else if (!lx_is_digit(c)) {
                lx_backup(lx, c);
                if (!lx_verify_end_of_number(lx, e, "decimal")) return false;
                lx_backup(lx, e);
                return true;
            }
            c = lx_decimal_tail(lx);
            if (c == 0) return false;
        }
        if (c == 'j' || c == 'J') {
        imaginary:
            c = lx_nextc(lx);
            if (!lx_verify_end_of_number(lx, c, "imaginary")) return false;
        } else if (!lx_verify_end_of_number(lx, c, "decimal")) {
            return false;
        }
    }
    lx_backup(lx, c);
    return true;
}
/* ---- f-string bookkeeping ------------------------------------------------- */

/* update_fstring_expr for '{' (a field starts after it) and for '}', '!',
 * ':' (the field's expression ends before it). */
void lx_fstring_expr_mark(Lexer *lx, int c)
{
    FMode *m = lx_mode(lx);
    if (c == '{') {
        m->expr_valid = true;
        m->expr_start = lx->cur;
        m->expr_end = -1;
    } else if (m->expr_end == -1) {
        m->expr_end = (long)lx->tok_start;
    }
}

/* set_fstring_expr: after an '=' in the field, the token that ends its
 * expression carries the field's text (*len stays 0 otherwise). */
void lx_fstring_expr_debug(Lexer *lx, size_t *start, size_t *len)
{
    FMode *m = lx_mode(lx);
    if (!m->debug || !m->expr_valid || m->expr_end < 0) return;
    *start = m->expr_start;
    *len = (size_t)m->expr_end - m->expr_start;
}

/* A token that may end an f-string expression: attach the debug text. */
TokKind lx_with_debug(Token *t, TokKind k, size_t start, size_t len)
{
    if (len) {
        t->debug_start = start;
        t->debug_len = len;
    }
    return k;
}
/* A plain string or bytes literal; the opening quote has been read. */
TokKind lx_read_string(Lexer *lx, Token *t, int quote)
{
    int quote_size = 1, end_quote_size = 0;
    lx->first_lineno = lx->lineno;
    lx->multi_line_start = lx->line_start;
    int c = lx_nextc(lx);
    if (c == quote) {
        c = lx_nextc(lx);
        if (c == quote) quote_size = 3;
        else end_quote_size = 1; /* the empty string */
    }
    if (c != quote) lx_backup(lx, c);
    while (end_quote_size != quote_size) {
        c = lx_nextc(lx);
        if (lx->failed) return lx_error_token(lx, t);
        if (c == EOFC || (quote_size == 1 && c == '\n')) {
            /* Report from the opening quote's line. */
            lx->cur = lx->tok_start + 1;
            lx->line_start = lx->multi_line_start;
            int detected = lx->lineno;
            lx->lineno = lx->first_lineno;
            if (lx_inside_fstring(lx)) {
                FMode *m = lx_mode(lx);
                if (m->quote == quote && m->quote_size == quote_size) {
                    lx_error(lx, "f-string: expecting '}'");
                    return lx_error_token(lx, t);
                }
            }
            if (quote_size == 3)
                lx_error(lx, "unterminated triple-quoted string literal (detected at line %d)",
                             detected);
            else
                lx_error(lx, "unterminated string literal (detected at line %d)", detected);
            return lx_error_token(lx, t);
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\') {
                c = lx_nextc(lx);
                if (c == '\r') c = lx_nextc(lx);
            }
        }
    }
    return lx_make(lx, t, TK_STRING, true, lx->tok_start, lx->cur);
}

/* FSTRING_START: the prefix and the opening quote(s). */
TokKind lx_start_fstring(Lexer *lx, Token *t, int quote)
{
    int quote_size = 1;
    lx->first_lineno = lx->lineno;
    lx->multi_line_start = lx->line_start;
    int after = lx_nextc(lx);
    if (after == quote) {
        int after2 = lx_nextc(lx);
        if (after2 == quote) {
            quote_size = 3;
        } else {
            lx_backup(lx, after2);
            lx_backup(lx, after);
        }
    }
    if (after != quote) lx_backup(lx, after);
    if (lx->mode_index + 1 >= MAXFSTRINGLEVEL) {
        lx_error(lx, "too many nested f-strings");
        return lx_error_token(lx, t);
    }
    FMode *m = &lx->modes[++lx->mode_index];
    memset(m, 0, sizeof *m);
    m->kind = MODE_FSTRING;
    m->quote = quote;
    m->quote_size = quote_size;
    m->start = lx->tok_start;
    m->multi_line_start = lx->line_start;
    m->line_start_lineno = lx->lineno;
    int p0 = lx->src[lx->tok_start], p1 = lx->src[lx->tok_start + 1];
    m->raw = (p0 == 'r' || p0 == 'R') || p1 == 'r' || p1 == 'R';
    m->curly_depth = 0;
    m->expr_start_depth = -1;
    m->expr_end = -1;
    return lx_make(lx, t, TK_FSTRING_START, true, lx->tok_start, lx->cur);
}

/* ---- f-string mode ------------------------------------------------------------ */

TokKind lx_get_fstring(Lexer *lx, Token *t, FMode *m)
{
    lx_set_start(lx, lx->cur);
    lx->first_lineno = lx->lineno;
    int start_char = lx_nextc(lx);
    if (start_char == '{') {
        int peek = lx_nextc(lx);
        lx_backup(lx, peek);
        lx_backup(lx, start_char);
        if (peek != '{') {
            m->expr_start_depth++;
            if (m->expr_start_depth >= MAX_EXPR_NESTING) {
                lx_error(lx, "f-string: expressions nested too deeply");
                return lx_error_token(lx, t);
            }
            m->kind = MODE_REGULAR;
            return lx_get_normal(lx, t);
        }
    } else {
        lx_backup(lx, start_char);
    }

    /* At the closing quote(s)? */
    for (int i = 0; i < m->quote_size; i++) {
        int q = lx_nextc(lx);
        if (q != m->quote) {
            /* Quotes matched so far stay read: they begin the middle. */
            lx_backup(lx, q);
            goto middle;
        }
    }
    m->expr_valid = false;
    m->expr_end = -1;
    lx->mode_index--;
    return lx_make(lx, t, TK_FSTRING_END, true, lx->tok_start, lx->cur);

middle:
    lx->multi_line_start = lx->line_start;
    {
        int end_quote_size = 0;
        bool unicode_escape = false;
        while (end_quote_size != m->quote_size) {
            int c = lx_nextc(lx);
            if (lx->failed) return lx_error_token(lx, t);
            bool in_format_spec = m->expr_end != -1 && lx_inside_fstring_expr(m);
            if (c == EOFC || (m->quote_size == 1 && c == '\n')) {
                if (in_format_spec && c == '\n') {
                    lx_backup(lx, c);
                    m->kind = MODE_REGULAR;
                    return lx_make(lx, t, TK_FSTRING_MIDDLE, true, lx->tok_start, lx->cur);
                }
                lx->cur = m->start + 1;
                lx->line_start = m->multi_line_start;
                int detected = lx->lineno;
                lx->lineno = m->line_start_lineno;
                if (m->quote_size == 3)
                    lx_error(lx, "unterminated triple-quoted f-string literal "
                                 "(detected at line %d)", detected);
                else
                    lx_error(lx, "unterminated f-string literal (detected at line %d)",
                                 detected);
                return lx_error_token(lx, t);
            }
            if (c == m->quote) {
                end_quote_size++;
                continue;
            }
            end_quote_size = 0;
            if (c == '{') {
                int peek = lx_nextc(lx);
                if (peek != '{' || in_format_spec) {
                    lx_backup(lx, peek);
                    lx_backup(lx, c);
                    m->expr_start_depth++;
                    if (m->expr_start_depth >= MAX_EXPR_NESTING) {
                        lx_error(lx, "f-string: expressions nested too deeply");
                        return lx_error_token(lx, t);
                    }
                    m->kind = MODE_REGULAR;
                    return lx_make(lx, t, TK_FSTRING_MIDDLE, true, lx->tok_start, lx->cur);
                }
                return lx_make(lx, t, TK_FSTRING_MIDDLE, true, lx->tok_start, lx->cur - 1);
            } else if (c == '}') {
                if (unicode_escape)
                    return lx_make(lx, t, TK_FSTRING_MIDDLE, true, lx->tok_start, lx->cur);
                int peek = lx_nextc(lx);
                if (peek == '}' && !in_format_spec)
                    return lx_make(lx, t, TK_FSTRING_MIDDLE, true, lx->tok_start, lx->cur - 1);
                lx_backup(lx, peek);
                lx_backup(lx, c);
                m->kind = MODE_REGULAR;
                return lx_make(lx, t, TK_FSTRING_MIDDLE, true, lx->tok_start, lx->cur);
            } else if (c == '\\') {
                int peek = lx_nextc(lx);
                if (peek == '\r') peek = lx_nextc(lx);
                if (peek == '{' || peek == '}') {
                    if (!m->raw && lx->warn) {
                        Buf w = BUF_INIT;
                        buf_printf(&w, "invalid escape sequence '\\%c'", peek);
                        lx->warn(lx->warn_ctx, lx->lineno, w.p);
                        buf_free(&w);
                    }
                    lx_backup(lx, peek);
                    continue;
                }
                if (!m->raw && peek == 'N') {
                    peek = lx_nextc(lx);
                    if (peek == '{') unicode_escape = true;
                    else lx_backup(lx, peek);
                }
            }
        }
        /* The closing quotes go to FSTRING_END next time. */
        for (int i = 0; i < m->quote_size; i++) lx_backup(lx, m->quote);
        return lx_make(lx, t, TK_FSTRING_MIDDLE, true, lx->tok_start, lx->cur);
    }
}
