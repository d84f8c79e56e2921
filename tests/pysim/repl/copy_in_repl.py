# args: --repl
# copy.copy shares inner lists, copy.deepcopy does not; tuples of results are echoed
import copy
a = [1, [2, 3]]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(4)
b
c
b[1] is a[1], c[1] is a[1]
a is b
