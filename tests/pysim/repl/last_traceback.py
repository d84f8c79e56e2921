# args: --repl
# an uncaught exception leaves its traceback in sys.last_traceback, the same object as its __traceback__
1/0
import sys
sys.last_traceback is sys.last_exc.__traceback__
type(sys.last_traceback)
sys.last_traceback.tb_lineno
def f():
    raise KeyError(1)

f()
sys.last_traceback is not None
sys.last_traceback.tb_next.tb_frame.f_code.co_name
sys.last_traceback.tb_next.tb_lineno
