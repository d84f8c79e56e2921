# splitlines recognises many line boundaries; keepends; compared with split("\n")
text = "one\ntwo\r\nthree\rfour\n"
print(text.splitlines(), text.splitlines(keepends=True), text.split("\n"))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(), "no newline".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("x\n\ny\n".splitlines(True), "trailing\r\n".splitlines(), "\r\n\r".splitlines())
print(len("line1\nline2\nline3".splitlines()), "a\nb".splitlines(False))
