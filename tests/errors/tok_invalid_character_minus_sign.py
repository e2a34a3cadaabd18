x = a − b
