/* svg_route.c — the path of one arrow.
 *
 * Boxes sit in columns with empty gutters between them, so an arrow can
 * always be drawn without crossing a box: it leaves its slot to the right
 * until the gutter right of its column, runs up or down in gutters only,
 * crosses columns along a height at least CLEAR pixels from every box of
 * those columns (so it never runs along a border: between two boxes it
 * takes the middle of the gap, else it goes round above or below them),
 * and enters its target from the left at the middle of the target's
 * header (from the right when the target's column is not further right).
 * Between neighbouring columns that is one smooth S curve in the gutter;
 * otherwise an orthogonal path with rounded corners.
 */
#include "render/svg_impl.h"

#include <limits.h>
#include <stdlib.h>

#define LANE_W 6   /* between parallel vertical runs in one gutter */
#define RADIUS 8   /* corners of orthogonal paths */
#define CLEAR 8    /* least distance from a horizontal run to a box or its tag */
#define DETOUR (4 * SVG_ROW_H) /* how much longer a run may be to not point at a box */

/* Right edge of column c (-1: the frames) and left edge of column c. */
static int col_right(const SvgLayout *l, int c)
{
    return c < 0 ? l->frames_x + l->frames_w : l->col_x[c] + l->col_w[c];
}

static int col_left(const SvgLayout *l, int c) { return c < 0 ? l->frames_x : l->col_x[c]; }

/* A box and its tag, grown by CLEAR on both sides: no horizontal run may
 * pass inside (lo, hi) of a box of a column it crosses; one of a column
 * where it turns (soft) only costs DETOUR more. */
typedef struct Block {
    int lo, hi;
    bool soft;
} Block;

static int by_lo(const void *a, const void *b)
{
    const Block *x = a, *y = b;
    return x->lo < y->lo ? -1 : x->lo > y->lo;
}

/* Tries the free heights left by bl[0..nb) (sorted by lo; the soft ones
 * ignored unless with_soft), from `top` down: in each gap, the heights
 * nearest y1 and y2. */
static void try_gaps(const Block *bl, size_t nb, bool with_soft, int top, int y1, int y2, int *best, long *best_d)
{
    int from = top, reach = top;
    for (size_t i = 0; i <= nb; i++) {
        if (i < nb && bl[i].soft && !with_soft) continue;
        int end = i < nb ? bl[i].lo : INT_MAX;
        if (end >= from) {
            int cands[2] = {y1, y2};
            for (int k = 0; k < 2; k++) {
                int c = cands[k] < from ? from : cands[k] > end ? end : cands[k];
                long d = labs((long)c - y1) + labs((long)c - y2);
                for (size_t j = 0; j < nb; j++)
                    if (bl[j].soft && c > bl[j].lo && c < bl[j].hi) d += DETOUR;
                if (*best_d < 0 || d < *best_d) *best = c, *best_d = d;
            }
        }
        if (i < nb && bl[i].hi > reach) reach = bl[i].hi;
        from = reach;
    }
}

/* The height to cross columns lo..hi at: at least CLEAR away from every
 * box of those columns (tags included), and as close as possible to both
 * ends of the arrow (any height between them costs the same).  The free
 * heights are the gaps between the grown boxes, the band above the
 * highest ones (under the section labels) and everything below the
 * lowest; a gap between two neighbouring boxes is barely wider than 2 *
 * CLEAR, so an arrow crossing there runs along its middle, never skimming
 * one box's border.  A run level with a box of the columns on either
 * side, where the arrow turns in the gutters (its own source ex and
 * target excepted), would seem to point at that box: it costs DETOUR. */
static int channel(const SvgLayout *l, const SvgRect *boxes, size_t n, int lo, int hi, const SvgRect *ex,
                   const SvgRect *target, int y1, int y2)
{
    Block *bl = n ? xmalloc(n * sizeof *bl) : NULL;
    size_t nb = 0;
    for (size_t i = 0; i < n; i++) {
        const SvgRect *b = &boxes[i];
        if (b->col < lo - 1 || b->col > hi + 1) continue;
        if ((ex && b->x == ex->x && b->y == ex->y) || (b->x == target->x && b->y == target->y)) continue;
        bl[nb++] = (Block){b->y - (b->tagged ? SVG_TAG_H : 0) - CLEAR, b->y + b->h + CLEAR, b->col < lo || b->col > hi};
    }
    if (nb) qsort(bl, nb, sizeof *bl, by_lo);
    int best = y1, top = l->top - SVG_TAG_H - 8;
    long best_d = -1;
    try_gaps(bl, nb, true, top, y1, y2, &best, &best_d);
    try_gaps(bl, nb, false, top, y1, y2, &best, &best_d);
    free(bl);
    return best;
}

/* The box of column col holding (x, y), the start of an arrow; NULL for a frame. */
static const SvgRect *source_box(const SvgRect *boxes, size_t n, int col, int x, int y)
{
    for (size_t i = 0; i < n; i++) {
        const SvgRect *b = &boxes[i];
        if (b->col == col && x >= b->x && x <= b->x + b->w && y >= b->y && y <= b->y + b->h) return b;
    }
    return NULL;
}

static int sign(int v) { return (v > 0) - (v < 0); }

/* A polyline through in[0..n) (axis-parallel segments; n <= 8) with
 * rounded corners.  A short step between two runs going the same way (a
 * channel a few pixels off the height of its end) becomes one smooth S
 * instead of two cramped corners. */
static void rounded(Buf *d, const int (*in)[2], int n)
{
    int pts[8][2], m = 0;
    for (int i = 0; i < n && m < 8; i++) { /* without repeated points, nor corners that are none */
        if (m && in[i][0] == pts[m - 1][0] && in[i][1] == pts[m - 1][1]) continue;
        if (m >= 2 && ((pts[m - 2][0] == pts[m - 1][0] && pts[m - 1][0] == in[i][0]) ||
                       (pts[m - 2][1] == pts[m - 1][1] && pts[m - 1][1] == in[i][1])))
            m--;
        pts[m][0] = in[i][0];
        pts[m][1] = in[i][1];
        m++;
    }
    buf_printf(d, "M%d %d", pts[0][0], pts[0][1]);
    for (int i = 1; i < m - 1; i++) {
        int px = pts[i - 1][0], py = pts[i - 1][1], x = pts[i][0], y = pts[i][1];
        int nx = pts[i + 1][0], ny = pts[i + 1][1];
        int din = abs(x - px) + abs(y - py), dout = abs(nx - x) + abs(ny - y);
        if (i + 2 < m && dout < 2 * RADIUS) {
            int qx = pts[i + 2][0], qy = pts[i + 2][1];
            int dx = sign(x - px), dy = sign(y - py);
            int dnext = abs(qx - nx) + abs(qy - ny);
            if (dx == sign(qx - nx) && dy == sign(qy - ny)) {
                /* the S spans h on both sides of the step */
                int h = 2 * RADIUS;
                if (din / 2 < h) h = din / 2;
                if (dnext / 2 < h) h = dnext / 2;
                if (h > 0) {
                    buf_printf(d, " L%d %d C%d %d %d %d %d %d", x - dx * h, y - dy * h, x, y, nx, ny, nx + dx * h,
                               ny + dy * h);
                    i++; /* the step's far corner is done */
                    continue;
                }
            }
        }
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
    buf_printf(d, " L%d %d", pts[m - 1][0], pts[m - 1][1]);
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
        /* crossing its own column: the source box is in the way too */
        int cy = channel(l, boxes, nboxes, dst + 1, src_col, NULL, &to, sy, ty);
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
    const SvgRect *from = source_box(boxes, nboxes, src_col, sx, sy);
    int cy = channel(l, boxes, nboxes, src_col + 1, dst - 1, from, &to, sy, ty);
    int pts[6][2] = {{sx, sy}, {gout, sy}, {gout, cy}, {gin, cy}, {gin, ty}, {tx, ty}};
    rounded(d, (const int (*)[2])pts, 6);
}
