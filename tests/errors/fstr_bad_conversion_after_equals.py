s = f'{x=!k}'
