# Nested lists and dicts.
matrix = []
for i in range(4):
    row = []
    for j in range(5):
        row.append(i * 5 + j)
    matrix.append(row)
print(matrix)
transposed = []
for j in range(5):
    col = []
    for i in range(4):
        col.append(matrix[i][j])
    transposed.append(col)
print(transposed)
print(matrix[2][3], transposed[3][2], matrix[-1][-1])
db = {"users": [{"name": "ann", "tags": ["admin", "dev"]}, {"name": "bo", "tags": []}], "count": 2}
print(db["users"][0]["tags"][1], len(db["users"][1]["tags"]), db)
db["users"].append({"name": "cy", "tags": ["ops"]})
db["count"] += 1
for user in db["users"]:
    print(user["name"], ",".join(user["tags"]) or "-")
def deep_copy(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.append(deep_copy(item))
        return out
    if isinstance(x, dict):
        out = {}
        for k in x:
            out[k] = deep_copy(x[k])
        return out
    return x
copy = deep_copy(db)
copy["users"][0]["tags"].append("new")
print(db["users"][0]["tags"], copy["users"][0]["tags"], copy == db)
