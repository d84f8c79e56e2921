# a message containing newlines is printed as is
def load(rows):
    problems = [f"row {i}: empty" for i, r in enumerate(rows) if not r]
    if problems:
        raise ValueError("invalid input:\n" + "\n".join(problems))
load(["a", "", "c", ""])
