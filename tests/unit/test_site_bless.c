/* test_site_bless.c — `check --bless` rewrites the failing expectations
 * of a lesson and nothing else, byte for byte: odd spacing, tabs, CRLF
 * line endings, indented fences, passing expectations with "..." kept.
 * The outputs written are what python3.12 prints for these examples. */
#include "check.h"
#include "site/site_impl.h"

static char *bless(const char *text, int *changed)
{
    SiteGuide g;
    memset(&g, 0, sizeof g);
    g.diagram = SITE_DIAGRAM_NONE;
    SiteLesson l;
    memset(&l, 0, sizeof l);
    l.id = xstrdup("lesson");
    l.path = xstrdup("content/lesson.md");
    l.src = xstrdup(text);
    l.len = strlen(text);
    SiteDiags d;
    memset(&d, 0, sizeof d);
    site_lesson_parse(&l, &d);
    SiteRunStats st = {0, 0, 0};
    site_run_lesson(&l, &g, false, &d, &st);
    char *out;
    size_t len;
    *changed = site_bless_text(&l, &out, &len);
    CHECK(strlen(out) == len);
    site_lesson_free(&l);
    buf_free(&d.text);
    return out;
}

int main(void)
{
    int changed;
    const char *lf =
        "# T\n\nOdd   spacing\tand tabs stay.  \n\n"
        "```python\nprint(1 + 1)   # Output: 3\nprint([1]*2)  # Output: [...]\n```\n\n"
        "```python\nfor c in 'ab':\n    print(c)\n```\n\n```output\na\nstale\n```\n"
        "\n- item\n\n  ```python\n  print('in list')\n  ```\n\n  ```output\n  wrong\n  ```\n"
        "\n```pycon\n>>> 2 * 3\n7\n>>> 'x'\n'x'\n```\ntrailing text without newline";
    const char *lf_want =
        "# T\n\nOdd   spacing\tand tabs stay.  \n\n"
        "```python\nprint(1 + 1)   # Output: 2\nprint([1]*2)  # Output: [...]\n```\n\n"
        "```python\nfor c in 'ab':\n    print(c)\n```\n\n```output\na\nb\n```\n"
        "\n- item\n\n  ```python\n  print('in list')\n  ```\n\n  ```output\n  in list\n  ```\n"
        "\n```pycon\n>>> 2 * 3\n6\n>>> 'x'\n'x'\n```\ntrailing text without newline";
    char *got = bless(lf, &changed);
    CHECK_STR(got, lf_want);
    CHECK(changed == 4);
    free(got);

    /* nothing to do: the same bytes back */
    got = bless(lf_want, &changed);
    CHECK_STR(got, lf_want);
    CHECK(changed == 0);
    free(got);

    /* CRLF lines stay CRLF */
    const char *crlf = "# T\r\n\r\n```python\r\nprint('a')\r\nprint('b')\r\n```\r\n\r\n```output\r\nx\r\n```\r\n";
    const char *crlf_want = "# T\r\n\r\n```python\r\nprint('a')\r\nprint('b')\r\n```\r\n\r\n```output\r\na\r\nb\r\n```\r\n";
    got = bless(crlf, &changed);
    CHECK_STR(got, crlf_want);
    CHECK(changed == 1);
    free(got);
    return check_report();
}
