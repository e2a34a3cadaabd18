# A dotted name in a pattern is a value looked up when the case is tried.
handler = print


def dispatch(event):
    match event:
        case "quit":
            return "bye"
        case handler.missing_attribute:
            return "matched"


print(dispatch("quit"))
dispatch("other")
