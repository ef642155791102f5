# A tiny file-backed record store: write records to a text file in a simple format, read them
# back with validation, update and compact, with context managers and custom exceptions.
import os


class StoreError(Exception):
    pass


class CorruptRecord(StoreError):
    def __init__(self, lineno, line, reason):
        super().__init__(f"line {lineno}: {reason}: {line!r}")
        self.lineno = lineno


class Record:
    FIELDS = ("id", "name", "qty", "price")

    def __init__(self, id, name, qty, price):
        self.id, self.name, self.qty, self.price = id, name, qty, price

    @classmethod
    def parse(cls, lineno, line):
        parts = line.rstrip("\n").split("|")
        if len(parts) != len(cls.FIELDS):
            raise CorruptRecord(lineno, line.rstrip("\n"), f"expected {len(cls.FIELDS)} fields")
        try:
            return cls(int(parts[0]), parts[1], int(parts[2]), float(parts[3]))
        except ValueError as e:
            raise CorruptRecord(lineno, line.rstrip("\n"), "bad number") from e

    def dump(self):
        return f"{self.id}|{self.name}|{self.qty}|{self.price:.2f}\n"

    @property
    def total(self):
        return self.qty * self.price

    def __repr__(self):
        return f"Record({self.id}, {self.name!r}, qty={self.qty}, price={self.price:.2f})"


class Store:
    def __init__(self, path):
        self.path = path
        self.log = []

    def __enter__(self):
        self.log.append("open")
        if not os.path.exists(self.path):
            with open(self.path, "w"):
                pass
        return self

    def __exit__(self, et, ev, tb):
        self.log.append("close" if et is None else f"close after {et.__name__}")
        return False

    def append(self, *records):
        with open(self.path, "a") as f:
            for r in records:
                f.write(r.dump())
        return len(records)

    def load(self, strict=True):
        good, bad = [], []
        with open(self.path) as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip() or line.startswith("#"):
                    continue
                try:
                    good.append(Record.parse(lineno, line))
                except CorruptRecord as e:
                    if strict:
                        raise
                    bad.append(e)
        return good, bad

    def update(self, rid, **changes):
        records, _ = self.load()
        found = False
        for r in records:
            if r.id == rid:
                for k, v in changes.items():
                    if k not in Record.FIELDS:
                        raise StoreError(f"unknown field {k!r}")
                    setattr(r, k, v)
                found = True
        if not found:
            raise StoreError(f"no record {rid}")
        self.rewrite(records)

    def rewrite(self, records):
        with open(self.path, "w") as f:
            f.write("# compacted\n")
            f.writelines(r.dump() for r in sorted(records, key=lambda r: r.id))

    def stats(self):
        records, _ = self.load()
        by_total = sorted(records, key=lambda r: (-r.total, r.id))
        return {
            "count": len(records),
            "units": sum(r.qty for r in records),
            "value": round(sum(r.total for r in records), 2),
            "top": [r.name for r in by_total[:2]],
        }


path = "_record_store_%d.txt" % os.getpid()
try:
    with Store(path) as store:
        n = store.append(Record(3, "bolt", 100, 0.05), Record(1, "nut", 250, 0.02))
        n += store.append(Record(2, "gear", 4, 12.5))
        print("appended", n)
        records, bad = store.load()
        print(records, bad)
        print(store.stats())
        store.update(2, qty=6, price=11.0)
        store.update(1, name="hex nut")
        with open(path) as f:
            print(f.read(), end="")
        for args in [(9,), (1,)]:
            try:
                store.update(*args, color="red") if args == (1,) else store.update(*args, qty=1)
            except StoreError as e:
                print("StoreError:", e)
        with open(path, "a") as f:
            f.write("4|washer|lots|0.01\n")
            f.write("5|spring\n")
            f.write("\n6|cog|3|2.50\n")
        try:
            store.load()
        except CorruptRecord as e:
            print("CorruptRecord:", e, "| cause:", type(e.__cause__).__name__)
        good, bad = store.load(strict=False)
        print([r.id for r in good], [str(e) for e in bad], [e.lineno for e in bad])
        store.rewrite(good)
        print(store.stats())
        raise RuntimeError("simulated crash")
except RuntimeError as e:
    print("RuntimeError:", e)
finally:
    print("store log:", store.log)
    with open(path) as f:
        lines = f.readlines()
    print(len(lines), "lines;", lines[0].strip(), "...", lines[-1].strip())
    os.remove(path)
    print("cleaned up:", not os.path.exists(path))
