return { title = "Out", lessons = { "lesson" } }
