//! `Value`: what every Python value is at run time.
//!
//! Layout (documented for the JIT, which reads it directly): `#[repr(C, u8)]`, so a value is a
//! one-byte tag followed by an 8-byte payload at offset 8 — 16 bytes in all. `Int` and `Float`
//! carry their number unboxed in the payload; `None`/`Bool` need no heap; every other variant
//! is one `Rc` pointer to a heap object. Memory is reference counted (see docs/architecture.md
//! for why, and for what that means for cycles).

use crate::object::{
    BoundMethod, BuiltinFunction, Function, Generator, Instance, Module, PyDict, PyIter, PyList,
    PyRange, PySet, PySlice, PyStr, PyTuple, PyType,
};
use num_bigint::BigInt;
use pyjit_bytecode::CodeObject;
use std::cell::RefCell;
use std::rc::Rc;

/// A cell holding a variable shared between a function and its inner functions.
pub type CellRef = Rc<RefCell<Value>>;

#[derive(Default)]
#[repr(C, u8)]
pub enum Value {
    /// Internal marker (an empty stack slot, "no self" in method calls); never seen by programs.
    #[default]
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    List(Rc<PyList>),
    Tuple(Rc<PyTuple>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<Function>),
    Builtin(Rc<BuiltinFunction>),
    BoundMethod(Rc<BoundMethod>),
    Type(Rc<PyType>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Iter(Rc<PyIter>),
    Generator(Rc<Generator>),
    Cell(CellRef),
    Code(Rc<CodeObject>),
    Ellipsis,
    NotImplemented,
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList::new(items)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple::new(items)))
    }

    pub fn bool(b: bool) -> Value {
        Value::Bool(b)
    }

    /// An int from a big integer, normalized to the small form when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None)
            | (Null, Null)
            | (Ellipsis, Ellipsis)
            | (NotImplemented, NotImplemented) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints are cached in CPython; equal ints are identical here.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// Address of the heap object, for identity and `id()`.
    pub fn ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as usize,
            Str(r) => Rc::as_ptr(r) as usize,
            List(r) => Rc::as_ptr(r) as usize,
            Tuple(r) => Rc::as_ptr(r) as usize,
            Dict(r) => Rc::as_ptr(r) as usize,
            Set(r) => Rc::as_ptr(r) as usize,
            Range(r) => Rc::as_ptr(r) as usize,
            Slice(r) => Rc::as_ptr(r) as usize,
            Function(r) => Rc::as_ptr(r) as usize,
            Builtin(r) => Rc::as_ptr(r) as usize,
            BoundMethod(r) => Rc::as_ptr(r) as usize,
            Type(r) => Rc::as_ptr(r) as usize,
            Instance(r) => Rc::as_ptr(r) as usize,
            Module(r) => Rc::as_ptr(r) as usize,
            Iter(r) => Rc::as_ptr(r) as usize,
            Generator(r) => Rc::as_ptr(r) as usize,
            Cell(r) => Rc::as_ptr(r) as usize,
            Code(r) => Rc::as_ptr(r) as usize,
            _ => return Option::None,
        })
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

impl Clone for Value {
    /// Numbers and constants are copied inline; only heap values take the out-of-line path
    /// that bumps a reference count.
    #[inline(always)]
    fn clone(&self) -> Self {
        match self {
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::Bool(b) => Value::Bool(*b),
            Value::None => Value::None,
            _ => self.clone_heap(),
        }
    }
}

impl Value {
    #[inline(never)]
    fn clone_heap(&self) -> Value {
        match self {
            Value::Null => Value::Null,
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::BigInt(r) => Value::BigInt(r.clone()),
            Value::Str(r) => Value::Str(r.clone()),
            Value::List(r) => Value::List(r.clone()),
            Value::Tuple(r) => Value::Tuple(r.clone()),
            Value::Dict(r) => Value::Dict(r.clone()),
            Value::Set(r) => Value::Set(r.clone()),
            Value::Range(r) => Value::Range(r.clone()),
            Value::Slice(r) => Value::Slice(r.clone()),
            Value::Function(r) => Value::Function(r.clone()),
            Value::Builtin(r) => Value::Builtin(r.clone()),
            Value::BoundMethod(r) => Value::BoundMethod(r.clone()),
            Value::Type(r) => Value::Type(r.clone()),
            Value::Instance(r) => Value::Instance(r.clone()),
            Value::Module(r) => Value::Module(r.clone()),
            Value::Iter(r) => Value::Iter(r.clone()),
            Value::Generator(r) => Value::Generator(r.clone()),
            Value::Cell(r) => Value::Cell(r.clone()),
            Value::Code(r) => Value::Code(r.clone()),
            Value::Ellipsis => Value::Ellipsis,
            Value::NotImplemented => Value::NotImplemented,
        }
    }
}
