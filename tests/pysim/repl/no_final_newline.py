# args: --repl
# the last line has no newline: the session still runs it, after one more prompt
for i in range(2):
  if i:
    i