s = f'{x # comment}'
