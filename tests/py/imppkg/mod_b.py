print("mod_b running")
thing = "b-thing"
counter = 0

def bump():
    global counter
    counter += 1
    return counter
