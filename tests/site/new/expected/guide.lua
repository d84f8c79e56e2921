-- a guide whose last entry is a part: `new` adds to that part
return {
  title = "New lessons",
  lessons = {
    "01-first",
    { part = "More", "02-second", "03-sharing-copying" },
  },
}
