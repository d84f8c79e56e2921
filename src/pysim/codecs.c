/* codecs.c — text encodings for str.encode, bytes.decode and str(b, enc).
 *
 * A name is looked up as CPython 3.12 does: normalised (lower case, every
 * run of characters other than letters, digits and '.' made one '_'), then
 * found among the encodings package's aliases and module names (the table
 * below, recorded from python3.12's encodings package).  A name not there
 * raises LookupError("unknown encoding: NAME"); the bytes-to-bytes codecs
 * (hex, base64, rot13 ...) raise CPython's "is not a text encoding"
 * LookupError; every other codec CPython has but memguide does not
 * implement stops the run as unsupported.
 *
 * Implemented: utf-8, utf-8-sig, ascii, latin-1, cp1252, utf-16 and utf-32
 * (and their -le/-be forms; the plain forms write a little-endian BOM), with the
 * error handlers strict, ignore, replace, backslashreplace,
 * xmlcharrefreplace (encoding only), surrogateescape and surrogatepass.
 * Errors report the same range as CPython: a run of unencodable characters
 * for utf-8, ascii and latin-1 (one character for utf-16/32), the byte
 * range CPython's decoders report, positions in characters (encoding) or
 * bytes (decoding).  The handler name is only looked at when an error
 * happens, as in CPython.
 */
#include <stdlib.h>
#include <string.h>

#include "pysim/codecs.h"
#include "pysim/obj.h"
#include "pysim/str_impl.h"
#include "pysim/unicode.h"
#include "pysim/vm.h"

/* ---- the registry ---- */

/* Each string: a module of CPython's encodings package, then the aliases
 * that lead to it (encodings.aliases), all normalised.  Recorded from
 * python3.12 (the names codecs.lookup accepts on Linux). */
static const char *const codec_names[] = {
    "ascii 646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 iso646_us "
    "iso_646.irv_1991 iso_ir_6 us us_ascii",
    "base64_codec base64 base_64",
    "big5 big5_tw csbig5 x_mac_trad_chinese",
    "big5hkscs big5_hkscs hkscs",
    "bz2_codec bz2",
    "charmap",
    "cp037 037 csibm037 ebcdic_cp_ca ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ibm037 ibm039",
    "cp1006",
    "cp1026 1026 csibm1026 ibm1026",
    "cp1125 1125 cp866u ibm1125 ruscii",
    "cp1140 1140 ibm1140",
    "cp1250 1250 windows_1250",
    "cp1251 1251 windows_1251",
    "cp1252 1252 windows_1252",
    "cp1253 1253 windows_1253",
    "cp1254 1254 windows_1254",
    "cp1255 1255 windows_1255",
    "cp1256 1256 windows_1256",
    "cp1257 1257 windows_1257",
    "cp1258 1258 windows_1258",
    "cp273 273 csibm273 ibm273",
    "cp424 424 csibm424 ebcdic_cp_he ibm424",
    "cp437 437 cspc8codepage437 ibm437",
    "cp500 500 csibm500 ebcdic_cp_be ebcdic_cp_ch ibm500",
    "cp720",
    "cp737",
    "cp775 775 cspc775baltic ibm775",
    "cp850 850 cspc850multilingual ibm850",
    "cp852 852 cspcp852 ibm852",
    "cp855 855 csibm855 ibm855",
    "cp856",
    "cp857 857 csibm857 ibm857",
    "cp858 858 csibm858 ibm858",
    "cp860 860 csibm860 ibm860",
    "cp861 861 cp_is csibm861 ibm861",
    "cp862 862 cspc862latinhebrew ibm862",
    "cp863 863 csibm863 ibm863",
    "cp864 864 csibm864 ibm864",
    "cp865 865 csibm865 ibm865",
    "cp866 866 csibm866 ibm866",
    "cp869 869 cp_gr csibm869 ibm869",
    "cp874",
    "cp875",
    "cp932 932 ms932 ms_kanji mskanji",
    "cp949 949 ms949 uhc",
    "cp950 950 ms950",
    "euc_jis_2004 euc_jis2004 eucjis2004 jisx0213",
    "euc_jisx0213 eucjisx0213",
    "euc_jp eucjp u_jis ujis",
    "euc_kr euckr korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 x_mac_korean",
    "gb18030 gb18030_2000",
    "gb2312 chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312_1980 gb2312_80 iso_ir_58 "
    "x_mac_simp_chinese",
    "gbk 936 cp936 ms936",
    "hex_codec hex",
    "hp_roman8 cp1051 ibm1051 r8 roman8",
    "hz hz_gb hz_gb_2312 hzgb",
    "idna",
    "iso2022_jp csiso2022jp iso2022jp iso_2022_jp",
    "iso2022_jp_1 iso2022jp_1 iso_2022_jp_1",
    "iso2022_jp_2 iso2022jp_2 iso_2022_jp_2",
    "iso2022_jp_2004 iso2022jp_2004 iso_2022_jp_2004",
    "iso2022_jp_3 iso2022jp_3 iso_2022_jp_3",
    "iso2022_jp_ext iso2022jp_ext iso_2022_jp_ext",
    "iso2022_kr csiso2022kr iso2022kr iso_2022_kr",
    "iso8859_10 csisolatin6 iso_8859_10 iso_8859_10_1992 iso_ir_157 l6 latin6",
    "iso8859_11 iso_8859_11 iso_8859_11_2001 thai",
    "iso8859_13 iso_8859_13 l7 latin7",
    "iso8859_14 iso_8859_14 iso_8859_14_1998 iso_celtic iso_ir_199 l8 latin8",
    "iso8859_15 iso_8859_15 l9 latin9",
    "iso8859_16 iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10",
    "iso8859_2 csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2",
    "iso8859_3 csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3",
    "iso8859_4 csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4",
    "iso8859_5 csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 iso_ir_144",
    "iso8859_6 arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 iso_8859_6_1987 iso_ir_127",
    "iso8859_7 csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 iso_8859_7_1987 iso_ir_126",
    "iso8859_8 csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138",
    "iso8859_9 csisolatin5 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5",
    "johab cp1361 ms1361",
    "koi8_r cskoi8r",
    "koi8_t",
    "koi8_u",
    "kz1048 kz_1048 rk1048 strk1048_2002",
    "latin_1 8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 "
    "l1 latin latin1",
    "mac_arabic",
    "mac_croatian",
    "mac_cyrillic maccyrillic",
    "mac_farsi",
    "mac_greek macgreek",
    "mac_iceland maciceland",
    "mac_latin2 mac_centeuro maccentraleurope maclatin2",
    "mac_roman macintosh macroman",
    "mac_romanian",
    "mac_turkish macturkish",
    "palmos",
    "ptcp154 cp154 csptcp154 cyrillic_asian pt154",
    "punycode",
    "quopri_codec quopri quoted_printable quotedprintable",
    "raw_unicode_escape",
    "rot_13 rot13",
    "shift_jis csshiftjis s_jis shiftjis sjis x_mac_japanese",
    "shift_jis_2004 s_jis_2004 shiftjis2004 sjis_2004",
    "shift_jisx0213 s_jisx0213 shiftjisx0213 sjisx0213",
    "tis_620 iso_ir_166 tis620 tis_620_0 tis_620_2529_0 tis_620_2529_1",
    "undefined",
    "unicode_escape",
    "utf_16 u16 utf16",
    "utf_16_be unicodebigunmarked utf_16be",
    "utf_16_le unicodelittleunmarked utf_16le",
    "utf_32 u32 utf32",
    "utf_32_be utf_32be",
    "utf_32_le utf_32le",
    "utf_7 u7 unicode_1_1_utf_7 utf7",
    "utf_8 cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4",
    "utf_8_sig",
    "uu_codec uu",
    "zlib_codec zip zlib",
};

/* The modules whose codecs are bytes-to-bytes, not text encodings. */
static const char *const nontext_modules[] = {
    "base64_codec", "bz2_codec", "hex_codec", "quopri_codec", "rot_13", "uu_codec", "zlib_codec", NULL,
};

typedef enum Codec {
    CODEC_UTF8, CODEC_UTF8_SIG, CODEC_ASCII, CODEC_LATIN1,
    CODEC_UTF16, CODEC_UTF16_LE, CODEC_UTF16_BE,
    CODEC_UTF32, CODEC_UTF32_LE, CODEC_UTF32_BE, CODEC_CP1252
} Codec;

/* ORDER Codec (the implemented ones) */
static const struct {
    const char *module, *name; /* name: how the codec's errors call it */
} implemented[] = {
    {"utf_8", "utf-8"}, {"utf_8_sig", "utf-8"}, {"ascii", "ascii"}, {"latin_1", "latin-1"},
    {"utf_16", "utf-16"}, {"utf_16_le", "utf-16-le"}, {"utf_16_be", "utf-16-be"},
    {"utf_32", "utf-32"}, {"utf_32_le", "utf-32-le"}, {"utf_32_be", "utf-32-be"}, {"cp1252", "charmap"},
};

/* cp1252 (Windows Western): bytes 0x80-0x9F; 0 where the byte is
 * undefined.  Every other byte is the code point of the same number.
 * Recorded from python3.12's encodings.cp1252. */
static const uint16_t cp1252_high[32] = {
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
    0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
};

/* The cp1252 byte of c, or -1. */
static int cp1252_byte(uint32_t c)
{
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) return (int)c;
    for (int i = 0; i < 32; i++)
        if (cp1252_high[i] && cp1252_high[i] == c) return 0x80 + i;
    return -1;
}

/* _Py_normalize_encoding, into b. */
static void normalize(const char *name, Buf *b)
{
    bool punct = false;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        unsigned char c = *p;
        bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (alnum || c == '.') {
            if (punct && b->len) buf_putc(b, '_');
            punct = false;
            buf_putc(b, c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else {
            punct = true;
        }
    }
    buf_reserve(b, 1); /* b->p is a C string even when empty */
    b->p[b->len] = '\0';
}

/* Is word (n bytes) one of the space-separated words of list?  first:
 * only the list's first word (the module name) counts. */
static bool has_word(const char *list, const char *word, size_t n, bool first, bool rest)
{
    for (const char *p = list; *p;) {
        const char *e = strchr(p, ' ');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        bool is_first = p == list;
        if (((is_first && first) || (!is_first && rest)) && len == n && memcmp(p, word, n) == 0) return true;
        if (!e) break;
        p = e + 1;
    }
    return false;
}

/* encodings.search_function: an alias first (also with '.' read as '_'),
 * then a module of that name. */
static const char *find_module(const char *norm)
{
    size_t n = strlen(norm), count = sizeof codec_names / sizeof *codec_names;
    for (size_t i = 0; i < count; i++)
        if (has_word(codec_names[i], norm, n, false, true)) return codec_names[i];
    if (strchr(norm, '.')) {
        char *alt = xstrdup(norm);
        for (char *p = alt; *p; p++)
            if (*p == '.') *p = '_';
        const char *r = NULL;
        for (size_t i = 0; i < count && !r; i++)
            if (has_word(codec_names[i], alt, n, false, true)) r = codec_names[i];
        free(alt);
        return r;
    }
    for (size_t i = 0; i < count; i++)
        if (has_word(codec_names[i], norm, n, true, false)) return codec_names[i];
    return NULL;
}

/* Finds the codec of name; raises LookupError as CPython, or stops for a
 * codec memguide lacks.  use: "codecs.encode()" or "codecs.decode()". */
static int lookup(const char *name, const char *use, Codec *out)
{
    Buf norm = BUF_INIT;
    normalize(name, &norm);
    const char *entry = find_module(norm.p);
    buf_free(&norm);
    if (!entry) {
        py_err_format(&py_exc_LookupError, "unknown encoding: %s", name);
        return -1;
    }
    size_t mlen = strcspn(entry, " ");
    for (int i = 0; nontext_modules[i]; i++) {
        if (strlen(nontext_modules[i]) == mlen && memcmp(nontext_modules[i], entry, mlen) == 0) {
            py_err_format(&py_exc_LookupError, "'%s' is not a text encoding; use %s to handle arbitrary codecs",
                          name, use);
            return -1;
        }
    }
    for (int i = 0; i < (int)(sizeof implemented / sizeof *implemented); i++) {
        if (strlen(implemented[i].module) == mlen && memcmp(implemented[i].module, entry, mlen) == 0) {
            *out = (Codec)i;
            return 0;
        }
    }
    py_unsupported("the '%.*s' codec", (int)mlen, entry);
    return -1;
}

/* ---- error handlers ---- */

typedef enum Handler {
    EH_STRICT, EH_IGNORE, EH_REPLACE, EH_BACKSLASH, EH_XMLREF, EH_NAMEREPLACE, EH_SURESC, EH_SURPASS, EH_UNKNOWN
} Handler;

static Handler handler_of(const char *errors)
{
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                                        "namereplace", "surrogateescape", "surrogatepass"}; /* ORDER Handler */
    if (!errors) return EH_STRICT;
    for (int i = 0; i < EH_UNKNOWN; i++)
        if (!strcmp(errors, names[i])) return (Handler)i;
    return EH_UNKNOWN;
}

static void unknown_handler(const char *errors)
{
    py_err_format(&py_exc_LookupError, "unknown error handler name '%s'", errors);
}

static void raise_unicode_error(PyType *type, const char *codec, PyObj *obj, int64_t start, int64_t end,
                                const char *reason)
{
    PyObj *a[5] = {py_str_from_c(codec), obj, py_int_from_i64(start), py_int_from_i64(end), py_str_from_c(reason)};
    PyObj *exc = a[0] && a[2] && a[3] && a[4] ? py_call((PyObj *)type, a, 5, NULL) : NULL;
    py_xdecref(a[0]);
    py_xdecref(a[2]);
    py_xdecref(a[3]);
    py_xdecref(a[4]);
    if (exc) {
        py_err_set_object(exc);
        py_decref(exc);
    }
}

/* ---- encoding ---- */

typedef struct Enc {
    Codec codec;
    const char *name; /* for messages */
    PyObj *str;       /* the str being encoded */
    const uint32_t *cps;
    size_t n;
    Handler eh;
    const char *errors;
    Buf out;
} Enc;

static bool is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

/* The byte codecs (ascii, latin-1, cp1252) fail on characters outside
 * their set; the UTF codecs only on surrogates. */
static bool enc_bytewise(const Enc *e)
{
    return e->codec == CODEC_ASCII || e->codec == CODEC_LATIN1 || e->codec == CODEC_CP1252;
}

static bool enc_bad(const Enc *e, uint32_t c)
{
    switch (e->codec) {
    case CODEC_ASCII: return c >= 128;
    case CODEC_LATIN1: return c >= 256;
    case CODEC_CP1252: return cp1252_byte(c) < 0;
    default: return is_surrogate(c);
    }
}

static void put16(Buf *b, uint32_t u, bool le)
{
    buf_putc(b, le ? (int)(u & 0xff) : (int)(u >> 8));
    buf_putc(b, le ? (int)(u >> 8) : (int)(u & 0xff));
}

static void put32(Buf *b, uint32_t u, bool le)
{
    for (int i = 0; i < 4; i++) buf_putc(b, (int)((u >> (8 * (le ? i : 3 - i))) & 0xff));
}

/* Writes c in the codec's form (c encodable, or a surrogate passed). */
static void enc_put(Enc *e, uint32_t c)
{
    switch (e->codec) {
    case CODEC_ASCII:
    case CODEC_LATIN1: buf_putc(&e->out, (int)c); break;
    case CODEC_CP1252: buf_putc(&e->out, cp1252_byte(c)); break;
    case CODEC_UTF16:
    case CODEC_UTF16_LE:
    case CODEC_UTF16_BE: {
        bool le = e->codec != CODEC_UTF16_BE;
        if (c >= 0x10000) {
            put16(&e->out, 0xD800 + ((c - 0x10000) >> 10), le);
            put16(&e->out, 0xDC00 + ((c - 0x10000) & 0x3FF), le);
        } else {
            put16(&e->out, c, le);
        }
        break;
    }
    case CODEC_UTF32:
    case CODEC_UTF32_LE:
    case CODEC_UTF32_BE: put32(&e->out, c, e->codec != CODEC_UTF32_BE); break;
    default: uni_utf8_encode(&e->out, c); break;
    }
}

/* Writes ASCII text made by the handlers (b is emptied). */
static void enc_put_ascii(Enc *e, Buf *b)
{
    for (size_t i = 0; i < b->len; i++) enc_put(e, (unsigned char)b->p[i]);
    buf_clear(b);
}

static const char *enc_reason(const Enc *e)
{
    return e->codec == CODEC_ASCII    ? "ordinal not in range(128)"
           : e->codec == CODEC_LATIN1 ? "ordinal not in range(256)"
           : e->codec == CODEC_CP1252 ? "character maps to <undefined>"
                                      : "surrogates not allowed";
}

/* Applies the error handler to the unencodable characters [s, end). */
static int enc_error(Enc *e, size_t s, size_t end)
{
    bool utf = !enc_bytewise(e);
    Buf tmp = BUF_INIT;
    switch (e->eh) {
    case EH_IGNORE: return 0;
    case EH_REPLACE:
        for (size_t k = s; k < end; k++) enc_put(e, '?');
        return 0;
    case EH_BACKSLASH:
        for (size_t k = s; k < end; k++) {
            uint32_t c = e->cps[k];
            buf_printf(&tmp, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)c);
            enc_put_ascii(e, &tmp);
        }
        buf_free(&tmp);
        return 0;
    case EH_XMLREF:
        for (size_t k = s; k < end; k++) {
            buf_printf(&tmp, "&#%u;", (unsigned)e->cps[k]);
            enc_put_ascii(e, &tmp);
        }
        buf_free(&tmp);
        return 0;
    case EH_SURESC:
        /* U+DC80..U+DCFF stand for the bytes 0x80..0xFF.  The charmap
         * encoder hands the whole run to the handler, which fails on any
         * other character; the C encoders write the escapes they can and
         * fail from the first other character to the end of the run. */
        if (e->codec == CODEC_CP1252) {
            size_t k = s;
            while (k < end && e->cps[k] >= 0xDC80 && e->cps[k] <= 0xDCFF) k++;
            if (k < end) break;
            for (k = s; k < end; k++) buf_putc(&e->out, (int)(e->cps[k] & 0xff));
            return 0;
        }
        if (e->codec == CODEC_UTF8 || e->codec == CODEC_UTF8_SIG || !utf) {
            size_t k = s;
            while (k < end && e->cps[k] >= 0xDC80 && e->cps[k] <= 0xDCFF) buf_putc(&e->out, (int)(e->cps[k++] & 0xff));
            if (k == end) return 0;
            s = k;
        }
        break;
    case EH_SURPASS:
        if (utf) {
            for (size_t k = s; k < end; k++) enc_put(e, e->cps[k]);
            return 0;
        }
        break;
    case EH_NAMEREPLACE: py_unsupported("the 'namereplace' error handler"); return -1;
    case EH_UNKNOWN: unknown_handler(e->errors); return -1;
    default: break;
    }
    raise_unicode_error(&py_exc_UnicodeEncodeError, e->name, e->str, (int64_t)s, (int64_t)end, enc_reason(e));
    return -1;
}

PyObj *py_codec_encode(PyObj *s, const char *encoding, const char *errors)
{
    Codec codec = CODEC_UTF8;
    if (encoding && lookup(encoding, "codecs.encode()", &codec) < 0) return NULL;
    /* the common case: UTF-8 without surrogates is our text as it is */
    const char *p = py_str_utf8(s);
    size_t nb = py_str_nbytes(s);
    bool has_sur = false;
    for (size_t i = 0; i + 1 < nb; i++)
        if ((unsigned char)p[i] == 0xED && (unsigned char)p[i + 1] >= 0xA0) has_sur = true;
    if (codec == CODEC_UTF8 && !has_sur) return py_bytes_new(p, nb);
    if ((codec == CODEC_ASCII || codec == CODEC_LATIN1) && ((PyStrObj *)s)->kind == 1) return py_bytes_new(p, nb);
    Enc e = {codec, implemented[codec].name, s, NULL, 0, handler_of(errors), errors, BUF_INIT};
    uint32_t *cps = py_str_to_ucs4(s, &e.n);
    e.cps = cps;
    if (codec == CODEC_UTF8_SIG) buf_put(&e.out, "\xef\xbb\xbf", 3);
    if (codec == CODEC_UTF16) buf_put(&e.out, "\xff\xfe", 2);
    if (codec == CODEC_UTF32) buf_put(&e.out, "\xff\xfe\0\0", 4);
    bool run = codec != CODEC_UTF16 && codec != CODEC_UTF16_LE && codec != CODEC_UTF16_BE && codec != CODEC_UTF32 &&
               codec != CODEC_UTF32_LE && codec != CODEC_UTF32_BE;
    for (size_t i = 0; i < e.n;) {
        if (!enc_bad(&e, cps[i])) {
            enc_put(&e, cps[i++]);
            continue;
        }
        size_t end = i + 1;
        if (run)
            while (end < e.n && enc_bad(&e, cps[end])) end++;
        if (enc_error(&e, i, end) < 0) {
            free(cps);
            buf_free(&e.out);
            return NULL;
        }
        i = end;
    }
    free(cps);
    PyObj *r = py_bytes_new(e.out.p ? e.out.p : "", e.out.len);
    buf_free(&e.out);
    return r;
}

/* ---- decoding ---- */

typedef struct Dec {
    Codec codec;
    const char *name;
    const unsigned char *data;
    size_t len;
    bool le;          /* utf-16/32 byte order */
    Handler eh;
    const char *errors;
    Buf out;
} Dec;

static uint32_t unit16(const Dec *d, size_t i)
{
    return d->le ? (uint32_t)d->data[i] | (uint32_t)d->data[i + 1] << 8
                 : (uint32_t)d->data[i] << 8 | (uint32_t)d->data[i + 1];
}

static uint32_t unit32(const Dec *d, size_t i)
{
    uint32_t u = 0;
    for (int k = 0; k < 4; k++) u |= (uint32_t)d->data[i + (size_t)k] << (8 * (d->le ? k : 3 - k));
    return u;
}

/* surrogatepass: the surrogate encoded at start, or 0 when there is none. */
static uint32_t passed_surrogate(const Dec *d, size_t start, size_t *width)
{
    const unsigned char *p = d->data + start;
    size_t left = d->len - start;
    uint32_t c = 0;
    switch (d->codec) {
    case CODEC_UTF8:
    case CODEC_UTF8_SIG:
        if (left < 3 || (p[0] & 0xF0) != 0xE0 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
        c = ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        *width = 3;
        break;
    case CODEC_UTF16:
    case CODEC_UTF16_LE:
    case CODEC_UTF16_BE:
        if (left < 2) return 0;
        c = unit16(d, start);
        *width = 2;
        break;
    case CODEC_UTF32:
    case CODEC_UTF32_LE:
    case CODEC_UTF32_BE:
        if (left < 4) return 0;
        c = unit32(d, start);
        *width = 4;
        break;
    default: return 0;
    }
    return is_surrogate(c) ? c : 0;
}

/* Applies the error handler to the undecodable bytes [start, end); *pos is
 * where decoding goes on. */
static int dec_error(Dec *d, size_t start, size_t end, const char *reason, size_t *pos)
{
    switch (d->eh) {
    case EH_IGNORE: *pos = end; return 0;
    case EH_REPLACE:
        uni_utf8_encode(&d->out, 0xFFFD);
        *pos = end;
        return 0;
    case EH_BACKSLASH:
        for (size_t k = start; k < end; k++) buf_printf(&d->out, "\\x%02x", d->data[k]);
        *pos = end;
        return 0;
    case EH_SURESC: {
        size_t k = start;
        while (k < end && d->data[k] >= 128) uni_utf8_encode(&d->out, 0xDC00 + d->data[k++]);
        if (k > start) {
            *pos = k;
            return 0;
        }
        break;
    }
    case EH_SURPASS: {
        size_t w = 0;
        uint32_t c = passed_surrogate(d, start, &w);
        if (c) {
            uni_utf8_encode(&d->out, c);
            *pos = start + w;
            return 0;
        }
        break;
    }
    case EH_XMLREF:
    case EH_NAMEREPLACE:
        py_err_format(&py_exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    case EH_UNKNOWN: unknown_handler(d->errors); return -1;
    default: break;
    }
    PyObj *obj = py_bytes_new(d->data, d->len);
    if (!obj) return -1;
    raise_unicode_error(&py_exc_UnicodeDecodeError, d->name, obj, (int64_t)start, (int64_t)end, reason);
    py_decref(obj);
    return -1;
}

static int decode_utf8(Dec *d)
{
    size_t pos = 0;
    while (pos < d->len) {
        size_t start, end;
        int err = uni_utf8_check((const char *)d->data + pos, d->len - pos, &start, &end);
        if (err == UNI_UTF8_OK) {
            buf_put(&d->out, d->data + pos, d->len - pos);
            break;
        }
        buf_put(&d->out, d->data + pos, start);
        if (dec_error(d, pos + start, pos + end, uni_utf8_reason(err), &pos) < 0) return -1;
    }
    return 0;
}

static int decode_ascii(Dec *d)
{
    for (size_t pos = 0; pos < d->len;) {
        if (d->data[pos] < 128) {
            buf_putc(&d->out, d->data[pos++]);
            continue;
        }
        if (dec_error(d, pos, pos + 1, "ordinal not in range(128)", &pos) < 0) return -1;
    }
    return 0;
}

static int decode_cp1252(Dec *d)
{
    for (size_t pos = 0; pos < d->len;) {
        unsigned char b = d->data[pos];
        bool high = b >= 0x80 && b < 0xA0;
        uint32_t c = high ? cp1252_high[b - 0x80] : b;
        if (!high || c) {
            uni_utf8_encode(&d->out, c);
            pos++;
            continue;
        }
        if (dec_error(d, pos, pos + 1, "character maps to <undefined>", &pos) < 0) return -1;
    }
    return 0;
}

static int decode_utf16(Dec *d, size_t pos)
{
    while (pos < d->len) {
        const char *reason = NULL;
        size_t end = 0;
        if (d->len - pos < 2) {
            reason = "truncated data";
            end = d->len;
        } else {
            uint32_t u = unit16(d, pos);
            if (!is_surrogate(u)) {
                uni_utf8_encode(&d->out, u);
                pos += 2;
                continue;
            }
            if (u >= 0xDC00) {
                reason = "illegal encoding";
                end = pos + 2;
            } else if (d->len - pos < 4) {
                reason = "unexpected end of data";
                end = d->len;
            } else {
                uint32_t u2 = unit16(d, pos + 2);
                if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
                    uni_utf8_encode(&d->out, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
                    pos += 4;
                    continue;
                }
                reason = "illegal UTF-16 surrogate";
                end = pos + 2;
            }
        }
        if (dec_error(d, pos, end, reason, &pos) < 0) return -1;
    }
    return 0;
}

static int decode_utf32(Dec *d, size_t pos)
{
    while (pos < d->len) {
        const char *reason;
        size_t end = pos + 4;
        if (d->len - pos < 4) {
            reason = "truncated data";
            end = d->len;
        } else {
            uint32_t c = unit32(d, pos);
            if (c <= UNI_MAX_CP && !is_surrogate(c)) {
                uni_utf8_encode(&d->out, c);
                pos += 4;
                continue;
            }
            reason = c > UNI_MAX_CP ? "code point not in range(0x110000)"
                                    : "code point in surrogate code point range(0xd800, 0xe000)";
        }
        if (dec_error(d, pos, end, reason, &pos) < 0) return -1;
    }
    return 0;
}

PyObj *py_codec_decode(const unsigned char *data, size_t len, const char *encoding, const char *errors)
{
    if (len == 0) return py_newref(py_vm->empty_str);
    Codec codec = CODEC_UTF8;
    if (encoding && lookup(encoding, "codecs.decode()", &codec) < 0) return NULL;
    Dec d = {codec, implemented[codec].name, data, len, true, handler_of(errors), errors, BUF_INIT};
    int rc;
    size_t bom = 0;
    switch (codec) {
    case CODEC_UTF8_SIG:
        /* the Python-level codec decodes what follows the BOM on its own */
        if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3)) d.data += 3, d.len -= 3;
        rc = decode_utf8(&d);
        break;
    case CODEC_ASCII: rc = decode_ascii(&d); break;
    case CODEC_CP1252: rc = decode_cp1252(&d); break;
    case CODEC_LATIN1:
        for (size_t i = 0; i < len; i++) uni_utf8_encode(&d.out, data[i]);
        rc = 0;
        break;
    case CODEC_UTF16:
    case CODEC_UTF16_LE:
    case CODEC_UTF16_BE:
        d.le = codec != CODEC_UTF16_BE;
        if (codec == CODEC_UTF16 && len >= 2) {
            if (data[0] == 0xFF && data[1] == 0xFE) bom = 2;
            else if (data[0] == 0xFE && data[1] == 0xFF) bom = 2, d.le = false;
        }
        if (codec == CODEC_UTF16) d.name = d.le ? "utf-16-le" : "utf-16-be";
        rc = decode_utf16(&d, bom);
        break;
    case CODEC_UTF32:
    case CODEC_UTF32_LE:
    case CODEC_UTF32_BE:
        d.le = codec != CODEC_UTF32_BE;
        if (codec == CODEC_UTF32 && len >= 4) {
            if (!memcmp(data, "\xff\xfe\0\0", 4)) bom = 4;
            else if (!memcmp(data, "\0\0\xfe\xff", 4)) bom = 4, d.le = false;
        }
        if (codec == CODEC_UTF32) d.name = d.le ? "utf-32-le" : "utf-32-be";
        rc = decode_utf32(&d, bom);
        break;
    default: rc = decode_utf8(&d); break;
    }
    if (rc < 0) {
        buf_free(&d.out);
        return NULL;
    }
    return py_str_from_buf(&d.out);
}

/* ---- argument checks and str(obj, encoding, errors) ---- */

const char *py_codec_arg(PyObj *o, const char *fname, const char *what)
{
    if (!PY_STR_CHECK(o)) {
        py_err_format(&py_exc_TypeError, "%s() argument '%s' must be str, not %s", fname, what,
                      o == PY_NONE ? "None" : py_type_name(o));
        return NULL;
    }
    const char *p = py_str_utf8(o);
    size_t n = py_str_nbytes(o);
    if (memchr(p, '\0', n)) {
        py_err_format(&py_exc_ValueError, "embedded null character");
        return NULL;
    }
    for (size_t i = 0; i + 1 < n; i++) {
        if ((unsigned char)p[i] == 0xED && (unsigned char)p[i + 1] >= 0xA0) {
            /* PyUnicode_AsUTF8 fails on a lone surrogate, as encoding does */
            PyObj *r = py_codec_encode(o, NULL, NULL);
            py_xdecref(r);
            return NULL;
        }
    }
    return p;
}

PyObj *py_str_decode_object(PyObj *obj, PyObj *encoding, PyObj *errors)
{
    const char *enc = NULL, *err = NULL;
    if (encoding && !(enc = py_codec_arg(encoding, "str", "encoding"))) return NULL;
    if (errors && !(err = py_codec_arg(errors, "str", "errors"))) return NULL;
    if (PY_STR_CHECK(obj)) return py_err_format(&py_exc_TypeError, "decoding str is not supported");
    if (!py_isinstance_c(obj, &py_bytes_type) && !py_isinstance_c(obj, &py_bytearray_type))
        return py_err_format(&py_exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                             py_type_name(obj));
    const unsigned char *data;
    size_t len;
    if (py_bytes_view(obj, &data, &len) < 0) return NULL;
    return py_codec_decode(data, len, enc, err);
}
