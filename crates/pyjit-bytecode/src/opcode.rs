//! The instruction set, defined once in a table.
//!
//! Every opcode is one row of `opcodes!`: its name and what its argument means. The enum, the
//! name table used by `--dis` and the argument kinds all come from that one table (the LuaJIT
//! `BCDEF` habit), so adding an instruction is adding a row.

/// What an instruction's argument refers to; used by the disassembler to show its meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// The argument is unused.
    None,
    /// A plain count or flag word.
    Num,
    /// Index into `CodeObject::consts`.
    Const,
    /// Index into `CodeObject::names` (globals, attributes).
    Name,
    /// Index into `CodeObject::varnames` (fast locals).
    Local,
    /// Index into cellvars followed by freevars.
    Cell,
    /// Absolute instruction index to jump to.
    Jump,
    /// A `BinOp` selector.
    BinOp,
    /// A `CmpOp` selector.
    CmpOp,
}

macro_rules! opcodes {
    ($($name:ident : $kind:ident),* $(,)?) => {
        /// One bytecode operation. See the table in `opcode.rs` for the argument of each.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op { $($name),* }

        impl Op {
            /// Every opcode, in table order.
            pub const ALL: &'static [Op] = &[$(Op::$name),*];

            /// The opcode's name as printed by `--dis`.
            pub fn name(self) -> &'static str {
                match self { $(Op::$name => stringify!($name)),* }
            }

            /// What the argument of this opcode means.
            pub fn arg_kind(self) -> ArgKind {
                match self { $(Op::$name => ArgKind::$kind),* }
            }
        }
    };
}

opcodes! {
    Nop: None,
    PopTop: None,
    RotTwo: None,
    RotThree: None,
    DupTop: None,
    DupTopTwo: None,
    LoadConst: Const,
    LoadFast: Local,
    StoreFast: Local,
    DeleteFast: Local,
    LoadDeref: Cell,
    StoreDeref: Cell,
    DeleteDeref: Cell,
    LoadClosure: Cell,
    LoadGlobal: Name,
    StoreGlobal: Name,
    DeleteGlobal: Name,
    LoadName: Name,
    StoreName: Name,
    DeleteName: Name,
    LoadAttr: Name,
    StoreAttr: Name,
    DeleteAttr: Name,
    LoadMethod: Name,
    CallMethod: Num,
    BinaryOp: BinOp,
    InplaceOp: BinOp,
    UnaryNeg: None,
    UnaryPos: None,
    UnaryNot: None,
    UnaryInvert: None,
    CompareOp: CmpOp,
    IsOp: Num,
    ContainsOp: Num,
    BinarySubscr: None,
    StoreSubscr: None,
    DeleteSubscr: None,
    BuildSlice: Num,
    BuildTuple: Num,
    BuildList: Num,
    BuildSet: Num,
    BuildMap: Num,
    ListAppend: Num,
    SetAdd: Num,
    MapAdd: Num,
    ListExtend: Num,
    SetUpdate: Num,
    DictUpdate: Num,
    DictMerge: Num,
    ListToTuple: None,
    BuildString: Num,
    FormatValue: Num,
    Jump: Jump,
    PopJumpIfFalse: Jump,
    PopJumpIfTrue: Jump,
    JumpIfFalseOrPop: Jump,
    JumpIfTrueOrPop: Jump,
    GetIter: None,
    ForIter: Jump,
    UnpackSequence: Num,
    UnpackEx: Num,
    Call: Num,
    CallKw: Num,
    CallEx: Num,
    MakeFunction: Num,
    ReturnValue: None,
    Raise: Num,
    SetupExcept: Jump,
    PopBlock: None,
    PopExcept: None,
    JumpIfNotExcMatch: Jump,
    Reraise: None,
    ImportName: Name,
    ImportFrom: Name,
    ImportStar: None,
    LoadBuildClass: None,
    YieldValue: None,
    GetYieldFromIter: None,
    YieldFrom: None,
    SetupWith: Jump,
    WithExit: None,
    WithExcept: None,
    LoadAssertionError: None,
    // Builtins that need the calling frame, called by their plain name: `globals()` (arg 0),
    // `locals()`/`vars()` (1), `dir()` (2) with no arguments, `eval(src)`/`exec(src)` (3)
    // with the source on top of the callable. If the callable really is that builtin, the
    // frame's namespaces are used; otherwise it is called normally.
    CallFrameDict: Num,
    // `match` statements (PEP 634), as CPython 3.11 compiles them (see `patterns.rs` in the
    // compiler). `RotN n` moves the top of the stack down to position `n` (1 is the top).
    RotN: Num,
    // Push whether the subject on top is a sequence / a mapping for patterns; the subject stays.
    MatchSequence: None,
    MatchMapping: None,
    // Push `len(subject)`; the subject stays.
    GetLen: None,
    // subject, class, keyword-name tuple -> tuple of the `arg` positional then keyword
    // attributes, or None if the subject does not match.
    MatchClass: Num,
    // subject, key tuple -> subject, key tuple, tuple of the values or None if a key is missing.
    MatchKeys: None,
    // subject, key tuple -> a new dict of the subject's other items (`**rest`).
    CopyDictWithoutKeys: None,
    // Superinstructions (`quicken.rs`): never emitted by the compiler, written only into the
    // interpreter's copy of a checked code object's instructions (`CodeRt::quick`) over the
    // first of two plain instructions, whose second stays in place (a jump may land on it)
    // and is skipped. The argument is the first instruction's; the second's is read from it.
    LoadFastLoadFast: Local,
    LoadFastLoadConst: Local,
    StoreFastLoadFast: Local,
    // `LoadFast` `ReturnValue`; `LoadConst` `ReturnValue`.
    ReturnFast: Local,
    ReturnConst: Const,
    // `LoadConst` `IsOp` (the top compared with the constant); `LoadFast` `LoadConst` `IsOp`
    // (a three-instruction one: the local compared with the constant, neither pushed). Both
    // take a `PopJumpIf*` after the `IsOp` along, as `IsOp` does.
    LoadConstIsOp: Const,
    LoadFastIsConst: Local,
    // `LoadGlobal` `CompareOp` (the top compared with the global, when both are ints).
    LoadGlobalCompareOp: Name,
    // `UnpackSequence n` whose next `n` instructions are all `StoreFast` (which stay in place
    // and run when the sequence is not a tuple or list of `n` items).
    UnpackToLocals: Num,
    // `LoadFast` `UnpackToLocals` (`a, b = pair` of a local): the local taken apart in place.
    LoadFastUnpackToLocals: Local,
}

/// Binary operators, in the order used by `BinaryOp` / `InplaceOp` arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
        BinOp::MatMul,
    ];

    pub fn from_arg(arg: u32) -> BinOp {
        BinOp::ALL[arg as usize]
    }

    /// The operator as written in Python source (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }

    /// The dunder method names (`__add__`, `__radd__`, `__iadd__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        }
    }
}

/// Rich comparison operators, in the order used by `CompareOp` arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub const ALL: [CmpOp; 6] = [
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Gt,
        CmpOp::Ge,
    ];

    pub fn from_arg(arg: u32) -> CmpOp {
        CmpOp::ALL[arg as usize]
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
}

/// Flags of `MakeFunction`: which optional parts sit on the stack below the code object.
pub mod make_function {
    pub const DEFAULTS: u32 = 1;
    pub const KWDEFAULTS: u32 = 2;
    pub const CLOSURE: u32 = 8;
}

/// Flags of `FormatValue`: the conversion in the low bits, and whether a spec is on the stack.
pub mod format_value {
    pub const CONV_MASK: u32 = 3;
    pub const CONV_NONE: u32 = 0;
    pub const CONV_STR: u32 = 1;
    pub const CONV_REPR: u32 = 2;
    pub const CONV_ASCII: u32 = 3;
    pub const HAS_SPEC: u32 = 4;
}
