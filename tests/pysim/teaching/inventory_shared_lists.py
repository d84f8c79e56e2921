# building records that accidentally share one list, and the version that does not
default_tags = []
catalog = []
for name in ["pen", "ink"]:
    catalog.append({"name": name, "tags": default_tags})
catalog[0]["tags"].append("sale")
print(catalog)
print(catalog[0]["tags"] is catalog[1]["tags"])
catalog = [{"name": name, "tags": []} for name in ["pen", "ink"]]
catalog[0]["tags"].append("sale")
print(catalog)
print(catalog[0]["tags"] is catalog[1]["tags"])
