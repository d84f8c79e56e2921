colors = ["red", "green" "blue", 42 7]
