return { title = "Unsupported", lessons = { "lesson" } }
