from string import Template

t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(Template('${noun}ification costs $$5').substitute(noun='simpl'))
print(Template('$a$b ${a}x $').safe_substitute(a=1))
print(Template('$missing and $who').safe_substitute(who='me'))
print(Template('no placeholders').substitute())
print(Template('$x $x $y').get_identifiers(), Template('${a} $b $$c $').get_identifiers())
print(Template('ok $x').is_valid(), Template('bad $ x').is_valid(), Template('bad ${x').is_valid())
print(t.template)
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
for bad in ['cost: $ 5', 'line1\nline2 $!', '${1abc}', 'end $']:
    try:
        Template(bad).substitute()
    except ValueError as e:
        print('ValueError', e)

class PctTemplate(Template):
    delimiter = '%'

print(PctTemplate('%name is %age years, 100%%').substitute(name='Bo', age=7))
print(Template('$n items at $$${price}').substitute(n=3, price=1.5))
rows = [dict(k='a', v=1), dict(k='b', v=2)]
line = Template('$k=$v')
print(', '.join(line.substitute(r) for r in rows))
