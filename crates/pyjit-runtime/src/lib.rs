//! pyjit's runtime: values, objects, the specializing interpreter, builtins and modules.

pub mod attr;
pub mod builtin_types;
pub mod builtins;
pub mod class;
pub mod error;
pub mod format;
pub mod gc;
pub mod generator;
pub mod generator_deep;
pub mod import;
pub mod interp;
pub mod memory;
pub mod metaclass;
pub mod methods;
pub mod modules;
pub mod object;
pub mod ops;
pub mod suggest;
pub mod traceback;
pub mod typeforms;
pub mod value;
pub mod vm;

pub use error::{PyErr, PyResult};
pub use value::Value;
pub use vm::{Exit, Vm, VmOptions};
