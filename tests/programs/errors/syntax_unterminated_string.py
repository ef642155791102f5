# A string that runs into the end of the line, after a generic error.
x = = 1
s = 'abc
