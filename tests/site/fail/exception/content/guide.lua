return { title = "Exception", lessons = { "lesson" } }
