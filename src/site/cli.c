/* cli.c — the `build`, `check` and `new` commands: arguments in, the
 * library's diagnostics and a summary out.  The only file of src/site/
 * that prints.
 *
 * Where memguide's own templates/ and lua/ are: $MEMGUIDE_SHARE when set;
 * else next to the binary (a checkout: ./memguide beside templates/);
 * else PREFIX/share/memguide for a binary in PREFIX/bin (make install). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "site/cli.h"
#include "site/site.h"
#include "site/site_fs.h"

/* Examples run in the simulator, whose recursion is C recursion: a large
 * stack, as for `memguide run`. */
#define SITE_STACK_BYTES (1024ull * 1024 * 1024)

static const char usage_build[] =
    "usage: memguide build [DIR] [-o OUT]\n"
    "\n"
    "Builds the guide in DIR (default '.'): runs and checks every example of\n"
    "every lesson listed in DIR/content/guide.lua, then writes the site to OUT\n"
    "(default DIR/site): an index, a page per lesson with its verified outputs\n"
    "and memory diagrams, a search index and the assets.  The site is written\n"
    "beside OUT and swapped in at the end: on any error OUT is left as it was.\n"
    "Templates and Lua files in DIR/templates and DIR/lua override memguide's.\n"
    "\n"
    "Options:\n"
    "  -o, --out OUT     where to write the site\n"
    "  -h, --help        show this help\n";

static const char usage_check[] =
    "usage: memguide check [DIR] [--bless]\n"
    "\n"
    "Runs every example of every lesson of the guide in DIR (default '.') and\n"
    "checks what it prints: output fences, '# Output:' comments and pycon\n"
    "sessions.  Each failure is reported as 'content/LESSON.md:LINE:COL: error:'\n"
    "with a diff; the last line is 'N examples, N failed'.  Exit status 1 when\n"
    "anything failed.\n"
    "\n"
    "Options:\n"
    "  --bless           write what the examples print into the expectations that\n"
    "                    disagree with it (nothing else in the files changes)\n"
    "  -h, --help        show this help\n";

static const char usage_new[] =
    "usage: memguide new \"Lesson title\" [DIR]\n"
    "\n"
    "Creates DIR/content/NN-lesson-title.md (DIR default '.') with a title, a\n"
    "paragraph and one example, and adds it to the end of the lessons in\n"
    "DIR/content/guide.lua (creating the guide if there is none).\n";

static char *share_dir(void)
{
    const char *env = getenv("MEMGUIDE_SHARE");
    if (env && *env) return xstrdup(env);
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return xstrdup(".");
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (slash) *slash = 0;
    char *beside = site_path_join(exe, "templates/lesson.html");
    bool here = site_is_file(beside);
    free(beside);
    if (here) return xstrdup(exe);
    /* build/ of a checkout, or PREFIX/bin */
    char *up = site_path_join(exe, "../templates/lesson.html");
    here = site_is_file(up);
    free(up);
    if (here) return site_path_join(exe, "..");
    return site_path_join(exe, "../share/memguide");
}

typedef struct Job {
    SiteOptions opt;
    SiteReport report;
    Buf diag;
    bool build;
    int status;
} Job;

static void *job_main(void *arg)
{
    Job *j = arg;
    j->status = j->build ? site_build(&j->opt, &j->report, &j->diag) : site_check(&j->opt, &j->report, &j->diag);
    return NULL;
}

static void run_job(Job *j)
{
    pthread_attr_t attr;
    pthread_t t;
    if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, SITE_STACK_BYTES) == 0 &&
        pthread_create(&t, &attr, job_main, j) == 0) {
        pthread_join(t, NULL);
        pthread_attr_destroy(&attr);
        return;
    }
    job_main(j);
}

static void progress(void *ctx, const char *path, int index, int count, int examples, int failed)
{
    (void)ctx;
    fprintf(stdout, "\r\033[K[%d/%d] %s: %d example%s%s", index, count, path, examples, examples == 1 ? "" : "s",
            failed ? ", some failed" : "");
    if (index == count) fputc('\n', stdout);
    fflush(stdout);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int site_cli_build(int argc, char **argv)
{
    Job j;
    memset(&j, 0, sizeof j);
    j.build = true;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage_build, stdout);
            return 0;
        } else if (!strcmp(a, "-o") || !strcmp(a, "--out")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "memguide build: %s needs a directory\n%s", a, usage_build);
                return 2;
            }
            j.opt.out = argv[++i];
        } else if (!strncmp(a, "--out=", 6)) {
            j.opt.out = a + 6;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "memguide build: unknown option '%s'\n%s", a, usage_build);
            return 2;
        } else if (!j.opt.dir) {
            j.opt.dir = a;
        } else {
            fprintf(stderr, "memguide build: one guide at a time ('%s' and '%s')\n", j.opt.dir, a);
            return 2;
        }
    }
    char *share = share_dir();
    j.opt.share = share;
    if (isatty(STDOUT_FILENO)) j.opt.progress = progress;
    double t0 = now();
    run_job(&j);
    double secs = now() - t0;
    fflush(stdout);
    fputs(j.diag.p ? j.diag.p : "", stderr);
    SiteReport *r = &j.report;
    if (j.status == 0) {
        bool mb = r->bytes >= 10u * 1024 * 1024;
        printf("memguide build: %d page%s, %d example%s, %d step%s, %zu files (%.1f %s) in %.2f s%s\n", r->pages,
               r->pages == 1 ? "" : "s", r->examples, r->examples == 1 ? "" : "s", r->steps, r->steps == 1 ? "" : "s",
               r->files, (double)r->bytes / (mb ? 1024.0 * 1024.0 : 1024.0), mb ? "MB" : "KB", secs,
               r->traced ? "" : " (no memory diagrams: this memguide was built without the trace recorder)");
    } else {
        fprintf(stderr, "memguide build: %d error%s; %s left as it was\n", r->errors, r->errors == 1 ? "" : "s",
                j.opt.out ? j.opt.out : "the site directory");
    }
    free(share);
    buf_free(&j.diag);
    return j.status;
}

int site_cli_check(int argc, char **argv)
{
    Job j;
    memset(&j, 0, sizeof j);
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage_check, stdout);
            return 0;
        } else if (!strcmp(a, "--bless")) {
            j.opt.bless = true;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "memguide check: unknown option '%s'\n%s", a, usage_check);
            return 2;
        } else if (!j.opt.dir) {
            j.opt.dir = a;
        } else {
            fprintf(stderr, "memguide check: one guide at a time ('%s' and '%s')\n", j.opt.dir, a);
            return 2;
        }
    }
    char *share = share_dir();
    j.opt.share = share;
    run_job(&j);
    fputs(j.diag.p ? j.diag.p : "", stderr);
    SiteReport *r = &j.report;
    if (j.opt.bless && r->blessed)
        printf("memguide check: blessed %d expectation%s in %d file%s\n", r->blessed, r->blessed == 1 ? "" : "s",
               r->blessed_files, r->blessed_files == 1 ? "" : "s");
    int other = r->errors - r->failed;
    if (other > 0 && r->failed == 0)
        printf("%d examples, %d failed, %d other error%s\n", r->examples, r->failed, other, other == 1 ? "" : "s");
    else
        printf("%d examples, %d failed\n", r->examples, r->failed);
    free(share);
    buf_free(&j.diag);
    return j.status;
}

int site_cli_new(int argc, char **argv)
{
    const char *title = NULL, *dir = NULL;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage_new, stdout);
            return 0;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "memguide new: unknown option '%s'\n%s", a, usage_new);
            return 2;
        } else if (!title) {
            title = a;
        } else if (!dir) {
            dir = a;
        } else {
            fprintf(stderr, "memguide new: a title and a directory, not more ('%s')\n%s", a, usage_new);
            return 2;
        }
    }
    if (!title) {
        fprintf(stderr, "memguide new: which title?\n%s", usage_new);
        return 2;
    }
    Buf created = BUF_INIT, diag = BUF_INIT;
    int rc = site_new(dir ? dir : ".", title, &created, &diag);
    fputs(diag.p ? diag.p : "", stderr);
    if (rc == 0) printf("memguide new: created %s\n", created.p);
    buf_free(&created);
    buf_free(&diag);
    return rc;
}
