result = [
    value
    for value in range(3)
    if value
    else 0
]
