//! The disassembler behind `pyjit --dis`.

use crate::code::{CodeObject, Const};
use crate::opcode::{ArgKind, BinOp, CmpOp};
use std::fmt::Write;

/// Render a constant the way the disassembler shows it.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(i) => i.to_string(),
        Const::Float(f) => format!("{f:?}"),
        Const::Str(s) => format!("{s:?}"),
        Const::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            if inner.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Const::FrozenSet(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", inner.join(", "))
        }
        Const::Code(code) => format!("<code object {}, line {}>", code.name, code.first_line),
        Const::Ellipsis => "Ellipsis".into(),
    }
}

/// Disassemble `code` and, recursively, every code object among its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at line {} of {}>:",
        code.qualname, code.first_line, code.filename
    );
    let mut last_line = 0;
    for (pc, ins) in code.instrs.iter().enumerate() {
        let line = code.line_of(pc);
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>5}")
        } else {
            "     ".to_string()
        };
        let meaning = describe_arg(code, ins.op.arg_kind(), ins.arg);
        let arg = if ins.op.arg_kind() == ArgKind::None {
            String::new()
        } else {
            ins.arg.to_string()
        };
        let _ = writeln!(
            out,
            "{line_col} {pc:>6} {:<20} {arg:>5} {meaning}",
            ins.op.name()
        );
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            disassemble_into(inner, out);
        }
    }
}

fn describe_arg(code: &CodeObject, kind: ArgKind, arg: u32) -> String {
    let i = arg as usize;
    let text = match kind {
        ArgKind::None | ArgKind::Num => return String::new(),
        ArgKind::Const => code.consts.get(i).map(const_repr).unwrap_or_default(),
        ArgKind::Name => code.names.get(i).map(|s| s.to_string()).unwrap_or_default(),
        ArgKind::Local => code
            .varnames
            .get(i)
            .map(|s| s.to_string())
            .unwrap_or_default(),
        ArgKind::Cell => {
            if i < code.cellvars.len() + code.freevars.len() {
                code.cell_name(i).to_string()
            } else {
                String::new()
            }
        }
        ArgKind::Jump => format!("to {arg}"),
        ArgKind::BinOp => BinOp::from_arg(arg).symbol().to_string(),
        ArgKind::CmpOp => CmpOp::from_arg(arg).symbol().to_string(),
    };
    format!("({text})")
}
