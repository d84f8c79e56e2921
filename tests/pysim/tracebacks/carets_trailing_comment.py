# a call that fills the whole statement gets no markers, even with a comment after it
def fail():
    raise ValueError("bad value")
def run():
    fail()  # the call fills the line apart from this comment
run()
