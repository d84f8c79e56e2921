return { title = "Bad options", lessons = { "lesson" } }
