# Title case of letters whose title form is not their upper case; cased vs alphabetic words.
print("ß straße ﬁsh ǆemal ǉubljana".title(), "ßa".capitalize(), "ǅ".istitle(), "ǅa Ǉb".istitle())
print("hello wörld 3rd they're".title(), "aא b".title())
# Whitespace splits keep the outer whitespace of the unsplit rest; \x1c-\x1f are whitespace.
print('a b  '.split(None, 1), '  a b'.rsplit(None, 1), ' a b c '.split(None, 2), ' a b c '.rsplit(None, 2))
print('\x1ca\x1fb\x1d'.split(), repr('\x1c x \x1f'.strip()), '\u2028x\x00\u2028Ab c\n'.rsplit(None, 2))
print('  '.split(None, 0), ' a '.split(None, 0), ' a '.rsplit(None, 0), ''.split(None, 1), 'a\u200bb'.split())
# Bounds past the end: not even the empty string is found there.
print(''.count('', 0, 0), 'ab'.count('', 2), 'ab'.count('', 3), 'ab'.count('', 5, 1), 'ab'.find('', 3))
print('ab'.find('', 2), 'ab'.startswith('', 3), 'ab'.startswith('', 2), 'ab'.endswith('', 1, 0), 'ab'.endswith(('x', ''), 3))
print("abc".isprintable(), "a\tb".isprintable(), "é\u00a0".isprintable(), "".isprintable(), "\u2028".isprintable())
