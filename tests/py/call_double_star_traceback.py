# A repeated keyword through ** raises at the call, naming the function.


def configure(**options):
    return options


defaults = {"debug": False}
print(configure(**defaults, level=1))
configure(debug=True, **defaults)
