"""raytrace: a small recursive ray tracer (spheres + checkered floor,
two point lights, shadows, diffuse + specular shading, reflections).

Exercises: a 3-D vector class with operator overloading (__add__, __sub__,
__mul__, __neg__) creating many temporaries, single inheritance with
overridden methods (Shape -> Sphere / Plane), recursion, math.sqrt,
float compares, None checks, tuple returns.
"""
import sys
import math

NAME = "raytrace"
QUICK = 24
DEFAULT = 200
EXPECTED = {
    24: (177669, 81758063),
    200: (12153549, 666498004),
}

EPSILON = 1e-6
MAX_DEPTH = 3


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y,
                   self.z * o.x - self.x * o.z,
                   self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Color:
    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def __mul__(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def tint(self, o):
        return Color(self.r * o.r, self.g * o.g, self.b * o.b)


BLACK = Color(0.0, 0.0, 0.0)
SKY = Color(0.35, 0.55, 0.9)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflectivity):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflectivity = reflectivity

    def color_at(self, point):
        return self.color


class Checkered(Material):
    def __init__(self, color, other, diffuse, specular, shininess, reflectivity):
        super().__init__(color, diffuse, specular, shininess, reflectivity)
        self.other = other

    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return self.other


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        """Distance along the ray to the nearest hit, or None."""
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.shapes = []
        self.lights = []

    def nearest_hit(self, ray):
        best_t = None
        best_shape = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_shape = shape
        return best_shape, best_t

    def in_shadow(self, point, light):
        to_light = light.position - point
        dist = to_light.length()
        ray = Ray(point, to_light * (1.0 / dist))
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        shape, t = self.nearest_hit(ray)
        if shape is None:
            return SKY * (0.5 + 0.5 * ray.direction.y)
        point = ray.at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        mat = shape.material
        base = mat.color_at(point)
        result = base * 0.08  # ambient
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                result = result + base.tint(light.color) * (lambert * mat.diffuse)
                half = (to_light - ray.direction).normalized()
                spec = normal.dot(half)
                if spec > 0.0:
                    result = result + light.color * (mat.specular * spec ** mat.shininess)
        if depth < MAX_DEPTH and mat.reflectivity > 0.0:
            bounce = Ray(point, ray.direction.reflect(normal))
            result = result + self.trace(bounce, depth + 1) * mat.reflectivity
        return result


class Camera:
    def __init__(self, eye, look_at, up, fov_degrees, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        forward = (look_at - eye).normalized()
        right = forward.cross(up).normalized()
        true_up = right.cross(forward)
        half = math.tan(fov_degrees * math.pi / 360.0)
        aspect = width / height
        self.forward = forward
        self.right = right * (half * aspect)
        self.up = true_up * half

    def ray_for(self, px, py):
        sx = (2.0 * (px + 0.5) / self.width) - 1.0
        sy = 1.0 - (2.0 * (py + 0.5) / self.height)
        d = self.forward + self.right * sx + self.up * sy
        return Ray(self.eye, d.normalized())


def build_scene():
    scene = Scene()
    scene.shapes.append(Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0),
                              Checkered(Color(0.9, 0.9, 0.9), Color(0.1, 0.1, 0.1),
                                        0.8, 0.2, 20, 0.3)))
    scene.shapes.append(Sphere(Vec(0.0, 1.0, 0.0), 1.0,
                               Material(Color(0.8, 0.2, 0.2), 0.7, 0.6, 30, 0.35)))
    scene.shapes.append(Sphere(Vec(-2.2, 0.7, 1.0), 0.7,
                               Material(Color(0.2, 0.7, 0.3), 0.9, 0.3, 10, 0.1)))
    scene.shapes.append(Sphere(Vec(1.9, 0.5, 1.4), 0.5,
                               Material(Color(0.2, 0.3, 0.9), 0.6, 0.9, 60, 0.6)))
    scene.shapes.append(Sphere(Vec(0.6, 0.3, 2.2), 0.3,
                               Material(Color(0.9, 0.8, 0.2), 0.8, 0.4, 25, 0.0)))
    scene.lights.append(Light(Vec(-4.0, 6.0, 5.0), Color(0.9, 0.9, 0.85)))
    scene.lights.append(Light(Vec(5.0, 4.0, 3.0), Color(0.4, 0.4, 0.5)))
    return scene


def clamp_byte(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0 + 0.5)


def bench(n):
    """Render an n x n image; checksum the 8-bit pixels."""
    scene = build_scene()
    camera = Camera(Vec(0.0, 2.0, 7.0), Vec(0.0, 0.8, 0.0), Vec(0.0, 1.0, 0.0),
                    50.0, n, n)
    total = 0
    digest = 0
    for py in range(n):
        for px in range(n):
            c = scene.trace(camera.ray_for(px, py), 0)
            r = clamp_byte(c.r)
            g = clamp_byte(c.g)
            b = clamp_byte(c.b)
            total += r + g + b
            digest = (digest * 257 + r * 65536 + g * 256 + b) % 1000000007
    return (total, digest)


# ---------------------------------------------------------------------------
# Harness (identical in every benchmark): size selection + verification.
# The checksum is a tuple of ints / floats / strings.  Floats are compared
# with a relative tolerance of 1e-9 and printed rounded to 9 decimals.

def format_checksum(values):
    parts = []
    for v in values:
        if isinstance(v, float):
            parts.append("%.9f" % v)
        else:
            parts.append(str(v))
    return ",".join(parts)


def same_checksum(got, expected):
    if len(got) != len(expected):
        return False
    for i in range(len(got)):
        a = got[i]
        b = expected[i]
        if isinstance(b, float):
            if abs(a - b) > 1e-9 * abs(b):
                return False
        elif a != b:
            return False
    return True


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else "default"
    if arg == "quick":
        n = QUICK
    elif arg == "default":
        n = DEFAULT
    else:
        n = int(arg)
    got = bench(n)
    text = format_checksum(got)
    if n in EXPECTED:
        expected = EXPECTED[n]
        if not same_checksum(got, expected):
            sys.stderr.write("FAIL %s: got %s expected %s\n"
                             % (NAME, text, format_checksum(expected)))
            sys.exit(1)
        print("OK %s %s" % (NAME, text))
    else:
        print("UNVERIFIED %s %s" % (NAME, text))


main()
