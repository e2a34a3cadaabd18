# An exception raised in a finally block while another propagates: the
# first becomes the __context__ of the second; a nested function call in
# the finally block shows its own frame.
def cleanup(resource):
    resource["closed"] = True
    raise OSError(f"cannot close {resource['name']}")


def work():
    res = {"name": "db", "closed": False}
    try:
        return [1, 2, 3][5]
    finally:
        cleanup(res)


work()
