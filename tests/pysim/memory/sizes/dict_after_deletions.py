# deleting keys never shrinks a dict; clear() goes back to the empty size; copy() compacts
import sys
d = {i: i for i in range(20)}
print(sys.getsizeof(d))
for i in range(18):
    del d[i]
print(len(d), sys.getsizeof(d))
c = d.copy()
print(sys.getsizeof(c), sys.getsizeof(dict(d)), sys.getsizeof({**d}))
d.clear()
print(sys.getsizeof(d))
d[1] = 1
print(sys.getsizeof(d))
e = {i: i for i in range(20)}
print(sys.getsizeof(e.copy()))
