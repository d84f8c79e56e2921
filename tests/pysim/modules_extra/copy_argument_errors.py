# copy.copy and copy.deepcopy are Python functions: their argument errors, and a memo that is not a dict
import copy

def show(label, f):
    try:
        print(label, repr(f()))
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__ + ":", e)

show("copy()", lambda: copy.copy())
show("copy(1, 2)", lambda: copy.copy(1, 2))
show("copy(y=1)", lambda: copy.copy(y=1))
show("copy(1, x=1)", lambda: copy.copy(1, x=1))
show("copy(x=[1])", lambda: copy.copy(x=[1]))
show("deepcopy()", lambda: copy.deepcopy())
show("deepcopy(1, 2, 3, 4)", lambda: copy.deepcopy(1, 2, 3, 4))
show("deepcopy(x=[1], memo=None)", lambda: copy.deepcopy(x=[1], memo=None))
show("deepcopy([1], memo={}, depth=2)", lambda: copy.deepcopy([1], memo={}, depth=2))
show("deepcopy([1], [])", lambda: copy.deepcopy([1], []))
show("deepcopy(5, memo=0)", lambda: copy.deepcopy(5, memo=0))
show("deepcopy([1], None)", lambda: copy.deepcopy([1], None))
