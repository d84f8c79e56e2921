# nested subscripts: the markers underline the failing one
config = {"server": {"host": "localhost", "ports": [80, 443]}}
print(config["server"]["ports"][1])
print(config["server"].get("timeout"))
print(config["server"]["timeout"])
