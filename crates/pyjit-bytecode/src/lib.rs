//! pyjit's bytecode: the instruction set, code objects and the disassembler.

pub mod code;
pub mod dis;
pub mod opcode;
pub mod quicken;

pub use code::{CodeFlags, CodeObject, Const, Instr};
pub use opcode::{ArgKind, BinOp, CmpOp, Op};
