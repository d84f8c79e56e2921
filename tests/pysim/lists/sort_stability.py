# sorting is stable: equal keys keep their order, so sorts can be chained
people = [("Ann", 30), ("Bob", 25), ("Cid", 30), ("Dee", 25), ("Eve", 35), ("Fay", 25)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age_desc)
print(list(reversed(sorted(people, key=lambda p: p[1]))))
records = sorted(people, key=lambda p: p[0], reverse=True)
records.sort(key=lambda p: p[1])
print(records)
grades = {"x": 3, "y": 1, "z": 3, "w": 1}
print(sorted(grades, key=grades.get), sorted(grades.items(), key=lambda kv: -kv[1]))
print(sorted(["b", "B", "a", "A"], key=str.lower), sorted(["b", "B", "a", "A"]))
print(sorted([1, 1.0, True], key=lambda v: 0), sorted([True, 1, 1.0]))
