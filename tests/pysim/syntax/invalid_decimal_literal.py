count = 3rd
