VALUE = "found through a directory the program added to sys.path"
