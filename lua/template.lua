-- template.lua — memguide's template engine: HTML with Lua in it.
--
--   {{ expr }}     the value of a Lua expression, HTML-escaped (nil gives "")
--   {{{ expr }}}   the value, not escaped: for HTML memguide made (page.body)
--   {% code %}     Lua statements: {% for _, l in ipairs(page.lessons) do %} ... {% end %}
--   {# note #}     a comment, left out of the page
--
-- A {% %} or {# #} tag alone on its line takes the line with it, so loops
-- and conditions leave no blank lines behind.  Templates see `page` (the
-- page table, documented in docs/authoring.md) and the helpers below; a
-- name that is none of these is an error, not a silent nil.
--
-- Invariant: the Lua code made from a template has its newlines where the
-- template has them, so an error names the template's own file and line
-- ("templates/lesson.html:12: ...").  Templates run in a sandbox: they
-- cannot read files or run programs.

local M = {}

local escapes = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }

--- HTML-escapes tostring(v); nil gives "".
function M.escape(v)
  if v == nil then return "" end
  return (tostring(v):gsub("[&<>\"']", escapes))
end

local function raw(v)
  if v == nil then return "" end
  return tostring(v)
end

-- Translates template text to Lua source with the same line numbers.
local function translate(src, name)
  local code = { "local page = ...; local _o, _e, _r = {}, _escape, _raw; " }
  local function text(s)
    if s ~= "" then
      -- %q keeps each newline as a backslash-newline: lines stay aligned
      code[#code + 1] = "_o[#_o+1]=" .. string.format("%q", s) .. "; "
    end
  end
  local pos = 1
  while true do
    local s, e, kind = src:find("{([{%%#])", pos)
    if not s then break end
    local before = src:sub(pos, s - 1)
    local close, what
    if kind == "{" and src:sub(e + 1, e + 1) == "{" then
      close, what, e = "}}}", "raw", e + 1
    elseif kind == "{" then
      close, what = "}}", "expr"
    elseif kind == "%" then
      close, what = "%}", "code"
    else
      close, what = "#}", "comment"
    end
    local cs, ce = src:find(close, e + 1, true)
    if not cs then
      local line = select(2, src:sub(1, s):gsub("\n", "")) + 1
      error(string.format("%s:%d: '%s' is never closed by '%s'", name, line, src:sub(s, e), close), 0)
    end
    local inner = src:sub(e + 1, cs - 1)
    local after = ce + 1
    local trailing_newline = false
    if what == "code" or what == "comment" then
      -- a tag alone on its line: drop the indentation before it and the
      -- line end after it from the output (the newline stays in the code)
      local ws = before:match("()[ \t]*$")
      local alone
      if ws > 1 then
        alone = before:sub(ws - 1, ws - 1) == "\n"
      else
        alone = pos == 1 or src:sub(pos - 1, pos - 1) == "\n"
      end
      local rest = src:match("^[ \t]*\n", after)
      if alone and rest then
        before = before:sub(1, ws - 1)
        after = after + #rest
        trailing_newline = true
      end
    end
    text(before)
    if what == "expr" then
      code[#code + 1] = "_o[#_o+1]=_e(" .. inner .. "); "
    elseif what == "raw" then
      code[#code + 1] = "_o[#_o+1]=_r(" .. inner .. "); "
    elseif what == "code" then
      code[#code + 1] = inner .. " "
    else
      code[#code + 1] = (inner:gsub("[^\n]", ""))
    end
    if trailing_newline then code[#code + 1] = "\n" end
    pos = after
  end
  text(src:sub(pos))
  code[#code + 1] = "return _concat(_o)"
  return table.concat(code)
end

M.translate = translate

--- A renderer over a set of templates.
-- sources: name -> { text = "...", path = "templates/x.html" }
-- helpers: the names templates may use besides `page`.
function M.new(sources, helpers)
  local compiled = {}
  local stack = {}
  local r = {}
  local env = {}
  for k, v in pairs(helpers) do env[k] = v end
  env._escape = M.escape
  env._raw = raw
  env._concat = table.concat
  env.escape = M.escape
  --- include(name [, page]): another template's output (not escaped again)
  env.include = function(name, p)
    return r.render(name, p or stack[#stack])
  end
  setmetatable(env, {
    __index = function(_, k) error("undefined name '" .. tostring(k) .. "'", 2) end,
    __newindex = function(_, k) error("templates cannot set globals ('" .. tostring(k) .. "'); use local", 2) end,
  })

  local function compile(name)
    if compiled[name] then return compiled[name] end
    local src = sources[name]
    if not src then error("template '" .. tostring(name) .. "' not found", 3) end
    local lua = translate(src.text, src.path)
    local fn, err = load(lua, "@" .. src.path, env)
    if not fn then error(err, 0) end
    compiled[name] = fn
    return fn
  end

  --- render(name, page): the template's output for page.
  function r.render(name, page)
    local fn = compile(name)
    stack[#stack + 1] = page
    local out = fn(page)
    stack[#stack] = nil
    return out
  end

  return r
end

return M
