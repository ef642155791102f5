"""`argparse`, a subset: `ArgumentParser` with positional and optional arguments, `type`,
`default`, `choices`, `nargs` (N, '?', '*', '+'), `required`, `dest`, `metavar`, `const`,
the actions store, store_const, store_true, store_false, append, append_const, extend,
count, help and version; `parse_args`, `parse_known_args`, `print_help`/`format_help`,
`print_usage`/`format_usage`, `error` and `exit`, with CPython 3.11's help layout (for
an output 80 columns wide, what CPython assumes when stdout is not a terminal and COLUMNS
is unset: pyjit has no `os.environ` nor terminal size), usage line wrapping and error
messages (usage on stderr, then `prog: error: ...`, exit status 2).

Not built (NotImplementedError): subparsers, argument groups and mutually exclusive
groups, parents, formatter classes, `fromfile_prefix_chars`, `nargs=REMAINDER`/PARSER,
abbreviations of long options (`allow_abbrev`; an abbreviation is an unrecognized
argument here — refused rather than misread), conflict handler 'resolve'.

Written from the documented behaviour for pyjit."""
import os as _os
import re as _re
import sys as _sys

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "Namespace",
           "SUPPRESS", "OPTIONAL", "ZERO_OR_MORE", "ONE_OR_MORE", "Action"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."


def _refuse(what):
    raise NotImplementedError("argparse: %s is not supported by pyjit" % what)


class Namespace:
    """The parsed values, as attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        parts = []
        star = {}
        for name, value in list(self.__dict__.items()):
            if name.isidentifier():
                parts.append("%s=%r" % (name, value))
            else:
                star[name] = value
        if star:
            parts.append("**%s" % repr(star))
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


def _arg_name(action):
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    return None


class ArgumentError(Exception):
    """An error about one argument (its name comes first in the message)."""

    def __init__(self, argument, message):
        self.argument_name = _arg_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a `type` function: its message is the error shown."""


class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices",
                 "required", "help", "metavar"]
        return [(name, getattr(self, name)) for name in names]

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % kv for kv in self._get_kwargs()))

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to "
                             "store, actions such as store true or store const may be more "
                             "appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, None, None,
                        required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False, default, required,
                                   help)


def _copy_items(items):
    if items is None:
        return []
    return list(items)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for append actions must be != 0; if arg strings are not "
                             "supplying the value to append, the append const action may be "
                             "more appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, None, None,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None, required,
                        help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None, False,
                        help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None, False,
                        help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        text = _format_text(version.replace("%(prog)s", parser.prog), parser._width())
        parser._print_message(text.rstrip("\n") + "\n", _sys.stdout)
        parser.exit()


_ACTIONS = {
    None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
    "store_true": _StoreTrueAction, "store_false": _StoreFalseAction,
    "append": _AppendAction, "append_const": _AppendConstAction, "extend": _ExtendAction,
    "count": _CountAction, "help": _HelpAction, "version": _VersionAction,
}


def _format_text(text, width):
    """A description or epilog: whitespace collapsed, wrapped to the width."""
    import textwrap
    text = _re.sub(r"[ \t\n\r\f\v]+", " ", text).strip()
    return textwrap.fill(text, width) + "\n\n"


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=None, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if parents:
            _refuse("parents=")
        if formatter_class is not None:
            _refuse("formatter_class=")
        if fromfile_prefix_chars is not None:
            _refuse("fromfile_prefix_chars=")
        if conflict_handler != "error":
            _refuse("conflict_handler=%r" % (conflict_handler,))
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ""
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_string_actions = {}
        self._defaults = {}
        self._has_negative_number_optionals = []
        if add_help:
            default_prefix = "-" if "-" in prefix_chars else prefix_chars[0]
            self.add_argument(default_prefix + "h", default_prefix * 2 + "help",
                              action="help", default=SUPPRESS,
                              help="show this help message and exit")

    # -- adding arguments -----------------------------------------------------------------

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_name = kwargs.pop("action", None)
        if callable(action_name):
            action_class = action_name
        else:
            if action_name not in _ACTIONS:
                if action_name in ("parsers", "extend"):
                    _refuse("action=%r" % action_name)
                raise ValueError("unknown action \"%s\"" % (action_name,))
            action_class = _ACTIONS[action_name]
        action = action_class(**kwargs)
        type_func = action.type
        if type_func is not None and not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        if action.nargs in (REMAINDER, PARSER):
            _refuse("nargs=%r" % (action.nargs,))
        return self._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get("nargs") not in [OPTIONAL, ZERO_OR_MORE]:
            kwargs["required"] = True
        if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError("invalid option string %r: must start with a character %r"
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop("dest", None)
        if dest is None:
            if long_option_strings:
                dest_option_string = long_option_strings[0]
            else:
                dest_option_string = option_strings[0]
            dest = dest_option_string.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError("dest= is required for options like %r" % (option_strings[0],))
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _add_action(self, action):
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                conflicting = [o for o in action.option_strings
                               if o in self._option_string_actions]
                raise ArgumentError(action, "conflicting option string%s: %s"
                                    % ("s" if len(conflicting) > 1 else "",
                                       ", ".join(conflicting)))
        self._actions.append(action)
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
            if _NEGATIVE.match(option_string):
                self._has_negative_number_optionals.append(True)
        return action

    def add_subparsers(self, **kwargs):
        _refuse("add_subparsers()")

    def add_argument_group(self, *args, **kwargs):
        _refuse("add_argument_group()")

    def add_mutually_exclusive_group(self, **kwargs):
        _refuse("add_mutually_exclusive_group()")

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # -- parsing --------------------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error("unrecognized arguments: %s" % " ".join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        return namespace, args

    def _classify(self, arg):
        """'O' for an option (known or not), 'A' for an argument."""
        if not arg or arg[0] not in self.prefix_chars:
            return "A"
        if arg in self._option_string_actions:
            return "O"
        if len(arg) == 1:
            return "A"
        if "=" in arg:
            option_string = arg.split("=", 1)[0]
            if option_string in self._option_string_actions:
                return "O"
        if self.allow_abbrev and arg.startswith("--") and "=" not in arg and any(
                o.startswith(arg) for o in self._option_string_actions):
            _refuse("abbreviated long options (%r)" % arg)
        if _NEGATIVE.match(arg) and not self._has_negative_number_optionals:
            return "A"
        if " " in arg:
            return "A"
        return "O"

    def _parse_option(self, arg):
        """(action or None, option string, explicit argument or None)."""
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if "=" in arg:
            option_string, explicit = arg.split("=", 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit
        # A short option with its argument attached (-ofile) or several flags (-vv).
        if len(arg) > 2 and arg[1] not in self.prefix_chars:
            short = arg[:2]
            if short in self._option_string_actions:
                return self._option_string_actions[short], short, arg[2:]
        return None, arg, None

    def _parse_known_args(self, arg_strings, namespace):
        # Everything after '--' is an argument.
        pattern = []
        for i, arg in enumerate(arg_strings):
            if arg == "--":
                pattern.append("-")
                pattern.extend("A" * (len(arg_strings) - i - 1))
                break
            pattern.append(self._classify(arg))
        pattern = "".join(pattern)

        seen = set()
        seen_non_default = set()
        extras = []
        positionals = [a for a in self._actions if not a.option_strings]

        def take_action(action, argument_strings, option_string=None):
            seen.add(action)
            value = self._get_values(action, argument_strings)
            if value is not action.default:
                seen_non_default.add(action)
            if value is not SUPPRESS:
                action(self, namespace, value, option_string)

        def consume_optional(start):
            action, option_string, explicit = self._parse_option(arg_strings[start])
            if action is None:
                extras.append(arg_strings[start])
                return start + 1
            while True:
                if explicit is not None:
                    if action.nargs == 0 and option_string[1] not in self.prefix_chars:
                        # -vv: the flag, then the rest as flags.
                        take_action(action, [], option_string)
                        nxt = option_string[0] + explicit[0]
                        rest = explicit[1:]
                        if nxt in self._option_string_actions:
                            action = self._option_string_actions[nxt]
                            option_string = nxt
                            explicit = rest if rest else None
                            if explicit is None:
                                take_action(action, [], option_string)
                                return start + 1
                            continue
                        raise ArgumentError(action, "ignored explicit argument %r"
                                            % explicit)
                    if _match_count(action, "A") == 1:
                        take_action(action, [explicit], option_string)
                        return start + 1
                    raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                count = _match_count(action, pattern[start + 1:])
                take_action(action, arg_strings[start + 1:start + 1 + count], option_string)
                return start + 1 + count

        def consume_positionals(start):
            counts = _match_partial(positionals, pattern[start:])
            for action, count in zip(positionals, counts):
                args = arg_strings[start:start + count]
                start += count
                take_action(action, args)
            del positionals[:len(counts)]
            return start

        option_indices = [i for i, c in enumerate(pattern) if c == "O"]
        start = 0
        max_option = max(option_indices) if option_indices else -1
        while start <= max_option:
            next_option = min(i for i in option_indices if i >= start)
            if start != next_option:
                positionals_end = consume_positionals(start)
                if positionals_end > start:
                    start = positionals_end
                    continue
                start = positionals_end
            if start not in option_indices:
                extras.extend(s for s in arg_strings[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(a for a in arg_strings[stop:])

        required = []
        for action in self._actions:
            if action not in seen:
                if action.required:
                    required.append(_arg_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest)
                      and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required:
            raise ArgumentError(None, "the following arguments are required: %s"
                                % ", ".join(required))
        return namespace, [a for a in extras if a != "--" or True]

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER):
            try:
                arg_strings.remove("--")
            except ValueError:
                pass
        if not arg_strings and action.nargs == OPTIONAL:
            if action.option_strings:
                value = action.const
            else:
                value = action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not arg_strings and action.nargs == ZERO_OR_MORE
              and not action.option_strings):
            if action.default is not None:
                value = action.default
            else:
                value = arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type
        if type_func is None:
            return arg_string
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(type_func, "__name__", repr(type_func))
            raise ArgumentError(action, "invalid %s value: %r" % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, "invalid choice: %r (choose from %s)"
                                % (value, ", ".join(map(repr, action.choices))))

    # -- help -----------------------------------------------------------------------------

    def _width(self):
        environ = getattr(_os, "environ", None)
        try:
            columns = int(environ["COLUMNS"])
        except (KeyError, ValueError, TypeError):
            columns = 80
        return columns - 2

    def format_usage(self):
        return self._format_usage()

    def _format_usage(self):
        prefix = "usage: "
        prog = self.prog
        if self.usage is not None:
            return prefix + self.usage.replace("%(prog)s", prog) + "\n"
        optionals = [a for a in self._actions if a.option_strings]
        positionals = [a for a in self._actions if not a.option_strings]
        opt_parts = [p for p in (_usage_part(a) for a in optionals) if p]
        pos_parts = [p for p in (_usage_part(a) for a in positionals) if p]
        usage = " ".join([s for s in [prog] + opt_parts + pos_parts if s])
        text_width = self._width()
        if len(prefix) + len(usage) > text_width:
            def get_lines(parts, indent, prefix=None):
                lines = []
                line = []
                indent_length = len(indent)
                if prefix is not None:
                    line_len = len(prefix) - 1
                else:
                    line_len = indent_length - 1
                for part in parts:
                    if line_len + 1 + len(part) > text_width and line:
                        lines.append(indent + " ".join(line))
                        line = []
                        line_len = indent_length - 1
                    line.append(part)
                    line_len += len(part) + 1
                if line:
                    lines.append(indent + " ".join(line))
                if prefix is not None:
                    lines[0] = lines[0][len(indent):]
                return lines

            if len(prefix) + len(prog) <= 0.75 * text_width:
                indent = " " * (len(prefix) + len(prog) + 1)
                if opt_parts:
                    lines = get_lines([prog] + opt_parts, indent, prefix)
                    lines.extend(get_lines(pos_parts, indent))
                elif pos_parts:
                    lines = get_lines([prog] + pos_parts, indent, prefix)
                else:
                    lines = [prog]
            else:
                indent = " " * len(prefix)
                parts = opt_parts + pos_parts
                lines = get_lines(parts, indent)
                if len(lines) > 1:
                    lines = []
                    lines.extend(get_lines(opt_parts, indent))
                    lines.extend(get_lines(pos_parts, indent))
                lines = [prog] + lines
            usage = "\n".join(lines)
        return prefix + usage + "\n"

    def format_help(self):
        width = self._width()
        out = [self._format_usage(), "\n"]
        if self.description:
            out.append(_format_text(self.description, width))
        positionals = [a for a in self._actions if not a.option_strings and a.help != SUPPRESS]
        optionals = [a for a in self._actions if a.option_strings and a.help != SUPPRESS]
        invocations = [(a, _invocation(a)) for a in positionals + optionals]
        max_len = max([len(inv) + 2 for _, inv in invocations] + [0])
        help_position = min(max_len + 2, 24)
        help_width = max(width - help_position, 11)
        action_width = help_position - 2 - 2
        for title, actions in [("positional arguments", positionals), ("options", optionals)]:
            if not actions:
                continue
            out.append(title + ":\n")
            for action in actions:
                out.append(self._format_action(action, help_position, help_width,
                                               action_width))
            out.append("\n")
        if self.epilog:
            out.append(_format_text(self.epilog, width))
        text = "".join(out)
        # CPython strips blank lines at the end, keeping one newline.
        return text.rstrip("\n") + "\n"

    def _format_action(self, action, help_position, help_width, action_width):
        """An argument's lines in the help: its invocation, then its help text wrapped
        beside it from `help_position` (or below it when the invocation is too wide)."""
        header = _invocation(action)
        if action.help:
            return self._action_with_help(action, header, help_position, help_width,
                                          action_width)
        return _bare_action(action, header, help_position, help_width, action_width)

    def _action_with_help(self, action, header, help_position, help_width, action_width):
        import textwrap
        if len(header) <= action_width:
            first = "  %-*s  " % (action_width, header)
        else:
            first = "  %s\n%s" % (header, " " * help_position)
        text = _re.sub(r"[ \t\n\r\f\v]+", " ", self._expand_help(action)).strip()
        lines = textwrap.wrap(text, help_width) or [""]
        return first + ("\n" + " " * help_position).join(lines) + "\n"

    def _expand_help(self, action):
        params = dict(vars(action), prog=self.prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], "__name__"):
                params[name] = params[name].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join([str(c) for c in params["choices"]])
        return action.help % params

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            if file is None:
                file = _sys.stderr
            file.write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and `prog: error: message` to stderr and exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))


def _bare_action(action, header, help_position, help_width, action_width):
    return "  %s\n" % header


_NEGATIVE = _re.compile(r"^-\d+$|^-\d*\.\d+$")


def _metavar(action, default):
    if action.metavar is not None:
        result = action.metavar
    elif action.choices is not None:
        result = "{%s}" % ",".join(map(str, action.choices))
    else:
        result = default
    return result


def _format_args(action, default):
    m = _metavar(action, default)
    if isinstance(m, tuple):
        ms = list(m)
    else:
        ms = None

    def mv(i):
        return ms[i] if ms is not None else m

    n = action.nargs
    if n is None:
        return "%s" % mv(0)
    if n == OPTIONAL:
        return "[%s]" % mv(0)
    if n == ZERO_OR_MORE:
        if ms is not None and len(ms) == 2:
            return "[%s [%s ...]]" % (ms[0], ms[1])
        return "[%s ...]" % mv(0)
    if n == ONE_OR_MORE:
        if ms is not None and len(ms) == 2:
            return "%s [%s ...]" % (ms[0], ms[1])
        return "%s [%s ...]" % (mv(0), mv(0))
    if n == SUPPRESS:
        return ""
    try:
        count = int(n)
    except (TypeError, ValueError):
        raise ValueError("invalid nargs value") from None
    return " ".join([mv(i) if ms is not None else m for i in range(count)])


def _usage_part(action):
    if action.help == SUPPRESS:
        return ""
    if not action.option_strings:
        part = _format_args(action, action.dest)
        return part
    option_string = action.option_strings[0]
    if action.nargs == 0:
        part = action.format_usage()
    else:
        part = "%s %s" % (option_string, _format_args(action, action.dest.upper()))
    if not action.required:
        part = "[%s]" % part
    return part


def _invocation(action):
    if not action.option_strings:
        return _metavar(action, action.dest) if not isinstance(action.metavar, tuple) \
            else _format_args(action, action.dest)
    if action.nargs == 0:
        return ", ".join(action.option_strings)
    args_string = _format_args(action, action.dest.upper())
    return ", ".join("%s %s" % (o, args_string) for o in action.option_strings)


def _match_count(action, pattern):
    """How many 'A's of `pattern` the option `action` takes (an error if it cannot)."""
    n = action.nargs
    avail = len(pattern) - len(pattern.lstrip("A"))
    if n is None:
        need = (1, 1)
    elif n == OPTIONAL:
        need = (0, 1)
    elif n == ZERO_OR_MORE:
        need = (0, avail)
    elif n == ONE_OR_MORE:
        need = (1, avail)
    else:
        need = (n, n)
    lo, hi = need
    if avail < lo:
        if n is None:
            msg = "expected one argument"
        elif n == OPTIONAL:
            msg = "expected at most one argument"
        elif n == ONE_OR_MORE:
            msg = "expected at least one argument"
        else:
            msg = "expected %s argument%s" % (n, "s" if n != 1 else "")
        raise ArgumentError(action, msg)
    return min(hi, avail)


def _nargs_regex(nargs):
    if nargs is None:
        return "(-*A-*)"
    if nargs == OPTIONAL:
        return "(-*A?-*)"
    if nargs == ZERO_OR_MORE:
        return "(-*[A-]*)"
    if nargs == ONE_OR_MORE:
        return "(-*A[A-]*)"
    return "(-*%s-*)" % "-*".join("A" * nargs)


def _match_partial(actions, pattern):
    """How many arguments each of the first positionals takes: as many actions as can be
    matched against the argument pattern, each greedily, as CPython matches them."""
    for i in range(len(actions), 0, -1):
        regex = "".join(_nargs_regex(a.nargs) for a in actions[:i])
        m = _re.match(regex, pattern)
        if m is not None:
            return [len(g) for g in m.groups()]
    return []
