/* test_lexer.c — unit tests of the lexer, the parser's non-file modes and
 * error paths, and the SyntaxError printer.
 *
 * The printer is held to CPython's own output: every program in
 * tests/pysim/syntax is parsed here, and the warnings and SyntaxError it
 * prints must equal the .err file recorded from python3.12.  Expected trees
 * below were printed by python3.12's ast.dump (see each comment).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "pysim/lexer.h"
#include "pysim/parser.h"
#include "pysim/syntax_error.h"

/* ---- helpers ---- */

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    Buf b = BUF_INIT;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_put(&b, chunk, n);
    fclose(f);
    if (!b.p) buf_put(&b, "", 0);
    *len = b.len;
    return buf_take(&b);
}

/* What memguide prints for a program that does not parse: the warnings,
 * then the error as python3.12 prints it. */
static char *parse_diagnostics(const char *name, const char *src, size_t len, ParseMode mode)
{
    Arena a = ARENA_INIT;
    SyntaxErr e = SYNTAX_ERR_INIT;
    Buf out = BUF_INIT;
    Node *m = parse_module(&a, name, src, len, mode, &e, &out);
    if (!m) {
        if (e.unsupported) syntax_error_format_unsupported(&e, &out);
        else syntax_error_print(&e, &out);
    }
    syntax_error_clear(&e);
    arena_free(&a);
    if (!out.p) buf_put(&out, "", 0);
    return buf_take(&out);
}

static char *dump(const char *src, ParseMode mode)
{
    Arena a = ARENA_INIT;
    SyntaxErr e = SYNTAX_ERR_INIT;
    Buf out = BUF_INIT;
    Node *m = parse_module(&a, "<unit>", src, strlen(src), mode, &e, NULL);
    if (m) ast_dump(&out, m);
    else if (e.unsupported) syntax_error_format_unsupported(&e, &out);
    else syntax_error_print(&e, &out);
    syntax_error_clear(&e);
    arena_free(&a);
    if (!out.p) buf_put(&out, "", 0);
    return buf_take(&out);
}

/* ---- the lexer ---- */

static void test_tokens(void)
{
    const char *src = "x = f\"a{b!r:>{w}}\"  # c\nif x:\n\ty = 0x1F\n";
    static const TokKind want[] = {
        TK_NAME, TK_EQUAL, TK_FSTRING_START, TK_FSTRING_MIDDLE, TK_LBRACE, TK_NAME,
        TK_EXCLAMATION, TK_NAME, TK_COLON, TK_FSTRING_MIDDLE, TK_LBRACE, TK_NAME, TK_RBRACE,
        TK_FSTRING_MIDDLE, TK_RBRACE, TK_FSTRING_END, TK_COMMENT, TK_NEWLINE, TK_NAME,
        TK_NAME, TK_COLON, TK_NEWLINE, TK_INDENT, TK_NAME, TK_EQUAL, TK_NUMBER, TK_NEWLINE,
        TK_DEDENT, TK_ENDMARKER,
    };
    Lexer *lx = lexer_init("t.py", src, strlen(src), true);
    SyntaxErr e = SYNTAX_ERR_INIT;
    Token t;
    size_t covered = 0, n = 0;
    bool all = true;
    for (;;) {
        TokKind k = lexer_next(lx, &t, &e);
        if (n < sizeof want / sizeof *want) {
            if (k != want[n]) {
                printf("token %zu: %s, want %s\n", n, lexer_kind_name(k), lexer_kind_name(want[n]));
                all = false;
            }
        }
        n++;
        /* Tokens never go backwards; between them there is only blank
         * space (a NEWLINE token's text leaves out the newline itself). */
        for (size_t i = covered; i < t.start; i++) {
            if (src[i] != ' ' && src[i] != '\t' && src[i] != '\n') {
                printf("byte %zu ('%c') not covered before %s\n", i, src[i], lexer_kind_name(k));
                all = false;
            }
        }
        if (t.end > covered) covered = t.end;
        if (k == TK_ENDMARKER || k == TK_ERRORTOKEN) break;
    }
    CHECK(all);
    CHECK(n == sizeof want / sizeof *want);
    CHECK(covered == strlen(src));
    CHECK(!e.set);
    lexer_free(lx);

    /* Parser mode: no COMMENT/NL; positions as CPython's tokenizer. */
    const char *src2 = "a = (1,\n     2)  # x\n";
    lx = lexer_init("t.py", src2, strlen(src2), false);
    TokKind k;
    int count = 0;
    while ((k = lexer_next(lx, &t, &e)) != TK_ENDMARKER && k != TK_ERRORTOKEN) {
        CHECK(k != TK_COMMENT && k != TK_NL);
        if (k == TK_NUMBER && count > 3) {
            CHECK(t.lineno == 2 && t.col == 5 && t.end_col == 6);
        }
        count++;
    }
    CHECK(k == TK_ENDMARKER);
    CHECK(count == 8); /* a = ( 1 , 2 ) NEWLINE */
    lexer_free(lx);

    CHECK(lexer_is_keyword("lambda", 6));
    CHECK(!lexer_is_keyword("match", 5));
    CHECK(lexer_is_soft_keyword("match", 5));
    CHECK(lexer_op_kind("**=", 3) == TK_DOUBLESTAREQUAL);
    CHECK(lexer_op_kind("$", 1) == TK_OP);
    CHECK_STR(lexer_kind_name(TK_FSTRING_MIDDLE), "FSTRING_MIDDLE");
}

static void test_lexer_errors(void)
{
    const char *src = "x = 1\ns = 'abc\n";
    Lexer *lx = lexer_init("u.py", src, strlen(src), false);
    SyntaxErr e = SYNTAX_ERR_INIT;
    Token t;
    TokKind k;
    while ((k = lexer_next(lx, &t, &e)) != TK_ERRORTOKEN && k != TK_ENDMARKER) {
    }
    CHECK(k == TK_ERRORTOKEN);
    CHECK(e.set && e.lineno == 2 && e.offset == 5);
    CHECK_STR(e.msg, "unterminated string literal (detected at line 2)");
    CHECK(lexer_next(lx, &t, &e) == TK_ERRORTOKEN); /* stays failed */
    syntax_error_clear(&e);
    lexer_free(lx);

    /* End of input in brackets is the parser's to report. */
    const char *src2 = "f(1,\n";
    lx = lexer_init("u.py", src2, strlen(src2), false);
    while ((k = lexer_next(lx, &t, &e)) != TK_ERRORTOKEN && k != TK_ENDMARKER) {
    }
    char ch = 0;
    int line = 0, col = 0;
    CHECK(k == TK_ERRORTOKEN && !e.set);
    CHECK(lexer_at_eof_in_brackets(lx, &ch, &line, &col) && ch == '(' && line == 1 && col == 1);
    lexer_free(lx);
}

/* ---- the parser ---- */

/* ast.dump(ast.parse("a if b else -c", mode='eval'), indent=4, include_attributes=True) */
static const char expect_eval_expr[] =
    "Expression(\n"
    "    body=IfExp(\n"
    "        test=Name(\n"
    "            id='b',\n"
    "            ctx=Load(),\n"
    "            lineno=1,\n"
    "            col_offset=5,\n"
    "            end_lineno=1,\n"
    "            end_col_offset=6),\n"
    "        body=Name(\n"
    "            id='a',\n"
    "            ctx=Load(),\n"
    "            lineno=1,\n"
    "            col_offset=0,\n"
    "            end_lineno=1,\n"
    "            end_col_offset=1),\n"
    "        orelse=UnaryOp(\n"
    "            op=USub(),\n"
    "            operand=Name(\n"
    "                id='c',\n"
    "                ctx=Load(),\n"
    "                lineno=1,\n"
    "                col_offset=13,\n"
    "                end_lineno=1,\n"
    "                end_col_offset=14),\n"
    "            lineno=1,\n"
    "            col_offset=12,\n"
    "            end_lineno=1,\n"
    "            end_col_offset=14),\n"
    "        lineno=1,\n"
    "        col_offset=0,\n"
    "        end_lineno=1,\n"
    "        end_col_offset=14))";

/* ast.dump(ast.parse("if x:\n    y = 1\n", mode='single'), indent=4, include_attributes=True) */
static const char expect_single_if[] =
    "Interactive(\n"
    "    body=[\n"
    "        If(\n"
    "            test=Name(\n"
    "                id='x',\n"
    "                ctx=Load(),\n"
    "                lineno=1,\n"
    "                col_offset=3,\n"
    "                end_lineno=1,\n"
    "                end_col_offset=4),\n"
    "            body=[\n"
    "                Assign(\n"
    "                    targets=[\n"
    "                        Name(\n"
    "                            id='y',\n"
    "                            ctx=Store(),\n"
    "                            lineno=2,\n"
    "                            col_offset=4,\n"
    "                            end_lineno=2,\n"
    "                            end_col_offset=5)],\n"
    "                    value=Constant(\n"
    "                        value=1,\n"
    "                        lineno=2,\n"
    "                        col_offset=8,\n"
    "                        end_lineno=2,\n"
    "                        end_col_offset=9),\n"
    "                    lineno=2,\n"
    "                    col_offset=4,\n"
    "                    end_lineno=2,\n"
    "                    end_col_offset=9)],\n"
    "            orelse=[],\n"
    "            lineno=1,\n"
    "            col_offset=0,\n"
    "            end_lineno=2,\n"
    "            end_col_offset=9)])";

/* ast.dump(ast.parse("def g():\n    yield\n    x = yield 1, 2\n    yield from h()\n", mode='exec'), indent=4, include_attributes=True) */
static const char expect_yield_forms[] =
    "Module(\n"
    "    body=[\n"
    "        FunctionDef(\n"
    "            name='g',\n"
    "            args=arguments(\n"
    "                posonlyargs=[],\n"
    "                args=[],\n"
    "                kwonlyargs=[],\n"
    "                kw_defaults=[],\n"
    "                defaults=[]),\n"
    "            body=[\n"
    "                Expr(\n"
    "                    value=Yield(\n"
    "                        lineno=2,\n"
    "                        col_offset=4,\n"
    "                        end_lineno=2,\n"
    "                        end_col_offset=9),\n"
    "                    lineno=2,\n"
    "                    col_offset=4,\n"
    "                    end_lineno=2,\n"
    "                    end_col_offset=9),\n"
    "                Assign(\n"
    "                    targets=[\n"
    "                        Name(\n"
    "                            id='x',\n"
    "                            ctx=Store(),\n"
    "                            lineno=3,\n"
    "                            col_offset=4,\n"
    "                            end_lineno=3,\n"
    "                            end_col_offset=5)],\n"
    "                    value=Yield(\n"
    "                        value=Tuple(\n"
    "                            elts=[\n"
    "                                Constant(\n"
    "                                    value=1,\n"
    "                                    lineno=3,\n"
    "                                    col_offset=14,\n"
    "                                    end_lineno=3,\n"
    "                                    end_col_offset=15),\n"
    "                                Constant(\n"
    "                                    value=2,\n"
    "                                    lineno=3,\n"
    "                                    col_offset=17,\n"
    "                                    end_lineno=3,\n"
    "                                    end_col_offset=18)],\n"
    "                            ctx=Load(),\n"
    "                            lineno=3,\n"
    "                            col_offset=14,\n"
    "                            end_lineno=3,\n"
    "                            end_col_offset=18),\n"
    "                        lineno=3,\n"
    "                        col_offset=8,\n"
    "                        end_lineno=3,\n"
    "                        end_col_offset=18),\n"
    "                    lineno=3,\n"
    "                    col_offset=4,\n"
    "                    end_lineno=3,\n"
    "                    end_col_offset=18),\n"
    "                Expr(\n"
    "                    value=YieldFrom(\n"
    "                        value=Call(\n"
    "                            func=Name(\n"
    "                                id='h',\n"
    "                                ctx=Load(),\n"
    "                                lineno=4,\n"
    "                                col_offset=15,\n"
    "                                end_lineno=4,\n"
    "                                end_col_offset=16),\n"
    "                            args=[],\n"
    "                            keywords=[],\n"
    "                            lineno=4,\n"
    "                            col_offset=15,\n"
    "                            end_lineno=4,\n"
    "                            end_col_offset=18),\n"
    "                        lineno=4,\n"
    "                        col_offset=4,\n"
    "                        end_lineno=4,\n"
    "                        end_col_offset=18),\n"
    "                    lineno=4,\n"
    "                    col_offset=4,\n"
    "                    end_lineno=4,\n"
    "                    end_col_offset=18)],\n"
    "            decorator_list=[],\n"
    "            type_params=[],\n"
    "            lineno=1,\n"
    "            col_offset=0,\n"
    "            end_lineno=4,\n"
    "            end_col_offset=18)],\n"
    "    type_ignores=[])";


static void test_modes(void)
{
    char *d = dump("a if b else -c", PARSE_EXPRESSION);
    CHECK_STR(d, expect_eval_expr);
    free(d);
    d = dump("if x:\n    y = 1\n", PARSE_INTERACTIVE);
    CHECK_STR(d, expect_single_if);
    free(d);
    d = dump("def g():\n    yield\n    x = yield 1, 2\n    yield from h()\n", PARSE_FILE);
    CHECK_STR(d, expect_yield_forms);
    free(d);
}

static void test_unsupported(void)
{
    static const struct { const char *src, *want; } cases[] = {
        {"x = 1\nasync def f():\n    pass\n", "<unit>:2:1: unsupported: async functions"},
        {"def f():\n    return await g()\n", "<unit>:2:12: unsupported: 'await' expressions"},
        {"match x:\n    case 1:\n        pass\n", "<unit>:1:1: unsupported: 'match' statements"},
        {"type Pair = tuple\n", "<unit>:1:1: unsupported: type aliases"},
        {"def f[T](x): pass\n", "<unit>:1:6: unsupported: type parameters"},
        {"y = [x async for x in z]\n", "<unit>:1:8: unsupported: asynchronous comprehensions"},
        /* match and type stay names everywhere else */
        {"match = type = 1\n", "Module(\n    body=[\n        Assign("},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *d = dump(cases[i].src, PARSE_FILE);
        bool ok = strncmp(d, cases[i].want, strlen(cases[i].want)) == 0;
        if (!ok) printf("unsupported case %zu: got \"%s\"\n", i, d);
        CHECK(ok);
        free(d);
    }
    /* A syntax error anywhere wins over an unsupported construct. */
    char *d = dump("match x:\n    case 1:\n        pass\nx = (\n", PARSE_FILE);
    CHECK(strstr(d, "SyntaxError: '(' was never closed") != NULL);
    free(d);
}

/* CPython's parser gives up past 6000 nested rules; 1000 unary minuses or
 * 199 nested parentheses are fine (measured with python3.12). */
static void test_depth(void)
{
    Buf src = BUF_INIT;
    buf_puts(&src, "x = ");
    for (int i = 0; i < 1000; i++) buf_putc(&src, '-');
    buf_puts(&src, "1\n");
    char *d = dump(src.p, PARSE_FILE);
    CHECK(strncmp(d, "Module(", 7) == 0);
    free(d);
    buf_clear(&src);
    buf_puts(&src, "x = ");
    for (int i = 0; i < 5967; i++) buf_puts(&src, "-");
    buf_puts(&src, "1\n");
    d = dump(src.p, PARSE_FILE);
    CHECK_STR(d, "MemoryError: Parser stack overflowed - Python source too complex to parse\n");
    free(d);
    buf_clear(&src);
    buf_puts(&src, "x = ");
    for (int i = 0; i < 199; i++) buf_putc(&src, '(');
    buf_putc(&src, '1');
    for (int i = 0; i < 199; i++) buf_putc(&src, ')');
    buf_putc(&src, '\n');
    d = dump(src.p, PARSE_FILE);
    CHECK(strncmp(d, "Module(", 7) == 0);
    free(d);
    buf_free(&src);
}

/* ---- the printer ---- */

static void test_printer(void)
{
    SyntaxErr e = SYNTAX_ERR_INIT;
    Buf out = BUF_INIT;
    /* An exact SyntaxError shows its range; the text is dedented. */
    syntax_error_set(&e, SE_SYNTAX_ERROR, "p.py", 3, 11, 3, 14, "        f(a b)\n", 15, "msg");
    syntax_error_print(&e, &out);
    CHECK_STR(out.p, "  File \"p.py\", line 3\n    f(a b)\n      ^^^\nSyntaxError: msg\n");
    /* Subclasses show one caret; an offset left of the text shows none. */
    buf_clear(&out);
    syntax_error_set(&e, SE_INDENTATION_ERROR, "p.py", 2, 3, 2, 9, "    x = 1\n", 10, "unexpected indent");
    syntax_error_print(&e, &out);
    CHECK_STR(out.p, "  File \"p.py\", line 2\n    x = 1\nIndentationError: unexpected indent\n");
    /* A range running onto the next line is cut at the end of this one. */
    buf_clear(&out);
    syntax_error_set(&e, SE_SYNTAX_ERROR, "p.py", 1, 5, 2, 3, "x = [1,\n", 8, "m");
    syntax_error_print(&e, &out);
    CHECK_STR(out.p, "  File \"p.py\", line 1\n    x = [1,\n        ^^^\nSyntaxError: m\n");
    /* No line: only the header and the message. */
    buf_clear(&out);
    syntax_error_set(&e, SE_SYNTAX_ERROR, "p.py", 4, 0, 4, 0, NULL, 0, "no text");
    syntax_error_print(&e, &out);
    CHECK_STR(out.p, "  File \"p.py\", line 4\nSyntaxError: no text\n");
    /* Text as CPython reads it back: universal newlines. */
    buf_clear(&out);
    CHECK(syntax_error_program_text(&out, "a\r\nbb\r\n", 7, 2));
    CHECK_STR(out.p, "bb\n");
    CHECK(!syntax_error_program_text(&out, "a\n", 2, 3));
    /* Byte offsets to characters, clipped past the end as CPython does. */
    CHECK(syntax_error_char_offset("\xc3\xa9t\xc3\xa9\n", 3) == 2);
    CHECK(syntax_error_char_offset("ab", 10) == 3);
    /* An unsupported record formats as a GNU-style diagnostic. */
    buf_clear(&out);
    syntax_error_unsupported(&e, "u.py", "x = 1\n", 6, 1, 4, "things");
    syntax_error_format_unsupported(&e, &out);
    CHECK_STR(out.p, "u.py:1:5: unsupported: things");
    syntax_error_clear(&e);
    CHECK(!e.set && !e.msg);
    buf_free(&out);
}

/* Sources no .py file in tests/pysim should hold (a NUL byte, bytes that
 * are not UTF-8); expected texts printed by python3.12 for the same files. */
static void test_bad_bytes(void)
{
    static const char nul[] = "x = 1\ny = 2\0\n";
    char *d = parse_diagnostics("nul.py", nul, sizeof nul - 1, PARSE_FILE);
    CHECK_STR(d, "  File \"nul.py\", line 2\n    y = 2\n"
                 "SyntaxError: source code cannot contain null bytes\n");
    free(d);
    static const char bad[] = "x = 1\ny = \"\xff\"\n";
    d = parse_diagnostics("badutf.py", bad, sizeof bad - 1, PARSE_FILE);
    CHECK_STR(d, "SyntaxError: Non-UTF-8 code starting with '\\xff' in file badutf.py on line 2, "
                 "but no encoding declared; see https://peps.python.org/pep-0263/ for details\n");
    free(d);
}

/* Every recorded syntax-error program: what we print must be what
 * python3.12 printed. */
static void test_recorded_errors(void)
{
    const char *dirs[] = {"tests/pysim/syntax", "../../tests/pysim/syntax"};
    DIR *dir = NULL;
    const char *base = NULL;
    for (size_t i = 0; i < 2 && !dir; i++) {
        dir = opendir(dirs[i]);
        base = dirs[i];
    }
    CHECK(dir != NULL);
    if (!dir) return;
    int files = 0;
    struct dirent *ent;
    while ((ent = readdir(dir))) {
        size_t n = strlen(ent->d_name);
        if (n < 4 || strcmp(ent->d_name + n - 3, ".py") != 0) continue;
        Buf path = BUF_INIT, errpath = BUF_INIT;
        buf_printf(&path, "%s/%s", base, ent->d_name);
        buf_printf(&errpath, "%s/%.*s.err", base, (int)(n - 3), ent->d_name);
        size_t len, elen;
        char *src = read_file(path.p, &len);
        char *want = read_file(errpath.p, &elen);
        CHECK(src && want);
        if (src && want) {
            char *got = parse_diagnostics(ent->d_name, src, len, PARSE_FILE);
            if (strcmp(got, want) != 0) {
                printf("FAIL %s:\n--- want\n%s--- got\n%s", ent->d_name, want, got);
                check_failed++;
            } else {
                check_passed++;
            }
            free(got);
            files++;
        }
        free(src);
        free(want);
        buf_free(&path);
        buf_free(&errpath);
    }
    closedir(dir);
    CHECK(files >= 50);
}

int main(void)
{
    test_tokens();
    test_lexer_errors();
    test_modes();
    test_unsupported();
    test_depth();
    test_printer();
    test_bad_bytes();
    test_recorded_errors();
    return check_report();
}
