# a shallow copy makes a new outer list but shares the inner lists
import copy
team = [["ann", 30], ["bob", 25]]
copied = copy.copy(team)
sliced = team[:]
print(copied is team, sliced is team)
print(copied[0] is team[0], sliced[1] is team[1])
copied[0][1] = 31
copied.append(["cy", 40])
print("team:  ", team)
print("copied:", copied)
print("sliced:", sliced)
