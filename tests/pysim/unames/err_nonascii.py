s = "é\N{ÉTOILE}"
