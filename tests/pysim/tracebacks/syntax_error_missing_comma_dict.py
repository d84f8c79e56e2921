# a dict display with a missing comma between items
person = {
    "name": "Ann"
    "age": 30,
}
