# a parameter without a default after one with a default
print("never")
def connect(host="localhost", port):
    return host, port
print(connect(port=80))
