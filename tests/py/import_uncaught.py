# An uncaught import error prints the import chain.
import imppkg
print("before")
import imppkg.uses_missing
