//! The builtin classes (`int`, `str`, `list`, exception classes, ...), created once per thread.
//!
//! Builtin methods are entries in these classes' dictionaries, filled in by `methods::install`,
//! so attribute lookup on a builtin value is the same MRO walk as on a user instance.

use crate::object::{PyDict, PyType, TypeKind};
use crate::value::Value;
use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

pub struct BuiltinTypes {
    pub object: Rc<PyType>,
    pub type_: Rc<PyType>,
    pub none: Rc<PyType>,
    pub bool_: Rc<PyType>,
    pub int: Rc<PyType>,
    pub float: Rc<PyType>,
    pub str_: Rc<PyType>,
    pub list: Rc<PyType>,
    pub tuple: Rc<PyType>,
    pub dict: Rc<PyType>,
    pub set: Rc<PyType>,
    pub frozenset: Rc<PyType>,
    pub range: Rc<PyType>,
    pub slice: Rc<PyType>,
    pub function: Rc<PyType>,
    pub builtin_function: Rc<PyType>,
    pub method: Rc<PyType>,
    pub module: Rc<PyType>,
    pub generator: Rc<PyType>,
    pub cell: Rc<PyType>,
    pub code: Rc<PyType>,
    pub ellipsis: Rc<PyType>,
    pub not_implemented: Rc<PyType>,
    pub property: Rc<PyType>,
    pub staticmethod: Rc<PyType>,
    pub classmethod: Rc<PyType>,
    pub super_: Rc<PyType>,
    /// Iterator types by their Python name (`list_iterator`, `map`, `zip`, ...).
    pub iterators: HashMap<&'static str, Rc<PyType>>,
    /// Exception classes by name.
    pub exceptions: HashMap<&'static str, Rc<PyType>>,
    pub exception_order: Vec<&'static str>,
}

thread_local! {
    static TYPES: Rc<BuiltinTypes> = Rc::new(BuiltinTypes::create());
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
}

/// The builtin classes of this thread.
pub fn types() -> Rc<BuiltinTypes> {
    TYPES.with(|t| t.clone())
}

/// A fresh version tag for a class.
pub fn next_version() -> u64 {
    NEXT_VERSION.with(|v| {
        let n = v.get();
        v.set(n + 1);
        n
    })
}

/// A new class with the given bases; the MRO is computed by C3 linearization.
pub fn new_type(
    name: &str,
    module: &str,
    kind: TypeKind,
    bases: Vec<Rc<PyType>>,
    dict: Rc<PyDict>,
    is_builtin: bool,
) -> Result<Rc<PyType>, String> {
    let mro_rest = c3_merge(&bases)?;
    Ok(Rc::new(PyType {
        name: name.into(),
        qualname: std::cell::RefCell::new(name.into()),
        module: module.into(),
        kind,
        bases,
        mro_rest,
        dict,
        version: Cell::new(next_version()),
        is_builtin,
        attr_hint: Cell::new(0),
        init_cache: std::cell::RefCell::new(None),
        has_del: Cell::new(false),
        inst_names: std::cell::RefCell::new(Vec::new()),
        dict_exposed: Cell::new(false),
        meta: std::cell::OnceCell::new(),
    }))
}

/// C3 linearization of the bases' MROs (the MRO of a new class, minus the class itself).
fn c3_merge(bases: &[Rc<PyType>]) -> Result<Vec<Rc<PyType>>, String> {
    let mut seqs: Vec<Vec<Rc<PyType>>> = bases.iter().map(|b| b.mro().collect()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<PyType>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, head)));
            (!in_tail).then(|| head.clone())
        });
        let Some(c) = candidate else {
            let names: Vec<&str> = bases.iter().map(|b| &*b.name).collect();
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// The exception hierarchy: (name, base).
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

const ITERATORS: &[&str] = &[
    "range_iterator",
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "list_reverseiterator",
    "reversed",
    "callable_iterator",
    "iterator",
    "dict_keys",
    "dict_values",
    "dict_items",
];

impl BuiltinTypes {
    fn create() -> Self {
        let mk = |name: &str, kind: TypeKind, bases: Vec<Rc<PyType>>| {
            new_type(name, "builtins", kind, bases, Rc::new(PyDict::new()), true)
                .expect("builtin MRO")
        };
        let object = mk("object", TypeKind::Object, vec![]);
        let o = || vec![object.clone()];
        let int = mk("int", TypeKind::Int, o());
        let mut exceptions: HashMap<&'static str, Rc<PyType>> = HashMap::new();
        let mut exception_order = Vec::new();
        for (name, base) in EXCEPTIONS {
            let bases = if base.is_empty() {
                o()
            } else {
                vec![exceptions[base].clone()]
            };
            exceptions.insert(*name, mk(name, TypeKind::BaseException, bases));
            exception_order.push(*name);
        }
        let mut iterators = HashMap::new();
        for name in ITERATORS {
            iterators.insert(*name, mk(name, TypeKind::Iterator, o()));
        }
        BuiltinTypes {
            type_: mk("type", TypeKind::Type, o()),
            none: mk("NoneType", TypeKind::NoneType, o()),
            bool_: mk("bool", TypeKind::Bool, vec![int.clone()]),
            float: mk("float", TypeKind::Float, o()),
            str_: mk("str", TypeKind::Str, o()),
            list: mk("list", TypeKind::List, o()),
            tuple: mk("tuple", TypeKind::Tuple, o()),
            dict: mk("dict", TypeKind::Dict, o()),
            set: mk("set", TypeKind::Set, o()),
            frozenset: mk("frozenset", TypeKind::FrozenSet, o()),
            range: mk("range", TypeKind::Range, o()),
            slice: mk("slice", TypeKind::Slice, o()),
            function: mk("function", TypeKind::Function, o()),
            builtin_function: mk("builtin_function_or_method", TypeKind::BuiltinFunction, o()),
            method: mk("method", TypeKind::Method, o()),
            module: mk("module", TypeKind::Module, o()),
            generator: mk("generator", TypeKind::Generator, o()),
            cell: mk("cell", TypeKind::Cell, o()),
            code: mk("code", TypeKind::Code, o()),
            ellipsis: mk("ellipsis", TypeKind::Ellipsis, o()),
            not_implemented: mk("NotImplementedType", TypeKind::NotImplementedType, o()),
            property: mk("property", TypeKind::Property, o()),
            staticmethod: mk("staticmethod", TypeKind::StaticMethod, o()),
            classmethod: mk("classmethod", TypeKind::ClassMethod, o()),
            super_: mk("super", TypeKind::Super, o()),
            int,
            object,
            iterators,
            exceptions,
            exception_order,
        }
    }

    /// The exception class called `name`.
    pub fn exception(&self, name: &str) -> Rc<PyType> {
        self.exceptions
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.exceptions["SystemError"].clone())
    }
}

/// The class of a value.
pub fn type_of(v: &Value) -> Rc<PyType> {
    let t = types();
    match v {
        Value::Null | Value::None => t.none.clone(),
        Value::Bool(_) => t.bool_.clone(),
        Value::Int(_) | Value::BigInt(_) => t.int.clone(),
        Value::Float(_) => t.float.clone(),
        Value::Str(_) => t.str_.clone(),
        Value::List(_) => t.list.clone(),
        Value::Tuple(_) => t.tuple.clone(),
        Value::Dict(_) => t.dict.clone(),
        Value::Set(s) => {
            if s.frozen {
                t.frozenset.clone()
            } else {
                t.set.clone()
            }
        }
        Value::Range(_) => t.range.clone(),
        Value::Slice(_) => t.slice.clone(),
        Value::Function(_) => t.function.clone(),
        Value::Builtin(_) => t.builtin_function.clone(),
        Value::BoundMethod(_) => t.method.clone(),
        Value::Type(c) => c.meta.get().unwrap_or(&t.type_).clone(),
        Value::Instance(i) => i.class.borrow().clone(),
        Value::Module(_) => t.module.clone(),
        Value::Iter(it) => t
            .iterators
            .get(it.type_name)
            .cloned()
            .unwrap_or_else(|| t.iterators["iterator"].clone()),
        Value::Generator(_) => t.generator.clone(),
        Value::Cell(_) => t.cell.clone(),
        Value::Code(_) => t.code.clone(),
        Value::Ellipsis => t.ellipsis.clone(),
        Value::NotImplemented => t.not_implemented.clone(),
    }
}

/// The class name of a value, as used in error messages.
pub fn type_name(v: &Value) -> Rc<str> {
    match v {
        Value::Int(_) | Value::BigInt(_) => "int".into(),
        Value::Float(_) => "float".into(),
        Value::Str(_) => "str".into(),
        Value::List(_) => "list".into(),
        Value::Tuple(_) => "tuple".into(),
        Value::Dict(_) => "dict".into(),
        Value::None => "NoneType".into(),
        Value::Bool(_) => "bool".into(),
        _ => type_of(v).name.clone(),
    }
}
