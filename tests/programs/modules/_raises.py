print("_raises: starting")
VALUE = 1
raise ValueError("module initialisation failed")
