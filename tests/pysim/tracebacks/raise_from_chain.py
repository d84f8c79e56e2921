# raise ... from prints both tracebacks joined by "direct cause"
class ConfigError(Exception):
    pass
def read_port(cfg):
    try:
        return int(cfg["port"])
    except KeyError as e:
        raise ConfigError("no port configured") from e
read_port({"host": "x"})
