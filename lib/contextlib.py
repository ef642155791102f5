"""Context-manager utilities: `contextmanager`, `ContextDecorator`, `suppress`, `closing`,
`nullcontext`, `redirect_stdout`/`redirect_stderr`, `chdir` and `ExitStack`, behaving as
CPython 3.11's (errors, exception chaining and suppression included). Not the async forms.

Written from the documented behaviour for pyjit."""
import abc
import sys

__all__ = ["contextmanager", "ContextDecorator", "AbstractContextManager", "suppress",
           "closing", "nullcontext", "redirect_stdout", "redirect_stderr", "chdir",
           "ExitStack"]


class AbstractContextManager(abc.ABC):
    """A base whose `__enter__` returns self; subclasses define `__exit__`."""

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A context manager usable as a decorator: each call of the decorated function runs
    inside a fresh `with self._recreate_cm():`."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        _copy_names(inner, func)
        return inner


def _copy_names(wrapper, wrapped):
    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapper, name, getattr(wrapped, name))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """What a `@contextmanager` function returns: runs the generator to its `yield` on
    entry and on to its end on exit, throwing the `with` block's exception into it."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # A decorator needs a fresh generator for every call.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # Entered once only: the arguments are not needed any more.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # Suppressed unless the block's own StopIteration came back out.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # A StopIteration raised in the block that the generator let through was
            # turned into RuntimeError (PEP 479): re-raise the original.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """`@contextmanager` decorator: a generator function yielding once becomes a factory of
    context managers."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    _copy_names(helper, func)
    return helper


class closing(AbstractContextManager):
    """`with closing(thing) as t:` calls `thing.close()` at the end."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager doing nothing; `enter_result` is what `as` binds."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that the same object can be re-entered.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Bind `sys.stdout` to another file-like object (what `print` writes to) inside the
    block."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Bind `sys.stderr` to another file-like object inside the block."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallow the listed exceptions (and their subclasses) raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class chdir(AbstractContextManager):
    """Change the working directory inside the block, back on exit."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


def _type_label(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks run last-in first-out when the `with` block (or `close()`)
    ends; each sees the exception the previous ones left, and may suppress it."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move the callbacks to a new stack (returned); this one is left empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Add a context manager's `__exit__`, or a callable with its signature."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter `cm` and push its `__exit__`; return what `__enter__` returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError("'%s' object does not support the context manager protocol"
                            % _type_label(cls)) from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Push `callback(*args, **kwds)`, called without the exception details."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._exit_callbacks.append(_exit_wrapper)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        # The exception being handled around the `with`: the end of the context chain to
        # leave alone.
        frame_exc = sys.exc_info()[1]

        def fix_context(new_exc, old_exc):
            # Attach old_exc as the context of new_exc's chain, below what the callback
            # raised itself, as if the callbacks had been nested `with` statements.
            while True:
                ctx = new_exc.__context__
                if ctx is None or ctx is old_exc:
                    return
                if ctx is frame_exc:
                    break
                new_exc = ctx
            new_exc.__context__ = old_exc

        suppressed = False
        pending = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                fix_context(new_exc, exc_details[1])
                pending = True
                exc_details = (type(new_exc), new_exc, None)
        if pending:
            exc = exc_details[1]
            fixed_ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                # `raise` set the context to the exception being handled: restore ours.
                exc.__context__ = fixed_ctx
                raise
        return received_exc and suppressed

    def close(self):
        """Run the callbacks now."""
        self.__exit__(None, None, None)
