# Errors of the conversions, caught and printed.
for text in ("12", " 7 ", "1_000", "x1", "", "3.5"):
    try:
        print(int(text))
    except ValueError as e:
        print("ValueError:", e)
for text in ("1.5", "inf", "nan", "1e400", "abc"):
    try:
        print(float(text))
    except ValueError as e:
        print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
