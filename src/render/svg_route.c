/* svg_route.c — the path of one arrow.
 *
 * Boxes sit in columns with empty gutters between them, so an arrow can
 * always be drawn without crossing a box: it leaves its slot to the right
 * until the gutter right of its column, runs up or down in gutters only,
 * crosses columns along a height where no box of those columns is, and
 * enters its target from the left at the middle of the target's header.
 * Between neighbouring columns that is one smooth S curve in the gutter;
 * otherwise an orthogonal path with rounded corners.
 */
#include "render/svg_impl.h"

#include <stdlib.h>

#define LANE_W 6   /* between parallel vertical runs in one gutter */
#define RADIUS 8   /* corners of orthogonal paths */

/* Right edge of column c (-1: the frames) and left edge of column c. */
static int col_right(const SvgLayout *l, int c)
{
    return c < 0 ? l->frames_x + l->frames_w : l->col_x[c] + l->col_w[c];
}

static int col_left(const SvgLayout *l, int c) { return c < 0 ? l->frames_x : l->col_x[c]; }

/* Is the band [y - 3, y + 3] free of every box in columns lo..hi? */
static bool band_free(const SvgRect *boxes, size_t n, int lo, int hi, int y)
{
    for (size_t i = 0; i < n; i++) {
        const SvgRect *b = &boxes[i];
        if (b->col < lo || b->col > hi) continue;
        int top = b->y - (b->tagged ? SVG_TAG_H + 2 : 2);
        if (y + 3 > top && y - 3 < b->y + b->h + 1) return false;
    }
    return true;
}

/* The height to cross columns lo..hi at: free, and as close as possible to
 * both ends of the arrow. */
static int channel(const SvgLayout *l, const SvgRect *boxes, size_t n, int lo, int hi, int y1, int y2)
{
    int best = l->top - SVG_TAG_H - 8;
    long best_d = labs((long)best - y1) + labs((long)best - y2);
    int cands[2] = {y1, y2};
    for (int k = 0; k < 2; k++) {
        long d = labs((long)cands[k] - y1) + labs((long)cands[k] - y2);
        if (d < best_d && band_free(boxes, n, lo, hi, cands[k])) best = cands[k], best_d = d;
    }
    for (size_t i = 0; i < n; i++) {
        const SvgRect *b = &boxes[i];
        if (b->col < lo || b->col > hi) continue;
        int c2[2] = {b->y - (b->tagged ? SVG_TAG_H + 6 : 6), b->y + b->h + 6};
        for (int k = 0; k < 2; k++) {
            long d = labs((long)c2[k] - y1) + labs((long)c2[k] - y2);
            if (d < best_d && band_free(boxes, n, lo, hi, c2[k])) best = c2[k], best_d = d;
        }
    }
    return best;
}

/* A polyline through pts[0..n) with rounded corners. */
static void rounded(Buf *d, const int (*pts)[2], int n)
{
    buf_printf(d, "M%d %d", pts[0][0], pts[0][1]);
    for (int i = 1; i < n - 1; i++) {
        int px = pts[i - 1][0], py = pts[i - 1][1], x = pts[i][0], y = pts[i][1];
        int nx = pts[i + 1][0], ny = pts[i + 1][1];
        int din = abs(x - px) + abs(y - py), dout = abs(nx - x) + abs(ny - y);
        int r = RADIUS;
        if (din / 2 < r) r = din / 2;
        if (dout / 2 < r) r = dout / 2;
        if (r <= 0) {
            buf_printf(d, " L%d %d", x, y);
            continue;
        }
        int ax = x - (x > px ? r : x < px ? -r : 0), ay = y - (y > py ? r : y < py ? -r : 0);
        int bx = x + (nx > x ? r : nx < x ? -r : 0), by = y + (ny > y ? r : ny < y ? -r : 0);
        buf_printf(d, " L%d %d Q%d %d %d %d", ax, ay, x, y, bx, by);
    }
    buf_printf(d, " L%d %d", pts[n - 1][0], pts[n - 1][1]);
}

void svg_route(Buf *d, const SvgLayout *l, int sx, int sy, int src_col, SvgRect to, const SvgRect *boxes,
               size_t nboxes, int lane)
{
    int ty = to.y + SVG_HEAD_H / 2;
    int dst = to.col;
    int exit_x = col_right(l, src_col);
    int gout = exit_x + 12 + lane * LANE_W; /* gutter right of the source column */
    if (dst <= src_col) {
        /* a column left (or the same one): enter the target from its right */
        int tx = to.x + to.w;
        int gin = col_right(l, dst) + 12 + lane * LANE_W;
        if (dst == src_col) {
            int pts[4][2] = {{sx, sy}, {gout, sy}, {gout, ty}, {tx, ty}};
            rounded(d, (const int (*)[2])pts, 4);
            return;
        }
        int cy = channel(l, boxes, nboxes, dst + 1, src_col, sy, ty);
        int pts[6][2] = {{sx, sy}, {gout, sy}, {gout, cy}, {gin, cy}, {gin, ty}, {tx, ty}};
        rounded(d, (const int (*)[2])pts, 6);
        return;
    }
    int tx = to.x;
    if (dst == src_col + 1) {
        /* neighbouring columns: straight out of the slot, one S curve across the gutter */
        if (sy == ty) {
            buf_printf(d, "M%d %d L%d %d", sx, sy, tx, ty);
            return;
        }
        int mid = (tx - exit_x) / 2;
        buf_printf(d, "M%d %d L%d %d C%d %d %d %d %d %d", sx, sy, exit_x, sy, exit_x + mid, sy, tx - mid, ty, tx, ty);
        return;
    }
    int gin = col_left(l, dst) - 12 - lane * LANE_W; /* gutter left of the target column */
    int cy = channel(l, boxes, nboxes, src_col + 1, dst - 1, sy, ty);
    int pts[6][2] = {{sx, sy}, {gout, sy}, {gout, cy}, {gin, cy}, {gin, ty}, {tx, ty}};
    rounded(d, (const int (*)[2])pts, 6);
}
