import sys
c = [5000, 4000]
print(sys.getrefcount(c[0]))
x = 5001
print(sys.getrefcount(x))
a = [1000, 3000, 2000]
print(sys.getrefcount(a[0]))
t = (1001, 3001, 2001)
print(sys.getrefcount(t[0]))
a2 = [1002, 3002, 2002]
b2 = list(a2)
print(sys.getrefcount(a2[0]))
a3 = [1003, 3003, 2003]
b3 = sorted(a3)
print(sys.getrefcount(a3[0]), sys.getrefcount(a3[1]), sys.getrefcount(a3[2]))
a4 = [1004, 3004, 2004]
a4.sort()
print(sys.getrefcount(a4[0]), sys.getrefcount(a4[1]), sys.getrefcount(a4[2]))
a5 = [1005, 3005]
a5.reverse()
print(sys.getrefcount(a5[0]), sys.getrefcount(a5[1]))
