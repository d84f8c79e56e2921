# deepcopy recurses through copy.py's functions, so deep nesting hits the recursion limit like any recursion
import copy
import sys

chain = []
cur = chain
for _ in range(1200):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    copy.deepcopy(chain)
except RecursionError as err:
    print("RecursionError:", err)
short = chain[0][0][0]
print(len(copy.deepcopy([[[[1]]]])), copy.copy(chain)[0] is chain[0])
sys.setrecursionlimit(4000)
deep_copy = copy.deepcopy(chain)
depth = 0
node = deep_copy
while node:
    node = node[0]
    depth += 1
print(depth, deep_copy is not chain)
