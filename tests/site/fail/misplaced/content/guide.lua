return { title = "Misplaced", lessons = { "lesson" } }
