return { title = "Missing template", lessons = { "lesson" } }
