pattern = "\d+"
print(pattern
