# An exception raised in a finally body run for another exception gets that
# exception as its __context__.


def cleanup(resource):
    raise RuntimeError("cleanup of " + resource + " failed")


def work():
    try:
        {}["missing"]
    finally:
        cleanup("db")


work()
