# error while executing a class body shows a frame named after the class
class Settings:
    width = 10
    height = 0
    ratio = width / height
print("never")
