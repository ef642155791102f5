# textwrap: wrap/fill/shorten with the options, hyphen and em-dash chunking, sentence
# endings, max_lines and placeholders, long words; dedent and indent.
import textwrap

text = ("The well-known x-ray machine -- a co-operative e-mail gadget -- works "
        "supercalifragilisticexpialidociously well.  Really!  Ask Mr. Smith; e.g. him.")
for width in (10, 20, 35, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 15, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 25, fix_sentence_endings=True))
print(textwrap.wrap(text, 25, max_lines=2), textwrap.wrap(text, 25, max_lines=3, placeholder=" ..."))
print(textwrap.wrap("a\tb\tc\nd  e", 8, expand_tabs=False), textwrap.wrap("a\tb", 20, tabsize=4))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.shorten("Hello  world!  How are   you?", 15), textwrap.shorten("abc", 8))
print(textwrap.shorten("Lorem ipsum dolor sit amet", 12, placeholder="~"))
w = textwrap.TextWrapper(width=16, subsequent_indent="> ")
print(w.wrap("one two three four five six seven"), w.fill("x-y-z alpha-beta-gamma"))
print(repr(textwrap.dedent("""
    def f():
        return 1
      \t
    # done
""")))
print(repr(textwrap.dedent("\tx\n\ty\n")), repr(textwrap.dedent("  a\n\tb")))
print(repr(textwrap.indent("one\n\ntwo\n", "> ")))
print(repr(textwrap.indent("one\n  \ntwo", "+ ", lambda line: True)))
for bad in (0, -1):
    try:
        textwrap.wrap("abc", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    textwrap.wrap("abc def", 4, max_lines=1, placeholder=" [...]")
except ValueError as e:
    print("ValueError", e)
