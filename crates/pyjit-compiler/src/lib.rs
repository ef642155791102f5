//! pyjit's compiler: Python source → AST (rustpython-parser) → scope analysis → bytecode.

mod bad_target;
pub mod codegen;
pub mod error;
pub mod lines;
mod peephole;
pub mod symtable;
mod syntax_hint;

pub use error::{CompileError, CompileErrorKind};

use pyjit_bytecode::CodeObject;
use rustpython_parser::{ast, lexer::LexicalErrorType, Mode, ParseErrorType};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether a comprehension gets a `GetIter` of its own before its loop (of the iterator
/// its caller made, which is that iterator itself): that `GetIter` is where a JIT's
/// loop-entry hook runs the loop's trace (see `codegen`'s `comprehension_level`). Without a
/// JIT it only costs its instructions at every call (chaos `--jit=off` +0.2%), so
/// `bin/pyjit` turns it on with the JIT, before anything is compiled.
static COMPREHENSION_ENTRY: AtomicBool = AtomicBool::new(false);

/// Turn comprehensions' loop-entry `GetIter` on or off (see `COMPREHENSION_ENTRY`).
pub fn set_comprehension_entry(on: bool) {
    COMPREHENSION_ENTRY.store(on, Ordering::Relaxed);
}

pub(crate) fn comprehension_entry() -> bool {
    COMPREHENSION_ENTRY.load(Ordering::Relaxed)
}

/// Compile a whole module.
pub fn compile(source: &str, filename: &str) -> Result<Rc<CodeObject>, CompileError> {
    compile_module(source, filename, false)
}

/// Compile statements for `exec()`: like a module, but top-level names go through the
/// locals mapping it is run with.
pub fn compile_exec(source: &str, filename: &str) -> Result<Rc<CodeObject>, CompileError> {
    compile_module(source, filename, true)
}

fn compile_module(
    source: &str,
    filename: &str,
    name_lookups: bool,
) -> Result<Rc<CodeObject>, CompileError> {
    let lines = lines::LineIndex::new(source);
    let module = parse(source, Mode::Module, filename, &lines)?;
    let body = match &module {
        ast::Mod::Module(m) => &m.body,
        _ => return Err(CompileError::syntax("expected a module", 1)),
    };
    let table = symtable::analyze_module(body, &|off| lines.line_of(off), name_lookups)?;
    codegen::Compiler::new(table, &lines, filename).compile_module(body)
}

/// Compile one expression for `eval()`: code that returns its value.
pub fn compile_eval(source: &str, filename: &str) -> Result<Rc<CodeObject>, CompileError> {
    // Like CPython's eval(), leading spaces and tabs are ignored.
    let source = source.trim_start_matches([' ', '\t']);
    let lines = lines::LineIndex::new(source);
    let parsed = parse(source, Mode::Expression, filename, &lines)?;
    let ast::Mod::Expression(e) = parsed else {
        return Err(CompileError::syntax("expected an expression", 1));
    };
    let body = vec![ast::Stmt::Expr(ast::StmtExpr {
        range: ast::Ranged::range(&*e.body),
        value: e.body,
    })];
    let table = symtable::analyze_module(&body, &|off| lines.line_of(off), true)?;
    codegen::Compiler::new(table, &lines, filename).compile_eval(&body)
}

fn parse(
    source: &str,
    mode: Mode,
    filename: &str,
    lines: &lines::LineIndex,
) -> Result<ast::Mod, CompileError> {
    rustpython_parser::parse(source, mode, filename).map_err(|e| {
        let offset: u32 = e.offset.into();
        let mut err = CompileError::syntax(parse_error_message(&e.error), lines.line_of(offset));
        err.column = Some(lines.column_of(offset));
        if matches!(
            e.error,
            ParseErrorType::Lexical(LexicalErrorType::IndentationError)
        ) {
            err.kind = CompileErrorKind::Indentation;
            err.message = "unindent does not match any outer indentation level".into();
        }
        let refined = syntax_hint::refine(source, err.clone(), offset as usize);
        if refined.line == err.line {
            CompileError {
                column: err.column,
                ..refined
            }
        } else {
            refined
        }
    })
}

/// CPython's wording for the parse errors it shares with rustpython-parser.
fn parse_error_message(e: &ParseErrorType) -> String {
    match e {
        ParseErrorType::Eof => "unexpected EOF while parsing".into(),
        ParseErrorType::ExtraToken(_)
        | ParseErrorType::InvalidToken
        | ParseErrorType::UnrecognizedToken(..) => "invalid syntax".into(),
        ParseErrorType::Lexical(l) => match l {
            LexicalErrorType::Eof => "unexpected EOF while parsing".into(),
            LexicalErrorType::DefaultArgumentError => {
                "non-default argument follows default argument".into()
            }
            LexicalErrorType::PositionalArgumentError => {
                "positional argument follows keyword argument".into()
            }
            LexicalErrorType::DuplicateArgumentError(name) => {
                format!("duplicate argument '{name}' in function definition")
            }
            LexicalErrorType::UnrecognizedToken { .. } => "invalid syntax".into(),
            LexicalErrorType::TabError => {
                "inconsistent use of tabs and spaces in indentation".into()
            }
            other => other.to_string(),
        },
    }
}
