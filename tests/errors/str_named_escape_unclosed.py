s = '\N{DIGIT ONE'
