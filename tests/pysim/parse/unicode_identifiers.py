café = "coffee"
ñ = 1
π = 3.14159
Ω_total = ñ + 1
print(café, ñ, π, Ω_total)
def naïve(ß):
    return ß * 2
print(naïve(2), "é" + "ü")
