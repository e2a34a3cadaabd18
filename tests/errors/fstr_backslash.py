s = f'{x\n}'
