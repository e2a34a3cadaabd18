# Caret lines under source with non-ASCII characters (wide CJK, accents,
# emoji): CPython 3.11 places the markers by character width as it
# computes it; also an error deep inside a long line.
données = {"clé": [1, 2]}
名前 = "値"


def ok():
    return données["clé"][0] + len(名前)


print(ok())
résultat = données["clé"][0] + données["clé"][1] + données["clé"][2] + len("🐍🐍") + 名前.index("x")
