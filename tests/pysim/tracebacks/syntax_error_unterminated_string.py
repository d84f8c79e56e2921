# a string literal that never closes
print("never")
greeting = "hello
print(greeting)
print("done")
