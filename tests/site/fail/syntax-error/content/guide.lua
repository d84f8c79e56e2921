return { title = "Syntax error", lessons = { "lesson" } }
