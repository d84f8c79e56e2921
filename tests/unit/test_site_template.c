/* test_site_template.c — the template engine (lua/template.lua) in the
 * build's Lua sandbox: escaping by default, raw output, statements and
 * comments that take their line with them, includes, errors that name the
 * template's own file and line, and a sandbox without io, os or require. */
#include "check.h"
#include "site/luahost.h"
#include "site/site_fs.h"

static lua_State *L;

/* Renders name from the sources given as name/text pairs; returns the
 * output or "ERROR: message". */
static char *render(const char *name, const char *const *src, int nsrc)
{
    Buf err = BUF_INIT, text = BUF_INIT;
    site_read_file("lua/template.lua", &text);
    site_lua_push_env(L, true);
    if (site_lua_run(L, "@lua/template.lua", text.p, text.len, 1, &err) < 0) {
        buf_free(&text);
        return buf_take(&err);
    }
    buf_free(&text);
    lua_getfield(L, -1, "new");
    lua_newtable(L);
    for (int i = 0; i < nsrc; i++) {
        lua_newtable(L);
        lua_pushstring(L, src[2 * i + 1]);
        lua_setfield(L, -2, "text");
        Buf path = BUF_INIT;
        buf_printf(&path, "templates/%s", src[2 * i]);
        lua_pushstring(L, path.p);
        buf_free(&path);
        lua_setfield(L, -2, "path");
        lua_setfield(L, -2, src[2 * i]);
    }
    lua_newtable(L); /* helpers */
    lua_getglobal(L, "ipairs");
    lua_setfield(L, -2, "ipairs");
    lua_call(L, 2, 1);
    lua_getfield(L, -1, "render");
    lua_pushstring(L, name);
    /* page = { title = "<T&T>", items = {"a", "b"}, html = "<b>x</b>" } */
    lua_newtable(L);
    lua_pushstring(L, "<T&T> \"q\" 'a'");
    lua_setfield(L, -2, "title");
    lua_newtable(L);
    lua_pushstring(L, "a");
    lua_rawseti(L, -2, 1);
    lua_pushstring(L, "b");
    lua_rawseti(L, -2, 2);
    lua_setfield(L, -2, "items");
    lua_pushstring(L, "<b>x</b>");
    lua_setfield(L, -2, "html");
    char *out;
    if (site_lua_call(L, 2, 1, &err) < 0) {
        Buf e = BUF_INIT;
        buf_puts(&e, "ERROR: ");
        const char *nl = strchr(err.p, '\n');
        buf_put(&e, err.p, nl ? (size_t)(nl - err.p) : err.len);
        out = buf_take(&e);
    } else {
        out = xstrdup(lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    buf_free(&err);
    lua_settop(L, 0);
    return out;
}

#define T1(name, text) ((const char *const[]){name, text})

static void expect(const char *const *src, int n, const char *want)
{
    char *got = render(src[0], src, n);
    CHECK_STR(got, want);
    free(got);
}

int main(void)
{
    L = site_lua_new();
    expect(T1("a.html", "<h1>{{ page.title }}</h1>"), 1, "<h1>&lt;T&amp;T&gt; &quot;q&quot; &#39;a&#39;</h1>");
    expect(T1("a.html", "{{{ page.html }}}|{{ page.html }}"), 1, "<b>x</b>|&lt;b&gt;x&lt;/b&gt;");
    expect(T1("a.html", "[{{ page.nothing }}]"), 1, "[]");
    expect(T1("a.html", "<ul>\n{% for _, i in ipairs(page.items) do %}\n  <li>{{ i }}</li>\n{% end %}\n</ul>\n"), 1,
           "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n");
    expect(T1("a.html", "a{# a comment\nover two lines #}b\n  {# alone #}\nc"), 1, "ab\nc");
    expect(T1("a.html", "x {% if true then %}yes{% end %} y"), 1, "x yes y");
    expect(((const char *const[]){"a.html", "A{{{ include('b.html') }}}C", "b.html", "[{{ page.items[2] }}]"}), 2,
           "A[b]C");
    /* errors name the template's file and line */
    expect(T1("a.html", "line 1\nline 2\n{{ page.title.x.y }}\n"), 1,
           "ERROR: templates/a.html:3: attempt to index a nil value (field 'x')");
    expect(T1("a.html", "1\n{# c\nc #}\n{% for i = 1, 2 do %}\n{{ undefined_thing }}\n{% end %}"), 1,
           "ERROR: templates/a.html:5: undefined name 'undefined_thing'");
    expect(T1("a.html", "1\n2\n{{ include(\"none.html\") }}"), 1,
           "ERROR: templates/a.html:3: template 'none.html' not found");
    expect(T1("a.html", "1\n{% if then %}"), 1, "ERROR: templates/a.html:2: unexpected symbol near 'then'");
    expect(T1("a.html", "1\n{{ page.title"), 1, "ERROR: templates/a.html:2: '{{' is never closed by '}}'");
    /* the sandbox */
    expect(T1("a.html", "{{ io }}"), 1, "ERROR: templates/a.html:1: undefined name 'io'");
    expect(T1("a.html", "{{ os.getenv('HOME') }}"), 1, "ERROR: templates/a.html:1: undefined name 'os'");
    expect(T1("a.html", "{{ require('x') }}"), 1, "ERROR: templates/a.html:1: undefined name 'require'");
    expect(T1("a.html", "{% x = 1 %}"), 1, "ERROR: templates/a.html:1: templates cannot set globals ('x'); use local");
    /* the base library the guide runs in has no way out either */
    Buf err = BUF_INIT;
    site_lua_push_env(L, false);
    const char *probe = "return tostring(io) .. tostring(os) .. tostring(require) .. tostring(dofile) .. "
                        "tostring(loadfile) .. tostring(load) .. tostring(debug) .. tostring(string.dump) .. "
                        "tostring(package)";
    CHECK(site_lua_run(L, "=probe", probe, strlen(probe), 1, &err) == 0);
    CHECK_STR(lua_tostring(L, -1), "nilnilnilnilnilnilnilnilnil");
    lua_settop(L, 0);
    /* memguide.escape and memguide.json */
    site_lua_push_env(L, false);
    const char *helpers = "return memguide.escape('<a href=\"x\">&') .. ' ' .. memguide.json('</script>')";
    CHECK(site_lua_run(L, "=helpers", helpers, strlen(helpers), 1, &err) == 0);
    CHECK_STR(lua_tostring(L, -1), "&lt;a href=&quot;x&quot;&gt;&amp; \"\\u003c/script\\u003e\"");
    lua_settop(L, 0);
    buf_free(&err);
    lua_close(L);
    return check_report();
}
