s = f'{import}'
