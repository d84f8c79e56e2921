# an exception raised in finally while another is propagating
def work():
    try:
        raise KeyError("original")
    finally:
        print("cleaning up")
        raise RuntimeError("cleanup failed")
work()
