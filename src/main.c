/* main.c — the command line, and nothing else: parse arguments, read the
 * file, call the library, print what it returns, exit with its status. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "pysim/pysim.h"

/* Deep Python recursion is deep C recursion in a tree-walking evaluator; the
 * simulator runs on a thread with a stack large enough for CPython's
 * recursion limit even under AddressSanitizer. */
#define SIM_STACK_BYTES (1024ull * 1024 * 1024)

static const char usage_main[] =
    "usage: memguide COMMAND [ARGS]\n"
    "\n"
    "Commands:\n"
    "  run FILE.py     run a Python program in memguide's simulator of CPython 3.12\n"
    "\n"
    "Run 'memguide COMMAND --help' for a command's options.\n";

static const char usage_run[] =
    "usage: memguide run [OPTIONS] FILE.py\n"
    "\n"
    "Runs FILE.py as 'python3.12 FILE.py' would: the program's output on stdout,\n"
    "an uncaught exception's traceback on stderr with exit status 1.  Python\n"
    "outside the simulated subset stops with 'FILE:LINE:COL: unsupported: ...'\n"
    "and exit status 3, as does a program that goes over a limit.\n"
    "\n"
    "Options:\n"
    "  --tokens          print the token stream (as 'python3.12 -m tokenize') and stop\n"
    "  --ast             print the syntax tree (as ast.dump(tree, indent=4)) and stop\n"
    "  --repl            run FILE.py as a session typed at the interactive prompt\n"
    "                    ('python3.12 -q -i < FILE.py'): each statement compiled on\n"
    "                    its own, expression values echoed, prompts on stderr\n"
    "  --max-steps=N     stop a program after N executed steps (default 50000000)\n"
    "  -h, --help        show this help\n";

static void write_file(void *ctx, const char *s, size_t n)
{
    fwrite(s, 1, n, (FILE *)ctx);
}

static int read_file(const char *path, Buf *out)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_put(out, chunk, n);
    int bad = ferror(f);
    fclose(f);
    if (bad) return -1;
    if (!out->p) buf_put(out, "", 0);
    return 0;
}

typedef struct RunJob {
    PysimOptions opt;
    enum { JOB_RUN, JOB_TOKENS, JOB_AST } what;
    int status;
} RunJob;

static void *run_job(void *arg)
{
    RunJob *job = arg;
    Buf out = BUF_INIT, err = BUF_INIT, diag = BUF_INIT;
    const PysimOptions *o = &job->opt;
    switch (job->what) {
    case JOB_TOKENS:
        job->status = pysim_dump_tokens(o->filename, o->source, o->source_len, &out, &err);
        break;
    case JOB_AST:
        job->status = pysim_dump_ast(o->filename, o->source, o->source_len, &out, &err);
        break;
    case JOB_RUN:
        job->status = pysim_run(o, &diag);
        break;
    }
    fwrite(out.p ? out.p : "", 1, out.len, stdout);
    fflush(stdout);
    fwrite(err.p ? err.p : "", 1, err.len, stderr);
    if (diag.len) fprintf(stderr, "%s\n", diag.p);
    buf_free(&out);
    buf_free(&err);
    buf_free(&diag);
    return NULL;
}

/* Runs the job on a thread with a large stack; falls back to this thread. */
static void run_on_big_stack(RunJob *job)
{
    pthread_attr_t attr;
    pthread_t t;
    if (pthread_attr_init(&attr) == 0 &&
        pthread_attr_setstacksize(&attr, SIM_STACK_BYTES) == 0 &&
        pthread_create(&t, &attr, run_job, job) == 0) {
        pthread_join(t, NULL);
        pthread_attr_destroy(&attr);
        return;
    }
    run_job(job);
}

static int parse_count(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || v == 0) return -1;
    *out = v;
    return 0;
}

static int cmd_run(int argc, char **argv)
{
    RunJob job;
    memset(&job, 0, sizeof job);
    job.what = JOB_RUN;
    const char *path = NULL;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage_run, stdout);
            return 0;
        } else if (!strcmp(a, "--tokens")) {
            job.what = JOB_TOKENS;
        } else if (!strcmp(a, "--ast")) {
            job.what = JOB_AST;
        } else if (!strcmp(a, "--repl")) {
            job.opt.repl = true;
        } else if (!strncmp(a, "--max-steps=", 12)) {
            if (parse_count(a + 12, &job.opt.max_steps) < 0) {
                fprintf(stderr, "memguide run: --max-steps needs a positive number, not '%s'\n", a + 12);
                return 2;
            }
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "memguide run: unknown option '%s'\n%s", a, usage_run);
            return 2;
        } else if (!path) {
            path = a;
        } else {
            fprintf(stderr, "memguide run: one program at a time ('%s' and '%s')\n", path, a);
            return 2;
        }
    }
    if (!path) {
        fprintf(stderr, "memguide run: which program?\n%s", usage_run);
        return 2;
    }
    Buf src = BUF_INIT;
    if (read_file(path, &src) < 0) {
        fprintf(stderr, "memguide run: cannot read '%s': %s\n", path, strerror(errno));
        return 2;
    }
    /* CPython (3.9+) names the main script by its absolute path */
    char *abs = realpath(path, NULL);
    job.opt.filename = abs ? abs : path;
    job.opt.source = src.p;
    job.opt.source_len = src.len;
    job.opt.out = (PysimSink){write_file, stdout};
    job.opt.err = (PysimSink){write_file, stderr};
    run_on_big_stack(&job);
    free(abs);
    buf_free(&src);
    fflush(stdout);
    return job.status;
}

int main(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
        fputs(usage_main, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (!strcmp(argv[1], "run")) return cmd_run(argc - 2, argv + 2);
    fprintf(stderr, "memguide: unknown command '%s'\n%s", argv[1], usage_main);
    return 2;
}
