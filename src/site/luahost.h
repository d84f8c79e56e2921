/* luahost.h — the sandboxed Lua state of the build (see luahost.c). */
#ifndef MEMGUIDE_SITE_LUAHOST_H
#define MEMGUIDE_SITE_LUAHOST_H

#include <stdbool.h>

#include <lua.h>

#include "site/site_impl.h"

/* A new state with the safe libraries only (base, string, table, math,
 * utf8; no io/os/package/debug).  NULL when out of memory.  Close with
 * lua_close. */
lua_State *site_lua_new(void);

/* Pushes a fresh sandbox environment: the safe globals, the `memguide`
 * module (escape, markdown, plain, json) and, with_load, a `load(text,
 * chunkname, env)` that accepts text chunks only. */
void site_lua_push_env(lua_State *L, bool with_load);

/* Calls the function below nargs arguments, with a traceback on error.
 * Returns 0 with nresults results pushed, or -1 with the message appended
 * to *err and nothing pushed. */
int site_lua_call(lua_State *L, int nargs, int nresults, Buf *err);

/* Loads src as a text chunk named chunkname with the environment on top
 * of the stack as its globals (popped), leaving the function pushed.
 * Returns 0, or -1 with the syntax error in *err and nothing pushed. */
int site_lua_load(lua_State *L, const char *chunkname, const char *src, size_t len, Buf *err);

/* Loads src as a text chunk named chunkname ("@path" for Lua's own
 * "path:line:" messages), with the environment on top of the stack as its
 * globals (popped), and runs it.  Returns 0 with nresults results pushed,
 * or -1 with the message in *err. */
int site_lua_run(lua_State *L, const char *chunkname, const char *src, size_t len, int nresults, Buf *err);

/* Turns a Lua error message ("path:LINE: message\nstack traceback:...")
 * into one diagnostic "path:LINE:1: error: message". */
void site_lua_report(SiteDiags *d, const char *msg, const char *fallback_path);

#endif
