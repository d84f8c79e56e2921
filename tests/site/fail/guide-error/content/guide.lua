return {
  title = "Guide errors",
  lessons = { "exists", "missing", "exists" },
  options = { diagram = "sometimes", colour = "blue" },
  tittle = "typo",
}
