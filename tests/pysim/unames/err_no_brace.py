s = "x\Ny"
