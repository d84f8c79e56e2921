# rebinding the loop variable frees the previous object; the last one outlives the loop
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
for i in range(3):
    r = R(i)
    print("made", i)
print("loop done, r is", r.n)
del r
print("end")
