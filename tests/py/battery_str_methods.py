# A battery of str method calls and %-formatting corners, each printed with
# its repr or its exception (type and message).
tests = [
 # str methods corner cases
 "'abc'.center(8, '*')", "'abc'.center(2)", "'ab'.center(5, 'xy')", "'x'.ljust(3, '')", "'a\\tb\\tc'.expandtabs(4)",
 "'a\\tb'.expandtabs(0)", "'a\\tb'.expandtabs(-1)", "'a\\r\\nb\\rc\\nd'.splitlines()", "'a\\r\\nb'.splitlines(True)",
 "'a\\x0bb\\x1cc\\u2028d'.splitlines()", "''.splitlines()", "'a,b,,c'.split(',', 1)", "'  a  b  '.split(None, 1)",
 "'a b c'.rsplit(None, 1)", "'abc'.split('')", "'aaa'.replace('a', 'b', 2)", "'abc'.replace('', '-')",
 "'abc'.replace('', '-', 2)", "'abc'.partition('')", "'abcabc'.rpartition('b')", "'abc'.rpartition('x')",
 "'hello'.find('l', -2)", "'hello'.rfind('l', 0, 3)", "'hello'.index('z')", "'hello'.rindex('l', 10)",
 "'hello'.count('')", "'hello'.count('l', 3)", "'aaaa'.count('aa')", "'abc'.startswith(('x', 'a'))",
 "'abc'.startswith('b', 1)", "'abc'.endswith('bc', 0, 2)", "'abc'.startswith(['a'])", "'abc'.endswith(('',))",
 "'Hello World'.swapcase()", "'hello world'.title()", "\"they're bill's\".title()", "'ﬁ'.upper()", "'ß'.upper()",
 "'İ'.lower()", "'ΣΑΣ'.lower()", "'hello'.capitalize()", "'HELLO wORLD'.capitalize()", "'ǆ'.capitalize()",
 "'abc'.zfill(6)", "'-42'.zfill(6)", "'+x'.zfill(4)", "''.zfill(3)", "'abc'.zfill(-1)", "'a'.join('xyz')",
 "''.join([])", "','.join(['a', 1])", "','.join('a')", "'x'.join([b'a'])", "'%s' % ()", "'%s %s' % ('a',)",
 "'%(a)s %(b)d' % {'a': 1, 'b': 2}", "'%(a)s' % {}", "'%d' % 'x'", "'%c' % 65", "'%c' % 'ab'", "'%c' % 0x110000",
 "'%5.2s|' % 'abc'", "'%-6d|' % 42", "'%+.3e' % 12345.678", "'%#x %#o' % (255, 8)", "'%%' % ()", "'%' % ()",
 "'%z' % 1", "'%s' % [1]", "'%s' % (1, 2)", "'abc' % ()", "'%*d' % (5, 3)", "'%.*f' % (2, 3.14159)",
 "'%i' % 3.9", "'%x' % 3.5", "'%o' % -8", "'%e' % 0", "'%g' % 0.00001", "'%G' % 1e100", "'%a' % 'é'",
 "'%r' % 'x'", "'%5%' % ()", "'%s' % {'a': 1}", "'%(x)s %s' % {'x': 1}",
 "'abc'.removeprefix('ab')", "'abc'.removesuffix('x')", "'abcba'.strip('ab')", "'xxhixx'.lstrip('x')",
 "'  \\t\\n hi \\x0c'.strip()", "'abc'.strip(None)", "'abc'.strip(1)", "'hello'.translate({ord('l'): 'L', ord('o'): None})",
 "'abc'.translate({97: 120, 98: 'yy'})", "str.maketrans('ab', 'xy')", "str.maketrans({'a': 1})", "str.maketrans('a', 'bc')",
 "str.maketrans('ab', 'xy', 'c')", "'abc'.translate(str.maketrans('', '', 'b'))", "'abc'.encode('ascii')",
 "'é'.encode('ascii', 'replace')", "'é'.encode('ascii', 'ignore')", "'é'.encode('ascii', 'xmlcharrefreplace')",
 "'é'.encode('ascii', 'backslashreplace')", "'é'.encode('ascii')", "'é'.encode('latin-1')", "'€'.encode('latin-1')",
 "'a'.encode('nope')", "'abc'.isidentifier()", "'1abc'.isidentifier()",
 "'_'.isidentifier()", "''.isidentifier()", "'ab c'.isalnum()", "'²'.isdigit()", "'²'.isdecimal()", "' '.isspace()",
 "''.isspace()", "'\\x1f'.isprintable()", "'Ab'.istitle()", "'AB1'.isupper()", "'1'.islower()", "'ascii'.isascii()",
 "'é'.isascii()", "'abc'[::-1]", "'abc'[5:1:-1]", "'abcdef'[-100:100:2]", "'abc' * -1", "'abc' * 0",
 "'a' < 'B'", "'abc' < 'abd'", "'' < 'a'", "'a' in 'abc'", "'' in ''", "1 in 'abc'", "'abc'.index('c', -1)",
 "len('é𝄞')", "'𝄞'.encode('utf-8')", "'a' + 1", "1 + 'a'", "'a' * 'b'", "'abc'.split(' ', -5)",
 "'a b'.split(maxsplit=0)", "'a  b'.split(' ')", "'abc'.casefold()", "'ﬀ'.casefold()", "'ΣΑ'.casefold()",
 "'abc'.format_map({})", "'{a}'.format_map({'a': 5})", "'{a}'.format_map([])", "'{0!r:^9}'.format('x')",
 "str(b'ab', 'ascii')", "str(b'\\xff', 'utf-8', 'replace')", "str(b'\\xff', 'utf-8')", "str(1, 'utf-8')",
 "str(errors='strict')", "str(object=5)", "str('a', 'b', 'c', 'd')", "repr('a\\'b\"c')", "repr('\\x00\\x7f\\x80\\xff')",
 "repr('\\u200b\\u3000é𝄞\\ud800')", "ascii('é𝄞\\n')", "repr(\"'\")", "repr('\\'\"')",
]
for t in tests:
    try:
        r = repr(eval(t))
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(f"{t} -> {r}")
