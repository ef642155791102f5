//! Zero-argument `super()` inside inlined functions (branch `jit-dblue2`). The compiler
//! makes `super().name(...)` `super(__class__, self).name(...)`: `LoadGlobal super`,
//! `LoadDeref __class__`, `LoadFast self`, `Call 2`, `LoadMethod name`, `CallMethod`.
//!
//! * `__class__` is the one cell of a method that uses `super()` (`class_cell_only`): set
//!   when its class is made, and never again; the function is a constant of the trace
//!   (guarded by identity), so the cell's class is a constant too.
//! * `super(cls, obj)` with a constant class (or one guarded to be the class seen: the
//!   loop's own frame reads its cell) and an instance is never built: a guard on the
//!   instance's class (version and type epoch — what the interpreter's `SuperMethod` cache
//!   entry checks — none for an instance the trace allocated), and the next instruction,
//!   which must be a `LoadMethod`, finds the method the interpreter's cache entry names
//!   through the class's MRO after `cls`: a constant function, pushed with the instance as
//!   its self, as the interpreter pushes them. The super object's abstract stack entry
//!   (the instance) lives only between the two instructions; no snapshot sees it.

use super::{cached, Recorder};
use crate::ir::{Const, Inst};
use crate::snapshot::SnapId;
use pyjit_bytecode::{CmpOp, CodeObject, Op};
use pyjit_runtime::builtin_types::type_of;
use pyjit_runtime::interp::cache::Cache;
use pyjit_runtime::interp::frame::Frame;
use pyjit_runtime::interp::specialize::super_method_hit;
use pyjit_runtime::Value;

/// Is `__class__` the only cell of `code` (a method using zero-argument `super()`)?
pub(super) fn class_cell_only(code: &CodeObject) -> bool {
    code.cellvars.is_empty() && code.freevars.len() == 1 && &*code.freevars[0] == "__class__"
}

impl Recorder {
    /// `LoadDeref` of an inlined function's `__class__` cell: the class, a constant.
    pub(super) fn class_cell(&mut self, f: &Frame, arg: usize) -> Result<(), String> {
        if !class_cell_only(&f.code) {
            return Err("cell of an inlined function".into());
        }
        let v = f.cells.get(arg).ok_or("no such cell")?.borrow().clone();
        if !matches!(v, Value::Type(_)) {
            return Err("__class__ cell without a class".into());
        }
        let r = self.value_const(&v);
        self.spush(r);
        Ok(())
    }

    /// `super(cls, obj)` (operands `args`, values `cargs`) by the `Call` at `pc`, whose
    /// snapshot is `s`: the entry standing for the super object (see the module's comment).
    pub(super) fn super_object(
        &mut self,
        f: &Frame,
        pc: usize,
        cargs: &[&Value],
        args: &[crate::ir::Ref],
        s: SnapId,
    ) -> Result<crate::ir::Ref, String> {
        let (Value::Type(this), obj @ Value::Instance(_)) = (cargs[0], cargs[1]) else {
            return Err("super() of other than a class and an instance".into());
        };
        // (In the loop's own frame, `__class__` is read from the frame's cell: a class
        // statement run again makes another class with the same code.)
        let k = self.value_const(cargs[0]);
        if !matches!(self.trace.konst(args[0]), Some(Const::Obj { .. })) {
            let eq = self.push(Inst::Cmp {
                op: CmpOp::Eq,
                float: false,
                a: args[0],
                b: k,
            });
            self.push(Inst::Guard {
                cond: eq,
                expect: true,
                snap: s,
            });
        }
        let cls = type_of(obj);
        if !cls.is_subtype(this) {
            return Err("super() of an instance of another class".into());
        }
        if f.code.instrs.get(pc + 1).map(|i| i.op) != Some(Op::LoadMethod) {
            return Err("super object used other than for a method call".into());
        }
        self.guard_class(&cls, Some(args[1]), s);
        self.super_at = Some((pc + 1, args[1]));
        Ok(args[1])
    }

    /// The `LoadMethod` at `pc` right after `super_object`, on the super object `cobj`.
    pub(super) fn super_method(
        &mut self,
        f: &Frame,
        pc: usize,
        arg: usize,
        cobj: &Value,
    ) -> Result<(), String> {
        let Some((at, obj)) = self.super_at.take() else {
            return Err("no super object".into());
        };
        if at != pc || self.stk().last() != Some(&obj) {
            return Err("super object used other than for a method call".into());
        }
        let name = f.rt.names[arg].clone();
        let (_, m) = cached(f, pc, |c| {
            let mut out = Vec::new();
            (matches!(c, Cache::SuperMethod { .. }) && super_method_hit(c, cobj, &name, &mut out))
                .then(|| out.swap_remove(0))
        })
        .ok_or("super method not in the inline cache")?;
        if !matches!(m, Value::Function(_)) {
            return Err("super method that is not a function".into());
        }
        self.pop()?;
        let mr = self.value_const(&m);
        self.spush(mr);
        self.spush(obj);
        Ok(())
    }
}
