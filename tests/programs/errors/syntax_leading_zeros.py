# An octal literal written the Python 2 way.
mode = 0755
