# A misspelled class attribute and a name with no close candidate.
class Config:
    timeout = 30
    retries = 2

print(Config.timeout)
try:
    zzzzzzzz
except NameError as e:
    print(repr(e))
print(Config.retires)
