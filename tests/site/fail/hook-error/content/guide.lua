return {
  title = "Hook error",
  lessons = { "lesson" },
  hooks = {
    page = function(page)
      page.head = page.missing.field
    end,
  },
}
