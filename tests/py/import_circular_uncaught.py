# The circular import message, uncaught.
import imppkg.circ_a
