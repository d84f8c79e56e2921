# user-defined exception classes with and without arguments and extra fields
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, item):
        super().__init__(f"{item} not found")
        self.item = item
class Detailed(AppError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
for exc in [AppError(), AppError("plain"), AppError("a", 2), NotFound("page"),
            Detailed(404, "gone")]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
try:
    raise NotFound("user")
except NotFound as e:
    print(e.item, isinstance(e, AppError), isinstance(e, Exception))
class NoSuper(Exception):
    def __init__(self, value):
        self.value = value
e = NoSuper(5)
print(repr(str(e)), e.args, repr(e), e.value)
