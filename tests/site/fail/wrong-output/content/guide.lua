return { title = "Wrong output", lessons = { "lesson" } }
