"""`warnings`: `warn`, `warn_explicit`, `showwarning`, `formatwarning`, `filterwarnings`,
`simplefilter`, `resetwarnings`, `catch_warnings` and the `filters` list with CPython 3.11's
defaults, actions ("error", "ignore", "always", "default", "module", "once") and output
(`file:line: Category: message` and the source line, on sys.stderr).

One thing is out of reach: pyjit has no frame objects, so `warn()` cannot learn the file,
line and module of its caller. Whatever needs them — printing the warning, the per-line
"default" and per-module "module" actions, a filter on a module or a line number, the
`filename`/`lineno` of a recorded warning — raises NotImplementedError instead of
guessing. `warn()` with "error", "ignore", "always" or "once" (and `catch_warnings(record=
True)` reading `message` and `category`) works, and `warn_explicit`, given the location,
does everything.

Written from the documented behaviour for pyjit."""
import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# (action, message regex or None, category, module regex or None, lineno); first match
# wins. The default filters hold a plain string as module, matched by equality.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
# Bumped whenever the filters change, so that the registries of what was already shown
# are cleared.
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class _Unknown:
    """A caller's file, line or module that `warn()` cannot know (no frame objects)."""

    def __repr__(self):
        return "<unknown>"


_UNKNOWN = _Unknown()


def _refuse(what):
    raise NotImplementedError(
        "warnings: %s needs the file and line of warn()'s caller, which is not supported "
        "by pyjit (no frame objects); use warn_explicit() or an 'error', 'ignore', "
        "'always' or 'once' filter" % what)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert a filter: `action` for warnings whose text starts with `message` (a regex,
    case-insensitive), of a subclass of `category`, raised in a module matching `module`
    at line `lineno` (0: any)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    msg = re.compile(message, re.I) if message else None
    mod = re.compile(module) if module else None
    _add_filter(action, msg, category, mod, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter matching every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter (the default ones too)."""
    filters[:] = []
    _filters_mutated()


def _getline(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except (OSError, UnicodeDecodeError, ValueError, TypeError):
        pass
    return ""


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes: `file:line: Category: message`, then the stripped
    source line (read from the file unless given)."""
    return _format(WarningMessage(message, category, filename, lineno, None, line))


def _format(msg):
    category = msg.category.__name__
    s = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, category, msg.message)
    line = msg.line
    if line is None:
        line = _getline(msg.filename, msg.lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _format(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to `file` (sys.stderr by default); programs may replace it."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    sw = showwarning
    if sw is not _showwarning_orig:
        # Replaced by the program: call it as CPython does.
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


class WarningMessage:
    """One warning, as `catch_warnings(record=True)` records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line",
                        "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self._filename = filename
        self._lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    @property
    def filename(self):
        if self._filename is _UNKNOWN:
            _refuse("reading the filename of a warning")
        return self._filename

    @property
    def lineno(self):
        if self._lineno is _UNKNOWN:
            _refuse("reading the line number of a warning")
        return self._lineno

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno,
                   self.line))


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning: `message` (a string, or a Warning instance whose class is the
    category), `category` (UserWarning by default), handled by the first matching filter."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    _warn(message, category, _UNKNOWN, _UNKNOWN, _UNKNOWN, None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning located at `filename`:`lineno` (in `module`, by default the file
    name without `.py`); `registry` remembers what was shown (for "default"/"module")."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    _warn(message, category, filename, lineno, module, registry, source)


def _warn(message, category, filename, lineno, module, registry, source):
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if lineno is not _UNKNOWN and registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if not ((msg is None or msg.match(text)) and issubclass(category, cat)):
            continue
        if mod is not None:
            if module is _UNKNOWN:
                _refuse("a filter on a module (%r)" % (mod,))
            if not (mod == module if isinstance(mod, str) else mod.match(module)):
                continue
        if ln != 0:
            if lineno is _UNKNOWN:
                _refuse("a filter on a line number")
            if lineno != ln:
                continue
        break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        if lineno is _UNKNOWN:
            _refuse("the 'module' action (shown once per module)")
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        if lineno is _UNKNOWN:
            _refuse("the 'default' action (shown once per line)")
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, item))
    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    if filename is _UNKNOWN and _showwarnmsg_impl is _showwarnmsg_impl_orig \
            and showwarning is _showwarning_orig:
        _refuse("printing a warning")
    _showwarnmsg(msg)


_showwarnmsg_impl_orig = _showwarnmsg_impl


class catch_warnings:
    """Save the filters and `showwarning` on entry and restore them on exit; with
    `record=True`, `as` binds a list that collects the warnings (WarningMessage objects)
    instead of printing them."""

    def __init__(self, *, record=False, module=None):
        self._record = record
        self._module = sys.modules[__name__] if module is None else module
        self._entered = False

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules[__name__]:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = self._filters[:]
        m._filters_mutated()
        self._showwarning = m.showwarning
        self._showwarnmsg_impl = m._showwarnmsg_impl
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            # Reset showwarning so that the log sees every warning.
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        m = self._module
        m.filters = self._filters
        m._filters_mutated()
        m.showwarning = self._showwarning
        m._showwarnmsg_impl = self._showwarnmsg_impl
