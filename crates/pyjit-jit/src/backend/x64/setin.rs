//! `int in set` in machine code: the set's table probed inline, the way
//! `SetTable::find_by` probes it, for the cases that need no Rust — the helper call
//! (`helpers::contains`) stays behind it for everything else.
//!
//! For an int `i` of hash `i` (|i| < 2**60 and not -1, whose hash is -2), a set not mutably
//! borrowed: an unallocated table answers *absent*; otherwise the probe sequence is walked
//! slot by slot — linear runs of 10 slots (1 where they would wrap: `run_bits`) from the
//! home slot `i & mask`, then from CPython's perturbed jumps (`next_start`): an unused slot
//! ends it (*absent*), a dummy is stepped over, a live slot holding `Int(i)` answers
//! *present*, a live slot of another hash is stepped over, and a live slot of the same hash
//! holding anything else — an instance (whose `__eq__` CPython calls: `Slot::NeedsEq`), a
//! bool or a float equal to `i`, ... — hands over to the helper, which probes again from the
//! start. The slots looked at, and in which order, are `find_by`'s, and a key is compared
//! only when its hash is the probe's (`find_by` filters by control tag, a function of the
//! hash, and then by hash), so the answer is the helper's. Like `find_by`, the walk relies on
//! the table never filling up (it grows at 3/5 full), so some slot is unused.
//!
//! The micro loop `if (i & 15) in s` over a five-int set took 139 instructions an iteration
//! with the helper call; see docs/jit.md (*Performance*, nqueens) for the numbers after.

use super::{Cg, R11, RAX};
use crate::backend::{TAG_INT, TAG_SET};
use crate::ir::{Helper, Ref, Type};
use dynasmrt::{dynasm, DynamicLabel, DynasmApi, DynasmLabelApi};
use pyjit_runtime::object::{
    SET_CTRL_DELETED, SET_CTRL_EMPTY, SET_CTRL_LIVE, SET_DUMMY_HASH, SET_LINEAR_PROBES,
};

/// The allocatable registers the walk borrows (saved and restored around it).
const BORROWED: [u8; 6] = [1, 6, 7, 8, 9, 10];

impl Cg<'_> {
    fn restore_borrowed(&mut self, base: i32) {
        for (k, &g) in BORROWED.iter().enumerate() {
            dynasm!(self.ops ; .arch x64 ; mov Rq(g), [rsp + base + 8 * k as i32]);
        }
    }

    /// `contains` of an int in a set (operands: the set, the int; `k` bit 16: `not in`) inline
    /// when the set layout could be measured (`layout::set_layout`): writes the result and
    /// jumps to the returned label, or falls through to the helper call that follows (bind
    /// the label after it).
    /// `item` into rax, going to `slow` unless it is its own hash: |i| < 2**60, i != -1.
    fn int_hash_to_rax(&mut self, item: Ref, slow: DynamicLabel) {
        self.gpr_to(RAX, item);
        dynasm!(self.ops ; .arch x64
            ; mov rdx, rax
            ; shl rdx, 3
            ; sar rdx, 3
            ; cmp rdx, rax
            ; jne =>slow
            ; cmp rax, -1
            ; je =>slow
        );
    }

    pub(super) fn set_contains_fast(
        &mut self,
        r: Ref,
        h: Helper,
        k: u32,
        args: &[Ref],
    ) -> Option<DynamicLabel> {
        let (Helper::Contains, &[set, item]) = (h, args) else {
            return None;
        };
        if self.t.ty(set) != Type::Obj(TAG_SET) || self.t.ty(item) != Type::Int {
            return None;
        }
        let lay = crate::backend::layout::set_layout()?;
        let not_in = (k >> 16 & 1) as i32;
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        // Registers borrowed for the walk are kept meanwhile, with the current run's start
        // and the control byte looked for, in the call area's save words (free outside a
        // call; the trace has one, the helper call below).
        let base = 8 * self.a.spill_slots as i32;
        let n = BORROWED.len() as i32;
        let (s_start, s_tag) = (base + 8 * n, base + 8 * n + 8);
        let (empty, live) = (SET_CTRL_EMPTY as i32, SET_CTRL_LIVE as i32);
        self.int_hash_to_rax(item, slow);
        // The home slot alone first, with the scratch registers only (`find_by` does the
        // same): unused → absent; holding `Int(i)` → present (unused slots and dummies hold
        // `Null`, so no control byte needs reading for that).
        self.gpr_to(R11, set);
        dynasm!(self.ops ; .arch x64
            ; cmp QWORD [r11 + lay.flag], 0
            ; jl =>slow
            // A table with dummies (a churned one: nqueens' add/discard) goes to the
            // helper, whose group probe branches once per 16 slots (docs/jit.md).
            ; mov rdx, [r11 + lay.fill]
            ; cmp rdx, [r11 + lay.used]
            ; jne =>slow
            ; mov rdx, [r11 + lay.mask]
            ; test rdx, rdx
            ; jz >absent
            ; and rdx, rax
            ; mov r11, [r11 + lay.ctrl]
            ; cmp BYTE [r11 + rdx], empty as i8
            ; je >absent
        );
        self.gpr_to(R11, set);
        dynasm!(self.ops ; .arch x64
            ; mov r11, [r11 + lay.slots]
            ; imul rdx, rdx, lay.stride
            ; cmp BYTE [r11 + rdx + lay.key], TAG_INT as i8
            ; jne >probe
            ; cmp [r11 + rdx + lay.key + 8], rax
            ; je >present
            ; probe:
        );
        // Otherwise the whole probe sequence, from the home slot again, in borrowed registers:
        // rcx = the slot, rsi = the control bytes, r8 = the slots, r9 = the mask, r10 = the
        // end of the current run, rdi = `perturb`.
        self.gpr_to(R11, set);
        for (k, &g) in BORROWED.iter().enumerate() {
            dynasm!(self.ops ; .arch x64 ; mov [rsp + base + 8 * k as i32], Rq(g));
        }
        dynasm!(self.ops ; .arch x64
            ; mov rsi, [r11 + lay.ctrl]
            ; mov r8, [r11 + lay.slots]
            ; mov r9, [r11 + lay.mask]
            ; mov rdi, rax
            ; mov rcx, r9
            ; and rcx, rax
            // The control byte of a live `i`: `set_table::tag`.
            ; mov rdx, rax
            ; shr rdx, 7
            ; xor rdx, rax
            ; and edx, 0x7f
            ; or edx, live
            ; mov [rsp + s_tag], rdx
            // A run from slot rcx: 10 slots when it starts at least 9 before the end, else 1.
            ; start:
            ; mov [rsp + s_start], rcx
            ; lea r10, [rcx + 1]
            ; mov rdx, r9
            ; sub rdx, rcx
            ; cmp rdx, SET_LINEAR_PROBES as i32
            ; jb >walk
            ; add r10, SET_LINEAR_PROBES as i32
            ; walk:
            ; movzx edx, BYTE [rsi + rcx]
            ; cmp edx, empty
            ; je >absent_r
            ; cmp edx, [rsp + s_tag]
            ; jne >next
            ; imul rdx, rcx, lay.stride
            ; cmp BYTE [r8 + rdx + lay.key], TAG_INT as i8
            ; jne >other
            ; cmp [r8 + rdx + lay.key + 8], rax
            ; je >present_r
            ; other:
            ; cmp [r8 + rdx + lay.hash], rax
            ; je >helper
            ; next:
            ; inc rcx
            ; cmp rcx, r10
            ; jb <walk
            // The run ended without an unused slot: the next starts at
            // (start * 5 + 1 + (perturb >>= 5)) & mask (`next_start`).
            ; shr rdi, 5
            ; mov rcx, [rsp + s_start]
            ; lea rcx, [rcx + rcx * 4 + 1]
            ; add rcx, rdi
            ; and rcx, r9
            ; jmp <start
            ; helper:
        );
        self.restore_borrowed(base);
        dynasm!(self.ops ; .arch x64 ; jmp =>slow ; present_r:);
        self.restore_borrowed(base);
        dynasm!(self.ops ; .arch x64
            ; present:
            ; mov eax, 1 ^ not_in
            ; jmp >result
            ; absent_r:
        );
        self.restore_borrowed(base);
        dynasm!(self.ops ; .arch x64
            ; absent:
            ; mov eax, not_in
            ; result:
        );
        self.gpr_result(r, RAX);
        dynasm!(self.ops ; .arch x64 ; jmp =>done ; =>slow);
        Some(done)
    }

    /// `s.add(i)`, `s.discard(i)` and `s.remove(i)` of an int (operands: the set, the int)
    /// inline where the home slot decides, as `SetTable::insert_by` and `find_by` decide
    /// there: the set mutable (not frozen) and not borrowed at all (`try_borrow_mut`), `i`
    /// of hash `i` (as for `in`), the table allocated; then
    /// * the home slot holding `Int(i)`: `add` changes nothing, `discard`/`remove` leave a
    ///   dummy there (`remove_slot`: hash -1, `Null`, control byte `DELETED`, one key less —
    ///   an int needs no release);
    /// * the home slot unused: `discard` changes nothing; `add` puts the key there (`place`:
    ///   control byte, hash, value, one more key and one more used slot) unless that would
    ///   grow the table (`fill * 5 >= mask * 3` after it: the helper resizes).
    ///
    /// Anything else (a dummy or another key at home, `remove` of an absent key, ...) goes to
    /// the helper call that follows. Returns the label to bind after that call.
    pub(super) fn set_update_fast(&mut self, h: Helper, args: &[Ref]) -> Option<DynamicLabel> {
        let (Helper::SetAdd | Helper::SetDiscard | Helper::SetRemove, &[set, item]) = (h, args)
        else {
            return None;
        };
        if self.t.ty(set) != Type::Obj(TAG_SET) || self.t.ty(item) != Type::Int {
            return None;
        }
        let lay = crate::backend::layout::set_layout()?;
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        let home = 8 * self.a.spill_slots as i32;
        let empty = SET_CTRL_EMPTY as i8;
        self.int_hash_to_rax(item, slow);
        self.gpr_to(R11, set);
        dynasm!(self.ops ; .arch x64
            ; cmp BYTE [r11 + lay.frozen], 0
            ; jne =>slow
            ; cmp QWORD [r11 + lay.flag], 0
            ; jne =>slow
            // No dummies, as in `set_contains_fast`.
            ; mov rdx, [r11 + lay.fill]
            ; cmp rdx, [r11 + lay.used]
            ; jne =>slow
            ; mov rdx, [r11 + lay.mask]
            ; test rdx, rdx
            ; jz =>slow
            ; and rdx, rax
            ; mov [rsp + home], rdx
            ; mov r11, [r11 + lay.ctrl]
            ; cmp BYTE [r11 + rdx], empty
            ; jne >used
        );
        // An unused home slot.
        if h == Helper::SetAdd {
            self.gpr_to(R11, set);
            dynasm!(self.ops ; .arch x64
                // Would the table grow: (fill + 1) * 5 >= mask * 3?
                ; mov rdx, [r11 + lay.fill]
                ; lea rdx, [rdx + rdx * 4 + 5]
                ; mov rax, [r11 + lay.mask]
                ; lea rax, [rax + rax * 2]
                ; cmp rdx, rax
                ; jae =>slow
                ; inc QWORD [r11 + lay.fill]
                ; inc QWORD [r11 + lay.used]
            );
            self.gpr_to(RAX, item);
            dynasm!(self.ops ; .arch x64
                // The control byte: `set_table::tag`.
                ; mov rdx, rax
                ; shr rdx, 7
                ; xor rdx, rax
                ; and edx, 0x7f
                ; or edx, SET_CTRL_LIVE as i32
                ; mov r11, [r11 + lay.ctrl]
                ; add r11, [rsp + home]
                ; mov [r11], dl
            );
            self.gpr_to(R11, set);
            dynasm!(self.ops ; .arch x64
                ; mov r11, [r11 + lay.slots]
                ; mov rdx, [rsp + home]
                ; imul rdx, rdx, lay.stride
                ; add r11, rdx
                ; mov [r11 + lay.hash], rax
                ; mov QWORD [r11 + lay.key], TAG_INT as i32
                ; mov [r11 + lay.key + 8], rax
                ; jmp =>done
            );
        } else if h == Helper::SetDiscard {
            dynasm!(self.ops ; .arch x64 ; jmp =>done);
        } else {
            dynasm!(self.ops ; .arch x64 ; jmp =>slow);
        }
        // A used home slot: decided only when it holds `Int(i)`.
        dynasm!(self.ops ; .arch x64 ; used:);
        self.gpr_to(R11, set);
        dynasm!(self.ops ; .arch x64
            ; mov r11, [r11 + lay.slots]
            ; imul rdx, rdx, lay.stride
            ; add r11, rdx
            ; cmp BYTE [r11 + lay.key], TAG_INT as i8
            ; jne =>slow
            ; cmp [r11 + lay.key + 8], rax
            ; jne =>slow
        );
        if h == Helper::SetAdd {
            dynasm!(self.ops ; .arch x64 ; jmp =>done);
        } else {
            dynasm!(self.ops ; .arch x64
                ; mov QWORD [r11 + lay.hash], SET_DUMMY_HASH as i32
                ; mov QWORD [r11 + lay.key], lay.null_tag
            );
            self.gpr_to(R11, set);
            dynasm!(self.ops ; .arch x64
                ; dec QWORD [r11 + lay.used]
                ; mov r11, [r11 + lay.ctrl]
                ; add r11, [rsp + home]
                ; mov BYTE [r11], SET_CTRL_DELETED as i8
                ; jmp =>done
            );
        }
        dynasm!(self.ops ; .arch x64 ; =>slow);
        Some(done)
    }
}
