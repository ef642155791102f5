# args: input.txt -k 3 --bogus
import argparse

parser = argparse.ArgumentParser(description="Reads sys.argv.")
parser.add_argument("path")
parser.add_argument("-k", type=int, default=1)
print(parser.parse_known_args())
parser.parse_args()
