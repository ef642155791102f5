# A key's __eq__ may read the dict it is being stored into; equal keys keep the first key object.
registry = {}
class Node:
    def __init__(self, name): self.name = name
    def __hash__(self): return 0
    def __eq__(self, o):
        print(f"  eq {self.name}/{o.name} (registry size {len(registry)})")
        return self.name == o.name
registry[Node("a")] = 1
registry[Node("b")] = 2
registry[Node("a")] = 3
print({n.name: v for n, v in registry.items()})
s = set()
s.add(Node("x")); s.add(Node("x"))
print(len(s))
del registry[Node("b")]
print(len(registry), registry.pop(Node("a")), len(registry))
