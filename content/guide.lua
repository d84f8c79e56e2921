-- guide.lua — the guide's title, its lessons in order, and its options.
-- docs/authoring.md describes every key; README.md maps the seed guide to lessons.
return {
  title = "Python's memory model",
  description = [[
How Python keeps your data in memory, for beginners: names that are
labels, objects with an identity, a type and a value, and what really
happens when you assign, change, copy and delete.  Every example runs in
memguide's simulator of CPython 3.12, and its output is the one
python3.12 prints.]],
  author = "The memguide authors",
  lessons = {
    { part = "Names and objects",
      "01-names-and-objects",
      "02-immutable-objects",
      "03-mutable-objects",
      "04-caches-and-interning",
      "05-is-and-equals" },
    { part = "Memory management",
      "06-reference-counting",
      "07-garbage-collector" },
    { part = "Everyday consequences",
      "08-copies-and-augmented-assignment",
      "09-functions-and-tuples" },
    { part = "Under the hood",
      "10-how-cpython-allocates",
      "11-scripts-and-the-prompt",
      "12-summary" },
  },
  options = {
    diagram = "steps",   -- every python example gets a stepper unless it says otherwise
  },
}
