# an exception whose message is empty prints only the class name
def parse(text):
    if not text:
        raise ValueError("")
    return text
parse("x")
parse("")
