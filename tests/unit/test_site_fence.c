/* test_site_fence.c — the options after a fence's language word: every
 * known option, quoting, and every kind of mistake reported (all of
 * them, at the right byte). */
#include "check.h"
#include "site/site_impl.h"

static Buf errs;

static void err(void *ctx, size_t offset, const char *msg)
{
    (void)ctx;
    buf_printf(&errs, "%zu: %s\n", offset, msg);
}

static int parse(const char *s, SiteFenceOpts *o)
{
    buf_clear(&errs);
    buf_put(&errs, "", 0);
    return site_fence_parse(s, strlen(s), o, err, NULL);
}

int main(void)
{
    SiteFenceOpts o;
    CHECK(parse("", &o) == 0);
    CHECK(o.diagram == SITE_DIAGRAM_DEFAULT && o.inline_values == -1 && !o.norun && !o.cont && !o.quiz && !o.title);

    CHECK(parse(" diagram=final inline norun", &o) == 0);
    CHECK(o.diagram == SITE_DIAGRAM_FINAL && o.inline_values == 1 && o.norun);

    CHECK(parse("diagram=none,continue quiz", &o) == 0);
    CHECK(o.diagram == SITE_DIAGRAM_NONE && o.cont && o.quiz);

    CHECK(parse("title=\"Two names, \\\"one\\\" list\" diagram=steps", &o) == 0);
    CHECK_STR(o.title, "Two names, \"one\" list");
    CHECK(o.diagram == SITE_DIAGRAM_STEPS);
    site_fence_opts_free(&o);

    CHECK(parse("title=bare inline=false", &o) == 0);
    CHECK_STR(o.title, "bare");
    CHECK(o.inline_values == 0);
    site_fence_opts_free(&o);

    /* mistakes: each reported, at its byte */
    CHECK(parse("diagrma=steps", &o) == 1);
    CHECK_STR(errs.p, "0: unknown option 'diagrma' (known: diagram=steps|final|none, inline, norun, continue, quiz, "
                      "title=\"...\")\n");
    CHECK(parse("diagram=sometimes title", &o) == 2);
    CHECK_STR(errs.p, "8: unknown diagram 'sometimes' (steps, final or none)\n"
                      "18: option 'title' needs a value: title=\"...\"\n");
    CHECK(parse("diagram", &o) == 1);
    CHECK_STR(errs.p, "0: option 'diagram' needs a value: diagram=steps, final or none\n");
    CHECK(parse("inline inline", &o) == 1);
    CHECK_STR(errs.p, "7: option 'inline' given twice\n");
    CHECK(parse("norun=maybe", &o) == 1);
    CHECK_STR(errs.p, "6: option takes no value (or true/false), not 'maybe'\n");
    CHECK(parse("title=\"open", &o) == 1);
    CHECK_STR(errs.p, "6: unterminated quoted value\n");
    site_fence_opts_free(&o);
    CHECK(parse("continue norun", &o) == 1);
    CHECK_STR(errs.p, "0: 'norun' and 'continue' cannot go together\n");
    CHECK(parse("a b c", &o) == 3);

    buf_free(&errs);
    return check_report();
}
