s = 'abc\N'
