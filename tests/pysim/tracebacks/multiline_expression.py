# error in a binary operation spanning lines inside parentheses
a = 5
b = "five"
result = (a
          + b)
