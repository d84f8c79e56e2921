# break outside of a loop
def stop():
    print("stopping")
    break
stop()
