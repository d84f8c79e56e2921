# one list, three names: a change made through any name is seen through all of them
scores = [70, 80]
backup = scores
report = backup
report.append(90)
scores[0] = 75
backup += [100]
print(scores)
print(backup)
print(report)
print(scores is backup is report)
del scores
print(report, "- the list lives on while any name refers to it")
