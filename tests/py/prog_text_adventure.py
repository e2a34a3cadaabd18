# A text adventure engine: rooms connected by exits (a dict graph, no
# back-references between objects), items with properties, a command
# parser with synonyms and two-word commands, an inventory with weight
# limits, locked doors opened by keys, a scripted walkthrough, and a score.
ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of old books.", "exits": {"south": "hall", "up": "attic"}, "items": ["book", "key"],
                "locked": {"up": "key"}},
    "kitchen": {"desc": "It smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread", "anvil"]},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["coin"], "dark": True},
    "attic": {"desc": "A chest sits here.", "exits": {"down": "library"}, "items": ["crown"]},
}
ITEMS = {"lamp": 2, "book": 3, "key": 1, "bread": 1, "anvil": 50, "coin": 1, "crown": 4}
TREASURES = {"coin": 10, "crown": 50}
SYNONYMS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down", "get": "take",
            "grab": "take", "i": "inventory", "inv": "inventory", "l": "look", "x": "examine"}


class Game:
    MAX_WEIGHT = 10

    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.rooms = {name: dict(data, items=list(data["items"]), locked=dict(data.get("locked", {})))
                      for name, data in ROOMS.items()}
        self.moves = 0
        self.output = []

    def say(self, text):
        self.output.append(text)

    def lit(self):
        return not self.rooms[self.room].get("dark") or "lamp" in self.inventory

    def look(self):
        r = self.rooms[self.room]
        if not self.lit():
            self.say("It is pitch dark.")
            return
        self.say(f"[{self.room}] {r['desc']} Exits: {', '.join(sorted(r['exits']))}.")
        if r["items"]:
            self.say("You see: " + ", ".join(r["items"]) + ".")

    def weight(self):
        return sum(ITEMS[i] for i in self.inventory)

    def command(self, line):
        words = [SYNONYMS.get(w, w) for w in line.lower().split() if w not in ("the", "a", "go")]
        if not words:
            self.say("Pardon?")
            return
        verb, rest = words[0], words[1:]
        if verb in ("north", "south", "east", "west", "up", "down"):
            rest, verb = [verb], "move"
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            self.say(f"I don't know how to {verb!r}.")
            return
        self.moves += 1
        try:
            handler(*rest)
        except TypeError:
            self.say(f"{verb} what?")

    def do_look(self):
        self.look()

    def do_move(self, direction):
        r = self.rooms[self.room]
        if direction not in r["exits"]:
            self.say("You can't go that way.")
            return
        key = r["locked"].get(direction)
        if key:
            self.say(f"The way {direction} is locked.")
            return
        self.room = r["exits"][direction]
        self.look()

    def do_take(self, item):
        r = self.rooms[self.room]
        if not self.lit():
            self.say("You fumble in the dark.")
        elif item not in r["items"]:
            self.say(f"There is no {item} here.")
        elif self.weight() + ITEMS[item] > self.MAX_WEIGHT:
            self.say(f"The {item} is too heavy.")
        else:
            r["items"].remove(item)
            self.inventory.append(item)
            self.say(f"Taken: {item}.")

    def do_drop(self, item):
        if item not in self.inventory:
            self.say(f"You have no {item}.")
            return
        self.inventory.remove(item)
        self.rooms[self.room]["items"].append(item)
        self.say(f"Dropped: {item}.")

    def do_unlock(self, direction):
        r = self.rooms[self.room]
        key = r["locked"].get(direction)
        if key is None:
            self.say("Nothing to unlock there.")
        elif key not in self.inventory:
            self.say(f"You need the {key}.")
        else:
            del r["locked"][direction]
            self.say(f"You unlock the way {direction}.")

    def do_inventory(self):
        self.say(f"You carry: {', '.join(self.inventory) or 'nothing'} (weight {self.weight()}/{self.MAX_WEIGHT}).")

    def do_examine(self, item):
        known = item in self.inventory or item in self.rooms[self.room]["items"]
        self.say(f"A {item} weighing {ITEMS[item]}." if known else f"You see no {item}.")

    def score(self):
        return sum(TREASURES.get(i, 0) for i in self.inventory) - self.moves // 5


game = Game()
game.look()
script = ["take lamp", "n", "up", "get the key", "unlock up", "u", "take crown", "i", "d", "s", "e", "take anvil",
          "grab bread", "d", "take coin", "inventory", "x coin", "x unicorn", "dance", "take", "", "drop book",
          "drop bread", "w", "go west"]
for line in script:
    game.say(f"> {line}")
    game.command(line)
print("\n".join(game.output))
print("score:", game.score(), "moves:", game.moves, "room:", game.room)
