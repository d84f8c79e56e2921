return {
  title = "Lua syntax error",
  lessons = { "a" "b" },
}
