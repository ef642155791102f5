//! `import`: modules built into the runtime, standard-library modules written in Python
//! (embedded from `lib/`), and `.py` files on the search path.

use crate::error::{PyErr, PyResult};
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// The file name prefix of the modules in `LIB_MODULES` (`<pyjit lib>/collections.py`).
pub const LIB_FILE_PREFIX: &str = "<pyjit lib>/";

/// The subset's standard library written in Python, compiled into the binary.
const LIB_MODULES: &[(&str, &str)] = &[
    ("collections", include_str!("../../../lib/collections.py")),
    ("itertools", include_str!("../../../lib/itertools.py")),
    ("functools", include_str!("../../../lib/functools.py")),
    ("operator", include_str!("../../../lib/operator.py")),
    ("string", include_str!("../../../lib/string.py")),
    ("copy", include_str!("../../../lib/copy.py")),
    ("random", include_str!("../../../lib/random.py")),
];

impl Vm {
    /// Import `name`; return the module `import name` binds (the top package) or, with a
    /// from-list, the named module itself.
    pub fn import_module(&mut self, name: &str, _fromlist: bool) -> PyResult<Value> {
        if let Some(m) = self.modules.get_str(name) {
            return Ok(m);
        }
        if name.contains('.') {
            return Err(not_found(name));
        }
        if let Some(m) = crate::modules::create(self, name)? {
            return Ok(Value::Module(m));
        }
        if let Some((_, src)) = LIB_MODULES.iter().find(|(n, _)| *n == name) {
            let filename = format!("{LIB_FILE_PREFIX}{name}.py");
            return self.exec_source_module(name, src, &filename);
        }
        for dir in self.path.clone() {
            let candidate = dir.join(format!("{name}.py"));
            if candidate.is_file() {
                let filename = candidate.to_string_lossy().to_string();
                let src = std::fs::read(&candidate).map_err(|e| {
                    PyErr::new("ImportError", format!("cannot read {filename}: {e}"))
                })?;
                let src = String::from_utf8(src).map_err(|_| {
                    PyErr::new(
                        "SyntaxError",
                        format!("(unicode error) invalid UTF-8 in {filename}"),
                    )
                })?;
                return self.exec_source_module(name, &src, &filename);
            }
        }
        Err(not_found(name))
    }

    fn exec_source_module(&mut self, name: &str, src: &str, filename: &str) -> PyResult<Value> {
        self.sources.insert(filename.into(), src.into());
        let code = pyjit_compiler::compile(src, filename).map_err(|e| {
            PyErr::new(
                e.type_name(),
                format!("{} ({}, line {})", e.message, filename, e.line),
            )
        })?;
        let m = self.new_module(name, Some(filename));
        if let Err(e) = self.exec_module(code, &m) {
            let key = crate::interp::call::str_key(name);
            self.modules.map.borrow_mut().shift_remove(&key);
            return Err(e);
        }
        // A module may replace itself in sys.modules.
        Ok(self.modules.get_str(name).unwrap_or(Value::Module(m)))
    }

    /// `from module import name`.
    pub fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        match self.getattr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if e.is("AttributeError") => {
                let (mname, file) = match module {
                    Value::Module(m) => (
                        m.name.to_string(),
                        match m.dict.get_str("__file__") {
                            Some(Value::Str(s)) => s.as_str().to_string(),
                            _ => "unknown location".to_string(),
                        },
                    ),
                    _ => ("?".into(), "unknown location".into()),
                };
                let e = PyErr::new(
                    "ImportError",
                    format!("cannot import name '{name}' from '{mname}' ({file})"),
                );
                set_import_name(&e, &mname);
                Err(e)
            }
            Err(e) => Err(e),
        }
    }
}

/// `ModuleNotFoundError: No module named 'name'`, with its `name` attribute.
fn not_found(name: &str) -> PyErr {
    let e = PyErr::new("ModuleNotFoundError", format!("No module named '{name}'"));
    set_import_name(&e, name);
    e
}

fn set_import_name(e: &PyErr, name: &str) {
    if let Value::Instance(i) = &e.exc {
        i.dict.set_str("name", Value::str(name));
    }
}

/// A module object whose attributes are builtin functions and values.
pub fn builtin_module(
    vm: &mut Vm,
    name: &str,
    entries: Vec<(&str, Value)>,
) -> Rc<crate::object::Module> {
    let m = vm.new_module(name, None);
    for (k, v) in entries {
        m.dict.set_str(k, v);
    }
    m
}
