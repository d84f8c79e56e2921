# files: the simulator never touches the file system
print("start")
with_name = "data.txt"
f = open(with_name)
print(f.read())
