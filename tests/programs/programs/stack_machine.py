# A tiny stack-machine evaluator driven by dicts of functions.
def op_push(vm, arg):
    vm["stack"].append(arg)


def op_pop(vm, arg):
    vm["stack"].pop()


def binary(fn):
    def op(vm, arg):
        b = vm["stack"].pop()
        a = vm["stack"].pop()
        vm["stack"].append(fn(a, b))
    return op


def op_dup(vm, arg):
    vm["stack"].append(vm["stack"][-1])


def op_swap(vm, arg):
    s = vm["stack"]
    s[-1], s[-2] = s[-2], s[-1]


def op_jz(vm, arg):
    if vm["stack"].pop() == 0:
        vm["pc"] = arg - 1


def op_jmp(vm, arg):
    vm["pc"] = arg - 1


def op_load(vm, arg):
    vm["stack"].append(vm["vars"].get(arg, 0))


def op_store(vm, arg):
    vm["vars"][arg] = vm["stack"].pop()


def op_print(vm, arg):
    vm["out"].append(str(vm["stack"][-1]))


OPS = {
    "push": op_push, "pop": op_pop, "dup": op_dup, "swap": op_swap,
    "add": binary(lambda a, b: a + b), "sub": binary(lambda a, b: a - b),
    "mul": binary(lambda a, b: a * b), "div": binary(lambda a, b: a // b),
    "mod": binary(lambda a, b: a % b), "lt": binary(lambda a, b: int(a < b)),
    "jz": op_jz, "jmp": op_jmp, "load": op_load, "store": op_store, "print": op_print,
}


def parse(src):
    program = []
    for line in src.strip().splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        parts = line.split()
        arg = None
        if len(parts) > 1:
            arg = int(parts[1]) if parts[1].lstrip("-").isdigit() else parts[1]
        program.append((parts[0], arg))
    return program


def run(program, limit=100000):
    vm = {"stack": [], "pc": 0, "vars": {}, "out": [], "steps": 0}
    while vm["pc"] < len(program) and vm["steps"] < limit:
        name, arg = program[vm["pc"]]
        OPS[name](vm, arg)
        vm["pc"] += 1
        vm["steps"] += 1
    return vm


FACTORIAL = """
push 1
store acc
push 25
store n
load n          # loop start (pc 4)
jz 15
load acc
load n
mul
store acc
load n
push 1
sub
store n
jmp 4
load acc        # pc 15
print
"""
vm = run(parse(FACTORIAL))
print("25! =", vm["out"], "steps:", vm["steps"], "vars:", vm["vars"])

ARITH = """
push 7
push 3
sub
dup
mul
push 100
swap
div
print
push -17
push 5
mod
print
push 2
push 3
lt
print
"""
vm = run(parse(ARITH))
print(" ".join(vm["out"]), vm["stack"])

COUNT = """
push 0
store i
push 0
store s
load i        # pc 4
push 1000
lt
jz 20
load s
load i
add
store s
load i
push 1
add
store i
jmp 4
push 0
push 0
push 0
load s        # pc 20
print
"""
vm = run(parse(COUNT))
print("sum 0..999 =", vm["out"][-1], "steps:", vm["steps"])
print("ops used:", sorted(OPS))
