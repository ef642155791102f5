# A realistic aligned report.
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 199.99), ("Bolt", 250, 0.04),
        ("Nut", 1000, 0.015)]
header = f"{'Item':<12}{'Qty':>6}{'Price':>10}{'Total':>12}"
print(header)
print("-" * len(header))
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>6}{price:>10.2f}{total:>12,.2f}")
print("-" * len(header))
print(f"{'TOTAL':<12}{'':>6}{'':>10}{grand:>12,.2f}")
qty_total = 0
for r in rows:
    qty_total += r[1]
print(f"{'avg qty':<12}{qty_total / len(rows):>6.1f}")
for i in range(0, 101, 25):
    bar = "#" * (i // 5)
    print(f"{i:3d}% |{bar:<20}|")
