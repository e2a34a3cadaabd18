# An uncaught exception of a user class with several arguments, a custom
# __str__ using them, a __notes__ list added with add_note, and a module
# name shown as __main__ in the final line only for classes not builtin.
class HTTPError(Exception):
    def __init__(self, status, reason, url):
        super().__init__(status, reason, url)
        self.status, self.reason, self.url = status, reason, url

    def __str__(self):
        return f"{self.status} {self.reason} for {self.url}"


def fetch(url):
    err = HTTPError(404, "Not Found", url)
    err.add_note("while fetching the index")
    err.add_note("retries: 3")
    raise err


fetch("http://example.invalid/index.html")
