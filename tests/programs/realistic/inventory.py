# An inventory system: products with validated properties, classmethod constructors,
# warehouses, stock movements, reorder reports and an audit trail via a decorator.
class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} in stock")
        self.sku, self.wanted, self.have = sku, wanted, have


AUDIT = []


def audited(action):
    def deco(method):
        def wrapper(self, *args, **kwargs):
            result = method(self, *args, **kwargs)
            AUDIT.append(f"{action}:{getattr(self, 'name', '?')}:{','.join(map(str, args))}")
            return result
        wrapper.__name__ = method.__name__
        wrapper.__doc__ = method.__doc__
        return wrapper
    return deco


class Product:
    _registry = {}
    categories = ("tools", "food", "toys", "misc")

    def __init__(self, sku, name, price, category="misc"):
        self.sku = sku
        self.name = name
        self.price = price
        self.category = category
        Product._registry[sku] = self

    @classmethod
    def from_csv(cls, line):
        sku, name, price, category = [p.strip() for p in line.split(",")]
        return cls(sku, name, float(price), category)

    @classmethod
    def lookup(cls, sku):
        try:
            return cls._registry[sku]
        except KeyError:
            raise InventoryError(f"unknown sku {sku!r}") from None

    @staticmethod
    def format_price(p):
        return f"${p:,.2f}"

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError(f"negative price for {self.sku}")
        self._price = round(value, 2)

    @property
    def category(self):
        return self._category

    @category.setter
    def category(self, value):
        if value not in self.categories:
            raise ValueError(f"bad category {value!r}")
        self._category = value

    def __eq__(self, other):
        return isinstance(other, Product) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    def __repr__(self):
        return f"Product({self.sku}, {self.name!r}, {Product.format_price(self.price)})"


class Perishable(Product):
    def __init__(self, sku, name, price, shelf_days):
        super().__init__(sku, name, price, "food")
        self.shelf_days = shelf_days

    def __repr__(self):
        return super().__repr__()[:-1] + f", {self.shelf_days}d)"


class Warehouse:
    def __init__(self, name, reorder_level=5):
        self.name = name
        self.stock = {}
        self.reorder_level = reorder_level

    def __len__(self):
        return sum(self.stock.values())

    def __contains__(self, product):
        return self.stock.get(product, 0) > 0

    def __getitem__(self, product):
        return self.stock.get(product, 0)

    def __iter__(self):
        return iter(sorted(self.stock.items(), key=lambda kv: kv[0].sku))

    @audited("receive")
    def receive(self, sku, qty):
        """Add qty units of a product."""
        product = Product.lookup(sku)
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self.stock[product] = self.stock.get(product, 0) + qty
        return self.stock[product]

    @audited("ship")
    def ship(self, sku, qty):
        product = Product.lookup(sku)
        have = self.stock.get(product, 0)
        if qty > have:
            raise OutOfStock(sku, qty, have)
        self.stock[product] = have - qty
        return have - qty

    def value(self):
        return round(sum(p.price * q for p, q in self.stock.items()), 2)

    def reorder_report(self):
        return [(p.sku, q) for p, q in self if q < self.reorder_level]

    def by_category(self):
        out = {}
        for p, q in self:
            out.setdefault(p.category, []).append((p.name, q))
        return out

    def transfer_to(self, other, sku, qty):
        self.ship(sku, qty)
        try:
            other.receive(sku, qty)
        except Exception:
            self.receive(sku, qty)
            raise


catalog = """
T100, hammer, 12.5, tools
T200, wrench, 8.99, tools
Y300, yo-yo, 3.25, toys
M400, tape, 2.1, misc
"""
for line in catalog.strip().splitlines():
    print(Product.from_csv(line))
milk = Perishable("F500", "milk", 1.49, 7)
bread = Perishable("F600", "bread", 2.75, 3)
print(milk, bread, isinstance(milk, Product), milk == Product.lookup("F500"))

main = Warehouse("main")
north = Warehouse("north", reorder_level=3)
for sku, qty in [("T100", 20), ("T200", 4), ("Y300", 50), ("F500", 12), ("F600", 2), ("T100", 5)]:
    print(f"receive {sku} x{qty} -> {main.receive(sku, qty)}")
print("units:", len(main), "value:", Product.format_price(main.value()))
print("hammer in main:", Product.lookup("T100") in main, "tape in main:", Product.lookup("M400") in main)

orders = [("T100", 3), ("F600", 5), ("Z999", 1), ("Y300", 49), ("T200", 0), ("F500", 12)]
for sku, qty in orders:
    try:
        left = main.ship(sku, qty)
        print(f"shipped {sku} x{qty}, {left} left")
    except OutOfStock as e:
        print("OutOfStock:", e, (e.wanted - e.have))
    except InventoryError as e:
        print("InventoryError:", e)

main.transfer_to(north, "T100", 10)
try:
    main.transfer_to(north, "T200", 99)
except OutOfStock as e:
    print("transfer failed:", e)
print("main hammers:", main[Product.lookup("T100")], "north hammers:", north[Product.lookup("T100")])
print("reorder main:", main.reorder_report())
print("reorder north:", north.reorder_report())
print("by category:", main.by_category())

for bad in [lambda: setattr(milk, "price", -1), lambda: Product("X1", "thing", 1, "weapons"),
            lambda: main.receive("T100", -2)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
milk.price = 1.555
print("milk price now", milk.price, Product.format_price(1234567.891))
print("receive doc:", Warehouse.receive.__doc__, "| name:", Warehouse.receive.__name__)
print("audit trail:")
for entry in AUDIT:
    print("  " + entry)
stock_table = sorted(((p.name, q) for p, q in main), key=lambda t: (-t[1], t[0]))
print(stock_table)
print(len(set(Product._registry.values())), len(Product._registry))
