# a tuple is immutable, but a list inside it can still change
record = ("ann", [90, 85])
grades = record[1]
grades.append(70)
print(record)
try:
    record[1] = [100]
except TypeError as e:
    print("TypeError:", e)
record[1].clear()
print(record, len(record))
print(record[1] is grades)
