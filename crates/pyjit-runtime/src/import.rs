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
    ("heapq", include_str!("../../../lib/heapq.py")),
    ("bisect", include_str!("../../../lib/bisect.py")),
    ("dataclasses", include_str!("../../../lib/dataclasses.py")),
    ("typing", include_str!("../../../lib/typing.py")),
    ("json", include_str!("../../../lib/json.py")),
    ("io", include_str!("../../../lib/io.py")),
    ("textwrap", include_str!("../../../lib/textwrap.py")),
    ("types", include_str!("../../../lib/types.py")),
    ("enum", include_str!("../../../lib/enum.py")),
    ("re", include_str!("../../../lib/re.py")),
    ("numbers", include_str!("../../../lib/numbers.py")),
    ("fractions", include_str!("../../../lib/fractions.py")),
    ("statistics", include_str!("../../../lib/statistics.py")),
    ("contextlib", include_str!("../../../lib/contextlib.py")),
    ("pprint", include_str!("../../../lib/pprint.py")),
    ("warnings", include_str!("../../../lib/warnings.py")),
    ("keyword", include_str!("../../../lib/keyword.py")),
    ("queue", include_str!("../../../lib/queue.py")),
    ("argparse", include_str!("../../../lib/argparse.py")),
];

/// Whether `name` is one of the standard-library modules embedded from `lib/`.
pub fn is_lib_module(name: &str) -> bool {
    LIB_MODULES.iter().any(|(n, _)| *n == name)
}

impl Vm {
    /// `import name` / `from name import ...` executed by code whose globals are `globals`:
    /// resolves a relative name (`.mod`, `..pkg.mod`, `.`) against the importing module's
    /// `__package__` first.
    pub fn import_name(
        &mut self,
        name: &str,
        fromlist: bool,
        globals: &crate::object::PyDict,
    ) -> PyResult<Value> {
        if !name.starts_with('.') {
            return self.import_module(name, fromlist);
        }
        let level = name.len() - name.trim_start_matches('.').len();
        let rest = &name[level..];
        let package = match globals.get_str("__package__") {
            Some(Value::Str(p)) if !p.as_str().is_empty() => p.as_str().to_string(),
            _ => {
                return Err(PyErr::new(
                    "ImportError",
                    "attempted relative import with no known parent package",
                ))
            }
        };
        let parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return Err(PyErr::new(
                "ImportError",
                "attempted relative import beyond top-level package",
            ));
        }
        let base = parts[..parts.len() + 1 - level].join(".");
        let absolute = if rest.is_empty() {
            base
        } else {
            format!("{base}.{rest}")
        };
        self.import_module(&absolute, true)
    }

    /// Import `name` (possibly dotted, importing each parent package first); return the
    /// module `import name` binds (the top package) or, with a from-list, the named module.
    pub fn import_module(&mut self, name: &str, fromlist: bool) -> PyResult<Value> {
        if let Some(m) = self.modules.get_str(name) {
            if fromlist || !name.contains('.') {
                return Ok(m);
            }
        }
        let mut module = Value::None;
        let mut prefix = String::new();
        for (i, part) in name.split('.').enumerate() {
            let parent = std::mem::take(&mut prefix);
            prefix = if i == 0 {
                part.to_string()
            } else {
                format!("{parent}.{part}")
            };
            module = match self.modules.get_str(&prefix) {
                Some(m) => m,
                None if i == 0 => self.import_top(part)?,
                None => self.import_submodule(&module, &parent, part, &prefix)?,
            };
        }
        if fromlist || !name.contains('.') {
            return Ok(module);
        }
        let top = name.split('.').next().unwrap_or(name);
        Ok(self.modules.get_str(top).unwrap_or(module))
    }

    /// A top-level module: builtin, from pyjit's `lib/`, or a file or package on the path.
    fn import_top(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = crate::modules::create(self, name)? {
            return Ok(Value::Module(m));
        }
        if let Some((_, src)) = LIB_MODULES.iter().find(|(n, _)| *n == name) {
            let filename = format!("{LIB_FILE_PREFIX}{name}.py");
            return self.exec_source_module(name, src, &filename, None);
        }
        for dir in self.search_path() {
            if let Some(m) = self.import_from_dir(&dir, name, name, "")? {
                return Ok(m);
            }
        }
        Err(not_found(name))
    }

    /// The directories searched for top-level modules: `sys.path` as the program left it
    /// once `sys` is imported (programs insert their own directories), else the start-up
    /// path. Relative entries are taken from the current directory, so module files get
    /// absolute names (`__file__`, tracebacks), as in CPython.
    fn search_path(&self) -> Vec<std::path::PathBuf> {
        let from_sys = match self.modules.get_str("sys") {
            Some(Value::Module(m)) => match m.dict.get_str("path") {
                Some(Value::List(l)) => Some(
                    l.items
                        .borrow()
                        .iter()
                        .filter_map(|v| match v {
                            Value::Str(s) => Some(std::path::PathBuf::from(s.as_str())),
                            _ => None,
                        })
                        .collect::<Vec<_>>(),
                ),
                _ => None,
            },
            _ => None,
        };
        let dirs = from_sys.unwrap_or_else(|| self.path.clone());
        let cwd = std::env::current_dir().ok();
        dirs.into_iter()
            .map(|d| match &cwd {
                Some(c) if d.is_relative() => c.join(d),
                _ => d,
            })
            .collect()
    }

    /// `parent.part`: an attribute of `parent` that is a module (`os.path`), or a module
    /// file or subpackage in the package's directories.
    fn import_submodule(
        &mut self,
        parent: &Value,
        parent_name: &str,
        part: &str,
        full: &str,
    ) -> PyResult<Value> {
        let Value::Module(pm) = parent else {
            return Err(not_found(full));
        };
        if let Some(m @ Value::Module(_)) = pm.dict.get_str(part) {
            return Ok(m);
        }
        let dirs = match pm.dict.get_str("__path__") {
            Some(Value::List(l)) => l.items.borrow().clone(),
            _ => {
                let e = PyErr::new(
                    "ModuleNotFoundError",
                    format!("No module named '{full}'; '{parent_name}' is not a package"),
                );
                set_import_name(&e, full);
                return Err(e);
            }
        };
        for d in dirs {
            if let Value::Str(d) = d {
                let dir = std::path::PathBuf::from(d.as_str());
                if let Some(m) = self.import_from_dir(&dir, part, full, parent_name)? {
                    pm.dict.set_str(part, m.clone());
                    return Ok(m);
                }
            }
        }
        Err(not_found(full))
    }

    /// Load `dir/name.py` or the package `dir/name/__init__.py` as module `full`.
    fn import_from_dir(
        &mut self,
        dir: &std::path::Path,
        name: &str,
        full: &str,
        parent_package: &str,
    ) -> PyResult<Option<Value>> {
        let package_init = dir.join(name).join("__init__.py");
        let (file, package_dir) = if package_init.is_file() {
            (package_init, Some(dir.join(name)))
        } else {
            let file = dir.join(format!("{name}.py"));
            if !file.is_file() {
                return Ok(None);
            }
            (file, None)
        };
        let filename = file.to_string_lossy().to_string();
        let src = std::fs::read(&file)
            .map_err(|e| PyErr::new("ImportError", format!("cannot read {filename}: {e}")))?;
        let src = String::from_utf8(src).map_err(|_| {
            PyErr::new(
                "SyntaxError",
                format!("(unicode error) invalid UTF-8 in {filename}"),
            )
        })?;
        let package = match &package_dir {
            Some(_) => full.to_string(),
            None => parent_package.to_string(),
        };
        let path = package_dir.map(|d| d.to_string_lossy().to_string());
        self.exec_source_module(full, &src, &filename, Some((package, path)))
            .map(Some)
    }

    /// Run a module's source; `package` gives its `__package__` and, for a package, the
    /// directory that becomes its `__path__`.
    fn exec_source_module(
        &mut self,
        name: &str,
        src: &str,
        filename: &str,
        package: Option<(String, Option<String>)>,
    ) -> PyResult<Value> {
        self.sources.insert(filename.into(), src.into());
        let code = pyjit_compiler::compile(src, filename).map_err(|e| {
            PyErr::new(
                e.type_name(),
                format!("{} ({}, line {})", e.message, filename, e.line),
            )
        })?;
        let m = self.new_module(name, Some(filename));
        if let Some((package, path)) = package {
            m.dict.set_str("__package__", Value::string(package));
            if let Some(p) = path {
                m.dict
                    .set_str("__path__", Value::list(vec![Value::string(p)]));
            }
        }
        if let Err(e) = self.exec_module(code, &m) {
            let key = crate::interp::call::str_key(name);
            self.modules.map.borrow_mut().remove(&key);
            return Err(e);
        }
        // A module may replace itself in sys.modules.
        Ok(self.modules.get_str(name).unwrap_or(Value::Module(m)))
    }

    /// The names `from module import *` binds: those in `__all__` if the module defines it,
    /// otherwise every name not starting with an underscore.
    pub fn import_star_names(
        &mut self,
        module: &Value,
    ) -> PyResult<Vec<(crate::object::HKey, Value)>> {
        let Value::Module(m) = module else {
            return Ok(Vec::new());
        };
        if let Some(all) = m.dict.get_str("__all__") {
            let mut out = Vec::new();
            for name in self.collect(&all)? {
                let Value::Str(s) = &name else {
                    return Err(crate::error::type_error(format!(
                        "Item in {}.__all__ must be str, not {}",
                        m.name,
                        crate::builtin_types::type_name(&name)
                    )));
                };
                let v = self.getattr(module, s.as_str())?;
                out.push((crate::interp::call::str_key(s.as_str()), v));
            }
            return Ok(out);
        }
        Ok(m.dict
            .map
            .borrow()
            .iter()
            .filter(|(k, _)| !k.value.as_str().unwrap_or("_").starts_with('_'))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect())
    }

    /// `from module import name`.
    pub fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        match self.getattr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if e.is("AttributeError") => {
                // `from package import submodule` imports the submodule.
                if let Value::Module(m) = module {
                    if m.dict.get_str("__path__").is_some() {
                        let full = format!("{}.{name}", m.name);
                        match self.import_module(&full, true) {
                            Ok(sub) => return Ok(sub),
                            Err(e) if e.is("ModuleNotFoundError") => {}
                            Err(e) => return Err(e),
                        }
                    }
                }
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
        i.class.borrow().note_instance_attr("name");
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
