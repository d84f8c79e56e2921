# args: --repl
# sys.exit ends the session with its status
import sys
print("before exit")
sys.exit(3)
print("never")
