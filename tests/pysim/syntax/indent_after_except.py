try:
    pass
except ValueError as e:
print(e)
