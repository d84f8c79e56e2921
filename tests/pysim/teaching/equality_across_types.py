# == across types: numbers compare by value, containers by type and contents
print(1 == 1.0, 1 == True, 0 == False, 1.0 == True, 2 == "2")
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) == (1.0, 2.0), {1: "a"} == {1.0: "a"})
print("abc" == "abc", "abc" == b"abc", [] == (), [] == [], {} == set())
print(None == 0, None == False, None == None, bool(None) == False)
values = [1, 1.0, True]
print(values.count(1), len(set(values)), {1: "int", 1.0: "float", True: "bool"})
