# an exception object keeps its arguments alive through e.args
import sys
payload = [1, 2]
err = ValueError(payload, "msg")
print(sys.getrefcount(payload), err.args[0] is payload)
try:
    raise err
except ValueError as e:
    print(sys.getrefcount(payload), e is err)
del err
print(sys.getrefcount(payload))
