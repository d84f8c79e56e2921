s = "\N{ DIGIT ONE}"
