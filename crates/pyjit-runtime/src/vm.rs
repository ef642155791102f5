//! The virtual machine: interpreter-wide state, module execution and uncaught-error reporting.

use crate::error::{PyErr, PyResult};
use crate::interp::frame::{CodeRt, Frame};
use crate::object::{Module, PyDict};
use crate::value::Value;
use pyjit_bytecode::CodeObject;
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;

/// Options that shape a run.
#[derive(Clone, Debug)]
pub struct VmOptions {
    pub argv: Vec<String>,
    pub jit: bool,
    pub jit_threshold: u32,
    pub stats: bool,
}

impl Default for VmOptions {
    fn default() -> Self {
        VmOptions {
            argv: Vec::new(),
            jit: true,
            jit_threshold: 200,
            stats: false,
        }
    }
}

pub struct Vm {
    pub builtins: Rc<PyDict>,
    /// `sys.modules`.
    pub modules: Rc<PyDict>,
    pub depth: usize,
    pub recursion_limit: usize,
    /// Exceptions being handled (innermost last): `sys.exc_info()` and bare `raise`.
    pub exc_info: Vec<Value>,
    /// Set by a re-raise so the frame does not record a second traceback entry.
    pub reraising: bool,
    /// Containers whose repr is in progress (cycle detection).
    pub repr_stack: Vec<usize>,
    /// Buffered stdout.
    pub out: Vec<u8>,
    /// Source text by file name, for printing traceback lines.
    pub sources: HashMap<Rc<str>, Rc<str>>,
    pub options: VmOptions,
    pub code_rts: HashMap<usize, Rc<CodeRt>>,
    pub code_keepalive: Vec<Rc<CodeObject>>,
    /// Directories searched by `import`.
    pub path: Vec<PathBuf>,
    /// Interned names: every code object's names share one `str` per distinct text.
    pub interned: HashMap<Rc<str>, Value>,
    /// Cleared vectors kept for reuse as frame locals and stacks.
    pub vec_pool: Vec<Vec<Value>>,
    /// Special-method lookups of user classes (see `Vm::special_cached`).
    pub special_cache: crate::class::SpecialCache,
    /// Frames for Python-to-Python calls, reused (see `Vm::call_pooled`).
    pub frame_pool: Vec<Box<crate::interp::frame::Frame>>,
    /// The frames of plain positional calls, one per depth (see `FrameSlots`).
    pub call_frames: crate::interp::frame::FrameSlots,
    /// The `yield from` chain a `for` over a generator resumes at its innermost level,
    /// empty between items (see `Vm::generator_next_deep`): kept for its capacity.
    pub gen_chain: Vec<Rc<crate::object::Generator>>,
    /// The builtin classes (kept here to avoid a thread-local lookup on hot paths).
    pub types: Rc<crate::builtin_types::BuiltinTypes>,
    /// Specialization counters (`--stats`).
    pub stats: crate::interp::stats::Stats,
    /// The tracing JIT, when one is installed (`--jit=on`); see `interp/jit_hook.rs`.
    pub jit: Option<Box<dyn crate::interp::jit_hook::JitHooks>>,
    /// A trace recording is in progress: the interpreter reports every instruction.
    pub jit_recording: bool,
    /// A recording waits for a residual call (`JitHooks::waits_for_call`): the call runs
    /// unreported, and the recorded frame's loop reports again after it.
    pub jit_rec_paused: bool,
    /// The `sys` module's dict and the stream object it was created with as `sys.stdout`
    /// (set when `sys` is made): `print` compares `sys.stdout` against it by identity to
    /// see whether a program rebound it (`redirect_stdout`, a `StringIO`).
    pub sys_stdout: Option<(Rc<PyDict>, Value)>,
}

/// How a program run ended.
pub enum Exit {
    Ok,
    /// `sys.exit(code)` or an uncaught exception (already reported): the process exit status.
    Code(i32),
}

impl Vm {
    pub fn new(options: VmOptions) -> Vm {
        let mut vm = Vm {
            builtins: Rc::new(PyDict::new()),
            modules: Rc::new(PyDict::new()),
            depth: 0,
            recursion_limit: 1000,
            exc_info: Vec::new(),
            reraising: false,
            repr_stack: Vec::new(),
            out: Vec::with_capacity(1 << 16),
            sources: HashMap::new(),
            options,
            code_rts: HashMap::new(),
            code_keepalive: Vec::new(),
            path: Vec::new(),
            interned: HashMap::new(),
            vec_pool: Vec::new(),
            special_cache: Default::default(),
            frame_pool: Vec::new(),
            call_frames: Default::default(),
            gen_chain: Vec::new(),
            stats: Default::default(),
            types: crate::builtin_types::types(),
            jit: None,
            jit_recording: false,
            jit_rec_paused: false,
            sys_stdout: None,
        };
        crate::builtins::install(&mut vm);
        crate::methods::install();
        vm.intern_builtin_method_names();
        vm
    }

    /// Seed the interner with the method names of the builtin types, so that a call site's
    /// name (interned with its code object) *is* the key in the type's dict: the inline
    /// cache's key check (`key_is`) then succeeds on a pointer compare, not a string compare
    /// per `s.add(x)` or `l.append(x)`.
    fn intern_builtin_method_names(&mut self) {
        let t = self.types.clone();
        for ty in [
            &t.str_,
            &t.list,
            &t.dict,
            &t.tuple,
            &t.int,
            &t.float,
            &t.set,
            &t.frozenset,
        ] {
            for (k, _) in ty.dict.map.borrow().iter() {
                if let Value::Str(name) = &k.value {
                    let text: &str = name.as_str();
                    if !self.interned.contains_key(text) {
                        self.interned.insert(text.into(), k.value.clone());
                    }
                }
            }
        }
    }

    /// The interned `str` value for a name.
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.interned.get(s) {
            return v.clone();
        }
        let v = Value::str(s);
        self.interned.insert(s.into(), v.clone());
        v
    }

    /// An empty vector with room for `n` values, from the pool when possible.
    #[inline]
    pub fn take_vec(&mut self, n: usize) -> Vec<Value> {
        match self.vec_pool.pop() {
            Some(mut v) => {
                v.reserve(n);
                v
            }
            None => Vec::with_capacity(n.max(8)),
        }
    }

    /// Return a vector to the pool (its values are dropped now).
    #[inline]
    pub fn give_vec(&mut self, mut v: Vec<Value>) {
        if self.vec_pool.len() < 256 && v.capacity() <= 1024 {
            v.clear();
            self.vec_pool.push(v);
        }
    }

    /// Write to stdout (buffered).
    pub fn write_out(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
        if self.out.len() > 1 << 15 {
            self.flush_out();
        }
    }

    pub fn flush_out(&mut self) {
        let mut stdout = std::io::stdout().lock();
        let _ = stdout.write_all(&self.out);
        let _ = stdout.flush();
        self.out.clear();
    }

    /// Create an empty module object registered in `sys.modules`.
    pub fn new_module(&mut self, name: &str, file: Option<&str>) -> Rc<Module> {
        let dict = Rc::new(PyDict::new());
        dict.set_str("__name__", Value::str(name));
        dict.set_str("__doc__", Value::None);
        if let Some(f) = file {
            dict.set_str("__file__", Value::str(f));
        }
        dict.set_str("__builtins__", Value::Dict(self.builtins.clone()));
        let m = Rc::new(Module {
            name: name.into(),
            dict,
        });
        self.modules.set_str(name, Value::Module(m.clone()));
        m
    }

    /// Run a compiled module body in `module`'s namespace.
    pub fn exec_module(&mut self, code: Rc<CodeObject>, module: &Rc<Module>) -> PyResult<Value> {
        self.run_code(code, module.dict.clone(), None)
    }

    /// Run module-level code (`exec`/`eval`) in the given namespaces.
    pub fn run_code(
        &mut self,
        code: Rc<CodeObject>,
        globals: Rc<PyDict>,
        locals: Option<Rc<PyDict>>,
    ) -> PyResult<Value> {
        let rt = self.code_rt(&code);
        let frame = Frame {
            code,
            rt,
            globals,
            locals,
            fast: Vec::new(),
            cells: Vec::new(),
            stack: Vec::with_capacity(16),
            blocks: Vec::new(),
            pc: 0,
            exc_pushed: 0,
            saved_exc: Vec::new(),
        };
        self.run_frame(frame)
    }

    /// Compile and run the main script; report an uncaught exception as CPython does.
    pub fn run_main(&mut self, source: &str, filename: &str) -> Exit {
        self.sources.insert(filename.into(), source.into());
        let code = match pyjit_compiler::compile(source, filename) {
            Ok(c) => c,
            Err(e) => {
                self.flush_out();
                eprint!(
                    "{}",
                    crate::traceback::format_compile_error(&e, filename, source)
                );
                return Exit::Code(1);
            }
        };
        let main = self.new_module("__main__", Some(filename));
        main.dict.set_str("__package__", Value::None);
        let r = self.exec_module(code, &main);
        self.run_pending_finalizers();
        let exit = match r {
            Ok(_) => Exit::Ok,
            Err(e) => self.report_uncaught(e),
        };
        self.finalize_main(&main);
        self.flush_out();
        if self.options.stats {
            eprint!("{}", self.stats.report());
        }
        exit
    }

    /// Interpreter shutdown: `__main__`'s variables are released in order (running `__del__`
    /// methods and closing suspended generators), as CPython does when it clears the module.
    fn finalize_main(&mut self, main: &Rc<Module>) {
        let keys: Vec<crate::object::HKey> = main.dict.map.borrow().keys().cloned().collect();
        for k in keys {
            if k.value.as_str() == Some("__builtins__") {
                continue;
            }
            let old = main.dict.map.borrow_mut().insert(k, Value::None);
            drop(old);
            self.finalization_point();
        }
    }

    /// Print an uncaught exception (or honour `SystemExit`) and give the exit status.
    pub fn report_uncaught(&mut self, e: PyErr) -> Exit {
        if e.is("SystemExit") {
            let args = e.args();
            return match args.first() {
                None | Some(Value::None) => Exit::Code(0),
                Some(Value::Int(i)) => Exit::Code(*i as i32),
                Some(Value::Bool(b)) => Exit::Code(i32::from(*b)),
                Some(other) => {
                    let s = self.to_str(other).unwrap_or_default();
                    self.flush_out();
                    eprintln!("{s}");
                    Exit::Code(1)
                }
            };
        }
        self.flush_out();
        let text = crate::traceback::format_exception(self, &e);
        eprint!("{text}");
        Exit::Code(1)
    }

    /// Print the disassembly of a script (`--dis`).
    pub fn disassemble(source: &str, filename: &str) -> Result<String, String> {
        pyjit_compiler::compile(source, filename)
            .map(|c| pyjit_bytecode::dis::disassemble(&c))
            .map_err(|e| crate::traceback::format_compile_error(&e, filename, source))
    }
}
