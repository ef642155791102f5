from collections import ChainMap, UserDict, UserList

defaults = {'color': 'red', 'user': 'guest', 'size': 1}
env = {'user': 'admin'}
cli = {'size': 3}
cm = ChainMap(cli, env, defaults)
print(cm['color'], cm['user'], cm['size'], len(cm), sorted(cm), 'user' in cm, 'x' in cm)
print(cm.get('missing'), cm.get('color', 'blue'), list(cm.items()))
cm['color'] = 'green'
print(cli, defaults['color'])
child = cm.new_child({'user': 'child'})
print(child['user'], child.parents['user'], len(child.maps))
del cm['color']
try:
    del cm['user']
except KeyError as e:
    print('KeyError', e)
try:
    cm['nothere']
except KeyError as e:
    print('KeyError', e)
print(cm.maps, dict(cm) if False else sorted(dict(cm.items()).items()))
print(ChainMap(), ChainMap({'a': 1}) == {'a': 1}, bool(ChainMap({})))
print(cm.pop('size'), cm.setdefault('k', 'v'), cli)

ud = UserDict({'a': 1})
ud['b'] = 2
print(ud, len(ud), ud.data, 'a' in ud, ud.get('z', 0), sorted(ud.keys()))
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], len(ul), ul + [9], ul == [0, 1, 2, 3], ul.data)

class Lower(UserDict):
    def __setitem__(self, k, v):
        self.data[k.lower()] = v

lo = Lower({'ABC': 1}, Q=2)
lo['XyZ'] = 3
lo.update([('K', 4)])
print(lo, lo.get('abc'), lo.setdefault('N', 5), lo.pop('q'), lo.popitem(), lo)
lo.data = {'x': 2}
print(lo, lo.data, len(lo))
lo.clear()
print(lo, len(lo))
