# args: --repl
# sys.getsizeof results echoed, and printed from a loop typed as a multi-line statement
import sys
sys.getsizeof([])
sys.getsizeof([1, 2, 3])
sys.getsizeof("abc")
sys.getsizeof(2 ** 30)
sys.getsizeof({})
lst = []
for i in range(5):
    lst.append(i)
    print(len(lst), sys.getsizeof(lst))

