/* svg_text.c — text for diagrams: estimated widths, cutting to a width
 * with an ellipsis, XML escaping, short ids.
 *
 * There is no font engine here, so widths are estimates per character,
 * chosen on the wide side of common fonts (system-ui sans serif, and
 * monospace fonts at 0.6 em): a box is never narrower than its text, so
 * nothing overlaps whatever font the reader's browser picks.
 */
#include "render/svg_impl.h"

#include <inttypes.h>
#include <string.h>

/* Decodes one UTF-8 character at s (n > 0 bytes): its length, 0 when
 * invalid; *cp the code point. */
static size_t decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned c = s[0];
    size_t len;
    uint32_t min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) len = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF) len = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4) len = 4, min = 0x10000;
    else return 0;
    if (n < len) return 0;
    uint32_t v = c & (0x7Fu >> len);
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return len;
}

static bool wide_cp(uint32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD);
}

static bool combining_cp(uint32_t c)
{
    return (c >= 0x300 && c <= 0x36F) || (c >= 0x200B && c <= 0x200F) || (c >= 0xFE00 && c <= 0xFE0F);
}

/* Width of one character in thousandths of an em. */
static int char_em(uint32_t c, SvgFont f)
{
    if (combining_cp(c)) return 0;
    bool mono = f == SVG_F_MONO || f == SVG_F_SMALL;
    if (wide_cp(c)) return mono ? 1220 : 1050;
    if (mono) return 610;
    int w;
    if (c == ' ') w = 300;
    else if (strchr("il.,:;'!|`", (int)c) && c) w = 300;
    else if (strchr("fjrtI()[]{}\"-", (int)c) && c) w = 420;
    else if (strchr("mwMW@%", (int)c) && c) w = 920;
    else if (c >= 'A' && c <= 'Z') w = 720;
    else if (c >= '0' && c <= '9') w = 600;
    else if (c < 0x80) w = 580;
    else w = 720;
    if (f == SVG_F_SANS_BOLD) w = w * 109 / 100;
    return w;
}

static int font_px10(SvgFont f)
{
    switch (f) {
    case SVG_F_SANS: return 115;
    case SVG_F_SANS_BOLD: return 115;
    case SVG_F_MONO: return 120;
    case SVG_F_SMALL: return 100;
    default: return 95;
    }
}

/* The code point at *i (U+FFFD for a byte that starts no UTF-8
 * sequence), moving *i past it. */
static uint32_t next_cp(const unsigned char *p, size_t n, size_t *i)
{
    uint32_t cp;
    size_t len = decode(p + *i, n - *i, &cp);
    if (!len) {
        cp = 0xFFFD;
        len = 1;
    }
    *i += len;
    return cp;
}

int svg_text_width(const char *s, size_t n, SvgFont f)
{
    const unsigned char *p = (const unsigned char *)s;
    long em = 0;
    size_t i = 0;
    while (i < n) em += char_em(next_cp(p, n, &i), f);
    /* thousandths of an em times tenths of a pixel, rounded up */
    return (int)((em * font_px10(f) + 9999) / 10000);
}

int svg_fit(Buf *out, const char *s, size_t n, SvgFont f, int max_w)
{
    int w = svg_text_width(s, n, f);
    if (w <= max_w) {
        buf_put(out, s, n);
        return w;
    }
    static const char ell[] = "\xe2\x80\xa6";
    int ell_w = svg_text_width(ell, 3, f);
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    long em = 0;
    while (i < n) {
        size_t at = i;
        long next = em + char_em(next_cp(p, n, &at), f);
        if ((int)((next * font_px10(f) + 9999) / 10000) + ell_w > max_w) break;
        em = next;
        i = at;
    }
    buf_put(out, s, i);
    buf_put(out, ell, 3);
    return (int)((em * font_px10(f) + 9999) / 10000) + ell_w;
}

void svg_put_escaped(Buf *out, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        if (c >= 0x80) {
            uint32_t cp;
            size_t len = decode(p + i, n - i, &cp);
            /* XML 1.0 forbids U+FFFE and U+FFFF */
            if (len && cp != 0xFFFE && cp != 0xFFFF) buf_put(out, p + i, len);
            else buf_puts(out, "\xEF\xBF\xBD");
            i += len ? len : 1;
            continue;
        }
        switch (c) {
        case '&': buf_puts(out, "&amp;"); break;
        case '<': buf_puts(out, "&lt;"); break;
        case '>': buf_puts(out, "&gt;"); break;
        case '"': buf_puts(out, "&quot;"); break;
        case '\'': buf_puts(out, "&#39;"); break;
        case '\n':
        case '\t': buf_putc(out, ' '); break;
        default:
            if (c < 0x20 || c == 0x7F) buf_puts(out, "\xEF\xBF\xBD");
            else buf_putc(out, (int)c);
        }
        i++;
    }
}

void svg_short_id(Buf *out, uint64_t id)
{
    buf_printf(out, "\xe2\x80\xa6%05" PRIu64, id % 100000);
}
