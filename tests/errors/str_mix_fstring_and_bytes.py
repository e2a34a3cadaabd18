s = f'abc' b'def'
