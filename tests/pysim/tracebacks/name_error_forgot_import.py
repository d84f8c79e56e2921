# NameError for a standard module that was not imported
radius = 2
print("computing area")
area = math.pi * radius ** 2
print(area)
