# A library lending system: books and copies, members with borrowing limits, holds queues,
# due dates and fines, with a simulated calendar (day numbers) and custom exceptions.
class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    pass


class LimitReached(LibraryError):
    def __init__(self, member):
        super().__init__(f"{member.name} already has {len(member.loans)} loans (limit {member.limit})")


class HasFines(LibraryError):
    pass


class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year

    def __repr__(self):
        return f"{self.title!r} ({self.author}, {self.year})"


class Copy:
    _counter = {}

    def __init__(self, book):
        n = Copy._counter.get(book.isbn, 0) + 1
        Copy._counter[book.isbn] = n
        self.book = book
        self.copy_id = f"{book.isbn}-{n}"
        self.loan = None

    @property
    def available(self):
        return self.loan is None


class Member:
    limit = 2
    loan_days = 14
    fine_per_day = 0.25

    def __init__(self, name):
        self.name = name
        self.loans = []
        self.fines = 0.0
        self.history = []

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Student(Member):
    limit = 3
    loan_days = 21


class Staff(Member):
    limit = 5
    loan_days = 28
    fine_per_day = 0.0


class Loan:
    def __init__(self, copy, member, day):
        self.copy, self.member = copy, member
        self.start = day
        self.due = day + member.loan_days
        self.renewals = 0

    def overdue_days(self, today):
        return max(0, today - self.due)


class Library:
    def __init__(self):
        self.catalog = {}
        self.copies = {}
        self.members = {}
        self.holds = {}
        self.today = 1
        self.events = []

    def log(self, msg):
        self.events.append(f"day {self.today:2}: {msg}")

    def add_book(self, book, n_copies=1):
        self.catalog[book.isbn] = book
        self.copies.setdefault(book.isbn, []).extend(Copy(book) for _ in range(n_copies))

    def join(self, member):
        self.members[member.name] = member
        return member

    def search(self, text):
        text = text.lower()
        return sorted((b for b in self.catalog.values()
                       if text in b.title.lower() or text in b.author.lower()),
                      key=lambda b: b.year)

    def available_copy(self, isbn):
        return next((c for c in self.copies[isbn] if c.available), None)

    def checkout(self, name, isbn):
        member = self.members[name]
        if member.fines > 0:
            raise HasFines(f"{name} owes ${member.fines:.2f}")
        if len(member.loans) >= member.limit:
            raise LimitReached(member)
        queue = self.holds.get(isbn, [])
        if queue and queue[0] != name:
            raise NotAvailable(f"{self.catalog[isbn].title!r} is on hold for {queue[0]}")
        copy = self.available_copy(isbn)
        if copy is None:
            raise NotAvailable(f"no copy of {self.catalog[isbn].title!r} is available")
        if queue:
            queue.pop(0)
        loan = Loan(copy, member, self.today)
        copy.loan = loan
        member.loans.append(loan)
        member.history.append(isbn)
        self.log(f"{name} borrows {copy.copy_id}, due day {loan.due}")
        return loan

    def checkin(self, copy_id):
        for copies in self.copies.values():
            for c in copies:
                if c.copy_id == copy_id and c.loan:
                    loan, c.loan = c.loan, None
                    loan.member.loans.remove(loan)
                    late = loan.overdue_days(self.today)
                    fine = late * loan.member.fine_per_day
                    loan.member.fines += fine
                    self.log(f"{loan.member.name} returns {copy_id}"
                             + (f", {late} days late, fine ${fine:.2f}" if late else ""))
                    waiting = self.holds.get(c.book.isbn)
                    if waiting:
                        self.log(f"notify {waiting[0]}: {c.book.title!r} is ready")
                    return fine
        raise LibraryError(f"copy {copy_id} is not on loan")

    def place_hold(self, name, isbn):
        queue = self.holds.setdefault(isbn, [])
        if name in queue:
            raise LibraryError(f"{name} already holds {isbn}")
        queue.append(name)
        self.log(f"{name} places hold on {isbn} (position {len(queue)})")

    def renew(self, name, copy_id):
        member = self.members[name]
        for loan in member.loans:
            if loan.copy.copy_id == copy_id:
                if self.holds.get(loan.copy.book.isbn):
                    raise NotAvailable("cannot renew: others are waiting")
                if loan.renewals >= 1:
                    raise LibraryError("already renewed once")
                loan.renewals += 1
                loan.due += member.loan_days
                self.log(f"{name} renews {copy_id}, now due day {loan.due}")
                return loan.due
        raise LibraryError(f"{name} has no loan {copy_id}")

    def pay(self, name, amount):
        m = self.members[name]
        paid = min(amount, m.fines)
        m.fines = round(m.fines - paid, 2)
        self.log(f"{name} pays ${paid:.2f}, owes ${m.fines:.2f}")

    def advance(self, days):
        self.today += days

    def overdue_report(self):
        rows = []
        for m in self.members.values():
            for loan in m.loans:
                late = loan.overdue_days(self.today)
                if late:
                    rows.append((late, m.name, loan.copy.copy_id))
        return sorted(rows, reverse=True)


lib = Library()
lib.add_book(Book("111", "Dune", "Frank Herbert", 1965), 2)
lib.add_book(Book("222", "Neuromancer", "William Gibson", 1984))
lib.add_book(Book("333", "Hyperion", "Dan Simmons", 1989))
lib.add_book(Book("444", "Foundation", "Isaac Asimov", 1951), 3)
ann = lib.join(Member("ann"))
ben = lib.join(Student("ben"))
cat = lib.join(Staff("cat"))
print("search 'an':", lib.search("an"))
print("search 'gibson':", lib.search("gibson"))


def attempt(action, *args):
    try:
        result = action(*args)
        return result
    except LibraryError as e:
        print(f"  {action.__name__}{args} failed: {type(e).__name__}: {e}")


attempt(lib.checkout, "ann", "111")
attempt(lib.checkout, "ben", "111")
attempt(lib.checkout, "cat", "111")
attempt(lib.place_hold, "cat", "111")
attempt(lib.place_hold, "cat", "111")
attempt(lib.checkout, "ann", "222")
attempt(lib.checkout, "ann", "333")
lib.advance(10)
attempt(lib.renew, "ann", "222-1")
attempt(lib.renew, "ann", "222-1")
attempt(lib.renew, "ben", "111-2")
lib.advance(10)
print("overdue on day", lib.today, lib.overdue_report())
attempt(lib.checkin, "111-1")
attempt(lib.checkout, "ben", "111")
attempt(lib.checkout, "cat", "111")
attempt(lib.checkout, "ann", "444")
lib.advance(15)
print("overdue on day", lib.today, lib.overdue_report())
for cid in ["111-2", "222-1", "999-9", "111-1"]:
    fine = attempt(lib.checkin, cid)
    if fine is not None:
        print(f"  fine for {cid}: {fine:.2f}")
for m in lib.members.values():
    print(f"  {m!r:14} loans={[l.copy.copy_id for l in m.loans]} fines={m.fines:.2f} limit={m.limit}")
attempt(lib.checkout, "ann", "444")
lib.pay("ann", 1.0)
attempt(lib.checkout, "ann", "444")
lib.pay("ann", 10)
attempt(lib.checkout, "ann", "444")
for isbn in ["444", "444", "444"]:
    attempt(lib.checkout, "cat", isbn)
attempt(lib.checkout, "cat", "333")
attempt(lib.checkout, "cat", "222")
print("events:")
for e in lib.events:
    print("  " + e)
print("histories:", {m.name: m.history for m in lib.members.values()})
busiest = max(lib.catalog.values(), key=lambda b: sum(h.count(b.isbn) for h in (m.history for m in lib.members.values())))
print("most borrowed:", busiest)
