/* test_site_expect.c — expectations of lesson examples: doctest's ELLIPSIS
 * (cases checked against doctest's _ellipsis_match), pycon sessions split
 * into input and expected output, REPL transcripts rebuilt from the two
 * sinks, unified diffs, and JSON strings safe in <script>. */
#include "check.h"
#include "site/site_impl.h"

static bool em(const char *pat, const char *text)
{
    return site_ellipsis_match(pat, strlen(pat), text, strlen(text));
}

static void test_ellipsis(void)
{
    /* each expectation as python3.12's doctest._ellipsis_match gives it */
    CHECK(em("abc", "abc"));
    CHECK(!em("abc", "abd"));
    CHECK(em("...", ""));
    CHECK(em("...", "anything\nat all"));
    CHECK(em("a...c", "abc"));
    CHECK(em("a...c", "ac"));
    CHECK(!em("a...c", "ab"));
    CHECK(em("0x...", "0x7f3a5c038030"));
    CHECK(em("[...]", "[1, 2, 3]"));
    CHECK(em("a...b...c", "a1b2c"));
    CHECK(!em("a...b...c", "a1c2b"));
    CHECK(em("aa...aa", "aaa") == false); /* prefix and suffix may not overlap */
    CHECK(em("aa...aa", "aaaa"));
    CHECK(em("....", "x."));               /* "...." is "..." then "." */
    CHECK(!em("....", "x"));
    CHECK(em("line 1\n...\nline 3\n", "line 1\nline 2\nline 3\n"));
    CHECK(em("", ""));
    CHECK(!em("", "x"));
    /* output fences end in a newline; output need not */
    CHECK(site_output_matches("7\n", 2, "7", 1));
    CHECK(site_output_matches("7", 1, "7\n", 2));
    CHECK(!site_output_matches("7\n\n", 3, "7", 1));
}

static void test_pycon_parse(void)
{
    const char *s = ">>> x = 1\n>>> for i in range(2):\n...     print(i)\n...\n0\n1\n>>> x\n1\n...\n";
    SitePycon p;
    site_pycon_parse(s, strlen(s), &p);
    CHECK(p.nstmts == 3);
    CHECK(p.bad_line == 0);
    CHECK_STR(p.input.p, "x = 1\nfor i in range(2):\n    print(i)\n\nx\n");
    CHECK(p.stmts[1].first_line == 2 && p.stmts[1].nlines == 3);
    /* "..." after output is ELLIPSIS in the output, not a prompt */
    CHECK(p.stmts[2].nlines == 1);
    SiteSpan *sp;
    size_t n = site_pycon_outputs(s, strlen(s), &sp);
    CHECK(n == 3);
    CHECK(sp[0].start == sp[0].end);
    CHECK(strncmp(s + sp[1].start, "0\n1\n", sp[1].end - sp[1].start) == 0 && sp[1].end - sp[1].start == 4);
    CHECK(strncmp(s + sp[2].start, "1\n...\n", 6) == 0 && sp[2].end - sp[2].start == 6);
    free(sp);
    site_pycon_free(&p);

    site_pycon_parse("oops\n>>> 1\n1\n", 13, &p);
    CHECK(p.bad_line == 1);
    site_pycon_free(&p);
}

static void test_transcript(void)
{
    /* the calls the simulator's REPL makes for "x = 1\nx\n\n" */
    const char *in = "x = 1\nx\n";
    SiteTranscript t;
    site_transcript_init(&t, in, strlen(in));
    site_transcript_err(&t, ">>> ", 4);
    site_transcript_err(&t, ">>> ", 4);
    site_transcript_out(&t, "1\n", 2);
    site_transcript_err(&t, ">>> ", 4);
    site_transcript_err(&t, "\n", 1);
    CHECK_STR(t.text.p, ">>> x = 1\n>>> x\n1\n");
    buf_free(&t.text);

    /* a blank continuation line is written as a bare "..." */
    in = "if 1:\n    2\n\n";
    site_transcript_init(&t, in, strlen(in));
    site_transcript_err(&t, ">>> ", 4);
    site_transcript_err(&t, "... ", 4);
    site_transcript_err(&t, "... ", 4);
    site_transcript_out(&t, "2\n", 2);
    site_transcript_err(&t, ">>> ", 4);
    site_transcript_err(&t, "\n", 1);
    CHECK_STR(t.text.p, ">>> if 1:\n...     2\n...\n2\n");
    buf_free(&t.text);
}

static void test_udiff(void)
{
    Buf d = BUF_INIT;
    site_udiff("a\nb\nc\n", 6, "a\nB\nc\n", 6, &d);
    CHECK_STR(d.p, "--- expected\n+++ actual\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
    buf_clear(&d);
    site_udiff("x\n", 2, "", 0, &d);
    CHECK_STR(d.p, "--- expected\n+++ actual\n@@ -1 +0,0 @@\n-x\n");
    buf_clear(&d);
    site_udiff("x", 1, "x\n", 2, &d);
    CHECK_STR(d.p, "--- expected\n+++ actual\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+x\n");
    buf_clear(&d);
    /* far-apart changes make two hunks */
    site_udiff("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n", 21, "0\n2\n3\n4\n5\n6\n7\n8\n9\n11\n", 21, &d);
    CHECK_STR(d.p, "--- expected\n+++ actual\n@@ -1,4 +1,4 @@\n-1\n+0\n 2\n 3\n 4\n@@ -7,4 +7,4 @@\n 7\n 8\n 9\n-10\n+11\n");
    buf_free(&d);
}

static void test_json(void)
{
    Buf b = BUF_INIT;
    const char *s = "</script>\"\\\n\t\x01 \xe2\x80\xa8 &";
    site_json_str(&b, s, strlen(s));
    CHECK_STR(b.p, "\"\\u003c/script\\u003e\\\"\\\\\\n\\t\\u0001 \\u2028 \\u0026\"");
    buf_free(&b);
}

int main(void)
{
    test_ellipsis();
    test_pycon_parse();
    test_transcript();
    test_udiff();
    test_json();
    return check_report();
}
