# if/elif/else picks the first true branch only
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
for s in [95, 90, 85, 70, 69, 0]:
    print(s, grade(s))
x = 7
if x > 5:
    print("big")
if x > 3:
    print("also > 3")
if x % 2 == 0:
    print("even")
elif x % 3 == 0:
    print("div 3")
if x:
    if x > 100:
        print("huge")
    else:
        print("nested else")
