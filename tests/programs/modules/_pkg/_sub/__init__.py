print("_pkg/_sub/__init__ runs")
