# class methods receive the class, static methods receive nothing extra
class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1
    @classmethod
    def from_string(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def show(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"
class MyDate(Date):
    pass
d = Date.from_string("2024-3-9")
print(d.show(), type(d).__name__)
m = MyDate.from_string("1999-12-31")
print(m.show(), type(m).__name__)
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024))
print(Date.created)
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
