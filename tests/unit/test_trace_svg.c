/* test_trace_svg.c — properties of traces and their diagrams that goldens
 * cannot show: tracing changes nothing the program prints, every ref a
 * step mentions is in its heap, boxes drawn at one step never overlap and
 * keep their place, arrows crossing columns keep clear of every box's
 * border, both entry points of the renderer give the same bytes, and the
 * caps and the read API behave as trace.h says.
 */
#include <stdlib.h>

#include "check.h"
#include "pysim/trace.h"
#include "render/svg.h"
#include "render/svg_impl.h"
#include "render/trace_json.h"

static void to_buf(void *ctx, const char *s, size_t n) { buf_put((Buf *)ctx, s, n); }

static const char *const programs[] = {
    /* aliasing, rebinding, mutation */
    "x = [1, 2, 3]\ny = x\ny.append(4)\nx = 1000\nprint(x, y)\n",
    /* frames, recursion, return values */
    "def fact(n):\n    if n <= 1:\n        return 1\n    return n * fact(n - 1)\nprint(fact(5))\n",
    /* del, __del__, a cycle and the collector */
    "import gc\nclass N:\n    def __del__(self):\n        print('bye')\n"
    "a = N()\nb = N()\na.o = b\nb.o = a\ndel a, b\nprint(gc.collect())\nc = [N()]\nc = None\n",
    /* many objects, nested containers, a dict with a tuple key */
    "t = [[r * 10 + c for c in range(5)] for r in range(9)]\n"
    "d = {(1, 2): 'x' * 300, 'k': t[0]}\nprint(len(t), len(d['k']))\n",
    /* a name crossing a column to an object further right (lesson 06) */
    "class T:\n    def __init__(self, name):\n        self.name = name\n    def __del__(self):\n"
    "        print(self.name, 'is freed')\na = T('box')\nb = a\ndel a\nprint('a is gone')\ndel b\n",
    /* back arrows of a cycle, next to a frame's (lesson 07) */
    "import gc\nclass Node:\n    def __init__(self, name):\n        self.name = name\n        self.other = None\n"
    "    def __del__(self):\n        print(self.name, 'is freed')\np = Node('parent')\nc = Node('child')\n"
    "p.other = c\nc.other = p\ndel p, c\nprint(gc.collect())\n",
    /* an exception through frames, caught */
    "def f(a):\n    return 1 / a\ntry:\n    f(0)\nexcept ZeroDivisionError as e:\n    m = str(e)\nprint(m)\n",
};

static Trace *run(const char *src, uint64_t cap, Buf *out, Buf *err, int *status)
{
    PysimOptions o = {0};
    o.filename = "t.py";
    o.source = src;
    o.source_len = strlen(src);
    o.out = (PysimSink){to_buf, out};
    o.err = (PysimSink){to_buf, err};
    TraceOptions to = {cap};
    Trace *t = NULL;
    Buf diag = BUF_INIT;
    *status = pysim_run_traced(&o, &to, &t, &diag);
    buf_free(&diag);
    return t;
}

static bool mentioned_in_heap(const TraceStep *s, uint32_t ref) { return !ref || trace_step_find(s, ref) != NULL; }

static void check_refs(const Trace *t)
{
    for (size_t i = 0; i < trace_step_count(t); i++) {
        const TraceStep *s = trace_step(t, i);
        if (s->heap_omitted) continue;
        bool ok = true;
        for (size_t k = 0; k < s->nframes; k++) {
            for (size_t v = 0; v < s->frames[k].nvars; v++) ok &= mentioned_in_heap(s, s->frames[k].vars[v].ref);
            ok &= mentioned_in_heap(s, s->frames[k].retval);
        }
        for (size_t h = 0; h < s->nheap; h++) {
            const TraceObject *o = s->heap[h].obj;
            for (size_t k = 0; k < o->nitems; k++) ok &= mentioned_in_heap(s, o->items[k]);
            for (size_t k = 0; k < o->nentries; k++)
                ok &= mentioned_in_heap(s, o->entries[k].key) && mentioned_in_heap(s, o->entries[k].value);
            for (size_t k = 0; k < o->nattrs; k++) ok &= mentioned_in_heap(s, o->attrs[k].ref);
            if (h) ok &= s->heap[h - 1].obj->ref < o->ref; /* sorted by ref */
        }
        for (size_t k = 0; k < s->ncreated; k++) ok &= mentioned_in_heap(s, s->created[k]);
        for (size_t k = 0; k < s->nmutated; k++) ok &= mentioned_in_heap(s, s->mutated[k]);
        ok &= mentioned_in_heap(s, s->exc_ref);
        CHECK(ok);
    }
}

/* No two boxes drawn at one step overlap, tags and gaps included. */
static void check_layout(const Trace *t, const SvgOptions *opt)
{
    SvgLayout *l = svg_layout_new(t, opt);
    bool ok = true, inside = true;
    for (size_t i = 0; i < trace_step_count(t); i++) {
        for (size_t a = 0; a < l->ndrawn[i]; a++) {
            const SvgPlace *p = &l->place[l->drawn[i][a]];
            inside &= p->placed && p->x >= 0 && p->y >= l->top && p->x + p->w <= l->width && p->y + p->h <= l->height;
            inside &= p->x > l->frames_x + l->frames_w; /* right of the frames */
            for (size_t b = a + 1; b < l->ndrawn[i]; b++) {
                const SvgPlace *q = &l->place[l->drawn[i][b]];
                bool apart = p->x + p->w <= q->x || q->x + q->w <= p->x || p->y + p->h + SVG_TAG_H <= q->y ||
                             q->y + q->h + SVG_TAG_H <= p->y;
                if (!apart) printf("step %zu: refs %u and %u overlap\n", i, l->drawn[i][a], l->drawn[i][b]);
                ok &= apart;
            }
        }
        size_t nfb;
        SvgFrameBox *fb = svg_layout_frames(l, trace_step(t, i), &nfb);
        for (size_t k = 0; k < nfb; k++) inside &= fb[k].y + fb[k].h <= l->height && fb[k].x + fb[k].w <= l->width;
        free(fb);
    }
    CHECK(ok);
    CHECK(inside);
    svg_layout_free(l);
}

/* The number in attribute name="..." of the tag from s to end, or -1. */
static long attr(const char *s, const char *end, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = s; p + n < end; p++)
        if (!strncmp(p, name, n) && p[n] == '=' && p[n + 1] == '"' && (p == s || p[-1] == ' '))
            return strtol(p + n + 2, NULL, 10);
    return -1;
}

/* In a picture, every horizontal run of an arrow but its first (out of
 * its slot) and its last (into its target) keeps 8 pixels from the top
 * and bottom borders of every box it passes over or under. */
static bool routes_clear(const char *svg)
{
    int rects[256][4];
    size_t nr = 0;
    for (const char *p = svg; (p = strstr(p, "<rect ")) != NULL; p++) {
        const char *e = strchr(p, '>');
        if (!e || nr == 256) break;
        const char *c = strstr(p, "class=\"mg-body\"");
        if (!c || c > e) continue;
        rects[nr][0] = (int)attr(p, e, "x");
        rects[nr][1] = (int)attr(p, e, "y");
        rects[nr][2] = (int)attr(p, e, "width");
        rects[nr][3] = (int)attr(p, e, "height");
        nr++;
    }
    bool ok = true;
    for (const char *p = svg; (p = strstr(p, "<path class=\"mg-arrow")) != NULL; p++) {
        const char *d = strstr(p, " d=\"");
        if (!d) break;
        d += 4;
        /* the straight runs (L commands) in order: x1, x2, y (-1: not horizontal) */
        long run[16][3];
        int nruns = 0;
        long cx = 0, cy = 0;
        const char *q = d;
        while (*q && *q != '"') {
            char cmd = *q++;
            int args = cmd == 'M' || cmd == 'L' ? 2 : cmd == 'Q' ? 4 : cmd == 'C' ? 6 : 0;
            long v[6];
            for (int k = 0; k < args; k++) v[k] = strtol(q, (char **)&q, 10);
            while (*q == ' ') q++;
            if (cmd == 'L' && nruns < 16) {
                run[nruns][0] = cx;
                run[nruns][1] = v[0];
                run[nruns][2] = v[1] == cy ? cy : -1;
                nruns++;
            }
            if (args) cx = v[args - 2], cy = v[args - 1];
        }
        /* the first run leaves the slot, the last enters the target */
        for (int k = 1; k + 1 < nruns; k++) {
            if (run[k][2] < 0) continue;
            long x1 = run[k][0] < run[k][1] ? run[k][0] : run[k][1], x2 = run[k][0] + run[k][1] - x1, y = run[k][2];
            for (size_t r = 0; r < nr; r++) {
                if (x2 <= rects[r][0] || x1 >= rects[r][0] + rects[r][2]) continue;
                bool clear = y <= rects[r][1] - 8 || y >= rects[r][1] + rects[r][3] + 8;
                if (!clear)
                    printf("arrow run at y %ld, x %ld..%ld, near the box at %d,%d\n", y, x1, x2, rects[r][0],
                           rects[r][1]);
                ok &= clear;
            }
        }
    }
    return ok;
}

/* The renderer and svg_render_step give the same bytes; a second render
 * too; every picture is one <svg> element with a title and a desc. */
static void check_pictures(const Trace *t, const SvgOptions *opt)
{
    SvgRenderer *r = svg_renderer_new(t, opt);
    bool same = true, shaped = true, clear = true;
    for (size_t i = 0; i < trace_step_count(t); i++) {
        Buf a = BUF_INIT, b = BUF_INIT, c = BUF_INIT;
        svg_renderer_step(r, i, &a);
        svg_render_step(t, i, opt, &b);
        svg_renderer_step(r, i, &c);
        same &= a.len == b.len && a.len == c.len && !memcmp(a.p, b.p, a.len) && !memcmp(a.p, c.p, a.len);
        shaped &= a.len > 0 && !strncmp(a.p, "<svg ", 5) && strstr(a.p, "<title") && strstr(a.p, "<desc") &&
                  !strcmp(a.p + a.len - 7, "</svg>\n");
        clear &= routes_clear(a.p);
        buf_free(&a);
        buf_free(&b);
        buf_free(&c);
    }
    CHECK(same);
    CHECK(shaped);
    CHECK(clear);
    svg_renderer_free(r);
}

int main(void)
{
    for (size_t p = 0; p < sizeof programs / sizeof *programs; p++) {
        const char *src = programs[p];
        /* tracing changes nothing the program prints */
        Buf out = BUF_INIT, err = BUF_INIT, tout = BUF_INIT, terr = BUF_INIT;
        PysimOptions o = {0};
        o.filename = "t.py";
        o.source = src;
        o.source_len = strlen(src);
        o.out = (PysimSink){to_buf, &out};
        o.err = (PysimSink){to_buf, &err};
        int plain = pysim_run(&o, NULL), status;
        Trace *t = run(src, 0, &tout, &terr, &status);
        CHECK(status == plain);
        CHECK(out.len == tout.len && (!out.len || !memcmp(out.p, tout.p, out.len)));
        CHECK(err.len == terr.len && (!err.len || !memcmp(err.p, terr.p, err.len)));
        size_t n;
        const char *whole = trace_stdout(t, &n);
        CHECK(n == out.len && (!n || !memcmp(whole, out.p, n)));
        CHECK(trace_step_count(t) > 0 && !trace_truncated(t));
        /* stdout so far only grows, and the last step's is a prefix of the whole */
        size_t prev = 0;
        bool grows = true;
        for (size_t i = 0; i < trace_step_count(t); i++) {
            size_t len;
            trace_step_stdout(t, i, &len);
            grows &= len >= prev && len <= n;
            prev = len;
        }
        CHECK(grows);
        CHECK_STR(trace_step_event(t, trace_step_count(t) - 1), "return");
        check_refs(t);
        SvgOptions heap = {0}, inl = {0};
        inl.inline_values = true;
        check_layout(t, &heap);
        check_layout(t, &inl);
        check_pictures(t, &heap);
        check_pictures(t, &inl);
        /* the JSON: same bytes twice */
        Buf j1 = BUF_INIT, j2 = BUF_INIT;
        trace_write_json(t, &j1);
        trace_write_json(t, &j2);
        CHECK(j1.len == j2.len && !memcmp(j1.p, j2.p, j1.len));
        buf_free(&j1);
        buf_free(&j2);
        trace_free(t);

        /* a cap of 3 steps: 3 recorded, the output still whole */
        Buf cout = BUF_INIT, cerr = BUF_INIT;
        t = run(src, 3, &cout, &cerr, &status);
        CHECK(trace_step_count(t) == 3 && trace_truncated(t) && trace_max_steps(t) == 3);
        CHECK(status == plain && cout.len == out.len);
        trace_free(t);
        buf_free(&cout);
        buf_free(&cerr);
        buf_free(&out);
        buf_free(&err);
        buf_free(&tout);
        buf_free(&terr);
    }

    /* a SyntaxError: no steps, a trace all the same */
    {
        Buf out = BUF_INIT, err = BUF_INIT;
        int status;
        Trace *t = run("x = (\n", 0, &out, &err, &status);
        CHECK(status == PYSIM_EXCEPTION);
        CHECK(t != NULL && trace_step_count(t) == 0);
        Buf j = BUF_INIT;
        trace_write_json(t, &j);
        CHECK(j.p && strstr(j.p, "\"steps\": []") != NULL);
        buf_free(&j);
        trace_free(t);
        buf_free(&out);
        buf_free(&err);
    }
    return check_report();
}
