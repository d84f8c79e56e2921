# args: --repl
# tracebacks through functions typed in the REPL show <stdin> lines but no source
def div(a, b):
    return a / b

def outer(n):
    return div(n, 0)

outer(5)
div(1, 2)
