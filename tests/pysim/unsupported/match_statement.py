# the match statement is not simulated
command = "go"
match command:
    case "go":
        print("going")
