# quit("text") prints the text to stderr and ends with status 1.
print("before")
quit("goodbye from quit")
