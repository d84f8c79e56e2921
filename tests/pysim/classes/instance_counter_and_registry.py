# class-level state shared across instances: counters and registries
class Student:
    count = 0
    roster = []
    def __init__(self, name):
        Student.count += 1
        self.id = Student.count
        self.name = name
        Student.roster.append(self)
    def __repr__(self):
        return f"Student#{self.id}({self.name})"
    @classmethod
    def total(cls):
        return cls.count
for name in ["Ava", "Ben", "Cal"]:
    Student(name)
print(Student.total(), Student.roster)
print(Student.roster[1].name, Student.roster[0] is Student.roster[0])
print(sorted(Student.roster, key=lambda s: s.name, reverse=True))
