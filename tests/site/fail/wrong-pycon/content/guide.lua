return { title = "Wrong pycon", lessons = { "lesson" } }
