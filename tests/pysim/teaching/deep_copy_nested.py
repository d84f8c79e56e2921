# deepcopy copies all the way down, so the copy is fully independent
import copy
team = [["ann", 30], ["bob", 25]]
clone = copy.deepcopy(team)
print(clone == team, clone is team, clone[0] is team[0])
clone[0][1] = 99
print("team: ", team)
print("clone:", clone)
print(clone[0][0] is team[0][0], "- the str inside is immutable, so it is shared")
