//! Compile errors: Python syntax errors and constructs outside pyjit's subset.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    /// Invalid Python: reported as `SyntaxError`.
    Syntax,
    /// Invalid indentation: `IndentationError` (a `SyntaxError`).
    Indentation,
    /// Tabs and spaces mixed inconsistently: `TabError` (an `IndentationError`).
    Tab,
    /// Valid Python that pyjit refuses: reported as `NotImplementedError`.
    NotImplemented,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub message: String,
    /// 1-based source line.
    pub line: u32,
    /// 1-based column, when known.
    pub column: Option<u32>,
}

impl CompileError {
    pub fn syntax(message: impl Into<String>, line: u32) -> Self {
        CompileError {
            kind: CompileErrorKind::Syntax,
            message: message.into(),
            line,
            column: None,
        }
    }

    /// `<construct> is not supported by pyjit (line N)`.
    pub fn unsupported(construct: &str, line: u32) -> Self {
        CompileError {
            kind: CompileErrorKind::NotImplemented,
            message: format!("{construct} is not supported by pyjit (line {line})"),
            line,
            column: None,
        }
    }

    /// The Python exception class name.
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            CompileErrorKind::Syntax => "SyntaxError",
            CompileErrorKind::Indentation => "IndentationError",
            CompileErrorKind::Tab => "TabError",
            CompileErrorKind::NotImplemented => "NotImplementedError",
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.type_name(), self.message)
    }
}

impl std::error::Error for CompileError {}
