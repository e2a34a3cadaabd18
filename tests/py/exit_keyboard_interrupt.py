# KeyboardInterrupt raised by hand and not caught: traceback and status 1
# (the signal-style 130 applies only to a real SIGINT).
def loop():
    for i in range(3):
        print("tick", i)
    raise KeyboardInterrupt


loop()
