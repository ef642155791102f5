# Uncaught exception with an explicit cause.
class ConfigError(Exception):
    pass


def read_port(cfg):
    try:
        return int(cfg["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError("bad port setting") from e


def main():
    print(read_port({"port": "8080"}))
    print(read_port({"port": "http"}))


main()
