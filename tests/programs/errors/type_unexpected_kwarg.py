# Unexpected keyword argument.
def connect(host, port=80):
    return host + ":" + str(port)


print(connect("localhost", port=8080))
print(connect("localhost", timeout=5))
