# dicts are mutable too: an alias sees every change, a copy does not
settings = {"theme": "dark", "size": 12}
current = settings
snapshot = settings.copy()
current["size"] = 14
settings["lang"] = "en"
print(settings)
print(current)
print(snapshot)
print(current is settings, snapshot is settings, snapshot == settings)
