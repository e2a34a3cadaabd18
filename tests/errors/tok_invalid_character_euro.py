price = 3 € 4
