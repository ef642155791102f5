# A text adventure driven by a scripted list of commands: rooms, items, a state machine for
# the player and a small command parser with aliases.
class GameOver(Exception):
    def __init__(self, won, reason):
        super().__init__(reason)
        self.won = won


class CommandError(Exception):
    pass


class Item:
    def __init__(self, name, description, weight=1, usable=False):
        self.name = name
        self.description = description
        self.weight = weight
        self.usable = usable

    def __repr__(self):
        return f"Item({self.name!r})"


class Room:
    def __init__(self, name, description, dark=False):
        self.name = name
        self.description = description
        self.exits = {}
        self.items = {}
        self.locked = {}
        self.dark = dark

    def connect(self, direction, other, back=None, locked_by=None):
        self.exits[direction] = other
        if locked_by:
            self.locked[direction] = locked_by
        if back:
            other.exits[back] = self

    def add(self, *items):
        for it in items:
            self.items[it.name] = it


class Player:
    MAX_WEIGHT = 6
    STATES = ("exploring", "fighting", "fleeing", "dead", "victorious")

    def __init__(self, room):
        self.room = room
        self.inventory = {}
        self.state = "exploring"
        self.hp = 10
        self.moves = 0
        self.visited = [room.name]

    @property
    def load(self):
        return sum(it.weight for it in self.inventory.values())

    def transition(self, new_state):
        allowed = {
            "exploring": {"fighting", "victorious", "dead"},
            "fighting": {"exploring", "fleeing", "dead"},
            "fleeing": {"exploring", "dead"},
        }
        if new_state not in allowed.get(self.state, set()):
            raise CommandError(f"cannot go from {self.state} to {new_state}")
        print(f"    [state] {self.state} -> {new_state}")
        self.state = new_state


class Game:
    ALIASES = {"n": "go north", "s": "go south", "e": "go east", "w": "go west",
               "u": "go up", "d": "go down", "i": "inventory", "l": "look"}

    def __init__(self):
        hall = Room("hall", "A dusty entrance hall.")
        library = Room("library", "Shelves of rotting books.")
        cellar = Room("cellar", "It is pitch black.", dark=True)
        vault = Room("vault", "Gold glitters everywhere.")
        tower = Room("tower", "Wind howls through the arrow slits.")
        hall.connect("east", library, back="west")
        hall.connect("down", cellar, back="up")
        cellar.connect("north", vault, back="south", locked_by="key")
        library.connect("up", tower, back="down")
        hall.add(Item("lamp", "A brass oil lamp.", 2, usable=True))
        library.add(Item("book", "A heavy tome.", 4), Item("scroll", "It reads: 'the key lies above'."))
        tower.add(Item("key", "A small iron key.", 1))
        cellar.add(Item("sword", "A notched sword.", 3))
        vault.add(Item("crown", "The lost crown!", 2))
        self.player = Player(hall)
        self.lamp_lit = False
        self.troll_alive = True

    def can_see(self):
        return not self.player.room.dark or self.lamp_lit

    def describe(self):
        room = self.player.room
        if not self.can_see():
            return f"{room.name}: {room.description} You might be eaten by a grue."
        items = ", ".join(sorted(room.items)) or "nothing"
        exits = ", ".join(sorted(room.exits))
        return f"{room.name}: {room.description} Items: {items}. Exits: {exits}."

    def parse(self, line):
        line = self.ALIASES.get(line.strip().lower(), line.strip().lower())
        verb, _, rest = line.partition(" ")
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            raise CommandError(f"I don't know how to '{verb}'")
        return handler, rest

    def do_look(self, arg):
        if arg:
            it = self.player.inventory.get(arg) or (self.can_see() and self.player.room.items.get(arg))
            if not it:
                raise CommandError(f"there is no {arg} here")
            return it.description
        return self.describe()

    def do_go(self, direction):
        p = self.player
        if p.state == "fighting":
            p.transition("fleeing")
        if direction not in p.room.exits:
            raise CommandError(f"you can't go {direction}")
        need = p.room.locked.get(direction)
        if need and need not in p.inventory:
            raise CommandError(f"the way {direction} is locked")
        if need:
            del p.room.locked[direction]
            print(f"    you unlock the door with the {need}")
        p.room = p.room.exits[direction]
        p.moves += 1
        if p.room.name not in p.visited:
            p.visited.append(p.room.name)
        if p.state == "fleeing":
            p.transition("exploring")
        if p.room.name == "vault" and self.troll_alive:
            p.transition("fighting")
            return "A troll blocks the crown! " + self.describe()
        return self.describe()

    def do_take(self, name):
        p = self.player
        if not self.can_see():
            raise CommandError("it is too dark to find anything")
        if name == "all":
            taken = []
            for n in sorted(p.room.items):
                try:
                    self.do_take(n)
                    taken.append(n)
                except CommandError as e:
                    print(f"    ({n}: {e})")
            return "taken: " + (", ".join(taken) or "nothing")
        item = p.room.items.get(name)
        if item is None:
            raise CommandError(f"there is no {name} here")
        if p.load + item.weight > p.MAX_WEIGHT:
            raise CommandError(f"the {name} is too heavy (carrying {p.load})")
        p.inventory[name] = p.room.items.pop(name)
        if name == "crown":
            p.transition("victorious")
            raise GameOver(True, "you hold the lost crown aloft")
        return f"you take the {name}"

    def do_drop(self, name):
        p = self.player
        if name not in p.inventory:
            raise CommandError(f"you have no {name}")
        p.room.add(p.inventory.pop(name))
        return f"dropped {name}"

    def do_inventory(self, _):
        inv = self.player.inventory
        if not inv:
            return "you carry nothing"
        return "you carry: " + ", ".join(f"{n}({it.weight})" for n, it in sorted(inv.items()))

    def do_use(self, name):
        if name not in self.player.inventory:
            raise CommandError(f"you have no {name}")
        if name == "lamp":
            self.lamp_lit = not self.lamp_lit
            return "the lamp is now " + ("lit" if self.lamp_lit else "dark")
        raise CommandError(f"you can't use the {name}")

    def do_attack(self, _):
        p = self.player
        if p.state != "fighting":
            raise CommandError("there is nothing to attack")
        if "sword" in p.inventory:
            self.troll_alive = False
            p.transition("exploring")
            return "you slay the troll!"
        p.hp -= 6
        if p.hp <= 0:
            p.transition("dead")
            raise GameOver(False, "the troll crushes you")
        return f"your fists do nothing; the troll hits back (hp {p.hp})"

    def run(self, script):
        print(self.describe())
        for n, line in enumerate(script, 1):
            print(f"> {line}")
            try:
                handler, arg = self.parse(line)
                print("    " + handler(arg))
            except CommandError as e:
                print(f"    ! {e}")
            except GameOver as over:
                verdict = "WON" if over.won else "LOST"
                print(f"*** {verdict}: {over} after {n} commands, {self.player.moves} moves ***")
                return over.won
        print("*** script ended ***")
        return None


script = ["look", "take lamp", "dance", "d", "take sword", "use lamp", "take sword", "l",
          "n", "u", "e", "take all", "drop book", "u", "take key", "look key", "d", "w", "d",
          "n", "i", "attack", "take crown"]
result = Game().run(script)
print("result:", result)

print("--- second playthrough ---")
g = Game()
result = g.run(["d", "use lamp", "use lamp", "use lamp", "i", "u", "e", "u", "take key",
                "d", "w", "d", "n", "attack", "s", "n", "attack", "attack"])
print("result:", result, "visited:", g.player.visited, "state:", g.player.state)
print("--- third playthrough ---")
print("result:", Game().run(["e", "look scroll", "take scroll", "look scroll", "w", "w"]))
