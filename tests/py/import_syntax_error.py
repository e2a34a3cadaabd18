# A syntax error in an imported module is printed with its location.
print("start")
import imppkg.bad_syntax
