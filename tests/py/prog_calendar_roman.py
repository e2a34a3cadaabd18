# Dates and numbers: day of week by Zeller's congruence and by counting
# days, leap years, days between dates, a month calendar printed like
# `cal`, ISO week numbers, roman numerals both ways with validation, and
# numbers spelled out in English.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def ordinal(y, m, d):
    """Days since 0001-01-01 (day 1), like date.toordinal."""
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    days += sum(days_in_month(y, k) for k in range(1, m))
    return days + d


def weekday(y, m, d):
    return (ordinal(y, m, d) - 1) % 7


def zeller(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 3, 1), (2038, 1, 19), (1, 1, 1)]:
    assert weekday(*date) == zeller(*date)
    print(f"{date[0]:04}-{date[1]:02}-{date[2]:02} is a {DAYS[weekday(*date)]}")
print([y for y in range(1896, 1912) if is_leap(y)], is_leap(2000), is_leap(2100))
print("days from moon landing to Y2K:", ordinal(2000, 1, 1) - ordinal(1969, 7, 20))


def calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20).rstrip(), "Mo Tu We Th Fr Sa Su"]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]).rstrip())
    return "\n".join(lines)


print(calendar(2024, 2))
print(calendar(2023, 10))


def iso_week(y, m, d):
    wd = weekday(y, m, d)
    thursday = ordinal(y, m, d) - wd + 3
    year = y
    if thursday < ordinal(y, 1, 1):
        year -= 1
    elif thursday >= ordinal(y + 1, 1, 1):
        year += 1
    return year, (thursday - ordinal(year, 1, 1)) // 7 + 1, wd + 1


print([iso_week(*d) for d in [(2024, 1, 1), (2021, 1, 3), (2020, 12, 31), (2026, 12, 31), (2027, 1, 1)]])
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
         (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} cannot be written in roman numerals")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        if ch not in values:
            raise ValueError(f"invalid roman digit {ch!r}")
        v = values[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    if to_roman(total) != s.upper():
        raise ValueError(f"non-canonical numeral {s!r} (canonical: {to_roman(total)})")
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    assert from_roman(r) == n
    print(n, r)
for bad in ["IIII", "IC", "ABC", "MMMM"]:
    try:
        from_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    to_roman(0)
except ValueError as e:
    print("ValueError:", e)
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
       "seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (100, "hundred")]


def spell(n):
    if n < 0:
        return "minus " + spell(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    for value, name in SCALES:
        if n >= value:
            q, r = divmod(n, value)
            head = spell(q) + " " + name
            if not r:
                return head
            return head + (" and " if r < 100 else ", " if value > 100 else " ") + spell(r)


for n in [0, 7, 13, 21, 100, 101, 342, 1000, 1001, 12345, 1000000, 2024000017, -45]:
    print(n, spell(n))
