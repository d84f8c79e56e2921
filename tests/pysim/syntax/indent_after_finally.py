try:
    pass
finally:
print("done")
