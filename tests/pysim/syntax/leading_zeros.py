code = 007
