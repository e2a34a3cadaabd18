path = r'C:\'
