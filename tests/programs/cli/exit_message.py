import sys

print("about to fail")
sys.exit("fatal: configuration file not found")
