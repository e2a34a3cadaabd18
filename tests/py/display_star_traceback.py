# A ** in a dict display that is not a mapping.
settings = {
    "name": "x",
    **None,
}
