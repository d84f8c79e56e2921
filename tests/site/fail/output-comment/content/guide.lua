return { title = "Output comments", lessons = { "lesson" } }
