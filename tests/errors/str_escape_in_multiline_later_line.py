s = '''line one
line \N{NOPE} two'''
