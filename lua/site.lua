-- site.lua — the Lua side of `memguide build`: renders one page.
--
-- memguide's C code builds the page table (see docs/authoring.md) and
-- calls render(kind, template, page).  Here the guide's hook for that kind
-- of page runs first (hooks.page for lessons, hooks.index for the index),
-- then the template.  A hook may change the table in place or return a
-- new one.
--
-- Invariant: hooks and templates run in the build's sandbox (no io, os,
-- require); what they return is the page's HTML as it will be written.

local template, sources, guide = ...

local helpers = {
  ipairs = ipairs, pairs = pairs, next = next, type = type, tostring = tostring, tonumber = tonumber,
  select = select, string = string, table = table, math = math, utf8 = utf8, error = error,
  markdown = memguide.markdown, plain = memguide.plain, json = memguide.json,
}

local renderer = template.new(sources, helpers)
local hooks = guide.hooks or {}

return function(kind, name, page)
  local hook = hooks[kind]
  if hook then
    local changed = hook(page)
    if changed ~= nil then page = changed end
  end
  return renderer.render(name, page)
end
