return { title = "Failing build", lessons = { "lesson" } }
