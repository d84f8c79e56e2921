# markers under an expression on a line containing non-ASCII characters
city = "Zürich"
größe = 5
print(city + " " + str(größe))
label = "Café: " + größe
