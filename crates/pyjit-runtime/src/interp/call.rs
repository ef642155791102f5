//! Calling: binding arguments to parameters and dispatching on the kind of callable.

use crate::builtin_types::type_name;
use crate::error::{type_error, PyErr, PyResult};
use crate::interp::frame::{CodeRt, Frame};
use crate::interp::stats::Family;
use crate::object::TypeKind;
use crate::object::{BuiltinFn, Function, Generator, HKey, PyDict, PySet};
use crate::value::{CellRef, Value};
use crate::vm::Vm;
use pyjit_bytecode::CodeObject;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Keyword arguments of a call, in call order.
pub type KwArgs = Vec<(Rc<str>, Value)>;

/// `f() missing 2 required positional arguments: 'a' and 'b'`.
fn missing_arguments(fname: &str, kind: &str, missing: &[Rc<str>]) -> PyErr {
    let noun = if missing.len() == 1 {
        "argument"
    } else {
        "arguments"
    };
    type_error(format!(
        "{fname}() missing {} required {kind} {noun}: {}",
        missing.len(),
        name_list(missing)
    ))
}

/// `'a', 'b' and 'c'` as CPython lists missing arguments.
fn name_list(names: &[Rc<str>]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

impl Vm {
    /// Call any callable with positional arguments.
    pub fn call(&mut self, f: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_kw(f, args, Vec::new())
    }

    /// Call any callable with positional and keyword arguments.
    pub fn call_kw(&mut self, f: &Value, mut args: Vec<Value>, kwargs: KwArgs) -> PyResult<Value> {
        match f {
            Value::Function(func) => self.call_function(func, args, kwargs),
            Value::Builtin(b) => {
                if let Some(obj) = &b.bound {
                    args.insert(0, obj.clone());
                }
                if let Some(e) = b.misapplied(&args) {
                    return Err(e);
                }
                let r = (b.func)(self, &args, &kwargs);
                drop(args);
                // A builtin (`list.clear`, `dict.pop`, ...) may have freed finalizable objects.
                self.finalization_point();
                r
            }
            Value::BoundMethod(m) => {
                args.insert(0, m.self_value.clone());
                self.call_kw(&m.func, args, kwargs)
            }
            Value::Type(t) => self.instantiate(t, args, kwargs),
            Value::Instance(_) => self.call_instance(f, args, kwargs),
            _ => Err(type_error(format!(
                "'{}' object is not callable",
                type_name(f)
            ))),
        }
    }

    /// Call a Python function: bind arguments into a new frame and run it.
    pub fn call_function(
        &mut self,
        func: &Rc<Function>,
        args: Vec<Value>,
        kwargs: KwArgs,
    ) -> PyResult<Value> {
        let frame = self.new_function_frame(func, args, kwargs)?;
        if func.code.flags.generator {
            return Ok(function_generator(func, Box::new(frame)));
        }
        self.run_frame(frame)
    }

    /// Call the Python function `func` with `nargs` positional arguments, exactly as a
    /// `Call` instruction of it would: for a plain positional call a pooled frame (the
    /// same recursion check, defaults and cells as `call_pooled`), otherwise the general
    /// binding of `call_function`. The JIT's residual calls come here: `Vm::call` would
    /// build a fresh frame, which costs a few hundred instructions more per call.
    pub fn call_positional(
        &mut self,
        func: &Rc<Function>,
        args: impl IntoIterator<Item = Value>,
        nargs: usize,
    ) -> PyResult<Value> {
        if !simple_positional(func, nargs) {
            let args: Vec<Value> = args.into_iter().collect();
            if func.native && nargs == func.code.argcount as usize {
                if let Some(v) = self.jit_native_call(func, &args) {
                    return Ok(v);
                }
            }
            return self.call_function(func, args, Vec::new());
        }
        if self.depth >= self.recursion_limit {
            return Err(recursion_error());
        }
        // SAFETY: slot `self.depth` is this call's until the depth is lowered again below,
        // after the frame is cleared (see `FrameSlots`).
        let fr = unsafe { &mut *self.slot_frame(func).as_ptr() };
        fr.fast.extend(args);
        let code = &func.code;
        let (given, argc) = (fr.fast.len(), code.argcount as usize);
        if given < argc {
            let nd = func.defaults.len();
            fr.fast
                .extend(func.defaults[nd - (argc - given)..].iter().cloned());
        }
        // The other locals start unbound (their count read once, not through the code
        // object on each push).
        let n = code.varnames.len();
        while fr.fast.len() < n {
            fr.fast.push(Value::Null);
        }
        fill_cells(func, &fr.fast, &mut fr.cells);
        self.depth += 1;
        let r = self.dispatch(fr);
        let r = r.map(|_| fr.pop());
        clear_call_frame(fr);
        self.depth -= 1;
        self.finalization_point();
        r
    }

    /// A fresh frame for `func` with its parameters bound.
    pub fn new_function_frame(
        &mut self,
        func: &Rc<Function>,
        args: Vec<Value>,
        kwargs: KwArgs,
    ) -> PyResult<Frame> {
        let code = &func.code;
        let fast = if kwargs.is_empty()
            && !code.flags.varargs
            && !code.flags.varkeywords
            && code.kwonlyargcount == 0
            && args.len() == code.argcount as usize
        {
            let mut fast = args;
            fast.resize_with(code.varnames.len(), || Value::Null);
            fast
        } else {
            self.bind_args(func, args, kwargs)?
        };
        Ok(self.frame_for(func, fast))
    }

    /// The frame for `func` once its fast locals are bound.
    #[inline(always)]
    pub fn frame_for(&mut self, func: &Rc<Function>, fast: Vec<Value>) -> Frame {
        let code = &func.code;
        let mut cells = Vec::new();
        fill_cells(func, &fast, &mut cells);
        let stack = self.take_vec(8);
        Frame {
            code: code.clone(),
            rt: func.rt.clone(),
            globals: func.globals.clone(),
            locals: None,
            fast,
            cells,
            stack,
            blocks: Vec::new(),
            pc: 0,
            exc_pushed: 0,
            saved_exc: Vec::new(),
        }
    }

    /// Call the callable at `stack[at - below]` with the arguments `stack[at..]`, leaving the
    /// stack truncated below the callable. Plain positional calls of Python functions bind
    /// straight from the caller's stack into the callee's locals; builtins get a slice of it.
    ///
    /// The result is pushed on the caller's stack: a Python function's return value moves
    /// from the callee's stack to the caller's without passing through a `PyResult<Value>`
    /// (see "Moving values without stalling the CPU" in docs/architecture.md).
    /// Out of line: inlined into the evaluation loop's four call
    /// sites, it would move the loop's register allocation.
    #[inline(never)]
    pub fn call_from_stack(&mut self, f: &mut Frame, at: usize, below: usize) -> PyResult<()> {
        let callable_at = at - below;
        let nargs = f.stack.len() - at;
        if let Value::Function(func) = &f.stack[callable_at] {
            if simple_positional(func, nargs) {
                self.stats.hit(Family::Call);
                // The function stays in its stack slot until its frame is done (that keeps
                // it alive without a count bump); the result then replaces it.
                let func: *const Function = Rc::as_ptr(func);
                // SAFETY: `func` points into the `Rc` held by `f.stack[callable_at]`, and
                // `call_pooled` neither moves, overwrites nor drops that slot before its
                // last use of `func` (it binds only `stack[at..]`, `at > callable_at`, and
                // replaces the slot by the result after the callee returned). `f` is
                // borrowed exclusively, so nothing else can reach the slot meanwhile.
                return self.call_pooled(unsafe { &*func }, None, f, at, callable_at);
            }
        }
        self.call_from_stack_other(f, at, callable_at, nargs)
    }

    /// `call_from_stack` for every callable but a Python function called plainly: apart,
    /// so that the hot path above is a small function of its own (inlined, the class and
    /// builtin paths made it ~14KB of code around a ~170-instruction path).
    #[inline(never)]
    fn call_from_stack_other(
        &mut self,
        f: &mut Frame,
        at: usize,
        callable_at: usize,
        nargs: usize,
    ) -> PyResult<()> {
        if let Value::Type(cls) = &f.stack[callable_at] {
            if !cls.is_builtin && cls.kind == TypeKind::Object {
                // SAFETY: as for the function above: the class stays in its stack slot, which
                // nothing else can reach, until the call's result replaces it — after the
                // last use of `cls` (`plain_init`, `new_instance`, before the call).
                let cls: &Rc<crate::object::PyType> = unsafe { &*(cls as *const _) };
                if let Value::Function(init) = self.plain_init(cls) {
                    if simple_positional(&init, nargs + 1) {
                        return self.call_init(cls, &init, f, at, callable_at);
                    }
                }
            }
        }
        if let Value::Function(func) = &f.stack[callable_at] {
            if func.code.flags.generator
                && binds_positionally(func, nargs)
                && !(func.native && nargs == func.code.argcount as usize)
            {
                let func: *const Function = Rc::as_ptr(func);
                // SAFETY: as in `call_from_stack`: the function stays in its stack slot,
                // which nothing else can reach, until the generator replaces it there,
                // after the last use of `func`.
                return self.new_generator_from_stack(unsafe { &*func }, f, at, callable_at);
            }
        }
        if let Value::Builtin(b) = &f.stack[callable_at] {
            if b.bound.is_none() && b.owner.is_none() {
                let func = b.func;
                return self.call_builtin_from_stack(func, f, at, callable_at, nargs);
            }
        }
        let v = self.call_from_stack_value(f, at, callable_at, nargs)?;
        f.push(v);
        Ok(())
    }

    /// A call of the generator function `func` (at `stack[callable_at]`) with the arguments
    /// `stack[at..]`: its frame is bound from the stack and suspended in a new generator,
    /// which replaces the function on the stack. (Through `call_from_stack_value` the
    /// function was counted up and down, dropped by an out-of-line call and the generator
    /// went through a `PyResult<Value>` and a push: ~30 instructions.)
    #[inline(always)]
    fn new_generator_from_stack(
        &mut self,
        func: &Function,
        f: &mut Frame,
        at: usize,
        callable_at: usize,
    ) -> PyResult<()> {
        self.stats.hit(Family::Call);
        let mut frame = self.pooled_frame(func);
        let fr = &mut *frame;
        bind_from_stack(func, None, f, at, &mut fr.fast);
        fill_cells(func, &fr.fast, &mut fr.cells);
        let g = function_generator(func, frame);
        replace_call(f, callable_at, g);
        Ok(())
    }

    /// A call of the unbound builtin `func` (at `stack[callable_at]`) with the arguments
    /// `stack[at..]`: its result replaces the builtin on the stack, the arguments are
    /// released in place. (Through `call_from_stack_value` the result went through three
    /// copies of a `PyResult<Value>` and the stack was cut back by an out-of-line drop
    /// call per value: ~50 of the ~110 instructions of `len(xs)`.)
    #[inline(always)]
    fn call_builtin_from_stack(
        &mut self,
        func: BuiltinFn,
        f: &mut Frame,
        at: usize,
        callable_at: usize,
        nargs: usize,
    ) -> PyResult<()> {
        // The function pointer, not a counted reference: the builtin stays on the caller's
        // stack, which it cannot reach, until the call returns.
        self.stats.hit(Family::Call);
        // `len(x)` of a list, tuple, dict or set: computed here, with no call and no
        // argument slice (CPython 3.11 specializes it too, CALL_NO_KW_LEN). A function
        // pointer comparison can only fail to match: then the call runs.
        if nargs == 1 && std::ptr::fn_addr_eq(func, crate::builtins::functions::len as BuiltinFn) {
            if let Some(n) = crate::builtins::functions::plain_len(&f.stack[at]) {
                replace_call(f, callable_at, Value::Int(n as i64));
                self.finalization_point();
                return Ok(());
            }
        }
        // `xs.append(x)` and `s.add(x)` (method calls: `at` is the receiver): the argument
        // moves from the stack into the container, without the generic call's checks and
        // copy (CPython 3.11 specializes `list.append` too).
        if nargs == 2 {
            let append = std::ptr::fn_addr_eq(func, crate::methods::list_append as BuiltinFn);
            if append && matches!(f.stack[at], Value::List(_))
                || std::ptr::fn_addr_eq(func, crate::methods::set_add as BuiltinFn)
                    && matches!(&f.stack[at], Value::Set(s) if !s.frozen)
            {
                return self.move_into_container(f, at, callable_at);
            }
        }
        let r = match func(self, &f.stack[at..], &[]) {
            Ok(v) => {
                replace_call(f, callable_at, v);
                Ok(())
            }
            Err(e) => {
                f.stack.truncate(callable_at);
                Err(e)
            }
        };
        self.finalization_point();
        r
    }

    /// A `Call` of a `Function::native` function with as many arguments as it has
    /// parameters: its native code's result (`Vm::jit_native_call`) replaces the function
    /// and its arguments on `f`'s stack, or the interpreter calls it as any other.
    #[inline(never)]
    fn call_native(&mut self, f: &mut Frame, at: usize, callable_at: usize) -> PyResult<()> {
        let Value::Function(func) = &f.stack[callable_at] else {
            unreachable!("checked by call_from_stack")
        };
        let func = func.clone();
        if let Some(v) = self.jit_native_call(&func, &f.stack[at..]) {
            f.stack.truncate(callable_at);
            f.push(v);
            return Ok(());
        }
        self.call_pooled(&func, None, f, at, callable_at)
    }

    /// `C(args)` for a plain class `cls` whose `__init__` is the Python function `init`
    /// binding `self, args` positionally: a new instance, initialized in a pooled frame,
    /// replaces the class in the caller's stack. The instance goes straight into the slot
    /// the call's `None` came back to, instead of the result being popped, checked and
    /// handed back to be pushed again (`call_from_stack_value`, which also counted the
    /// class and the `__init__` function up and down around the call).
    #[inline(always)]
    fn call_init(
        &mut self,
        cls: &Rc<crate::object::PyType>,
        init: &Function,
        f: &mut Frame,
        at: usize,
        callable_at: usize,
    ) -> PyResult<()> {
        self.stats.hit(Family::Call);
        let inst = Value::Instance(crate::class::new_instance(cls));
        self.call_pooled(init, Some(inst.clone()), f, at, callable_at)?;
        let slot = &mut f.stack[callable_at];
        if !slot.is_none() {
            let r = f.pop();
            return Err(crate::error::type_error(format!(
                "__init__() should return None, not '{}'",
                type_name(&r)
            )));
        }
        // `None` owns nothing: overwritten without a drop.
        std::mem::forget(std::mem::replace(slot, inst));
        Ok(())
    }

    /// `CallMethod` with one argument of a builtin method (stack: method, receiver,
    /// argument), its result pushed: `xs.append(x)` and `s.add(x)` move the argument into
    /// the container, other methods (`s.discard(x)`, `d.get(k)`, ...) get the stack slice.
    /// `false`, with nothing done, for a builtin bound to an object. Through
    /// `call_from_stack` these calls paid for its prologue (it inlines the Python call path
    /// and saves every register) and its tests of the callable's kind: ~40 of the ~120
    /// instructions of `xs.append(x)`.
    #[inline(never)]
    pub fn call_builtin_method1(&mut self, f: &mut Frame) -> PyResult<bool> {
        let n = f.stack.len();
        let [.., Value::Builtin(b), recv, _] = &f.stack[..] else {
            return Ok(false);
        };
        if b.bound.is_some() || b.owner.is_some() {
            return Ok(false);
        }
        let func = b.func;
        if let Value::Set(s) = recv {
            // `s.discard(x)` of an int or str: one probe, without the method's argument checks.
            if !s.frozen && std::ptr::fn_addr_eq(func, crate::methods::set_discard as BuiltinFn) {
                if crate::object::quick_discard(s, &f.stack[n - 1]).is_none() {
                    return self.call_builtin_slice(f, func, n);
                }
                // The argument, the set and the method are released in place (an int owns
                // nothing) and `None` takes the method's slot.
                replace_call(f, n - 3, Value::None);
                self.finalization_point();
                return Ok(true);
            }
        }
        let moves_in = match recv {
            Value::List(_) => std::ptr::fn_addr_eq(func, crate::methods::list_append as BuiltinFn),
            Value::Set(s) => {
                !s.frozen && std::ptr::fn_addr_eq(func, crate::methods::set_add as BuiltinFn)
            }
            _ => false,
        };
        if !moves_in {
            return self.call_builtin_slice(f, func, n);
        }
        if let (Value::Set(s), &Value::Int(i)) = (&f.stack[n - 2], &f.stack[n - 1]) {
            if crate::object::quick_add_int(s, i) {
                // The int owns nothing; the set and the method are released in place.
                replace_call(f, n - 3, Value::None);
                self.finalization_point();
                return Ok(true);
            }
        }
        self.move_into_container(f, n - 2, n - 3)?;
        Ok(true)
    }

    /// `xs.append(x)` / `s.add(x)` with the receiver, a list or an unfrozen set, at
    /// `f.stack[recv]` and `x` on top: `x` moves into it, then the call (from `callable_at`
    /// up) is replaced by `None`, the method and the receiver released in place (`truncate`
    /// made an out-of-line drop call for each).
    #[inline(always)]
    fn move_into_container(
        &mut self,
        f: &mut Frame,
        recv: usize,
        callable_at: usize,
    ) -> PyResult<()> {
        let x = f.pop();
        let r = match &f.stack[recv] {
            Value::Set(s) => self.set_insert(s, x),
            Value::List(l) => {
                l.items.borrow_mut().push(x);
                Ok(())
            }
            _ => unreachable!("checked by the callers"),
        };
        if let Err(e) = r {
            f.stack.truncate(callable_at);
            return Err(e);
        }
        replace_call(f, callable_at, Value::None);
        self.finalization_point();
        Ok(())
    }

    /// The rest of `call_builtin_method1`: `func` called with the receiver and argument,
    /// `stack[n - 2..]`. (Apart: in the same function its prologue and result handling
    /// cost `xs.append(x)` ~25 instructions more.)
    #[inline(never)]
    fn call_builtin_slice(&mut self, f: &mut Frame, func: BuiltinFn, n: usize) -> PyResult<bool> {
        let r = match func(self, &f.stack[n - 2..], &[]) {
            Ok(v) => {
                replace_call(f, n - 3, v);
                Ok(true)
            }
            Err(e) => {
                f.stack.truncate(n - 3);
                Err(e)
            }
        };
        self.finalization_point();
        r
    }

    /// `call_from_stack` for everything but plain Python functions.
    fn call_from_stack_value(
        &mut self,
        f: &mut Frame,
        at: usize,
        callable_at: usize,
        nargs: usize,
    ) -> PyResult<Value> {
        match &f.stack[callable_at] {
            Value::Function(func) if func.native && nargs == func.code.argcount as usize => {
                self.call_native(f, at, callable_at)?;
                Ok(f.pop())
            }
            Value::Type(cls) if !cls.is_builtin && cls.kind == TypeKind::Object => {
                let cls = cls.clone();
                match self.plain_init(&cls) {
                    Value::Function(init) if simple_positional(&init, nargs + 1) => {
                        self.stats.hit(Family::Call);
                        let inst = Value::Instance(crate::class::new_instance(&cls));
                        self.call_pooled(&init, Some(inst.clone()), f, at, callable_at)?;
                        let r = f.pop();
                        if !r.is_none() {
                            return Err(crate::error::type_error(format!(
                                "__init__() should return None, not '{}'",
                                type_name(&r)
                            )));
                        }
                        Ok(inst)
                    }
                    Value::Null if nargs == 0 => {
                        self.stats.hit(Family::Call);
                        f.stack.truncate(callable_at);
                        Ok(Value::Instance(crate::class::new_instance(&cls)))
                    }
                    _ => self.call_from_stack_slow(f, at, callable_at),
                }
            }
            Value::Type(cls) if cls.is_builtin => {
                // `range(n)`, `range(a, b)`, `int(x)` with plain numbers: built here without
                // the argument vector and conversions of the generic constructor.
                let args = &f.stack[at..];
                let made = match (cls.kind, args) {
                    (TypeKind::Range, [Value::Int(stop)]) => Some(range_value(0, *stop, 1)),
                    (TypeKind::Range, [Value::Int(a), Value::Int(b)]) => {
                        Some(range_value(*a, *b, 1))
                    }
                    (TypeKind::Range, [Value::Int(a), Value::Int(b), Value::Int(c)]) if *c != 0 => {
                        Some(range_value(*a, *b, *c))
                    }
                    (TypeKind::Int, [Value::Int(i)]) => Some(Value::Int(*i)),
                    (TypeKind::Set, []) => Some(Value::Set(Rc::new(PySet::new(
                        crate::object::Set::new(),
                        false,
                    )))),
                    (TypeKind::Int, [Value::Float(x)]) if x.is_finite() && x.abs() < 9.0e18 => {
                        Some(Value::Int(x.trunc() as i64))
                    }
                    // `super()` in a method (compiled to `super(__class__, self)`): built
                    // here, not through the generic constructor (the argument vector,
                    // `construct`'s dispatch on the type): deltablue's `super().__init__(...)`.
                    (TypeKind::Super, [this @ Value::Type(t), obj @ Value::Instance(i)])
                        if i.class.borrow().is_subtype(t) =>
                    {
                        Some(crate::builtins::new_super(cls, this.clone(), obj.clone()))
                    }
                    _ => None,
                };
                match made {
                    Some(v) => {
                        self.stats.hit(Family::Call);
                        f.stack.truncate(callable_at);
                        Ok(v)
                    }
                    None => self.call_from_stack_slow(f, at, callable_at),
                }
            }
            _ => self.call_from_stack_slow(f, at, callable_at),
        }
    }

    /// Call `func` with the parameters `first` (if any) then `stack[at..]`, the missing
    /// trailing ones taken from the defaults (`simple_positional` checked that they exist),
    /// in a frame from the VM's frame pool. The callable (or class) stays in its slot
    /// `stack[callable_at]` during the call and the result replaces it: no move of the
    /// callable out of the stack, no truncation loop, no separate drop after the call. On
    /// an error the caller's stack is cut back to `callable_at`.
    ///
    /// Why reused frames: a fresh `Frame` costs two vectors from the vector pool, three
    /// reference counts (code, constants, globals), a 170-byte move into `run_frame` and a
    /// destructor — about 300 of the ~800 machine instructions a call took. The frame of
    /// this depth's slot (`FrameSlots`) keeps its vectors' capacity and, when it last ran
    /// the same function (a loop calling a helper, recursion), its references too.
    /// Inlined into its two callers: one function prologue and epilogue less per call.
    #[inline(always)]
    fn call_pooled(
        &mut self,
        func: &Function,
        first: Option<Value>,
        f: &mut Frame,
        at: usize,
        callable_at: usize,
    ) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            f.stack.truncate(callable_at);
            return Err(recursion_error());
        }
        // SAFETY: slot `self.depth` is this call's until the depth is lowered again below,
        // after the frame is cleared (see `FrameSlots`).
        let frame = unsafe { &mut *self.slot_frame(func).as_ptr() };
        bind_from_stack(func, first, f, at, &mut frame.fast);
        fill_cells(func, &frame.fast, &mut frame.cells);
        self.depth += 1;
        let r = self.dispatch(frame);
        if r.is_ok() {
            // The return value (top of the callee's stack) moves into the callable's slot of
            // the caller's stack, which is cut back to just above it.
            debug_assert!(f.stack.len() == at);
            debug_assert!(f.stack[callable_at + 1..].iter().all(Value::is_null));
            // SAFETY: `callable_at < at == f.stack.len()`: the binding left the caller's
            // stack `at` long and the callee cannot reach it (`f` is borrowed here). The
            // slots above `callable_at` (at most a `Null` below the arguments) own nothing,
            // so cutting the length forgets nothing that needs a drop.
            unsafe {
                let slot = f.stack.get_unchecked_mut(callable_at);
                crate::interp::frame::move_result_over(&mut frame.stack, slot);
                f.stack.set_len(callable_at + 1);
            }
        } else {
            f.stack.truncate(callable_at);
        }
        clear_call_frame(frame);
        self.depth -= 1;
        // Objects freed with the frame's variables are finalized as the call returns.
        self.finalization_point();
        r.map(|_| ())
    }

    /// The frame of this depth's slot (`FrameSlots`) for a call of `func`: its vectors keep
    /// their capacity, its code and globals references are kept when they are `func`'s
    /// already (a loop calling a helper, recursion).
    #[inline(always)]
    fn slot_frame(&mut self, func: &Function) -> std::ptr::NonNull<Frame> {
        let d = self.depth;
        let p = match self.call_frames.get(d) {
            Some(p) => p,
            None => self.call_frames.make(d, || new_slot_frame(func)),
        };
        // SAFETY: the slot of the current depth is not in use (see `FrameSlots`): nothing
        // else borrows its frame. `func` outlives the call the frame is made ready for (its
        // callers hold it until the frame is cleared), as `aim_slot_frame` requires.
        unsafe { aim_slot_frame(&mut *p.as_ptr(), func) };
        p
    }

    /// A frame for a call of `func`, from the pool when it has one (its vectors keep their
    /// capacity; its code and globals references are kept when they are `func`'s already).
    #[inline(always)]
    pub(crate) fn pooled_frame(&mut self, func: &Function) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut fr) => {
                reuse_frame(&mut fr, func);
                fr
            }
            None => new_frame(func),
        }
    }

    /// A finished frame back to the pool, empty (see `clear_frame`; the caller runs pending
    /// finalizers).
    #[inline(always)]
    pub(crate) fn recycle_frame(&mut self, mut frame: Box<Frame>) {
        clear_frame(&mut frame);
        if self.frame_pool.len() < 64 {
            self.frame_pool.push(frame);
        }
    }

    fn call_from_stack_slow(
        &mut self,
        f: &mut Frame,
        at: usize,
        callable_at: usize,
    ) -> PyResult<Value> {
        self.stats.miss(Family::Call);
        let args: Vec<Value> = f.stack.drain(at..).collect();
        let callable = f.stack[callable_at].clone();
        f.stack.truncate(callable_at);
        self.call(&callable, args)
    }

    /// How a plain class initializes instances, cached per type epoch: its Python `__init__`,
    /// `Null` when it has none (object's), or `NotImplemented` when the generic path is needed
    /// (a Python `__new__`, or an `__init__` that is not a plain function).
    #[inline(always)]
    fn plain_init(&mut self, cls: &Rc<crate::object::PyType>) -> Value {
        let epoch = crate::interp::cache::type_epoch();
        if let Some((e, Some(v))) = &*cls.init_cache.borrow() {
            if *e == epoch {
                return v.clone();
            }
        }
        let abstract_class = matches!(
            cls.dict.get_str("__abstractmethods__"),
            Some(Value::Set(s)) if !s.set.borrow().is_empty()
        );
        let v = if abstract_class || matches!(cls.lookup("__new__"), Some(Value::Function(_))) {
            // Abstract classes take the generic path, which refuses to instantiate them.
            Value::NotImplemented
        } else {
            match cls.lookup("__init__") {
                Some(f @ Value::Function(_)) => f,
                Some(Value::Builtin(b)) if b.name == "__init__" => Value::Null,
                None => Value::Null,
                _ => Value::NotImplemented,
            }
        };
        *cls.init_cache.borrow_mut() = Some((epoch, Some(v.clone())));
        v
    }

    /// The general argument binder, with CPython's error messages.
    fn bind_args(
        &mut self,
        func: &Function,
        args: Vec<Value>,
        mut kwargs: KwArgs,
    ) -> PyResult<Vec<Value>> {
        let code = &func.code;
        let fname = func.qualname.borrow().clone();
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let mut fast = vec![Value::Null; code.varnames.len()];
        let nargs = args.len();
        let mut extra = Vec::new();
        for (i, a) in args.into_iter().enumerate() {
            if i < argcount {
                fast[i] = a;
            } else {
                extra.push(a);
            }
        }
        // In CPython's order (`initialize_locals`): `*args`, then the keywords (an unknown
        // one is reported before too many positionals), then the count of positionals.
        let mut slot = argcount + kwonly;
        if code.flags.varargs {
            fast[slot] = Value::tuple(std::mem::take(&mut extra));
            slot += 1;
        }
        let kwdict = if code.flags.varkeywords {
            let d = Rc::new(PyDict::new());
            fast[slot] = Value::Dict(d.clone());
            Some(d)
        } else {
            None
        };
        let posonly = code.posonlyargcount as usize;
        let given_kwonly = kwargs
            .iter()
            .filter(|(k, _)| {
                code.varnames[argcount..argcount + kwonly]
                    .iter()
                    .any(|n| n == k)
            })
            .count();
        for i in 0..kwargs.len() {
            let k = kwargs[i].0.clone();
            let pos = code.varnames[..argcount + kwonly]
                .iter()
                .position(|n| *n == k)
                .filter(|&p| p >= posonly);
            match pos {
                Some(p) => {
                    if !fast[p].is_null() {
                        return Err(type_error(format!(
                            "{fname}() got multiple values for argument '{k}'"
                        )));
                    }
                    fast[p] = std::mem::replace(&mut kwargs[i].1, Value::Null);
                }
                None => match &kwdict {
                    Some(d) => {
                        let key = Value::str(&k);
                        let hk = self.hkey(key)?;
                        let v = std::mem::replace(&mut kwargs[i].1, Value::Null);
                        d.map.borrow_mut().insert(hk, v);
                    }
                    None => {
                        let passed: Vec<&str> = code.varnames[..posonly]
                            .iter()
                            .map(|n| &**n)
                            .filter(|n| kwargs.iter().any(|(k, _)| &**k == *n))
                            .collect();
                        if !passed.is_empty() {
                            return Err(type_error(format!(
                                "{fname}() got some positional-only arguments passed as keyword \
                                 arguments: '{}'",
                                passed.join(", ")
                            )));
                        }
                        return Err(type_error(format!(
                            "{fname}() got an unexpected keyword argument '{k}'"
                        )));
                    }
                },
            }
        }
        if !extra.is_empty() {
            let ndefaults = func.defaults.len();
            let takes = if ndefaults > 0 {
                format!("from {} to {}", argcount - ndefaults, argcount)
            } else {
                argcount.to_string()
            };
            let pos_word = if argcount == 1 && ndefaults == 0 {
                "positional argument"
            } else {
                "positional arguments"
            };
            let given = if given_kwonly > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    nargs,
                    if nargs == 1 { "" } else { "s" },
                    given_kwonly,
                    if given_kwonly == 1 { "" } else { "s" }
                )
            } else if nargs == 1 {
                "1 was given".to_string()
            } else {
                format!("{nargs} were given")
            };
            return Err(type_error(format!(
                "{fname}() takes {takes} {pos_word} but {given}"
            )));
        }
        // Defaults for positional parameters.
        let ndefaults = func.defaults.len();
        let first_default = argcount - ndefaults;
        let mut missing = Vec::new();
        for (i, slot) in fast.iter_mut().enumerate().take(argcount) {
            if slot.is_null() {
                if i >= first_default {
                    *slot = func.defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_arguments(&fname, "positional", &missing));
        }
        for (i, slot) in fast
            .iter_mut()
            .enumerate()
            .take(argcount + kwonly)
            .skip(argcount)
        {
            if slot.is_null() {
                let name = &code.varnames[i];
                let default = func.kwdefaults.as_ref().and_then(|d| d.get_str(name));
                match default {
                    Some(v) => *slot = v,
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_arguments(&fname, "keyword-only", &missing));
        }
        Ok(fast)
    }

    /// Spread a `*args` iterable and a `**kwargs` mapping into call arguments.
    pub fn unpack_call_args(
        &mut self,
        args: &Value,
        kwargs: Option<&Value>,
    ) -> PyResult<(Vec<Value>, KwArgs)> {
        let pos = self.collect(args)?;
        let mut kw = Vec::new();
        if let Some(k) = kwargs {
            match k {
                Value::Dict(d) => {
                    for (key, v) in d.map.borrow().iter() {
                        match &key.value {
                            Value::Str(s) => kw.push((Rc::from(s.as_str()), v.clone())),
                            _ => return Err(type_error("keywords must be strings")),
                        }
                    }
                }
                other => {
                    return Err(type_error(format!(
                        "argument after ** must be a mapping, not {}",
                        type_name(other)
                    )))
                }
            }
        }
        Ok((pos, kw))
    }
}

/// Check that a builtin got no keyword arguments.
pub fn no_kwargs(name: &str, kwargs: &[(Rc<str>, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// Check a builtin's positional argument count.
pub fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        if min == 0 {
            format!("{name}() takes no arguments ({n} given)")
        } else if min == 1 {
            format!("{name}() takes exactly one argument ({n} given)")
        } else {
            format!("{name} expected {min} arguments, got {n}")
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(type_error(msg))
}

/// Find a keyword argument by name.
pub fn kwarg<'a>(kwargs: &'a [(Rc<str>, Value)], name: &str) -> Option<&'a Value> {
    kwargs.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
}

/// Reject keyword arguments other than `allowed`.
pub fn only_kwargs(fname: &str, kwargs: &[(Rc<str>, Value)], allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kwargs {
        if !allowed.contains(&&**k) {
            return Err(type_error(format!(
                "{fname}() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    Ok(())
}

/// Hash key helper for builtins that build dicts.
pub fn str_key(s: &str) -> HKey {
    let v = Value::str(s);
    let hash = match &v {
        Value::Str(p) => p.hash(),
        _ => 0,
    };
    HKey { hash, value: v }
}

pub fn recursion_error() -> PyErr {
    PyErr::new("RecursionError", "maximum recursion depth exceeded")
}

/// Replace the callable at `f.stack[callable_at]` and the values above it (its arguments)
/// by the call's result `v`. The callable, then the arguments, give up their reference in
/// place (the order `truncate` dropped them in), the destructor (out of line) running only
/// for a last reference; `v` then takes the callable's slot. (`truncate` made an
/// out-of-line drop call for each value, and pushing `v` after it one more capacity check.)
#[inline(always)]
fn replace_call(f: &mut Frame, callable_at: usize, v: Value) {
    let n = f.stack.len();
    assert!(callable_at < n);
    // SAFETY: `callable_at < n`: slots `callable_at..n` hold initialized values. The length
    // drops to `callable_at + 1` first, so the slots above are no longer the vector's: each
    // is released exactly once here and never exposed again. The callable's slot is
    // released in place, then overwritten by `v` without a drop (its value is gone), so it
    // again holds an initialized value the vector owns.
    unsafe {
        f.stack.set_len(callable_at + 1);
        let p = f.stack.as_mut_ptr();
        for i in callable_at..n {
            let x = p.add(i);
            if !(*x).release_if_shared() && (*x).is_heap() {
                std::ptr::drop_in_place(x);
            }
        }
        std::ptr::write(p.add(callable_at), v);
    }
}

/// A new generator of the generator function `func`, suspended at the start of `frame`
/// (its arguments bound).
#[inline(always)]
fn function_generator(func: &Function, frame: Box<Frame>) -> Value {
    Value::Generator(Rc::new(Generator {
        frame: Cell::new(Some(frame)),
        running: Cell::new(false),
        name: func.name.borrow().clone(),
        qualname: func.qualname.borrow().clone(),
    }))
}

/// A `range` value (the caller checked that `step` is not 0).
#[inline]
fn range_value(start: i64, stop: i64, step: i64) -> Value {
    Value::Range(Rc::new(crate::object::PyRange { start, stop, step }))
}

/// A new empty frame for `func`.
fn new_frame(func: &Function) -> Box<Frame> {
    empty_frame(func.code.clone(), func.rt.clone(), func.globals.clone())
}

/// A new empty frame for a depth's slot (`FrameSlots`), holding `func`'s code, run-time
/// companion and globals by uncounted references (see `aim_slot_frame`).
fn new_slot_frame(func: &Function) -> Box<Frame> {
    // SAFETY: bitwise copies of `func`'s references, not counted: the slot frame never
    // releases them (`FrameSlots` forgets them; `aim_slot_frame` overwrites them without a
    // drop), and uses them only while a call of `func` runs (see `aim_slot_frame`).
    unsafe {
        empty_frame(
            std::ptr::read(&func.code),
            std::ptr::read(&func.rt),
            std::ptr::read(&func.globals),
        )
    }
}

/// A new frame running `code` with `globals`, before its arguments are bound.
fn empty_frame(code: Rc<CodeObject>, rt: Rc<CodeRt>, globals: Rc<PyDict>) -> Box<Frame> {
    Box::new(Frame {
        code,
        rt,
        globals,
        locals: None,
        fast: Vec::with_capacity(8),
        cells: Vec::new(),
        stack: Vec::with_capacity(8),
        blocks: Vec::new(),
        pc: 0,
        exc_pushed: 0,
        saved_exc: Vec::new(),
    })
}

/// Make a depth slot's cleared frame ready for a call of `func`: its code, run-time
/// companion and globals become `func`'s, as bitwise copies of `func`'s references that
/// the frame does not count. A slot frame runs only while its call's function is alive
/// (the callers hold the function until the frame is cleared: the callable's stack slot,
/// an owned `__init__`, `call_positional`'s `&Rc<Function>`), and `func` holds these
/// three for as long as it lives; between calls the frame's copies may dangle, and
/// nothing reads them (the next call overwrites them here, `FrameSlots::drop` forgets
/// them). Counting them cost two count updates per reference whenever consecutive calls
/// at one depth ran different functions (richards: 82% of its calls, ~20 instructions
/// each); a comparison to skip the update when the function was the same cost 6.
///
/// # Safety
/// `fr` is a frame of `FrameSlots` (whose references are all uncounted), not running, and
/// `func` stays alive until the call run in `fr` ends and `fr` is cleared.
#[inline(always)]
unsafe fn aim_slot_frame(fr: &mut Frame, func: &Function) {
    // SAFETY: the caller's contract: the old copies are uncounted, so overwriting them
    // without a drop releases nothing that was counted; the new ones stay valid while the
    // frame runs (`func` is alive) and are never released by the frame.
    unsafe {
        std::ptr::write(&mut fr.code, std::ptr::read(&func.code));
        std::ptr::write(&mut fr.rt, std::ptr::read(&func.rt));
        std::ptr::write(&mut fr.globals, std::ptr::read(&func.globals));
    }
}

/// An unused (cleared) frame made ready for a call of `func`: the code and globals
/// references are replaced only when they are not `func`'s already.
#[inline(always)]
fn reuse_frame(fr: &mut Frame, func: &Function) {
    if !Rc::ptr_eq(&fr.code, &func.code) {
        fr.code = func.code.clone();
        fr.rt = func.rt.clone();
    }
    if !Rc::ptr_eq(&fr.globals, &func.globals) {
        fr.globals = func.globals.clone();
    }
}

/// Empty a finished frame for reuse: locals, leftovers of the stack (a `return` inside a
/// `for` leaves its iterator) and cells are dropped now, as a fresh frame's would be.
#[inline(always)]
fn clear_frame(fr: &mut Frame) {
    clear_locals(fr);
    // After a plain `return` the stack, cells, handled exceptions and name dictionary
    // are all empty: one test for the four instead of one clear each.
    let locals = fr.locals.is_some() as usize;
    if (fr.stack.len() | fr.cells.len() | fr.saved_exc.len() | locals) != 0 {
        fr.stack.clear();
        fr.cells.clear();
        fr.saved_exc.clear();
        fr.locals = None;
    }
    fr.blocks.clear();
    fr.pc = 0;
    fr.exc_pushed = 0;
}

/// Release a finished frame's locals, first to last, leaving `fr.fast` empty.
#[inline(always)]
fn clear_locals(fr: &mut Frame) {
    let n = fr.fast.len();
    // Released first to last, as CPython clears a frame's locals: objects with `__del__`
    // held only by locals are finalized in that order. (Not `drain(..)`: its iterator
    // state cost richards +0.3% instructions.) SAFETY: the `n` locals are initialized;
    // the length drops to 0 first, so each one is owned by the read that releases it and
    // the vector never exposes it again.
    // A local gives up its reference in place (`release_if_shared`) or, the last one, is
    // dropped where it is: no copy of it is taken (as `Value::release(ptr::read(..))` did).
    unsafe {
        fr.fast.set_len(0);
        let p = fr.fast.as_mut_ptr();
        for i in 0..n {
            let v = p.add(i);
            if !(*v).release_if_shared() && (*v).is_heap() {
                std::ptr::drop_in_place(v);
            }
        }
    }
}

/// `clear_frame` for a frame of `call_pooled` once its function returned or raised: such
/// a frame never has a name dictionary (module and class bodies do) or saved handled
/// exceptions (suspended generators do), and `dispatch` left its count of pushed handled
/// exceptions at zero (it pops them as the frame returns or its error propagates). What
/// remains: the locals, any leftovers of the stack (a `return` inside a `for` leaves its
/// iterator), the cells, the blocks and the pc.
#[inline(always)]
fn clear_call_frame(fr: &mut Frame) {
    debug_assert!(fr.locals.is_none() && fr.saved_exc.is_empty() && fr.exc_pushed == 0);
    clear_locals(fr);
    if (fr.stack.len() | fr.cells.len()) != 0 {
        fr.stack.clear();
        fr.cells.clear();
    }
    fr.blocks.clear();
    fr.pc = 0;
}

/// Bind `func`'s locals into `fast` from the caller's stack: `first` (if any), then the
/// arguments `f.stack[at..]` (moved, not cloned), then the defaults of the missing trailing
/// parameters (`binds_positionally` checked that they exist), then `Null` for the other
/// locals. The caller's stack is left `at` long (the callable stays).
#[inline(always)]
fn bind_from_stack(
    func: &Function,
    first: Option<Value>,
    f: &mut Frame,
    at: usize,
    fast: &mut Vec<Value>,
) {
    let code = &func.code;
    // Not `fast.extend(first)`: extending by an `Option` was an out-of-line call.
    if let Some(v) = first {
        fast.push(v);
    }
    crate::value::move_tail(&mut f.stack, at, fast);
    let (given, argc) = (fast.len(), code.argcount as usize);
    if given < argc {
        let nd = func.defaults.len();
        fast.extend(func.defaults[nd - (argc - given)..].iter().cloned());
    }
    // The other locals start unbound (a short loop, inlined: `resize_with` was a call).
    let n = code.varnames.len();
    while fast.len() < n {
        fast.push(Value::Null);
    }
}

/// The cells of a frame of `func` whose locals are `fast`: a fresh cell per cell variable
/// (a parameter's holds its argument), then the closure's cells. Nothing for most functions.
#[inline(always)]
fn fill_cells(func: &Function, fast: &[Value], cells: &mut Vec<CellRef>) {
    if !func.has_cells {
        return;
    }
    let code = &func.code;
    cells.reserve(code.cellvars.len() + func.closure.len());
    for _ in 0..code.cellvars.len() {
        cells.push(Rc::new(RefCell::new(Value::Null)));
    }
    cells.extend(func.closure.iter().cloned());
    for &(ci, pi) in &code.cell_params {
        *cells[ci as usize].borrow_mut() = fast[pi as usize].clone();
    }
}

/// Whether `func` takes `nargs` positional arguments with no binding work beyond filling
/// in trailing defaults (no `*args`, `**kwargs` or keyword-only parameters).
fn binds_positionally(func: &Function, nargs: usize) -> bool {
    let code = &func.code;
    let argc = code.argcount as usize;
    !code.flags.varargs
        && !code.flags.varkeywords
        && code.kwonlyargcount == 0
        && nargs <= argc
        && nargs + func.defaults.len() >= argc
}

/// `binds_positionally`, for a function whose call runs it (not a generator function).
#[inline(always)]
fn simple_positional(func: &Function, nargs: usize) -> bool {
    let (lo, hi) = func.simple;
    let n = nargs as u32;
    lo <= n && n <= hi
}
