return { title = "Template error", lessons = { "lesson" } }
