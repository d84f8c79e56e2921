print("ok")
nums = [1, 2]]
