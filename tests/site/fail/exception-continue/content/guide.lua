return {
  title = "Exceptions in a chain",
  lessons = { "lesson" },
}
