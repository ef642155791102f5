//! The error type shared by every numeric operation.
//!
//! Each variant corresponds to one Python exception class and carries the
//! exact message CPython 3.11 would attach, so the runtime can raise
//! `kind()` with `message()` and match the reference byte for byte.

use std::borrow::Cow;
use std::fmt;

/// A Python exception produced by a numeric operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumError {
    /// `ZeroDivisionError`.
    ZeroDivision(Cow<'static, str>),
    /// `OverflowError`.
    Overflow(Cow<'static, str>),
    /// `ValueError`.
    Value(Cow<'static, str>),
    /// `TypeError`.
    Type(Cow<'static, str>),
    /// `MemoryError` (CPython raises it with an empty message), used when a
    /// result would be absurdly large (e.g. `1 << 2**62`).
    Memory,
    /// A negative float raised to a non-integral power. CPython 3.11 returns
    /// a `complex` here; pyjit has no complex type, so the runtime decides
    /// what to raise. `kind()` reports `ValueError` with Python 2's message.
    Complex,
}

impl NumError {
    /// `ZeroDivisionError` with `msg`.
    pub fn zero_div(msg: impl Into<Cow<'static, str>>) -> Self {
        NumError::ZeroDivision(msg.into())
    }

    /// `OverflowError` with `msg`.
    pub fn overflow(msg: impl Into<Cow<'static, str>>) -> Self {
        NumError::Overflow(msg.into())
    }

    /// `ValueError` with `msg`.
    pub fn value(msg: impl Into<Cow<'static, str>>) -> Self {
        NumError::Value(msg.into())
    }

    /// `TypeError` with `msg`.
    pub fn type_error(msg: impl Into<Cow<'static, str>>) -> Self {
        NumError::Type(msg.into())
    }

    /// The Python exception class name, e.g. `"ZeroDivisionError"`.
    pub fn kind(&self) -> &'static str {
        match self {
            NumError::ZeroDivision(_) => "ZeroDivisionError",
            NumError::Overflow(_) => "OverflowError",
            NumError::Value(_) | NumError::Complex => "ValueError",
            NumError::Type(_) => "TypeError",
            NumError::Memory => "MemoryError",
        }
    }

    /// The exception message exactly as CPython renders `str(exc)`.
    pub fn message(&self) -> &str {
        match self {
            NumError::ZeroDivision(m)
            | NumError::Overflow(m)
            | NumError::Value(m)
            | NumError::Type(m) => m,
            NumError::Memory => "",
            NumError::Complex => "negative number cannot be raised to a fractional power",
        }
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message().is_empty() {
            f.write_str(self.kind())
        } else {
            write!(f, "{}: {}", self.kind(), self.message())
        }
    }
}

impl std::error::Error for NumError {}

/// Shorthand for results of numeric operations.
pub type NumResult<T> = Result<T, NumError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_and_message() {
        let e = NumError::zero_div("integer division or modulo by zero");
        assert_eq!(e.kind(), "ZeroDivisionError");
        assert_eq!(e.message(), "integer division or modulo by zero");
        assert_eq!(
            e.to_string(),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        assert_eq!(NumError::Memory.to_string(), "MemoryError");
        assert_eq!(NumError::Complex.kind(), "ValueError");
        assert_eq!(NumError::type_error("x").kind(), "TypeError");
        assert_eq!(NumError::overflow("x").kind(), "OverflowError");
        assert_eq!(NumError::value("x").kind(), "ValueError");
    }
}
