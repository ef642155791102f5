# A loop whose body runs ~700 bytecode instructions (operator overloading, small methods
# inlined, a `continue` and branches), over two items per call, as raytrace's
# `Scene.trace` loop over its lights: the recorder takes iterations of up to 1000
# instructions, so it compiles (it aborted as "trace too long" at 400).


class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return V(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())

    def tint(self, o):
        return V(self.x * o.x, self.y * o.y, self.z * o.z)


class Light:
    def __init__(self, pos, color, on):
        self.pos = pos
        self.color = color
        self.on = on


def shade(point, normal, lights, base, eye):
    result = base * 0.1
    for light in lights:
        if not light.on:
            continue
        to_light = (light.pos - point).normalized()
        lam = normal.dot(to_light)
        if lam > 0.0:
            result = result + base.tint(light.color) * (lam * 0.7)
            half = (to_light - eye).normalized()
            spec = normal.dot(half)
            if spec > 0.0:
                result = result + light.color * (0.4 * spec ** 3)
            mid = (half + to_light).normalized() * 0.5
            result = result + mid.tint(base) * 0.01
            far = (light.pos + point - eye).normalized()
            result = result + far * (0.001 * far.dot(normal))
        else:
            result = result - base * 0.01
    return result


def main():
    lights = [
        Light(V(-4.0, 6.0, 5.0), V(0.9, 0.9, 0.85), True),
        Light(V(5.0, 4.0, 3.0), V(0.4, 0.4, 0.5), True),
    ]
    dark = [Light(V(0.0, -6.0, 0.0), V(1.0, 1.0, 1.0), False), lights[0]]
    base = V(0.8, 0.2, 0.3)
    eye = V(0.0, 0.0, -1.0)
    total = V(0.0, 0.0, 0.0)
    for i in range(3000):
        a = i * 0.001
        point = V(a, 1.0 - a, 0.5 * a)
        normal = V(a - 0.5, 1.0, 0.25).normalized()
        ls = dark if i % 7 == 3 else lights
        total = total + shade(point, normal, ls, base, eye)
    print(round(total.x, 6), round(total.y, 6), round(total.z, 6))


main()
