# SystemExit with a string prints it to stderr and exits with status 1
def main():
    print("starting")
    raise SystemExit("fatal: bad configuration")
main()
