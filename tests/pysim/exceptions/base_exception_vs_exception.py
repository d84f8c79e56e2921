# except Exception does not catch KeyboardInterrupt or SystemExit
for exc in [KeyboardInterrupt, SystemExit, GeneratorExit, ValueError]:
    try:
        try:
            raise exc("stop")
        except Exception:
            print(exc.__name__, "caught by except Exception")
    except BaseException as e:
        print(exc.__name__, "escaped to BaseException:", repr(e))
try:
    raise SystemExit(3)
except SystemExit as e:
    print("exit code", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("no code:", e.code)
try:
    1 / 0
except:
    print("bare except catches everything")
