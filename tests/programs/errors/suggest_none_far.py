# No candidate within a third of the characters: no suggestion.
alpha = 1
print(zzzzzz)
