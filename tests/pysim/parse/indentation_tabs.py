if True:
	x = 1
	if x:
		y = 2
		print(x, y)
	else:
		pass
print("tabs ok")
