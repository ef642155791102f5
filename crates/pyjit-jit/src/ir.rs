//! The trace IR: a linear list of typed SSA instructions.
//!
//! A trace is one path through a loop body. Every instruction is an entry of `Trace::insts`
//! and its index is the SSA value it defines (a [`Ref`], printed `%N`), Cranelift style: no
//! pointers, no per-instruction allocation, passes rebuild the vector. Values have one of three
//! machine types ([`Type`]): `int` (an `i64`), `float` (an `f64`) and `bool`; instructions that
//! define nothing have type `void`.
//!
//! The interpreter's state is reached through [`Slot`]s: fast locals and the `next`/`stop`
//! fields of a `range` iterator sitting on the operand stack. `load` reads a slot (a guarded
//! load checks the slot's tag first), `store` writes one. After optimization the only loads
//! left are at the start of the trace and stores are gone: values live in registers and are
//! written back at exits only (see `opt/sink.rs` and `opt/peel.rs`).
//!
//! Every instruction that can fail at run time carries a snapshot (`snapN`, see
//! `snapshot.rs`): the interpreter state to rebuild if it does. A trace ends either in
//! `jumptop snapN` (write the loop-end state back and start again; the unpeeled form) or in a
//! `loop` marker, loop-carried `param`s, the `next` values they take at the end, and
//! `jumploop` (the peeled form).
//!
//! The text form (`Display` and [`Trace::parse`]) is what `PYJIT_TRACE=1` prints and what the
//! pass tests in `tests/ir/*.txt` are written in:
//!
//! ```text
//! %0 = load.int local0 snap0
//! %1 = const.int 1
//! %2 = iadd %0 %1 snap1
//!      store local0 %2
//!      jumptop snap2
//! snap0: pc=3 stack=[] slots=[]
//! snap1: pc=5 stack=[%0 %1] slots=[]
//! snap2: pc=3 stack=[] slots=[]
//! ```

use crate::pool::Pool;
use crate::snapshot::{SnapId, Snapshot};
use pyjit_bytecode::CmpOp;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

/// An SSA value: the index of the instruction that defines it.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Ref(pub u32);

impl Ref {
    pub fn idx(self) -> usize {
        self.0 as usize
    }
}

impl fmt::Display for Ref {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "%{}", self.0)
    }
}

/// Machine type of an IR value.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Type {
    Int,
    Float,
    Bool,
    Void,
    /// A borrowed reference to a heap object (or `None`/`Null`): the 8-byte payload of a
    /// `Value` whose tag is the given one. Some frame slot, stack entry or container keeps the
    /// object alive while the trace runs (see `pool.rs`).
    Obj(u8),
    /// The address of a `Value` inside a heap object (an instance attribute's slot).
    Ptr,
}

/// Names of the `Value` tags, for `obj.<name>` types (checked by `entry::value_layout_ok`).
pub const TAG_NAMES: [&str; 25] = [
    "null",
    "none",
    "bool",
    "int",
    "float",
    "bigint",
    "str",
    "list",
    "tuple",
    "dict",
    "set",
    "range",
    "slice",
    "function",
    "builtin",
    "method",
    "type",
    "instance",
    "module",
    "iter",
    "generator",
    "cell",
    "code",
    "ellipsis",
    "notimpl",
];

impl Type {
    pub fn name(self) -> &'static str {
        match self {
            Type::Int => "int",
            Type::Float => "float",
            Type::Bool => "bool",
            Type::Void => "void",
            Type::Ptr => "ptr",
            Type::Obj(t) => TAG_NAMES.get(t as usize).copied().unwrap_or("object"),
        }
    }

    /// The text form: `int`, `float`, `bool`, `void`, `obj.list`, ...
    pub fn text(self) -> String {
        match self {
            Type::Obj(_) => format!("obj.{}", self.name()),
            _ => self.name().to_string(),
        }
    }

    pub fn is_obj(self) -> bool {
        matches!(self, Type::Obj(_))
    }

    /// The `Value` tag of values of this type (0 for `void` and `ptr`, which have none).
    pub fn tag(self) -> u8 {
        match self {
            Type::Int => crate::backend::TAG_INT,
            Type::Float => crate::backend::TAG_FLOAT,
            Type::Bool => crate::backend::TAG_BOOL,
            Type::Obj(t) => t,
            Type::Void | Type::Ptr => 0,
        }
    }

    fn parse(s: &str) -> Option<Type> {
        Some(match s {
            "int" => Type::Int,
            "float" => Type::Float,
            "bool" => Type::Bool,
            "void" => Type::Void,
            "ptr" => Type::Ptr,
            _ => {
                let n = s.strip_prefix("obj.")?;
                Type::Obj(TAG_NAMES.iter().position(|&x| x == n)? as u8)
            }
        })
    }
}

/// A piece of interpreter state a trace reads or writes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum Slot {
    /// Fast local `n` of the frame.
    Local(u32),
    /// `next` of the `range` iterator at operand-stack index `n`.
    IterNext(u32),
    /// `stop` of the `range` iterator at operand-stack index `n` (never written).
    IterStop(u32),
    /// The list or tuple a sequence iterator at operand-stack index `n` walks (never
    /// written); its `iter.next` is the index of the next item.
    IterSeq(u32),
}

impl fmt::Display for Slot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Slot::Local(n) => write!(f, "local{n}"),
            Slot::IterNext(n) => write!(f, "iter.next{n}"),
            Slot::IterStop(n) => write!(f, "iter.stop{n}"),
            Slot::IterSeq(n) => write!(f, "iter.seq{n}"),
        }
    }
}

impl Slot {
    pub(crate) fn parse_public(s: &str) -> Option<Slot> {
        Slot::parse(s)
    }

    fn parse(s: &str) -> Option<Slot> {
        if let Some(n) = s.strip_prefix("local") {
            return n.parse().ok().map(Slot::Local);
        }
        if let Some(n) = s.strip_prefix("iter.next") {
            return n.parse().ok().map(Slot::IterNext);
        }
        if let Some(n) = s.strip_prefix("iter.stop") {
            return n.parse().ok().map(Slot::IterStop);
        }
        if let Some(n) = s.strip_prefix("iter.seq") {
            return n.parse().ok().map(Slot::IterSeq);
        }
        None
    }
}

/// A constant operand.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Const {
    Int(i64),
    Float(f64),
    Bool(bool),
    /// A heap object the trace's pool keeps alive: its tag and payload (the pointer).
    Obj {
        tag: u8,
        bits: u64,
    },
}

impl Const {
    pub fn ty(self) -> Type {
        match self {
            Const::Int(_) => Type::Int,
            Const::Float(_) => Type::Float,
            Const::Bool(_) => Type::Bool,
            Const::Obj { tag, .. } => Type::Obj(tag),
        }
    }

    /// The 8-byte payload the value has in a frame slot.
    pub fn bits(self) -> u64 {
        match self {
            Const::Int(i) => i as u64,
            Const::Float(x) => x.to_bits(),
            Const::Bool(b) => b as u64,
            Const::Obj { bits, .. } => bits,
        }
    }

    /// A key that is equal for equal constants (floats by bit pattern).
    fn key(self) -> (u8, u64) {
        match self {
            Const::Int(_) => (0, self.bits()),
            Const::Float(_) => (1, self.bits()),
            Const::Bool(_) => (2, self.bits()),
            Const::Obj { tag, bits } => (16 + tag, bits),
        }
    }
}

/// Two-operand arithmetic. Int ops with a snapshot guard overflow (`iadd`, `isub`, `imul`) or a
/// divisor of 0 or -1 (`ifloordiv`, `imod`); `fdiv` with a snapshot guards a zero divisor.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BinKind {
    IAdd,
    ISub,
    IMul,
    IFloorDiv,
    IMod,
    IAnd,
    IOr,
    IXor,
    /// `a >> b` (Python's: a count of 64 or more gives 0 or -1); with a snapshot it guards a
    /// negative count (ValueError).
    IShr,
    /// `a << b`; with a snapshot it guards a negative count and overflow.
    IShl,
    FAdd,
    FSub,
    FMul,
    FDiv,
    /// `min(a, b)` / `max(a, b)` as Python computes them: `b if b < a else a`.
    IMin,
    IMax,
    FMin,
    FMax,
}

impl BinKind {
    pub const ALL: [BinKind; 18] = [
        BinKind::IAdd,
        BinKind::ISub,
        BinKind::IMul,
        BinKind::IFloorDiv,
        BinKind::IMod,
        BinKind::IAnd,
        BinKind::IOr,
        BinKind::IXor,
        BinKind::IShr,
        BinKind::IShl,
        BinKind::FAdd,
        BinKind::FSub,
        BinKind::FMul,
        BinKind::FDiv,
        BinKind::IMin,
        BinKind::IMax,
        BinKind::FMin,
        BinKind::FMax,
    ];

    pub fn name(self) -> &'static str {
        match self {
            BinKind::IAdd => "iadd",
            BinKind::ISub => "isub",
            BinKind::IMul => "imul",
            BinKind::IFloorDiv => "ifloordiv",
            BinKind::IMod => "imod",
            BinKind::IAnd => "iand",
            BinKind::IOr => "ior",
            BinKind::IXor => "ixor",
            BinKind::IShr => "ishr",
            BinKind::IShl => "ishl",
            BinKind::FAdd => "fadd",
            BinKind::FSub => "fsub",
            BinKind::FMul => "fmul",
            BinKind::FDiv => "fdiv",
            BinKind::IMin => "imin",
            BinKind::IMax => "imax",
            BinKind::FMin => "fmin",
            BinKind::FMax => "fmax",
        }
    }

    pub fn is_float(self) -> bool {
        matches!(
            self,
            BinKind::FAdd
                | BinKind::FSub
                | BinKind::FMul
                | BinKind::FDiv
                | BinKind::FMin
                | BinKind::FMax
        )
    }

    pub fn commutative(self) -> bool {
        matches!(
            self,
            BinKind::IAdd
                | BinKind::IMul
                | BinKind::IAnd
                | BinKind::IOr
                | BinKind::IXor
                | BinKind::FAdd
                | BinKind::FMul
                | BinKind::IMin
                | BinKind::IMax
        )
    }

    /// Its guard reports a Python exception (division by zero): it must run even when its
    /// result is unused.
    pub fn guard_is_observable(self) -> bool {
        matches!(
            self,
            BinKind::IFloorDiv | BinKind::IMod | BinKind::FDiv | BinKind::IShr | BinKind::IShl
        )
    }

    pub fn result_type(self) -> Type {
        if self.is_float() {
            Type::Float
        } else {
            Type::Int
        }
    }
}

/// One-operand operations. `ineg` with a snapshot guards overflow (`-(-2**63)`); `itof.exact`
/// guards that the int converts exactly (|x| < 2**53), as Python's int/int division and
/// int/float comparisons require.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum UnKind {
    INeg,
    FNeg,
    IToF,
    IToFExact,
    /// `abs` of an int; the snapshot guards overflow (`abs(-2**63)`).
    IAbs,
    FAbs,
    /// `math.sqrt`; the snapshot guards a negative operand (ValueError). NaN passes.
    FSqrt,
    /// `int(x)` of a float (truncation); the snapshot guards NaN, infinities and results
    /// outside the i64 range.
    FToI,
}

impl UnKind {
    pub fn name(self) -> &'static str {
        match self {
            UnKind::INeg => "ineg",
            UnKind::FNeg => "fneg",
            UnKind::IToF => "itof",
            UnKind::IToFExact => "itof.exact",
            UnKind::IAbs => "iabs",
            UnKind::FAbs => "fabs",
            UnKind::FSqrt => "fsqrt",
            UnKind::FToI => "ftoi",
        }
    }

    pub const ALL: [UnKind; 8] = [
        UnKind::INeg,
        UnKind::FNeg,
        UnKind::IToF,
        UnKind::IToFExact,
        UnKind::IAbs,
        UnKind::FAbs,
        UnKind::FSqrt,
        UnKind::FToI,
    ];

    pub fn result_type(self) -> Type {
        match self {
            UnKind::INeg | UnKind::IAbs | UnKind::FToI => Type::Int,
            _ => Type::Float,
        }
    }

    pub fn operand_type(self) -> Type {
        match self {
            UnKind::INeg | UnKind::IAbs | UnKind::IToF | UnKind::IToFExact => Type::Int,
            _ => Type::Float,
        }
    }
}

pub fn cmp_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "lt",
        CmpOp::Le => "le",
        CmpOp::Eq => "eq",
        CmpOp::Ne => "ne",
        CmpOp::Gt => "gt",
        CmpOp::Ge => "ge",
    }
}

fn parse_cmp(s: &str) -> Option<CmpOp> {
    CmpOp::ALL.into_iter().find(|&op| cmp_name(op) == s)
}

/// Operations on heap objects done by a Rust helper (`backend/helpers.rs`) the trace calls.
/// `k` is a descriptor index in the trace's pool (see `pool.rs`) or a local number; the
/// call's type is its result (for getters: the type the value must have, else it exits).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Helper {
    /// Exit unless the global/builtin described by pool entry `k` is still the recorded
    /// object (its value is then the constant the trace uses).
    GuardGlobal,
    /// Exit unless module attribute `k` (or a constant class's function, `Cls.helper`) is
    /// still the recorded object.
    GuardModAttr,
    /// Exit unless method `k` of the receiver (operand) is still the recorded function.
    GuardMethod,
    /// The address (`ptr`) of the value of an instance attribute, through the interpreter's
    /// `InstanceAttr` cache entry `k`; exits if the entry does not hold. `ldslot`/`stslot`
    /// then read and write the value inline.
    AttrSlot,
    /// The address of the first key of an instance's dict entries (see `attr.at`), after
    /// checking its class version, the type epoch and that it has enough entries (pool
    /// descriptor `k`).
    AttrBase,
    /// `list[i]` / `tuple[i]` with an int index: exits when out of range or of another type.
    ListGet,
    TupleGet,
    /// `list[i] = v` for an int/float `v` over an int/float item.
    ListSet,
    /// `len()` of a list or tuple (its operand's type says which).
    Len,
    /// A one-argument `math` function of a float (`k` indexes `MATH_FNS`); exits where the
    /// interpreter raises (NaN from a non-NaN argument, infinity from a finite one).
    Math,
    /// Exit unless class `k` (a `Desc::Class`) still has its recorded version and the type
    /// epoch is the recorded one; with an operand, also unless that instance's class is
    /// exactly this class. Pure (classes never change while a trace runs).
    GuardClass,
    /// A fresh instance of class `k` with an empty dict, exactly as the interpreter makes it
    /// (`class::new_instance`). The trace owns it (`TraceRt::deferred`) until the end of the
    /// iteration or an exit; see `opt/alloc.rs` for when it is never made at all.
    New,
    /// Store an attribute (`Desc::SetAttr`) into an instance the trace allocated: a dict
    /// insert with a reference of the dict's own (operands: the instance, the value).
    SetAttr,
    /// `list.append(v)`: the list takes a reference of its own to `v`.
    ListAppend,
    /// Store any value into an existing attribute's `Value` (operands: its address from
    /// `attr.at`/`attr.slot`, the value), with reference counting: the slot takes a
    /// reference to the new value, the old one waits in `TraceRt::deferred` until the
    /// iteration ends (the trace may still hold objects it alone kept alive). Exits, storing
    /// nothing, when the old value is the last reference to an object with a finalizer
    /// (`__del__`, a generator): the interpreter then stores and finalizes it at once.
    AttrStore,
    /// A *residual call*: call the Python function of `Desc::PyCall` `k` with the operands
    /// as positional arguments through the interpreter (`Vm::call_positional`), as the call instruction
    /// would. The result must have the call's type; otherwise, or when the callee raises,
    /// the helper keeps the outcome (`TraceRt::pending`) and the trace exits to the call's
    /// snapshot, which resumes *after* the call instruction: the exit pushes the value or
    /// raises the exception there (`jit_hook::Resume`). The callee may change anything on
    /// the heap, so the call is a barrier for every pass that remembers heap facts.
    PyCall,
    /// Give the trace a reference of its own to each operand object (`Desc::Keep` has their
    /// tags), released when the iteration ends: objects the trace holds across a residual
    /// call whose owner the callee might drop (operand-stack temporaries).
    Keep,
    /// The content of the frame's cell `k` (`LoadDeref`: a closure's free variable or a
    /// variable an inner function captures); exits unless it has the call's type. Pure but
    /// reads the heap: only a `deref.store` or a residual call can rebind a cell while the
    /// trace runs (inlined functions have no cells), and both are barriers.
    Deref,
    /// `StoreDeref`: cell `k` takes a new reference to the operand; its old value waits in
    /// `TraceRt::deferred` until the iteration ends. A barrier, like `pycall`.
    DerefStore,
    /// The object at index `k` of the frame's operand stack, below the loop header's depth
    /// (the list a comprehension appends to, under its iterator); exits unless it has the
    /// call's type. Pure: nothing changes those entries while the trace runs.
    StackGet,
    /// `item in container` (operands: container, item; `k` = container tag | item tag << 8 |
    /// `not in` << 16) as a bool, for containers and items whose comparisons run no Python
    /// code and cannot raise (`Vm::contains_simple`); exits otherwise — the interpreter then
    /// runs `__eq__`/`__hash__` or raises.
    Contains,
    /// A new list or tuple of the operands (`k` = tuple flag | count << 1 | the operands'
    /// tags << 8, 8 bits each), owned by the trace until the iteration ends (like `new`).
    Build,
    /// `list.pop()` / `list.pop(i)` (operands: the list, with `k` = 1 an int index): the
    /// item, which must have the call's type; the trace owns it until the iteration ends.
    /// Exits, changing nothing, on an empty list, an index out of range, an item of another
    /// type, or one with a finalizer (`__del__`, a generator).
    ListPop,
    /// `list.insert(i, v)` (operands: the list, an int, the value): the list takes a
    /// reference of its own to `v`. Cannot fail (the index is clamped, as in Python).
    ListInsert,
    /// `list.remove(x)` for a simple `x` (`k` = its tag): the first equal item goes (the trace
    /// keeps it until the iteration ends). Exits when no item is equal or an item compared
    /// is not a simple value (its `__eq__` could run) — the interpreter then raises or calls.
    ListRemove,
    /// `list.index(x)` for a simple `x` (`k` = its tag), with the same exits as `list.remove`.
    ListIndex,
    /// Exit unless the operand (a `set` tag) is a mutable set, not a frozenset (which has no
    /// `add`/`discard`/`remove`). Pure: an object's frozenness never changes.
    GuardSet,
    /// `set.add(x)`, `set.discard(x)`, `set.remove(x)` for a simple `x` (the value's tag is
    /// the call's operand tag): exit when a stored instance key of equal hash would need its
    /// `__eq__`, and for `remove`, when `x` is absent (the interpreter raises `KeyError`).
    /// A removed key is kept by the trace until the iteration ends.
    SetAdd,
    SetDiscard,
    SetRemove,
    /// `d[key]` (`k` = key tag) and `d.get(key[, default])` (`k` = key tag | 1 << 8 | the
    /// default's tag << 16, the default as the third operand; without one, `None`): the value,
    /// which must have the call's type. Exits when the key is absent (for `d[key]`: the
    /// interpreter raises `KeyError`), or an instance key of equal hash needs its `__eq__`.
    DictGet,
    /// `d[key] = v` for a simple key (`k` = its tag): the dict takes references of its own,
    /// an equal key already present stays and its old value waits in `TraceRt::deferred`.
    /// Exits, storing nothing, where `dict.get` does and when the old value is the last
    /// reference to an object with a finalizer.
    DictSet,
    /// `a ** b` of two numbers (`k` = a's tag | b's tag << 8) as a float, computed by the
    /// interpreter's own power function; exits when that raises or gives no float.
    Pow,
    /// `list * n` (operands: the list, an int): a new list, owned by the trace until the
    /// iteration ends; exits for a result of more than 2^20 items (`MemoryError` territory
    /// is the interpreter's).
    ListRepeat,
    /// A new iterator, as `GetIter` makes it: `k` = 0 a `range` iterator (operands: start,
    /// stop, step), 1 a list's, 2 a tuple's (operand: the sequence). Owned by the trace
    /// until the exit that hands it to the frame (`Recorder` ends a side trace with it at an
    /// inner loop's header).
    IterNew,
    /// `ForIter` of an enclosing loop a side trace runs through: the next item of the
    /// range, list or tuple iterator at index `k` of the frame's operand stack, which must
    /// have the call's type; the iterator steps. Exits, changing nothing, when the iterator
    /// is exhausted (or of another kind, or the item of another type).
    IterStep,
    /// The end of a side trace that starts its own loop again (Desc::IterReset `k`): the
    /// loop's exhausted iterator, still in the frame, starts over the new range (operands:
    /// start, stop, step) or list or tuple (operand: the sequence), in place, and the loop
    /// trace's `ctx` gets its words, so the side trace's end links into the loop trace's
    /// entry. Exits, changing nothing, when the iterator is shared or of another kind (the
    /// snapshot is that of the `range` call or `GetIter`, which the interpreter then redoes).
    IterReset,
    /// `ForIter` at the header of a loop over an iterator the trace steps where it lives,
    /// in the frame (`backend/walk.rs`: str and dict-walk iterators): the next item of the
    /// iterator at index `k` of the frame's operand stack, which must have the call's type
    /// (an object is owned by the trace until the iteration ends). Exits to the `ForIter`,
    /// changing nothing, when it is exhausted, of another kind, or a dict whose size changed.
    IterWalk,
    /// The same for an iterator of pairs the loop unpacks at once (`enumerate`, a two-way
    /// `zip`, `dict.items()`): `k` = stack index | the second part's tag << 16; the result
    /// is the first part, and the second waits in `TraceRt::aux` for `iter.aux`. No tuple.
    IterWalk2,
    /// The second part `iter.walk2` just handed out (directly after it; never fails).
    IterAux,
    /// The count of the item a `pycall` stepping the `enumerate` of a generator at index `k`
    /// of the frame's operand stack just handed out (`Desc::GenNext::pair`; directly after
    /// it and its guard; never fails).
    IterCount,
    /// A comparison of two strs (`k` = the `CmpOp` index in `CmpOp::ALL`) as a bool, by
    /// code points, as the interpreter compares them. Pure (strs are immutable).
    StrCmp,
    /// The starred part of `a, *rest, b = seq` (`UnpackEx`; operand: a list or tuple,
    /// `k` = before | after << 8 | the operand's tag << 16): a new list of the items from
    /// `before` to `len - after`, owned by the trace until the iteration ends. Exits,
    /// changing nothing, when the list is mutably borrowed or too short (the trace's length
    /// guard comes first).
    UnpackRest,
    /// `fmt % x` of a str and an int, float, bool, str or tuple (`k` = x's tag): a new str,
    /// formatted by the interpreter's own `binary_op`, owned by the trace until the iteration
    /// ends. Exits, changing nothing, where that raises, and for a tuple with an item whose
    /// formatting could run Python code (anything but an int, float, bool, str or `None`).
    StrMod,
}

/// A `math` function of one float.
pub type MathFn = fn(f64) -> f64;

/// The `math` functions `Helper::Math` computes, by index.
pub const MATH_FNS: [(&str, MathFn); 13] = [
    ("sin", f64::sin),
    ("cos", f64::cos),
    ("tan", f64::tan),
    ("asin", f64::asin),
    ("acos", f64::acos),
    ("atan", f64::atan),
    ("sinh", f64::sinh),
    ("cosh", f64::cosh),
    ("tanh", f64::tanh),
    ("exp", f64::exp),
    ("expm1", f64::exp_m1),
    ("degrees", f64::to_degrees),
    ("radians", f64::to_radians),
];

impl Helper {
    pub const ALL: [Helper; 44] = [
        Helper::IterCount,
        Helper::StrMod,
        Helper::UnpackRest,
        Helper::StrCmp,
        Helper::IterWalk,
        Helper::IterWalk2,
        Helper::IterAux,
        Helper::IterReset,
        Helper::IterNew,
        Helper::IterStep,
        Helper::ListPop,
        Helper::ListInsert,
        Helper::ListRemove,
        Helper::ListIndex,
        Helper::GuardSet,
        Helper::SetAdd,
        Helper::SetDiscard,
        Helper::SetRemove,
        Helper::DictGet,
        Helper::DictSet,
        Helper::Pow,
        Helper::ListRepeat,
        Helper::Deref,
        Helper::DerefStore,
        Helper::StackGet,
        Helper::Contains,
        Helper::Build,
        Helper::AttrStore,
        Helper::PyCall,
        Helper::Keep,
        Helper::Math,
        Helper::ListAppend,
        Helper::GuardClass,
        Helper::New,
        Helper::SetAttr,
        Helper::GuardGlobal,
        Helper::GuardModAttr,
        Helper::GuardMethod,
        Helper::AttrSlot,
        Helper::AttrBase,
        Helper::ListGet,
        Helper::TupleGet,
        Helper::ListSet,
        Helper::Len,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Helper::GuardGlobal => "guard.global",
            Helper::GuardModAttr => "guard.modattr",
            Helper::GuardMethod => "guard.method",
            Helper::AttrSlot => "attr.slot",
            Helper::AttrBase => "attr.base",
            Helper::ListGet => "list.get",
            Helper::TupleGet => "tuple.get",
            Helper::ListSet => "list.set",
            Helper::Len => "len",
            Helper::Math => "math",
            Helper::GuardClass => "guard.class",
            Helper::New => "new",
            Helper::SetAttr => "setattr",
            Helper::ListAppend => "list.append",
            Helper::AttrStore => "attr.store",
            Helper::PyCall => "pycall",
            Helper::Keep => "keep",
            Helper::Deref => "deref",
            Helper::DerefStore => "deref.store",
            Helper::StackGet => "stack.get",
            Helper::Contains => "contains",
            Helper::Build => "build",
            Helper::ListPop => "list.pop",
            Helper::ListInsert => "list.insert",
            Helper::ListRemove => "list.remove",
            Helper::ListIndex => "list.index",
            Helper::GuardSet => "guard.set",
            Helper::SetAdd => "set.add",
            Helper::SetDiscard => "set.discard",
            Helper::SetRemove => "set.remove",
            Helper::DictGet => "dict.get",
            Helper::DictSet => "dict.set",
            Helper::Pow => "pow",
            Helper::ListRepeat => "list.repeat",
            Helper::IterNew => "iter.new",
            Helper::IterStep => "iter.step",
            Helper::IterReset => "iter.reset",
            Helper::IterWalk => "iter.walk",
            Helper::IterWalk2 => "iter.walk2",
            Helper::IterAux => "iter.aux",
            Helper::IterCount => "iter.count",
            Helper::StrCmp => "str.cmp",
            Helper::UnpackRest => "unpack.rest",
            Helper::StrMod => "str.mod",
        }
    }

    /// No effect, and a result that nothing in a trace can change: two calls with equal
    /// operands may share one (so invariant ones are hoisted out of the loop). Globals and
    /// module attributes qualify because traces never store them; tuples are immutable,
    /// traces never resize lists nor add or remove attributes (an attribute's address is
    /// stable), and no class changes while a trace runs.
    pub fn pure(self) -> bool {
        matches!(
            self,
            Helper::GuardGlobal
                | Helper::GuardModAttr
                | Helper::GuardMethod
                | Helper::AttrSlot
                | Helper::AttrBase
                | Helper::TupleGet
                | Helper::Len
                | Helper::Math
                | Helper::GuardClass
                | Helper::Deref
                | Helper::StackGet
                | Helper::GuardSet
                | Helper::Pow
                | Helper::StrCmp
        )
    }

    /// Writes the heap: never removed, never shared.
    pub fn has_effect(self) -> bool {
        matches!(
            self,
            Helper::ListSet
                | Helper::SetAttr
                | Helper::ListAppend
                | Helper::AttrStore
                | Helper::PyCall
                | Helper::Keep
                | Helper::DerefStore
                | Helper::ListPop
                | Helper::ListInsert
                | Helper::ListRemove
                | Helper::SetAdd
                | Helper::SetDiscard
                | Helper::SetRemove
                | Helper::DictSet
                | Helper::IterStep
                | Helper::IterReset
                | Helper::IterWalk
                | Helper::IterWalk2
        )
    }

    /// Changes the length of a list, set or dict: `len` results (pure, shared and hoisted)
    /// computed before it may be stale after it (`fold` forgets them; `peel` shares none
    /// between the preamble and the body of a trace that has one). Which container changed
    /// is not tracked: two names may be one list.
    pub fn resizes(self) -> bool {
        matches!(
            self,
            Helper::ListAppend
                | Helper::ListPop
                | Helper::ListInsert
                | Helper::ListRemove
                | Helper::SetAdd
                | Helper::SetDiscard
                | Helper::SetRemove
                | Helper::DictSet
        )
    }

    /// Leaves objects in `TraceRt::deferred` (owned by the trace until the iteration ends):
    /// the backend releases them at each iteration's end, and `sink` keeps object stores
    /// into locals in such traces (a local may refer to one of them).
    pub fn defers(self) -> bool {
        matches!(
            self,
            Helper::New
                | Helper::PyCall
                | Helper::AttrStore
                | Helper::DerefStore
                | Helper::Build
                | Helper::ListPop
                | Helper::ListRemove
                | Helper::SetDiscard
                | Helper::SetRemove
                | Helper::DictSet
                | Helper::ListRepeat
                | Helper::UnpackRest
                | Helper::StrMod
                | Helper::IterNew
                | Helper::IterReset
                | Helper::IterWalk
                | Helper::IterWalk2
        )
    }

    /// May change anything a pure helper that reads the heap computed (`reads_heap`):
    /// every pass that remembers heap facts forgets them after it.
    pub fn barrier(self) -> bool {
        matches!(self, Helper::PyCall | Helper::DerefStore)
    }

    /// A pure helper whose result depends on the heap (classes, dicts, globals, list
    /// lengths): valid only until the next residual call (`PyCall`), which may change any of
    /// it. `math` and `tuple.get` (tuples are immutable) stay valid.
    pub fn reads_heap(self) -> bool {
        self.pure()
            && !matches!(
                self,
                Helper::Math
                    | Helper::TupleGet
                    | Helper::StackGet
                    | Helper::GuardSet
                    | Helper::Pow
                    | Helper::StrCmp
            )
    }
}

/// One IR instruction.
#[derive(Clone, PartialEq, Debug)]
pub enum Inst {
    Const(Const),
    /// Read a slot; with a snapshot, first check that its tag is `ty` (exit otherwise).
    Load {
        slot: Slot,
        ty: Type,
        snap: Option<SnapId>,
    },
    /// Write a slot (tag and payload).
    Store {
        slot: Slot,
        val: Ref,
    },
    /// Exit unless the local holds no heap object (so a store needs no reference counting).
    CheckPlain {
        slot: Slot,
        snap: SnapId,
    },
    Bin {
        op: BinKind,
        a: Ref,
        b: Ref,
        snap: Option<SnapId>,
    },
    Un {
        op: UnKind,
        a: Ref,
        snap: Option<SnapId>,
    },
    /// Comparison giving a bool; `float` selects IEEE semantics (NaN compares false).
    Cmp {
        op: CmpOp,
        float: bool,
        a: Ref,
        b: Ref,
    },
    /// Write a heap object into a local with reference counting (a helper call; never sunk:
    /// the frame holds the new object at once and the old one is released when the iteration
    /// ends, so borrowed references to it stay valid until then).
    StoreObj {
        slot: Slot,
        val: Ref,
    },
    /// The address of the value of dict entry `index` from an `attr.base`, after checking
    /// (inline) that the entry's key is the string object `key` (a pointer the pool keeps
    /// alive); exits otherwise.
    AttrAt {
        base: Ref,
        index: u32,
        key: u64,
        snap: SnapId,
    },
    /// Read the `Value` at address `ptr` (an `attr.slot`); exit unless its tag is `ty`'s.
    LoadSlot {
        ptr: Ref,
        ty: Type,
        snap: SnapId,
    },
    /// Write an int or float over the int or float `Value` at address `ptr` (no reference
    /// counting); exit, writing nothing, if the old value is something else.
    StoreSlot {
        ptr: Ref,
        val: Ref,
        snap: SnapId,
    },
    /// A helper call (see [`Helper`]) with up to three operands.
    Call {
        h: Helper,
        k: u32,
        ty: Type,
        args: [Ref; 3],
        n: u8,
        snap: Option<SnapId>,
    },
    /// Exit unless `cond == expect`.
    Guard {
        cond: Ref,
        expect: bool,
        snap: SnapId,
    },
    /// Unpeeled end: write the snapshot's state back and run the trace again from the top.
    JumpTop {
        snap: SnapId,
    },
    /// The end of a side trace: write the snapshot's state back and leave. The exit may be
    /// linked to another trace's entry (the loop the side trace belongs to), which then runs
    /// on without going through the interpreter.
    Exit {
        snap: SnapId,
    },
    /// Peeled form: the loop header; everything before it is the preamble (iteration 1).
    Loop,
    /// A loop-carried value (a block parameter of `loop`): `init` on entry, then the value
    /// given by its `next` at the end of each iteration.
    Param {
        init: Ref,
    },
    /// At the loop end: `param` takes `val` for the next iteration.
    Next {
        param: Ref,
        val: Ref,
    },
    /// Peeled end: back to `loop`.
    JumpLoop,
    /// An instance of class `k` (a `Desc::Class`) that `opt/alloc.rs` removed: it emits no
    /// code and only snapshots refer to it (their `vobj` entries say how an exit makes it).
    Virtual {
        k: u32,
    },
    /// A deleted instruction (passes rebuild the vector; this only appears mid-pass).
    Nop,
}

impl Inst {
    /// The value operands (not counting snapshot references).
    pub fn operands(&self) -> Vec<Ref> {
        match *self {
            Inst::Store { val, .. } | Inst::StoreObj { val, .. } => vec![val],
            Inst::Call { args, n, .. } => args[..n as usize].to_vec(),
            Inst::LoadSlot { ptr, .. } => vec![ptr],
            Inst::AttrAt { base, .. } => vec![base],
            Inst::StoreSlot { ptr, val, .. } => vec![ptr, val],
            Inst::Bin { a, b, .. } | Inst::Cmp { a, b, .. } => vec![a, b],
            Inst::Un { a, .. } => vec![a],
            Inst::Guard { cond, .. } => vec![cond],
            Inst::Param { init } => vec![init],
            Inst::Next { param, val } => vec![param, val],
            _ => Vec::new(),
        }
    }

    /// Rewrite every value operand through `f`.
    pub fn map_operands(&mut self, mut f: impl FnMut(Ref) -> Ref) {
        match self {
            Inst::Store { val, .. } | Inst::StoreObj { val, .. } => *val = f(*val),
            Inst::Call { args, n, .. } => {
                for a in &mut args[..*n as usize] {
                    *a = f(*a);
                }
            }
            Inst::LoadSlot { ptr, .. } => *ptr = f(*ptr),
            Inst::AttrAt { base, .. } => *base = f(*base),
            Inst::StoreSlot { ptr, val, .. } => {
                *ptr = f(*ptr);
                *val = f(*val);
            }
            Inst::Bin { a, b, .. } | Inst::Cmp { a, b, .. } => {
                *a = f(*a);
                *b = f(*b);
            }
            Inst::Un { a, .. } => *a = f(*a),
            Inst::Guard { cond, .. } => *cond = f(*cond),
            Inst::Param { init } => *init = f(*init),
            Inst::Next { param, val } => {
                *param = f(*param);
                *val = f(*val);
            }
            _ => {}
        }
    }

    pub fn snap(&self) -> Option<SnapId> {
        match *self {
            Inst::Load { snap, .. }
            | Inst::Bin { snap, .. }
            | Inst::Un { snap, .. }
            | Inst::Call { snap, .. } => snap,
            Inst::CheckPlain { snap, .. }
            | Inst::Guard { snap, .. }
            | Inst::JumpTop { snap }
            | Inst::Exit { snap }
            | Inst::LoadSlot { snap, .. }
            | Inst::AttrAt { snap, .. }
            | Inst::StoreSlot { snap, .. } => Some(snap),
            _ => None,
        }
    }

    pub fn set_snap(&mut self, s: Option<SnapId>) {
        match self {
            Inst::Load { snap, .. }
            | Inst::Bin { snap, .. }
            | Inst::Un { snap, .. }
            | Inst::Call { snap, .. } => *snap = s,
            Inst::CheckPlain { snap, .. }
            | Inst::Guard { snap, .. }
            | Inst::JumpTop { snap }
            | Inst::Exit { snap }
            | Inst::LoadSlot { snap, .. }
            | Inst::AttrAt { snap, .. }
            | Inst::StoreSlot { snap, .. } => {
                if let Some(s) = s {
                    *snap = s;
                }
            }
            _ => {}
        }
    }

    /// Whether this instruction can leave the trace (it has a guard).
    pub fn is_guard(&self) -> bool {
        !matches!(self, Inst::JumpTop { .. }) && self.snap().is_some()
    }
}

/// A trace: instructions, their types, and the snapshots their guards refer to.
#[derive(Clone, Default, Debug)]
pub struct Trace {
    pub insts: Vec<Inst>,
    pub types: Vec<Type>,
    pub snaps: Vec<Snapshot>,
    /// Objects and helper descriptors the trace refers to (shared by its optimized copies).
    pub pool: Rc<RefCell<Pool>>,
}

impl Trace {
    pub fn new() -> Trace {
        Trace::default()
    }

    /// An empty trace sharing this one's pool (for passes that rebuild a trace).
    pub fn derived(&self) -> Trace {
        Trace {
            pool: self.pool.clone(),
            ..Trace::default()
        }
    }

    pub fn len(&self) -> usize {
        self.insts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.insts.is_empty()
    }

    pub fn inst(&self, r: Ref) -> &Inst {
        &self.insts[r.idx()]
    }

    pub fn ty(&self, r: Ref) -> Type {
        self.types[r.idx()]
    }

    /// The constant a value is, if it is one.
    pub fn konst(&self, r: Ref) -> Option<Const> {
        match self.insts[r.idx()] {
            Inst::Const(c) => Some(c),
            _ => None,
        }
    }

    /// The type an instruction's result has in this trace.
    pub fn type_of(&self, inst: &Inst) -> Type {
        match *inst {
            Inst::Const(c) => c.ty(),
            Inst::Load { ty, .. } => ty,
            Inst::Bin { op, .. } => op.result_type(),
            Inst::Un { op, .. } => op.result_type(),
            Inst::Cmp { .. } => Type::Bool,
            Inst::Call { ty, .. } | Inst::LoadSlot { ty, .. } => ty,
            Inst::AttrAt { .. } => Type::Ptr,
            Inst::Virtual { .. } => Type::Obj(crate::backend::TAG_INSTANCE),
            Inst::Param { init } => self.ty(init),
            _ => Type::Void,
        }
    }

    /// Append an instruction and return the value it defines.
    pub fn push(&mut self, inst: Inst) -> Ref {
        let ty = self.type_of(&inst);
        let r = Ref(self.insts.len() as u32);
        self.insts.push(inst);
        self.types.push(ty);
        r
    }

    pub fn add_snap(&mut self, s: Snapshot) -> SnapId {
        self.snaps.push(s);
        SnapId(self.snaps.len() as u32 - 1)
    }

    pub fn snap(&self, s: SnapId) -> &Snapshot {
        &self.snaps[s.idx()]
    }

    /// Index of the `loop` marker, if the trace is peeled.
    pub fn loop_index(&self) -> Option<usize> {
        self.insts.iter().position(|i| matches!(i, Inst::Loop))
    }

    /// Check the structural rules every pass must preserve: operands defined before use,
    /// snapshots referring to earlier values, operand types matching the operation, and a
    /// proper terminator. Returns a description of the first violation.
    pub fn verify(&self) -> Result<(), String> {
        let n = self.insts.len();
        if self.types.len() != n {
            return Err("types out of sync".into());
        }
        let loop_at = self.loop_index();
        for (i, inst) in self.insts.iter().enumerate() {
            let err = |m: String| Err(format!("inst {i} ({}): {m}", self.fmt_inst(inst)));
            for r in inst.operands() {
                if r.idx() >= i {
                    return err(format!("operand {r} not defined before use"));
                }
                if let Inst::Next { .. } = inst {
                    continue;
                }
                if self.types[r.idx()] == Type::Void {
                    return err(format!("operand {r} has no value"));
                }
            }
            if let Some(s) = inst.snap() {
                let Some(snap) = self.snaps.get(s.idx()) else {
                    return err(format!("no snapshot {s}"));
                };
                for r in snap.refs() {
                    if r.idx() >= i {
                        return err(format!("snapshot refers to later value {r}"));
                    }
                }
            }
            let t = |r: Ref| self.types[r.idx()];
            match *inst {
                Inst::Bin { op, a, b, .. } => {
                    let want = op.result_type();
                    if t(a) != want || t(b) != want {
                        return err("operand type mismatch".into());
                    }
                }
                Inst::Un { op, a, .. } if t(a) != op.operand_type() => {
                    return err("operand type mismatch".into());
                }
                Inst::Cmp { op, float, a, b } => {
                    let want = if float { Type::Float } else { Type::Int };
                    // Objects compare by identity (`is`): same tag, equal payloads.
                    let identity = !float
                        && matches!(op, CmpOp::Eq | CmpOp::Ne)
                        && t(a).is_obj()
                        && t(a) == t(b);
                    if !identity && (t(a) != want || t(b) != want) {
                        return err("operand type mismatch".into());
                    }
                }
                Inst::LoadSlot { ptr, .. } | Inst::StoreSlot { ptr, .. } if t(ptr) != Type::Ptr => {
                    return err("slot access through a non-pointer".into());
                }
                Inst::StoreSlot { val, .. } if !matches!(t(val), Type::Int | Type::Float) => {
                    return err("slot store of a non-number".into());
                }
                Inst::Guard { cond, .. } if t(cond) != Type::Bool => {
                    return err("guard on a non-bool".into());
                }
                Inst::Param { .. } if loop_at.is_none_or(|l| i <= l) => {
                    return err("param outside the loop".into());
                }
                Inst::Next { param, val } => {
                    if !matches!(self.insts[param.idx()], Inst::Param { .. }) {
                        return err("next of a non-param".into());
                    }
                    if t(param) != t(val) {
                        return err("next changes the type of its param".into());
                    }
                }
                Inst::JumpTop { .. } | Inst::Exit { .. } | Inst::JumpLoop if i != n - 1 => {
                    return err("terminator before the end".into());
                }
                Inst::Loop if loop_at != Some(i) => {
                    return err("second loop marker".into());
                }
                _ => {}
            }
        }
        match self.insts.last() {
            Some(Inst::JumpTop { .. } | Inst::Exit { .. }) if loop_at.is_none() => Ok(()),
            Some(Inst::JumpLoop) if loop_at.is_some() => Ok(()),
            _ => Err(
                "trace does not end in jumptop (unpeeled), jumploop (peeled) or exit (side trace)"
                    .into(),
            ),
        }
    }

    pub fn fmt_inst(&self, inst: &Inst) -> String {
        let snap = |s: Option<SnapId>| s.map(|s| format!(" {s}")).unwrap_or_default();
        match *inst {
            Inst::Const(Const::Int(i)) => format!("const.int {i}"),
            Inst::Const(Const::Float(x)) => format!("const.float {x:?}"),
            Inst::Const(Const::Bool(b)) => format!("const.bool {b}"),
            Inst::Const(Const::Obj { tag, bits }) => {
                format!("const.{} {bits:#x}", Type::Obj(tag).text())
            }
            Inst::Load { slot, ty, snap: s } => format!("load.{} {slot}{}", ty.text(), snap(s)),
            Inst::Store { slot, val } => format!("store {slot} {val}"),
            Inst::StoreObj { slot, val } => format!("storeobj {slot} {val}"),
            Inst::LoadSlot { ptr, ty, snap } => format!("ldslot.{} {ptr} {snap}", ty.text()),
            Inst::StoreSlot { ptr, val, snap } => format!("stslot {ptr} {val} {snap}"),
            Inst::AttrAt {
                base,
                index,
                key,
                snap,
            } => format!("attr.at {base} {index} {key:#x} {snap}"),
            Inst::Call {
                h,
                k,
                ty,
                args,
                n,
                snap: s,
            } => {
                let mut o = format!("call.{} {} k{k}", ty.text(), h.name());
                for a in &args[..n as usize] {
                    o += &format!(" {a}");
                }
                o + &snap(s)
            }
            Inst::CheckPlain { slot, snap: s } => format!("checkplain {slot} {s}"),
            Inst::Bin { op, a, b, snap: s } => format!("{} {a} {b}{}", op.name(), snap(s)),
            Inst::Un { op, a, snap: s } => format!("{} {a}{}", op.name(), snap(s)),
            Inst::Cmp { op, float, a, b } => format!(
                "{}.{} {a} {b}",
                if float { "fcmp" } else { "icmp" },
                cmp_name(op)
            ),
            Inst::Guard { cond, expect, snap } => format!("guard {cond} {expect} {snap}"),
            Inst::JumpTop { snap } => format!("jumptop {snap}"),
            Inst::Exit { snap } => format!("exit {snap}"),
            Inst::Loop => "loop".into(),
            Inst::Param { init } => format!("param {init}"),
            Inst::Next { param, val } => format!("next {param} {val}"),
            Inst::JumpLoop => "jumploop".into(),
            Inst::Virtual { k } => format!("virtual k{k}"),
            Inst::Nop => "nop".into(),
        }
    }

    /// Parse the text form. Value names (`%x`) and snapshot names (`snapN`) are labels: they
    /// are renumbered in order of definition, so tests may use any names.
    pub fn parse(text: &str) -> Result<Trace, String> {
        let mut snap_names: HashMap<String, SnapId> = HashMap::new();
        let mut snap_lines = Vec::new();
        let mut inst_lines = Vec::new();
        for (lineno, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let first = line.split_whitespace().next().unwrap_or("");
            if first.starts_with("snap") && first.ends_with(':') {
                let name = first.trim_end_matches(':').to_string();
                let id = SnapId(snap_lines.len() as u32);
                if snap_names.insert(name.clone(), id).is_some() {
                    return Err(format!(
                        "line {}: snapshot {name} defined twice",
                        lineno + 1
                    ));
                }
                snap_lines.push((lineno + 1, line[first.len()..].trim().to_string()));
            } else {
                inst_lines.push((lineno + 1, line.to_string()));
            }
        }
        let mut t = Trace::new();
        let mut names: HashMap<String, Ref> = HashMap::new();
        for (lineno, line) in inst_lines {
            let e = |m: &str| format!("line {lineno}: {m}: `{line}`");
            let (def, body) = match line.split_once('=') {
                Some((d, b)) if d.trim().starts_with('%') => (Some(d.trim()), b.trim()),
                _ => (None, line.as_str()),
            };
            let toks: Vec<&str> = body.split_whitespace().collect();
            let op = *toks.first().ok_or_else(|| e("empty"))?;
            let arg = |i: usize| toks.get(i).copied().ok_or_else(|| e("missing operand"));
            let val = |i: usize| -> Result<Ref, String> {
                let s = arg(i)?;
                names
                    .get(s)
                    .copied()
                    .ok_or_else(|| e(&format!("unknown value {s}")))
            };
            let snap_at = |i: usize| -> Result<Option<SnapId>, String> {
                match toks.get(i) {
                    None => Ok(None),
                    Some(s) => snap_names
                        .get(*s)
                        .copied()
                        .map(Some)
                        .ok_or_else(|| e(&format!("unknown snapshot {s}"))),
                }
            };
            let need_snap = |i: usize| snap_at(i)?.ok_or_else(|| e("missing snapshot"));
            let slot = |i: usize| Slot::parse(arg(i)?).ok_or_else(|| e("bad slot"));
            let inst = if let Some(ty) = op.strip_prefix("const.") {
                let v = arg(1)?;
                Inst::Const(match ty {
                    "int" => Const::Int(v.parse().map_err(|_| e("bad int"))?),
                    "float" => Const::Float(v.parse().map_err(|_| e("bad float"))?),
                    "bool" => Const::Bool(v.parse().map_err(|_| e("bad bool"))?),
                    _ => match Type::parse(ty) {
                        Some(Type::Obj(tag)) => Const::Obj {
                            tag,
                            bits: u64::from_str_radix(v.trim_start_matches("0x"), 16)
                                .map_err(|_| e("bad pointer"))?,
                        },
                        _ => return Err(e("bad constant type")),
                    },
                })
            } else if let Some(ty) = op.strip_prefix("ldslot.") {
                Inst::LoadSlot {
                    ptr: val(1)?,
                    ty: Type::parse(ty).ok_or_else(|| e("bad type"))?,
                    snap: need_snap(2)?,
                }
            } else if let Some(ty) = op.strip_prefix("call.") {
                let ty = Type::parse(ty).ok_or_else(|| e("bad type"))?;
                let h = Helper::ALL
                    .into_iter()
                    .find(|h| h.name() == arg(1).unwrap_or(""))
                    .ok_or_else(|| e("unknown helper"))?;
                let k = arg(2)?
                    .strip_prefix('k')
                    .and_then(|k| k.parse().ok())
                    .ok_or_else(|| e("bad k"))?;
                let mut args = [Ref(0); 3];
                let mut n = 0;
                let mut snap = None;
                for tok in &toks[3..] {
                    if tok.starts_with('%') {
                        if n == 3 {
                            return Err(e("too many operands"));
                        }
                        args[n] = val(3 + n)?;
                        n += 1;
                    } else {
                        snap = snap_at(3 + n)?;
                    }
                }
                Inst::Call {
                    h,
                    k,
                    ty,
                    args,
                    n: n as u8,
                    snap,
                }
            } else if let Some(ty) = op.strip_prefix("load.") {
                Inst::Load {
                    slot: slot(1)?,
                    ty: Type::parse(ty).ok_or_else(|| e("bad type"))?,
                    snap: snap_at(2)?,
                }
            } else if let Some(c) = op
                .strip_prefix("icmp.")
                .map(|c| (c, false))
                .or_else(|| op.strip_prefix("fcmp.").map(|c| (c, true)))
            {
                Inst::Cmp {
                    op: parse_cmp(c.0).ok_or_else(|| e("bad comparison"))?,
                    float: c.1,
                    a: val(1)?,
                    b: val(2)?,
                }
            } else if let Some(k) = BinKind::ALL.into_iter().find(|k| k.name() == op) {
                Inst::Bin {
                    op: k,
                    a: val(1)?,
                    b: val(2)?,
                    snap: snap_at(3)?,
                }
            } else if let Some(k) = UnKind::ALL.into_iter().find(|k| k.name() == op) {
                Inst::Un {
                    op: k,
                    a: val(1)?,
                    snap: snap_at(2)?,
                }
            } else {
                match op {
                    "store" => Inst::Store {
                        slot: slot(1)?,
                        val: val(2)?,
                    },
                    "attr.at" => Inst::AttrAt {
                        base: val(1)?,
                        index: arg(2)?.parse().map_err(|_| e("bad index"))?,
                        key: u64::from_str_radix(arg(3)?.trim_start_matches("0x"), 16)
                            .map_err(|_| e("bad key"))?,
                        snap: need_snap(4)?,
                    },
                    "stslot" => Inst::StoreSlot {
                        ptr: val(1)?,
                        val: val(2)?,
                        snap: need_snap(3)?,
                    },
                    "storeobj" => Inst::StoreObj {
                        slot: slot(1)?,
                        val: val(2)?,
                    },
                    "checkplain" => Inst::CheckPlain {
                        slot: slot(1)?,
                        snap: need_snap(2)?,
                    },
                    "guard" => Inst::Guard {
                        cond: val(1)?,
                        expect: arg(2)?.parse().map_err(|_| e("bad bool"))?,
                        snap: need_snap(3)?,
                    },
                    "jumptop" => Inst::JumpTop {
                        snap: need_snap(1)?,
                    },
                    "exit" => Inst::Exit {
                        snap: need_snap(1)?,
                    },
                    "loop" => Inst::Loop,
                    "param" => Inst::Param { init: val(1)? },
                    "next" => Inst::Next {
                        param: val(1)?,
                        val: val(2)?,
                    },
                    "jumploop" => Inst::JumpLoop,
                    "virtual" => Inst::Virtual {
                        k: arg(1)?
                            .strip_prefix('k')
                            .and_then(|k| k.parse().ok())
                            .ok_or_else(|| e("bad k"))?,
                    },
                    "nop" => Inst::Nop,
                    _ => return Err(e("unknown instruction")),
                }
            };
            let r = t.push(inst);
            match (def, t.types[r.idx()]) {
                (Some(d), Type::Void) => return Err(e(&format!("{d} names a void instruction"))),
                (Some(d), _) => {
                    if names.insert(d.to_string(), r).is_some() {
                        return Err(e(&format!("{d} defined twice")));
                    }
                }
                (None, Type::Void) => {}
                (None, _) => return Err(e("value instruction needs a `%name =`")),
            }
        }
        for (lineno, body) in snap_lines {
            let s = Snapshot::parse(&body, &names)
                .map_err(|m| format!("line {lineno}: {m}: `{body}`"))?;
            t.snaps.push(s);
        }
        Ok(t)
    }
}

impl fmt::Display for Trace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, inst) in self.insts.iter().enumerate() {
            if self.types[i] == Type::Void {
                writeln!(f, "{:>6} {}", "", self.fmt_inst(inst))?;
            } else {
                writeln!(f, "{:>6} {}", format!("%{i} ="), self.fmt_inst(inst))?;
            }
        }
        for (i, s) in self.snaps.iter().enumerate() {
            writeln!(f, "snap{i}: {s}")?;
        }
        Ok(())
    }
}

/// Hash-consing key for pure (and guard-only) instructions: equal keys compute equal values.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum CseKey {
    Const((u8, u64)),
    Bin(BinKind, Ref, Ref),
    Un(UnKind, Ref),
    Cmp(CmpOp, bool, Ref, Ref),
    Guard(Ref, bool),
    Call(Helper, u32, Type, [Ref; 3]),
    AttrAt(Ref, u32),
}

impl CseKey {
    /// The key of an instruction that may be shared with an earlier identical one. Guarded
    /// arithmetic qualifies too: if the first copy did not exit, the second would not either.
    pub fn of(inst: &Inst) -> Option<CseKey> {
        Some(match *inst {
            Inst::Const(c) => CseKey::Const(c.key()),
            Inst::Bin { op, a, b, .. } => {
                let (a, b) = if op.commutative() && b < a {
                    (b, a)
                } else {
                    (a, b)
                };
                CseKey::Bin(op, a, b)
            }
            Inst::Un { op, a, .. } => CseKey::Un(op, a),
            Inst::Cmp { op, float, a, b } => CseKey::Cmp(op, float, a, b),
            Inst::Guard { cond, expect, .. } => CseKey::Guard(cond, expect),
            Inst::AttrAt { base, index, .. } => CseKey::AttrAt(base, index),
            Inst::Call {
                h, k, ty, args, n, ..
            } if h.pure() => {
                let mut a = [Ref(u32::MAX); 3];
                a[..n as usize].copy_from_slice(&args[..n as usize]);
                CseKey::Call(h, k, ty, a)
            }
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
%a = load.int local0 snap0
%one = const.int 1
%b = iadd %a %one snap1
%c = icmp.lt %b %a
guard %c false snap2
store local0 %b
jumptop snap3
snap0: pc=3 stack=[] slots=[]
snap1: pc=5 stack=[%a %one] slots=[]
snap2: pc=6 stack=[] slots=[]
snap3: pc=3 stack=[] slots=[local0=%b]
";

    #[test]
    fn parse_print_round_trip() {
        let t = Trace::parse(SAMPLE).unwrap();
        t.verify().unwrap();
        let text = t.to_string();
        let again = Trace::parse(&text).unwrap();
        assert_eq!(again.to_string(), text);
        assert!(text.contains("%2 = iadd %0 %1 snap1"), "{text}");
        assert!(
            text.contains("snap3: pc=3 stack=[] slots=[local0=%2]"),
            "{text}"
        );
    }

    #[test]
    fn verify_rejects_use_before_def() {
        let mut t = Trace::new();
        let a = t.push(Inst::Const(Const::Int(1)));
        t.push(Inst::Bin {
            op: BinKind::IAdd,
            a,
            b: Ref(5),
            snap: None,
        });
        assert!(t.verify().is_err());
    }
}
