# raising SystemExit with an int ends the program silently with that status
def finish(status):
    print("exiting with", status)
    raise SystemExit(status)
print("before exit")
finish(3)
print("never")
