# Iterating over dicts in insertion order and in sorted order.
scores = {"carol": 88, "alice": 95, "bob": 72, "dave": 95, "eve": 60}
for name in scores:
    print(name, scores[name])
for name, score in sorted(scores.items()):
    print(name, score)
for name, score in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{name:>6}: {score}")
print(sorted(scores), sorted(scores.values()), sorted(scores, key=lambda k: scores[k]))
total = 0
for v in scores.values():
    total += v
print(total, total / len(scores))
nested = {"a": {"x": 1, "y": 2}, "b": {"x": 3}, "c": {}}
for outer, inner in nested.items():
    for k, v in inner.items():
        print(outer, k, v)
print(nested)
for key in list(scores):
    if scores[key] < 80:
        del scores[key]
print(scores)
