# keeping a caught exception in a local makes a cycle: exception -> traceback -> frame -> local
import gc
def keep_error():
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e
def drop_error():
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
gc.collect()
drop_error()
print(gc.collect())
keep_error()
print(gc.collect())
