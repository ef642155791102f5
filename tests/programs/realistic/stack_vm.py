# A two-pass assembler and a stack virtual machine: labels, calls and returns, a trace
# generator, error reporting with custom exceptions, and a few sample programs.
class AsmError(Exception):
    def __init__(self, lineno, msg):
        super().__init__(f"line {lineno}: {msg}")
        self.lineno = lineno


class VMError(Exception):
    def __init__(self, pc, msg):
        super().__init__(f"pc={pc}: {msg}")
        self.pc = pc


OPCODES = {
    "push": 1, "pop": 0, "dup": 0, "swap": 0, "over": 0,
    "add": 0, "sub": 0, "mul": 0, "div": 0, "mod": 0, "neg": 0,
    "eq": 0, "lt": 0, "gt": 0, "not": 0,
    "jmp": 1, "jz": 1, "jnz": 1, "call": 1, "ret": 0,
    "load": 1, "store": 1, "print": 0, "halt": 0,
}


class Instr:
    __slots__ = ("op", "arg", "lineno")

    def __init__(self, op, arg, lineno):
        self.op, self.arg, self.lineno = op, arg, lineno

    def __repr__(self):
        return self.op if self.arg is None else f"{self.op} {self.arg}"


def assemble(source):
    labels, pending = {}, []
    for lineno, raw in enumerate(source.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        while ":" in line:
            label, _, line = line.partition(":")
            label = label.strip()
            if not label.isidentifier():
                raise AsmError(lineno, f"bad label {label!r}")
            if label in labels:
                raise AsmError(lineno, f"duplicate label {label!r}")
            labels[label] = len(pending)
            line = line.strip()
        if not line:
            continue
        op, *args = line.split()
        op = op.lower()
        if op not in OPCODES:
            raise AsmError(lineno, f"unknown opcode {op!r}")
        if len(args) != OPCODES[op]:
            raise AsmError(lineno, f"{op} takes {OPCODES[op]} operand(s), got {len(args)}")
        pending.append((op, args[0] if args else None, lineno))
    program = []
    for op, arg, lineno in pending:
        if arg is not None and op in ("jmp", "jz", "jnz", "call"):
            if arg not in labels:
                raise AsmError(lineno, f"undefined label {arg!r}")
            arg = labels[arg]
        elif arg is not None and op == "push":
            try:
                arg = int(arg)
            except ValueError:
                raise AsmError(lineno, f"bad number {arg!r}") from None
        program.append(Instr(op, arg, lineno))
    return program, labels


class VM:
    def __init__(self, program, max_steps=10_000):
        self.program = program
        self.stack, self.calls, self.memory = [], [], {}
        self.pc = 0
        self.output = []
        self.max_steps = max_steps
        self.steps = 0

    def pop(self):
        if not self.stack:
            raise VMError(self.pc, "stack underflow")
        return self.stack.pop()

    def binary(self, fn):
        b, a = self.pop(), self.pop()
        self.stack.append(fn(a, b))

    def run(self):
        for _ in self.trace():
            pass
        return self.output

    def trace(self):
        """Execute step by step, yielding (pc, instruction, stack snapshot)."""
        while True:
            if not 0 <= self.pc < len(self.program):
                raise VMError(self.pc, "fell off the end of the program")
            self.steps += 1
            if self.steps > self.max_steps:
                raise VMError(self.pc, f"step limit {self.max_steps} exceeded")
            ins = self.program[self.pc]
            pc = self.pc
            self.pc += 1
            op, arg = ins.op, ins.arg
            if op == "push":
                self.stack.append(arg)
            elif op == "pop":
                self.pop()
            elif op == "dup":
                v = self.pop()
                self.stack += [v, v]
            elif op == "swap":
                b, a = self.pop(), self.pop()
                self.stack += [b, a]
            elif op == "over":
                b, a = self.pop(), self.pop()
                self.stack += [a, b, a]
            elif op in ("add", "sub", "mul", "eq", "lt", "gt"):
                fns = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b,
                       "mul": lambda a, b: a * b, "eq": lambda a, b: int(a == b),
                       "lt": lambda a, b: int(a < b), "gt": lambda a, b: int(a > b)}
                self.binary(fns[op])
            elif op in ("div", "mod"):
                b, a = self.pop(), self.pop()
                if b == 0:
                    raise VMError(pc, "division by zero")
                self.stack.append(a // b if op == "div" else a % b)
            elif op == "neg":
                self.stack.append(-self.pop())
            elif op == "not":
                self.stack.append(int(not self.pop()))
            elif op == "jmp":
                self.pc = arg
            elif op in ("jz", "jnz"):
                v = self.pop()
                if (v == 0) == (op == "jz"):
                    self.pc = arg
            elif op == "call":
                self.calls.append(self.pc)
                self.pc = arg
            elif op == "ret":
                if not self.calls:
                    raise VMError(pc, "return with empty call stack")
                self.pc = self.calls.pop()
            elif op == "load":
                if arg not in self.memory:
                    raise VMError(pc, f"uninitialized variable {arg!r}")
                self.stack.append(self.memory[arg])
            elif op == "store":
                self.memory[arg] = self.pop()
            elif op == "print":
                self.output.append(self.pop())
            elif op == "halt":
                yield pc, ins, tuple(self.stack)
                return
            yield pc, ins, tuple(self.stack)


FACTORIAL = """
        push 10
        store n
        push 1
        store acc
loop:   load n
        jz done          ; while n != 0
        load acc
        load n
        mul
        store acc
        load n
        push 1
        sub
        store n
        jmp loop
done:   load acc
        print
        halt
"""

FIB_CALLS = """
        push 0
        store i
next:   load i
        push 12
        lt
        jz end
        load i
        call fib
        print
        load i
        push 1
        add
        store i
        jmp next
end:    halt
fib:    store k          ; iterative fibonacci of the value on the stack
        push 0
        store a
        push 1
        store b
fl:     load k
        jz fdone
        load b
        load a
        load b
        add
        store b
        store a
        load k
        push 1
        sub
        store k
        jmp fl
fdone:  load a
        ret
"""

program, labels = assemble(FACTORIAL)
print("labels:", labels, "size:", len(program))
print("output:", VM(program).run())
program, labels = assemble(FIB_CALLS)
vm = VM(program)
print("fib output:", vm.run(), "steps:", vm.steps)
vm = VM(assemble("push 2\npush 3\nover\nmul\nadd\ndup\nprint\nprint\nhalt")[0])
for pc, ins, stack in vm.trace():
    print(f"  {pc:2} {ins!r:8} {list(stack)}")
print("traced output:", vm.output)

bad_sources = [
    "push 1\nfrob\n",
    "push\n",
    "jmp nowhere\n",
    "x: push 1\nx: push 2\n",
    "push 1.5\n",
    "1bad: halt\n",
]
for src in bad_sources:
    try:
        assemble(src)
    except AsmError as e:
        print("AsmError:", e, "| lineno", e.lineno)

failing = [
    "pop\nhalt",
    "push 1\npush 0\ndiv\nhalt",
    "load q\nhalt",
    "ret",
    "push 1",
    "top: jmp top",
]
for src in failing:
    try:
        VM(assemble(src)[0], max_steps=50).run()
    except VMError as e:
        print("VMError:", e)
