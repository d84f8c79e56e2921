class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
def check(v):
    if v < 0:
        raise AppError(v)
    return v
for v in (1, -3):
    try:
        print(check(v))
    except AppError as e:
        print("error:", e, e.code)
