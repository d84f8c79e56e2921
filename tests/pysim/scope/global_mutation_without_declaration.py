# mutating a global object needs no global statement; rebinding does
log = []
config = {"debug": False}
def record(msg):
    log.append(msg)
    config["debug"] = True
record("one")
record("two")
print(log, config)
def replace():
    global log
    log = ["fresh"]
replace()
print(log)
def augmented_item():
    config["count"] = config.get("count", 0) + 1
augmented_item()
augmented_item()
print(config)
def try_rebind():
    log = "local only"
    return log
print(try_rebind(), log)
