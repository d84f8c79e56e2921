return { title = "Bless", lessons = { "lesson" } }
