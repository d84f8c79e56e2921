/* unicode.c — what CPython 3.12's str methods answer about characters:
 * properties, case mapping, UTF-8 decoding and checking, repr.
 *
 * Invariant: every per-character answer comes from the generated records of
 * unicode_db.c (through uni_db_record), never from hand-written ranges, so
 * regenerating the tables is the only way the answers change.  The string
 * functions follow the order in which CPython's unicodeobject.c consults
 * those answers (e.g. swapcase tests "upper" before "lower"). */
#include "pysim/unicode.h"

#include <string.h>

#define SIGMA 0x3A3u
#define SMALL_SIGMA 0x3C3u
#define FINAL_SIGMA 0x3C2u
#define REPLACEMENT 0xFFFDu

static bool has(uint32_t cp, uint32_t flag)
{
    return (uni_db_record(cp)->flags & flag) != 0;
}

/* ---- UTF-8 ----------------------------------------------------------------- */

size_t uni_utf8_decode(const char *s, size_t len, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len == 0)
        return 0;
    uint32_t c = u[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t n;
    uint32_t min;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2, c &= 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3, c &= 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4, c &= 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (len < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((u[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (u[i] & 0x3F);
    }
    /* Overlong forms and values past U+10FFFF; surrogates stay legal. */
    if (c < min || c > UNI_MAX_CP)
        return 0;
    *cp = c;
    return n;
}

void uni_utf8_encode(Buf *out, uint32_t cp)
{
    buf_put_utf8(out, cp);
}

size_t uni_utf8_count(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

size_t uni_utf8_offset(const char *s, size_t len, size_t index)
{
    size_t i = 0;
    for (; i < len; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (index == 0)
                return i;
            index--;
        }
    }
    return len;
}

static int check_fail(int err, size_t from, size_t to, size_t *start, size_t *end)
{
    if (start)
        *start = from;
    if (end)
        *end = to;
    return err;
}

/* Follows CPython's decoder: the error range is the bytes read before the
 * offending one ([lead, bad) for a bad continuation byte), or everything to
 * the end of the input when it stops in the middle of a valid prefix.  The
 * second byte's bounds exclude overlong forms (E0, F0), surrogates (ED) and
 * code points past U+10FFFF (F4). */
int uni_utf8_check(const char *s, size_t len, size_t *start, size_t *end)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned c = u[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
        if (n == 0)
            return check_fail(UNI_UTF8_START, i, i + 1, start, end);
        unsigned lo = 0x80, hi = 0xBF;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
        else if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
        for (size_t k = 1; k < n; k++) {
            if (i + k >= len)
                return check_fail(UNI_UTF8_END, i, len, start, end);
            unsigned b = u[i + k];
            bool ok = k == 1 ? (b >= lo && b <= hi) : (b & 0xC0) == 0x80;
            if (!ok)
                return check_fail(UNI_UTF8_CONT, i, i + k, start, end);
        }
        i += n;
    }
    return check_fail(UNI_UTF8_OK, 0, 0, start, end);
}

int uni_utf8_validate(const char *s, size_t len, size_t *bad_pos)
{
    return uni_utf8_check(s, len, bad_pos, NULL);
}

const char *uni_utf8_reason(int err)
{
    switch (err) {
    case UNI_UTF8_START:
        return "invalid start byte";
    case UNI_UTF8_CONT:
        return "invalid continuation byte";
    case UNI_UTF8_END:
        return "unexpected end of data";
    default:
        return "";
    }
}

void uni_utf8_error_message(Buf *out, const char *s, int err, size_t start,
                            size_t end)
{
    /* UnicodeDecodeError.__str__ names the byte when the range is one. */
    if (end == start + 1)
        buf_printf(out, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                   (unsigned char)s[start], start, uni_utf8_reason(err));
    else
        buf_printf(out, "'utf-8' codec can't decode bytes in position %zu-%zu: %s",
                   start, end - 1, uni_utf8_reason(err));
}

/* Lead bytes tell the range: C2-C3 start U+0080-U+00FF, C4-EF the rest of
 * the BMP, F0-F4 the supplementary planes. */
int uni_max_kind(const char *s, size_t len)
{
    int kind = 1;
    for (size_t i = 0; i < len; i++) {
        unsigned b = (unsigned char)s[i];
        if (b < 0xC0)
            continue;  /* ASCII or a continuation byte */
        if (b >= 0xF0)
            return 4;
        if (b >= 0xC4)
            kind = 3;
        else if (kind < 2)
            kind = 2;
    }
    return kind;
}

/* Reads the code point at *i and moves past it. */
static uint32_t next_cp(const char *s, size_t len, size_t *i)
{
    uint32_t cp;
    size_t n = uni_utf8_decode(s + *i, len - *i, &cp);
    if (n == 0) {
        *i += 1;
        return REPLACEMENT;
    }
    *i += n;
    return cp;
}

/* Reads the code point that ends at *i (> 0) and moves before it. */
static uint32_t prev_cp(const char *s, size_t *i)
{
    size_t end = *i, j = end - 1;
    while (j > 0 && end - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
        j--;
    uint32_t cp;
    if (uni_utf8_decode(s + j, end - j, &cp) == end - j) {
        *i = j;
        return cp;
    }
    *i = end - 1;
    return REPLACEMENT;
}

/* ---- Properties ------------------------------------------------------------- */

bool uni_isprintable(uint32_t cp) { return has(cp, UNI_F_PRINTABLE); }
bool uni_isalpha(uint32_t cp) { return has(cp, UNI_F_ALPHA); }
bool uni_isdecimal(uint32_t cp) { return has(cp, UNI_F_DECIMAL); }
bool uni_isdigit(uint32_t cp) { return has(cp, UNI_F_DIGIT); }
bool uni_isnumeric(uint32_t cp) { return has(cp, UNI_F_NUMERIC); }
bool uni_isspace(uint32_t cp) { return has(cp, UNI_F_SPACE); }
bool uni_isalnum(uint32_t cp) { return has(cp, UNI_F_ALNUM); }
bool uni_isupper(uint32_t cp) { return has(cp, UNI_F_UPPER); }
bool uni_islower(uint32_t cp) { return has(cp, UNI_F_LOWER); }
bool uni_istitle(uint32_t cp) { return has(cp, UNI_F_TITLE | UNI_F_UPPER); }
bool uni_istitlecase(uint32_t cp) { return has(cp, UNI_F_TITLE); }
bool uni_iscased(uint32_t cp) { return has(cp, UNI_F_CASED); }
bool uni_iscaseignorable(uint32_t cp) { return has(cp, UNI_F_CASE_IGNORABLE); }
bool uni_islinebreak(uint32_t cp) { return has(cp, UNI_F_LINEBREAK); }
bool uni_is_xid_start(uint32_t cp) { return has(cp, UNI_F_XID_START); }
bool uni_is_xid_continue(uint32_t cp) { return has(cp, UNI_F_XID_CONTINUE); }
bool uni_is_id_start(uint32_t cp) { return cp == '_' || has(cp, UNI_F_XID_START); }

int uni_decimal(uint32_t cp) { return uni_db_record(cp)->decimal; }
int uni_digit(uint32_t cp) { return uni_db_record(cp)->digit; }

/* ---- Case mapping ----------------------------------------------------------- */

static int map_case(uint32_t cp, int32_t field, bool ext, uint32_t out[3])
{
    if (!ext) {
        out[0] = (uint32_t)((int64_t)cp + field);
        return 1;
    }
    uint32_t n = (uint32_t)field >> 24, at = (uint32_t)field & 0xFFFFFF;
    for (uint32_t k = 0; k < n; k++)
        out[k] = uni_db_case_ext[at + k];
    return (int)n;
}

/* Past U+10FFFF the record is the identity one, so cp comes back as is. */
int uni_to_upper(uint32_t cp, uint32_t out[3])
{
    const UniRecord *r = uni_db_record(cp);
    return map_case(cp, r->upper, r->flags & UNI_F_UPPER_EXT, out);
}

int uni_to_lower(uint32_t cp, uint32_t out[3])
{
    const UniRecord *r = uni_db_record(cp);
    return map_case(cp, r->lower, r->flags & UNI_F_LOWER_EXT, out);
}

int uni_to_title(uint32_t cp, uint32_t out[3])
{
    const UniRecord *r = uni_db_record(cp);
    return map_case(cp, r->title, r->flags & UNI_F_TITLE_EXT, out);
}

int uni_to_casefold(uint32_t cp, uint32_t out[3])
{
    const UniRecord *r = uni_db_record(cp);
    return map_case(cp, r->fold, r->flags & UNI_F_FOLD_EXT, out);
}

static void put_mapped(Buf *out, const uint32_t *cps, int n)
{
    for (int k = 0; k < n; k++)
        buf_put_utf8(out, cps[k]);
}

/* Unicode's Final_Sigma context, as CPython tests it: skipping
 * case-ignorable characters, a cased one comes before s[at] and none comes
 * after s[after]. */
static bool final_sigma(const char *s, size_t len, size_t at, size_t after)
{
    uint32_t c = 0;
    bool found = false;
    for (size_t j = at; j > 0;) {
        c = prev_cp(s, &j);
        if (!uni_iscaseignorable(c)) {
            found = true;
            break;
        }
    }
    if (!found || !uni_iscased(c))
        return false;
    for (size_t j = after; j < len;) {
        c = next_cp(s, len, &j);
        if (!uni_iscaseignorable(c))
            return !uni_iscased(c);
    }
    return true;
}

/* lower() of the code point cp found at s[at..after): the full mapping, with
 * the final-sigma rule for capital sigma. */
static int lower_at(const char *s, size_t len, size_t at, size_t after,
                    uint32_t cp, uint32_t out[3])
{
    if (cp == SIGMA) {
        out[0] = final_sigma(s, len, at, after) ? FINAL_SIGMA : SMALL_SIGMA;
        return 1;
    }
    return uni_to_lower(cp, out);
}

void uni_lower_utf8(Buf *out, const char *s, size_t len)
{
    uint32_t m[3];
    for (size_t i = 0; i < len;) {
        size_t at = i;
        uint32_t c = next_cp(s, len, &i);
        put_mapped(out, m, lower_at(s, len, at, i, c, m));
    }
}

void uni_upper_utf8(Buf *out, const char *s, size_t len)
{
    uint32_t m[3];
    for (size_t i = 0; i < len;)
        put_mapped(out, m, uni_to_upper(next_cp(s, len, &i), m));
}

void uni_casefold_utf8(Buf *out, const char *s, size_t len)
{
    uint32_t m[3];
    for (size_t i = 0; i < len;)
        put_mapped(out, m, uni_to_casefold(next_cp(s, len, &i), m));
}

void uni_swapcase_utf8(Buf *out, const char *s, size_t len)
{
    uint32_t m[3];
    for (size_t i = 0; i < len;) {
        size_t at = i;
        uint32_t c = next_cp(s, len, &i);
        if (uni_isupper(c))
            put_mapped(out, m, lower_at(s, len, at, i, c, m));
        else if (uni_islower(c))
            put_mapped(out, m, uni_to_upper(c, m));
        else
            buf_put_utf8(out, c);
    }
}

/* Since 3.8 the first character is title-cased, not upper-cased: 'ǆa' gives
 * 'ǅa'. */
void uni_capitalize_utf8(Buf *out, const char *s, size_t len)
{
    uint32_t m[3];
    for (size_t i = 0; i < len;) {
        size_t at = i;
        uint32_t c = next_cp(s, len, &i);
        if (at == 0)
            put_mapped(out, m, uni_to_title(c, m));
        else
            put_mapped(out, m, lower_at(s, len, at, i, c, m));
    }
}

void uni_title_utf8(Buf *out, const char *s, size_t len)
{
    uint32_t m[3];
    bool previous_is_cased = false;
    for (size_t i = 0; i < len;) {
        size_t at = i;
        uint32_t c = next_cp(s, len, &i);
        if (previous_is_cased)
            put_mapped(out, m, lower_at(s, len, at, i, c, m));
        else
            put_mapped(out, m, uni_to_title(c, m));
        previous_is_cased = uni_iscased(c);
    }
}

/* ---- Whole-string predicates ------------------------------------------------- */

bool uni_str_all(const char *s, size_t len, bool (*pred)(uint32_t))
{
    if (len == 0)
        return false;
    for (size_t i = 0; i < len;)
        if (!pred(next_cp(s, len, &i)))
            return false;
    return true;
}

bool uni_str_isprintable(const char *s, size_t len)
{
    return len == 0 || uni_str_all(s, len, uni_isprintable);
}

/* For one character CPython answers from that character's flag alone; the
 * loops below give the same except for characters no Unicode version has
 * (upper and titlecase at once), but we follow it to the letter. */
static bool single(const char *s, size_t len, uint32_t *cp)
{
    size_t n = uni_utf8_decode(s, len, cp);
    return n != 0 && n == len;
}

bool uni_str_isupper(const char *s, size_t len)
{
    uint32_t c;
    if (single(s, len, &c))
        return uni_isupper(c);
    bool cased = false;
    for (size_t i = 0; i < len;) {
        c = next_cp(s, len, &i);
        if (uni_islower(c) || uni_istitlecase(c))
            return false;
        if (!cased && uni_isupper(c))
            cased = true;
    }
    return cased;
}

bool uni_str_islower(const char *s, size_t len)
{
    uint32_t c;
    if (single(s, len, &c))
        return uni_islower(c);
    bool cased = false;
    for (size_t i = 0; i < len;) {
        c = next_cp(s, len, &i);
        if (uni_isupper(c) || uni_istitlecase(c))
            return false;
        if (!cased && uni_islower(c))
            cased = true;
    }
    return cased;
}

/* Uppercase and titlecase characters may only follow uncased ones, and
 * lowercase ones only cased ones. */
bool uni_str_istitle(const char *s, size_t len)
{
    uint32_t c;
    if (single(s, len, &c))
        return uni_istitle(c);
    bool cased = false, previous_is_cased = false;
    for (size_t i = 0; i < len;) {
        c = next_cp(s, len, &i);
        if (uni_isupper(c) || uni_istitlecase(c)) {
            if (previous_is_cased)
                return false;
            previous_is_cased = cased = true;
        } else if (uni_islower(c)) {
            if (!previous_is_cased)
                return false;
            previous_is_cased = cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    return cased;
}

size_t uni_scan_identifier(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        size_t at = i;
        uint32_t c = next_cp(s, len, &i);
        if (at == 0 ? !uni_is_id_start(c) : !uni_is_xid_continue(c))
            return at;
    }
    return len;
}

bool uni_str_isidentifier(const char *s, size_t len)
{
    return len != 0 && uni_scan_identifier(s, len) == len;
}

/* ---- repr ---------------------------------------------------------------- */

/* The quote repr uses: ' unless the text holds ' and no ". */
static char pick_quote(const void *s, size_t len)
{
    if (len == 0)
        return '\'';  /* and s may be NULL, which memchr must not see */
    return memchr(s, '\'', len) && !memchr(s, '"', len) ? '"' : '\'';
}

/* repr(str), or ascii(str) when ascii_only: ascii() is repr() followed by
 * a backslashreplace of what is left non-ASCII, i.e. the printable
 * non-ASCII characters, escaped the same way as unprintable ones. */
static void repr_str(Buf *out, const char *s, size_t len, bool ascii_only)
{
    char quote = pick_quote(s, len);
    buf_putc(out, quote);
    for (size_t i = 0; i < len;) {
        uint32_t c = next_cp(s, len, &i);
        if (c == (uint32_t)quote || c == '\\') {
            buf_putc(out, '\\');
            buf_putc(out, (int)c);
        } else if (c == '\t') {
            buf_puts(out, "\\t");
        } else if (c == '\n') {
            buf_puts(out, "\\n");
        } else if (c == '\r') {
            buf_puts(out, "\\r");
        } else if (c < 0x20 || c == 0x7F) {
            buf_printf(out, "\\x%02x", (unsigned)c);
        } else if (c < 0x7F) {
            buf_putc(out, (int)c);
        } else if (!ascii_only && uni_isprintable(c)) {
            buf_put_utf8(out, c);
        } else if (c <= 0xFF) {
            buf_printf(out, "\\x%02x", (unsigned)c);
        } else if (c <= 0xFFFF) {
            buf_printf(out, "\\u%04x", (unsigned)c);
        } else {
            buf_printf(out, "\\U%08x", (unsigned)c);
        }
    }
    buf_putc(out, quote);
}

void uni_repr(Buf *out, const char *utf8, size_t len)
{
    repr_str(out, utf8, len, false);
}

void uni_ascii(Buf *out, const char *utf8, size_t len)
{
    repr_str(out, utf8, len, true);
}

void uni_bytes_repr(Buf *out, const unsigned char *s, size_t len)
{
    char quote = pick_quote(s, len);
    buf_putc(out, 'b');
    buf_putc(out, quote);
    for (size_t i = 0; i < len; i++) {
        unsigned c = s[i];
        if (c == (unsigned char)quote || c == '\\') {
            buf_putc(out, '\\');
            buf_putc(out, (int)c);
        } else if (c == '\t') {
            buf_puts(out, "\\t");
        } else if (c == '\n') {
            buf_puts(out, "\\n");
        } else if (c == '\r') {
            buf_puts(out, "\\r");
        } else if (c < 0x20 || c >= 0x7F) {
            buf_printf(out, "\\x%02x", c);
        } else {
            buf_putc(out, (int)c);
        }
    }
    buf_putc(out, quote);
}
