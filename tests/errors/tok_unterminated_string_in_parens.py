print('abc,
      'def')
