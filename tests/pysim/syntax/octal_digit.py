mode = 0o8
