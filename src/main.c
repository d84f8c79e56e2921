/* main.c — the command line, and nothing else: parse arguments, read the
 * file, call the library, print what it returns, exit with its status. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "pysim/pysim.h"
#include "pysim/trace.h"
#include "render/svg.h"
#include "render/trace_json.h"
#include "site/cli.h"
#include "site/site_fs.h"

/* Deep Python recursion is deep C recursion in a tree-walking evaluator; the
 * simulator runs on a thread with a stack large enough for CPython's
 * recursion limit even under AddressSanitizer. */
#define SIM_STACK_BYTES (1024ull * 1024 * 1024)

static const char usage_main[] =
    "usage: memguide COMMAND [ARGS]\n"
    "\n"
    "Commands:\n"
    "  run FILE.py     run a Python program in memguide's simulator of CPython 3.12\n"
    "  check [DIR]     run and check every example of a guide's lessons\n"
    "  build [DIR]     check a guide and write its website to DIR/site\n"
    "  new \"Title\"     start a new lesson (and a guide, if there is none)\n"
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
    "  -h, --help        show this help\n"
    "\n"
    "Tracing (a step before each executed line, and at each call, return and\n"
    "exception; what every name refers to, every object, what changed):\n"
    "  --trace=json      write the trace as JSON on stdout instead of the program's\n"
    "                    output, which the trace holds (docs/trace-format.md)\n"
    "  --trace=json:FILE write the trace to FILE; the program's output on stdout\n"
    "  --trace=events    print one line per step instead of the program's output:\n"
    "                    'EVENT LINE FUNCTION', as a sys.settrace hook would see them\n"
    "  --svg=DIR         draw a memory diagram of every step: DIR/step-0001.svg ...\n"
    "  --svg-final       with --svg, draw only the final state: DIR/final.svg\n"
    "  --inline          in diagrams, draw numbers, bools, None and short strings\n"
    "                    inside their containers instead of as objects of their own\n"
    "  --max-trace-steps=N  record at most N steps (default 1000); the program still\n"
    "                    runs to its end\n";

static void write_file(void *ctx, const char *s, size_t n)
{
    fwrite(s, 1, n, (FILE *)ctx);
}

/* What to make of a traced run (all off: an ordinary run). */
typedef struct TraceJob {
    bool events;           /* --trace=events */
    bool json;             /* --trace=json */
    const char *json_path; /* its FILE, or NULL for stdout */
    const char *svg_dir;   /* --svg=DIR */
    bool svg_final;        /* --svg-final */
    bool svg_inline;       /* --inline */
    uint64_t max_steps;    /* --max-trace-steps (0: the default) */
} TraceJob;

typedef struct RunJob {
    PysimOptions opt;
    enum { JOB_RUN, JOB_TOKENS, JOB_AST } what;
    TraceJob trace;
    int status;
} RunJob;

static int run_traced(RunJob *job, Buf *diag);

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
        job->status = job->trace.json || job->trace.events || job->trace.svg_dir ? run_traced(job, &diag)
                                                                                 : pysim_run(o, &diag);
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

static int write_svgs(const Trace *t, const TraceJob *tj)
{
    size_t n = trace_step_count(t);
    if (site_mkdirs(tj->svg_dir) < 0) {
        fprintf(stderr, "memguide run: cannot make directory '%s': %s\n", tj->svg_dir, strerror(errno));
        return -1;
    }
    SvgOptions so = {0};
    so.inline_values = tj->svg_inline;
    SvgRenderer *r = svg_renderer_new(t, &so);
    int width = 4;
    for (size_t k = n; k >= 10000; k /= 10) width++;
    Buf svg = BUF_INIT, path = BUF_INIT;
    int rc = 0;
    for (size_t i = tj->svg_final && n ? n - 1 : 0; i < n && rc == 0; i++) {
        buf_clear(&svg);
        buf_clear(&path);
        svg_renderer_step(r, i, &svg);
        if (tj->svg_final) buf_printf(&path, "%s/final.svg", tj->svg_dir);
        else buf_printf(&path, "%s/step-%0*zu.svg", tj->svg_dir, width, i + 1);
        if (site_write_file(path.p, svg.p, svg.len) < 0) {
            fprintf(stderr, "memguide run: cannot write '%s': %s\n", path.p, strerror(errno));
            rc = -1;
        }
    }
    buf_free(&svg);
    buf_free(&path);
    svg_renderer_free(r);
    return rc;
}

/* A run with a trace recorded, then written as asked. */
static int run_traced(RunJob *job, Buf *diag)
{
    TraceJob *tj = &job->trace;
    PysimOptions o = job->opt;
    /* --trace=json alone: stdout is the JSON, which holds the program's output */
    if ((tj->json && !tj->json_path) || tj->events) o.out = (PysimSink){NULL, NULL};
    TraceOptions to = {tj->max_steps};
    Trace *t = NULL;
    int status = pysim_run_traced(&o, &to, &t, diag);
    if (tj->json) {
        Buf json = BUF_INIT;
        trace_write_json(t, &json);
        if (!tj->json_path) {
            fwrite(json.p, 1, json.len, stdout);
        } else if (site_write_file(tj->json_path, json.p, json.len) < 0) {
            fprintf(stderr, "memguide run: cannot write '%s': %s\n", tj->json_path, strerror(errno));
            status = 2;
        }
        buf_free(&json);
    }
    for (size_t i = 0; tj->events && i < trace_step_count(t); i++) {
        const TraceStep *s = trace_step(t, i);
        printf("%s %d %s\n", trace_event_name(s->event), s->line, s->nframes ? s->frames[s->nframes - 1].name : "-");
    }
    if (tj->svg_dir && write_svgs(t, tj) < 0) status = 2;
    trace_free(t);
    return status;
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
        } else if (!strcmp(a, "--trace=json") || !strncmp(a, "--trace=json:", 13)) {
            job.trace.json = true;
            job.trace.json_path = a[12] == ':' ? a + 13 : NULL;
            if (job.trace.json_path && (!*job.trace.json_path || !strcmp(job.trace.json_path, "-")))
                job.trace.json_path = NULL;
        } else if (!strcmp(a, "--trace=events")) {
            job.trace.events = true;
        } else if (!strncmp(a, "--trace", 7)) {
            fprintf(stderr, "memguide run: --trace takes 'json', 'json:FILE' or 'events', not '%s'\n", a);
            return 2;
        } else if (!strncmp(a, "--svg=", 6) && a[6]) {
            job.trace.svg_dir = a + 6;
        } else if (!strcmp(a, "--svg-final")) {
            job.trace.svg_final = true;
        } else if (!strcmp(a, "--inline")) {
            job.trace.svg_inline = true;
        } else if (!strncmp(a, "--max-trace-steps=", 18)) {
            if (parse_count(a + 18, &job.trace.max_steps) < 0) {
                fprintf(stderr, "memguide run: --max-trace-steps needs a positive number, not '%s'\n", a + 18);
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
    bool tracing = job.trace.json || job.trace.events || job.trace.svg_dir;
    if (job.trace.events && job.trace.json && !job.trace.json_path) {
        fprintf(stderr, "memguide run: --trace=events and --trace=json both want stdout\n");
        return 2;
    }
    if ((job.trace.svg_final || job.trace.svg_inline) && !job.trace.svg_dir) {
        fprintf(stderr, "memguide run: --svg-final and --inline go with --svg=DIR\n");
        return 2;
    }
    if (tracing && (job.what != JOB_RUN || job.opt.repl)) {
        fprintf(stderr, "memguide run: tracing goes with neither --tokens, --ast nor --repl\n");
        return 2;
    }
    Buf src = BUF_INIT;
    if (site_read_file(path, &src) < 0) {
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
    if (!strcmp(argv[1], "check")) return site_cli_check(argc - 2, argv + 2);
    if (!strcmp(argv[1], "build")) return site_cli_build(argc - 2, argv + 2);
    if (!strcmp(argv[1], "new")) return site_cli_new(argc - 2, argv + 2);
    fprintf(stderr, "memguide: unknown command '%s'\n%s", argv[1], usage_main);
    return 2;
}
