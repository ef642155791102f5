# Python 2 print.
print "hello"
