def parse(token):
    match token:
        case str(text):
            return text
        case int(value,
                 base):
            return value


print(parse("x"))
parse(12)
