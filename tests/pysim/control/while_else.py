# while/else: else runs when the condition becomes false, not after break
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")
    return i
print(find([4, 5, 6], 5))
print(find([4, 5, 6], 9))
n = 0
while n < 0:
    print("never")
else:
    print("else runs even if body never ran")
while True:
    break
else:
    print("not printed")
print("end")
