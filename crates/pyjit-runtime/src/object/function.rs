//! Callables and modules: Python functions, builtin functions, bound methods, generators.

use crate::error::PyResult;
use crate::interp::frame::Frame;
use crate::object::PyDict;
use crate::value::{CellRef, Value};
use crate::vm::Vm;
use pyjit_bytecode::CodeObject;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct Function {
    pub code: Rc<CodeObject>,
    /// The code's run-time companion (constants as values, inline caches).
    pub rt: Rc<crate::interp::frame::CodeRt>,
    pub globals: Rc<PyDict>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub defaults: Vec<Value>,
    pub kwdefaults: Option<Rc<PyDict>>,
    pub closure: Vec<CellRef>,
    /// Attributes set on the function object (`f.cache = ...`, `__wrapped__`, ...).
    pub dict: Rc<PyDict>,
    pub module: Value,
    /// Calls with this many positional arguments (and nothing else) run with no binding
    /// work beyond trailing defaults: `simple.0..=simple.1`, empty for generator functions
    /// and for `*args`, `**kwargs` or keyword-only parameters. Computed once
    /// (`Function::simple_arity`): the call path tests it on every call.
    pub simple: (u32, u32),
    /// The frame needs cells (cell variables or a closure).
    pub has_cells: bool,
    /// The JIT may run calls of this function as native code (`JitHooks::native_candidate`,
    /// asked when the function is made). Such a function's `simple` range is empty, so the
    /// call path's existing arity test sends its calls off the fast path to
    /// `Vm::call_native` at no cost to other calls (and none at all with `--jit=off`,
    /// where this is never set).
    pub native: bool,
    /// The cycle collector's registry index (`crate::gc`).
    pub gc: crate::gc::GcLink,
}

impl Drop for Function {
    fn drop(&mut self) {
        crate::gc::untrack(&self.gc);
    }
}

impl Function {
    /// The `simple` range of a function of `code` with `ndefaults` positional defaults.
    pub fn simple_arity(code: &CodeObject, ndefaults: usize) -> (u32, u32) {
        let f = &code.flags;
        if f.generator || f.varargs || f.varkeywords || code.kwonlyargcount != 0 {
            return (1, 0);
        }
        let argc = code.argcount;
        (argc.saturating_sub(ndefaults as u32), argc)
    }
}

/// Signature of a builtin implemented in Rust: positional args and keyword args.
pub type BuiltinFn = fn(&mut Vm, &[Value], &[(Rc<str>, Value)]) -> PyResult<Value>;

pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: BuiltinFn,
    /// For builtins bound to a module-level object (e.g. `random.random`), that object.
    pub bound: Option<Value>,
    /// For a method of a builtin type read through the type (`str.lower`, CPython's
    /// `method_descriptor`), that type: a call checks its first argument is one.
    pub owner: Option<Rc<crate::object::PyType>>,
}

impl BuiltinFunction {
    /// The error of calling a method descriptor (`owner` set) on `args`, if any.
    pub fn misapplied(&self, args: &[Value]) -> Option<crate::error::PyErr> {
        let owner = self.owner.as_ref()?;
        // CPython's special methods are slot wrappers (but a few), worded differently.
        let wrapper = self.name.starts_with("__")
            && !crate::methods::protocol::is_method(&owner.name, self.name);
        let Some(this) = args.first() else {
            return Some(crate::error::type_error(if wrapper {
                format!(
                    "descriptor '{}' of '{}' object needs an argument",
                    self.name, owner.name
                )
            } else {
                format!(
                    "unbound method {}.{}() needs an argument",
                    owner.name, self.name
                )
            }));
        };
        let t = crate::builtin_types::type_of(this);
        (!t.is_subtype(owner)).then(|| {
            crate::error::type_error(if wrapper {
                format!(
                    "descriptor '{}' requires a '{}' object but received a '{}'",
                    self.name, owner.name, t.name
                )
            } else {
                format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    self.name, owner.name, t.name
                )
            })
        })
    }
}

pub struct BoundMethod {
    pub self_value: Value,
    pub func: Value,
}

pub struct Module {
    pub name: Rc<str>,
    pub dict: Rc<PyDict>,
}

/// A suspended function frame, resumed by `next`/`send`.
pub struct Generator {
    /// The suspended frame: taken out while the generator runs (`running` tells that
    /// apart from finished). A `Cell`, not a `RefCell`: the frame is only ever moved in
    /// and out whole, so there is no borrow to track (two flag updates per resume less).
    pub frame: Cell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
}

impl Drop for Generator {
    /// A generator freed while suspended inside `try`/`with` must still be closed (its
    /// `finally` blocks run), and so must one suspended in `yield from` (closing it closes
    /// its sub-iterator first, and an error from that is raised in its frame, as CPython's
    /// `gen_close` does): the frame is queued for `Vm::run_pending_finalizers`. Any other
    /// suspended frame has nothing to run on `GeneratorExit` and is just dropped.
    fn drop(&mut self) {
        if let Some(frame) = self.frame.get_mut().take() {
            let in_yield_from = || {
                frame.code.instrs.get(frame.pc).map(|i| i.op) == Some(pyjit_bytecode::Op::YieldFrom)
            };
            if frame.pc > 0 && (!frame.blocks.is_empty() || in_yield_from()) {
                crate::generator::queue_finalizer(crate::generator::Finalizer::Generator(
                    crate::generator::Abandoned {
                        frame,
                        name: self.name.clone(),
                        qualname: self.qualname.clone(),
                    },
                ));
            }
        }
    }
}
