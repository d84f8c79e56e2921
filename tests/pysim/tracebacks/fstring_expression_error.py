# an error inside an f-string replacement field points into the f-string
user = {"name": "Ann", "age": 30}
print(f"{user['name']} is {user['age']}")
print(f"{user['name']} lives in {user['city']}")
print("never")
