/* luahost.c — the Lua state the build runs guide.lua, the template engine
 * and the templates in, and the `memguide` module they may call.
 *
 * Invariant: Lua code gets a sandbox — no io, os, package, require,
 * dofile, loadfile, debug or string.dump, and `load` only for text chunks
 * with an environment the caller gives — so a template or a guide can
 * compute and format but never reach the file system or run programs.
 * math.random is seeded with a constant, so builds stay reproducible.
 * Every call into Lua goes through site_lua_call, which adds a traceback.
 * C functions called from Lua keep no malloc'ed memory across a call that
 * can raise (they build into Lua buffers or free before raising). */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lualib.h>

#include "site/luahost.h"
#include "site/site_text.h"

static const char *const safe_globals[] = {
    "assert", "error", "ipairs", "next", "pairs", "pcall", "rawequal", "rawget", "rawlen", "rawset",
    "select", "setmetatable", "getmetatable", "tonumber", "tostring", "type", "xpcall",
    "string", "table", "math", "utf8", "_VERSION",
};

static int msghandler(lua_State *L)
{
    const char *msg = lua_tostring(L, 1);
    if (!msg) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) return 1;
        msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    luaL_traceback(L, L, msg, 1);
    return 1;
}

int site_lua_call(lua_State *L, int nargs, int nresults, Buf *err)
{
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, msghandler);
    lua_insert(L, base);
    int rc = lua_pcall(L, nargs, nresults, base);
    lua_remove(L, base);
    if (rc != LUA_OK) {
        size_t n;
        const char *m = lua_tolstring(L, -1, &n);
        buf_put(err, m ? m : "(error)", m ? n : 7);
        lua_pop(L, 1);
        return -1;
    }
    return 0;
}

/* ---- the memguide module ---- */

static int l_escape(lua_State *L)
{
    size_t n;
    const char *s = luaL_tolstring(L, 1, &n);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (size_t i = 0; i < n; i++) {
        switch (s[i]) {
        case '&': luaL_addstring(&b, "&amp;"); break;
        case '<': luaL_addstring(&b, "&lt;"); break;
        case '>': luaL_addstring(&b, "&gt;"); break;
        case '"': luaL_addstring(&b, "&quot;"); break;
        case '\'': luaL_addstring(&b, "&#39;"); break;
        default: luaL_addchar(&b, s[i]);
        }
    }
    luaL_pushresult(&b);
    return 1;
}

/* Runs a Buf-producing helper and pushes its result; the Buf is freed
 * before anything can raise. */
static int push_buf(lua_State *L, Buf *b)
{
    lua_pushlstring(L, b->p ? b->p : "", b->len);
    buf_free(b);
    return 1;
}

static int l_markdown(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    Buf b = BUF_INIT;
    site_text_markdown_html(s, n, &b);
    return push_buf(L, &b);
}

static int l_plain(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    Buf b = BUF_INIT;
    site_text_plain(s, n, &b);
    return push_buf(L, &b);
}

static int l_json(lua_State *L)
{
    size_t n;
    const char *s = luaL_tolstring(L, 1, &n);
    Buf b = BUF_INIT;
    site_json_str(&b, s, n);
    return push_buf(L, &b);
}

/* load(text, chunkname, env): a text chunk (never bytecode) whose globals
 * are env. */
static int l_load(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    const char *name = luaL_optstring(L, 2, "=(load)");
    luaL_checktype(L, 3, LUA_TTABLE);
    if (luaL_loadbufferx(L, s, n, name, "t") != LUA_OK) {
        lua_pushnil(L);
        lua_insert(L, -2);
        return 2;
    }
    lua_pushvalue(L, 3);
    lua_setupvalue(L, -2, 1);
    return 1;
}

static const luaL_Reg memguide_funcs[] = {
    {"escape", l_escape},
    {"markdown", l_markdown},
    {"plain", l_plain},
    {"json", l_json},
    {NULL, NULL},
};

lua_State *site_lua_new(void)
{
    lua_State *L = luaL_newstate();
    if (!L) return NULL;
    static const luaL_Reg libs[] = {
        {LUA_GNAME, luaopen_base},       {LUA_STRLIBNAME, luaopen_string}, {LUA_TABLIBNAME, luaopen_table},
        {LUA_MATHLIBNAME, luaopen_math}, {LUA_UTF8LIBNAME, luaopen_utf8},  {NULL, NULL},
    };
    for (const luaL_Reg *lib = libs; lib->func; lib++) {
        luaL_requiref(L, lib->name, lib->func, 1);
        lua_pop(L, 1);
    }
    /* string.dump hands out bytecode; nothing here needs it */
    lua_getglobal(L, "string");
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
    /* a fixed seed: math.random gives the same numbers on every build */
    lua_getglobal(L, "math");
    lua_getfield(L, -1, "randomseed");
    lua_pushinteger(L, 0);
    lua_call(L, 1, 0);
    lua_pop(L, 1);
    luaL_newlib(L, memguide_funcs);
    lua_setfield(L, LUA_REGISTRYINDEX, "memguide.module");
    return L;
}

void site_lua_push_env(lua_State *L, bool with_load)
{
    lua_newtable(L);
    for (size_t i = 0; i < sizeof safe_globals / sizeof *safe_globals; i++) {
        lua_getglobal(L, safe_globals[i]);
        lua_setfield(L, -2, safe_globals[i]);
    }
    lua_getfield(L, LUA_REGISTRYINDEX, "memguide.module");
    lua_setfield(L, -2, "memguide");
    if (with_load) {
        lua_pushcfunction(L, l_load);
        lua_setfield(L, -2, "load");
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, -2, "_G");
}

int site_lua_load(lua_State *L, const char *chunkname, const char *src, size_t len, Buf *err)
{
    if (luaL_loadbufferx(L, src, len, chunkname, "t") != LUA_OK) {
        size_t n;
        const char *m = lua_tolstring(L, -1, &n);
        buf_put(err, m, n);
        lua_pop(L, 2); /* the message and the environment */
        return -1;
    }
    lua_insert(L, -2);
    lua_setupvalue(L, -2, 1);
    return 0;
}

int site_lua_run(lua_State *L, const char *chunkname, const char *src, size_t len, int nresults, Buf *err)
{
    if (site_lua_load(L, chunkname, src, len, err) < 0) return -1;
    return site_lua_call(L, 0, nresults, err);
}

void site_lua_report(SiteDiags *d, const char *msg, const char *fallback_path)
{
    /* "path:LINE: message" (Lua's own form, chunk names are "@path") */
    const char *nl = strchr(msg, '\n');
    size_t first_len = nl ? (size_t)(nl - msg) : strlen(msg);
    const char *colon = memchr(msg, ':', first_len);
    if (colon) {
        char *end;
        long line = strtol(colon + 1, &end, 10);
        if (end != colon + 1 && *end == ':' && end < msg + first_len) {
            const char *text = end + 1;
            while (*text == ' ') text++;
            Buf path = BUF_INIT;
            buf_put(&path, msg, (size_t)(colon - msg));
            site_diag(d, "error", path.p, (int)line, 1, "%.*s", (int)(msg + first_len - text), text);
            buf_free(&path);
            return;
        }
    }
    site_diag(d, "error", fallback_path, 1, 1, "%.*s", (int)first_len, msg);
}
