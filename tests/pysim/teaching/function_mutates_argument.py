# a function receives a reference: mutating the argument changes the caller's object
def add_bonus(scores, bonus):
    for i in range(len(scores)):
        scores[i] += bonus
    scores.append("done")

results = [10, 20]
add_bonus(results, 5)
print(results)
def clear_all(d):
    d.clear()
config = {"debug": True}
alias = config
clear_all(alias)
print(config)
