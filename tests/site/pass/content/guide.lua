-- A fixture guide: every kind of fence and option, GFM, escaping, a hook
-- and a template override.  Its built site is tests/site/pass.expected/.
return {
  title = "Fixture <guide> & \"friends\"",
  description = "A guide for **testing**: `memguide build` must give the expected tree.",
  author = "Fixture author",
  language = "en",
  lessons = {
    "a-basics",
    { part = "Second part", "b-sessions", "c-escaping.md" },
  },
  options = { diagram = "steps", inline = false, base_path = "/fixture/" },
  hooks = {
    page = function(page)
      page.head = '<meta name="fixture-hook" content="' .. memguide.escape(page.id) .. '">'
    end,
    index = function(page)
      page.head = '<meta name="fixture-hook" content="index">'
    end,
  },
}
