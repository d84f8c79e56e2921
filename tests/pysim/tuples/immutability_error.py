# tuples cannot be changed: every attempt fails; the last one is uncaught
point = (3, 4)
for attempt in (lambda: point.append(5), lambda: point.__delitem__(0)):
    try:
        attempt()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del point[0]
except TypeError as e:
    print(type(e).__name__, e)
moved = (point[0] + 1,) + point[1:]
print(point, moved)
point[0] = 10
