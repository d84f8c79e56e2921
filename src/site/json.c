/* json.c — JSON string literals that are safe inside HTML.
 *
 * Invariant: the output is a valid JSON string and contains no '<', '>'
 * or '&' and no line or paragraph separator, so it can sit in a <script>
 * element or a JavaScript file without ending it early ("</script>") or
 * breaking older parsers (U+2028). */
#include "site/site_impl.h"


static void json_str(Buf *b, const char *s, size_t n, bool html_safe)
{
    static const char hex[] = "0123456789abcdef";
    buf_putc(b, '"');
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *rep = NULL;
        char u[7];
        switch (c) {
        case '"': rep = "\\\""; break;
        case '\\': rep = "\\\\"; break;
        case '\n': rep = "\\n"; break;
        case '\t': rep = "\\t"; break;
        case '\r': rep = "\\r"; break;
        case '<': case '>': case '&':
            if (!html_safe) {
                /* a script file: only "</" could matter, to a reader that
                 * pastes it into a page */
                if (c == '<' && i + 1 < n && s[i + 1] == '/') rep = "<\\";
                break;
            }
            u[0] = '\\'; u[1] = 'u'; u[2] = '0'; u[3] = '0';
            u[4] = hex[c >> 4]; u[5] = hex[c & 15]; u[6] = 0;
            rep = u;
            break;
        default:
            if (c < 0x20) {
                u[0] = '\\'; u[1] = 'u'; u[2] = '0'; u[3] = '0';
                u[4] = hex[c >> 4]; u[5] = hex[c & 15]; u[6] = 0;
                rep = u;
            } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
                       ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
                buf_put(b, s + start, i - start);
                buf_puts(b, (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
                i += 2;
                start = i + 1;
                continue;
            }
        }
        if (!rep) continue;
        buf_put(b, s + start, i - start);
        buf_puts(b, rep);
        start = i + 1;
    }
    buf_put(b, s + start, n - start);
    buf_putc(b, '"');
}

void site_json_str(Buf *b, const char *s, size_t n)
{
    json_str(b, s, n, true);
}

void site_json_str_script(Buf *b, const char *s, size_t n)
{
    json_str(b, s, n, false);
}
